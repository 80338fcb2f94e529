# Copied from overlays/runtime/body_paging.py by the generator. Do not edit; change the overlay and run `make generate`.
"""Lists whose answer says where the next page is: the spec's `x-pagination` styles, walked as data.

A v3 list that does not page by limit/offset and a `Link` header declares its style in the spec
(spec/README.md, "`x-pagination`"); the generator copies that value into the operation's
`Operation.pagination` as a `BodyPaging`, and `BodyWalk` derives each next request from it and
the page at hand, so no operation's style is written into code:

- `offset`: the next offset is this one plus the records received;
- `cursor`: the cursor parameter takes the value at `next_cursor` in the body, or the
  `cursor_field` of the page's last record;
- `next_params`: the object at `next_params` holds the next request's query parameters (its
  `cursor` member, when named, must be present for there to be a next page);
- `next_url`: the body holds the next page's URL, checked like a `Link` (`PageTrail.follow`).

The last page: an empty page in every style; a page shorter than the `limit` asked for in the
offset and cursor_field styles; an absent, null or empty next value in the others.

Hostile answers stop the walk with `PaginationError` rather than repeating pages or walking
forever: a next cursor, parameter set or URL already requested in this walk (a loop), a next URL
on another host (it would receive the credentials), a next value of the wrong type, a last record
without the cursor field. Every walk is bounded by `policy.MAX_PAGES` (page.py). The requests
already made are remembered in bounded memory (pagination.SeenPages): a loop through the last 64
pages is caught before any page is asked for twice, a longer one when it comes round to a page
whose number is a power of two.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import httpx

from .errors import InvalidRequestError, PaginationError
from .pagination import PageTrail, SeenPages, next_page_kwargs
from .response import read_json
from .unset import Unset

_ABSENT = object()
# Longest piece of a server-given cursor quoted in an error (it is data, not a credential, but
# may be long).
_QUOTED = 80


@dataclass(frozen=True, slots=True)
class BodyPaging:
    """One operation's `x-pagination` value (spec/README.md): which style, and where its pieces are.

    Attributes:
        style: "offset", "cursor", "next_params" or "next_url".
        items: JSON pointer to the page's array in the answer ("" for an answer that is the array).
        limit: the query parameter setting the page size.
        offset: (offset) the query parameter taking the number of records to skip.
        cursor: (cursor) the query parameter taking the cursor; (next_params) the member of the
            next parameters without which there is no next page.
        next_cursor: (cursor) pointer to the next cursor in the answer.
        cursor_field: (cursor) the field of the page's last record that is the next cursor.
        next_params: (next_params) pointer to the next request's query parameters in the answer.
        next_url: (next_url) pointer to the next page's URL in the answer.
    """

    style: Literal["offset", "cursor", "next_params", "next_url"]
    items: str
    limit: str
    offset: str | None = None
    cursor: str | None = None
    next_cursor: str | None = None
    cursor_field: str | None = None
    next_params: str | None = None
    next_url: str | None = None


def items_at(answer: object, attributes: Sequence[str]) -> list[Any]:
    """The page's records in the decoded answer: the model attributes the generator found along
    the `items` pointer. An absent (UNSET) or null array is an empty page; anything else that is
    not a list raises TypeError, which `parse_answer` reports as a malformed answer."""
    value = answer
    for name in attributes:
        value = getattr(value, name)
        if value is None or isinstance(value, Unset):
            return PageRecords((), answer)
    if not isinstance(value, list):
        raise TypeError(f"the page's records are a {type(value).__name__}, not a list")
    return PageRecords(value, answer)


class PageRecords(list[Any]):
    """One page's records (a list), with the decoded answer they were found in (`answer`).

    The generated page decoder hands the page only its records; this list carries the whole answer
    along with them, so that `page.answer` can offer it (its metadata, totals, next cursor).
    """

    __slots__ = ("answer",)

    def __init__(self, records: Iterable[Any], answer: object) -> None:
        super().__init__(records)
        self.answer = answer


def _tokens(json_pointer: str) -> list[str]:
    return [token.replace("~1", "/").replace("~0", "~") for token in json_pointer.split("/")[1:]]


def _resolve(document: Any, json_pointer: str) -> Any:
    """The value at `json_pointer` (RFC 6901), or `_ABSENT`."""
    value = document
    for token in _tokens(json_pointer):
        if isinstance(value, dict) and token in value:
            value = value[token]
        elif isinstance(value, list) and token.isascii() and token.isdigit() and int(token) < len(value):
            value = value[int(token)]
        else:
            return _ABSENT
    return value


def _whole(value: Any) -> int | None:
    try:
        return int(value) if value is not None and not isinstance(value, bool) else None
    except (TypeError, ValueError):
        return None


def _query_key(params: Mapping[str, Any]) -> str:
    """The parameters as they go on the wire, pairs sorted: two spellings of one request compare equal."""
    wire = httpx.QueryParams({name: value for name, value in params.items() if value is not None})
    return str(httpx.QueryParams(sorted(wire.multi_items())))


class BodyWalk:
    """How the next page's request is derived from the answer's body (one walk, one page's view:
    `branch()` gives the next page its own copy of what was requested so far)."""

    def __init__(self, operation_name: str, paging: BodyPaging, base_url: httpx.URL) -> None:
        self._name = operation_name
        self._paging = paging
        self._trail = PageTrail(base_url) if paging.style == "next_url" else None
        self._requested = SeenPages()  # the query of the requests of this walk so far
        self._previous_records: int | None = None  # a fingerprint of the last page's records
        self._read: tuple[httpx.Response, Any] | None = None  # the page at hand and its JSON body

    def base_kwargs(self, first: Mapping[str, Any], request: Mapping[str, Any]) -> Mapping[str, Any]:
        """A next request is derived from the request of the page at hand."""
        return request

    def branch(self) -> BodyWalk:
        branch = copy.copy(self)
        branch._trail = self._trail.branch() if self._trail is not None else None
        branch._requested = self._requested.copy()
        branch._read = None
        return branch

    # -- tokens: where a later call resumes (`page_token=`) -------------------------------------

    def resumed(self, kwargs: Mapping[str, Any], token: str) -> dict[str, Any]:
        """The request of the page a token names (refused unless it has the shape this walk issues)."""
        paging = self._paging
        if paging.style == "next_url":
            if not token.startswith("/") or token.startswith("//"):
                raise self._foreign_token()
            return next_page_kwargs(kwargs, httpx.URL(token))
        try:
            fields = dict(httpx.QueryParams(token).items())
        except (TypeError, ValueError):
            raise self._foreign_token() from None
        moved = {paging.offset} if paging.style == "offset" else {paging.cursor} if paging.style == "cursor" else None
        if not fields or (moved is not None and set(fields) != moved):
            raise self._foreign_token()
        if paging.style == "offset" and _whole(fields[str(paging.offset)]) is None:
            raise self._foreign_token()
        return self._with_params(kwargs, fields)

    def _foreign_token(self) -> InvalidRequestError:
        return InvalidRequestError(
            f"{self._name}: page_token must be a next_page_token from an earlier page of this list"
        )

    # -- the next page ---------------------------------------------------------------------------

    def next(
        self, kwargs: Mapping[str, Any], response: httpx.Response, count: int
    ) -> tuple[dict[str, Any], str] | None:
        """The next page's request and its token, or None after the last page."""
        body = self._body(response) if count else None
        if self._trail is not None:
            return self._next_url(kwargs, response, body)
        params: Mapping[str, Any] = kwargs.get("params") or {}
        self._requested.add(_query_key(params))
        if count == 0:
            return None  # an empty page is the last, whatever the style
        moved = self._moved(params, body, count)
        if moved is None:
            return None
        following = self._with_params(kwargs, moved)
        key = _query_key(following["params"])
        if key in self._requested:
            shown = ", ".join(f"{name}={str(value)[:_QUOTED]}" for name, value in moved.items())
            raise PaginationError(
                f"{self._name}: the answer's next page ({shown}) repeats a request already made: the list does not advance"
            )
        return following, str(httpx.QueryParams({name: str(value) for name, value in moved.items()}))

    def _moved(self, params: Mapping[str, Any], body: Any, count: int) -> dict[str, Any] | None:
        """The query parameters the next page changes, or None after the last page."""
        paging = self._paging
        limit = _whole(params.get(paging.limit))
        short = limit is not None and count < limit
        if paging.style == "offset":
            if short:
                return None
            return {str(paging.offset): (_whole(params.get(str(paging.offset))) or 0) + count}
        if paging.style == "cursor" and paging.next_cursor is not None:
            return self._cursor(_resolve(body, paging.next_cursor), f"the answer's {paging.next_cursor}")
        if paging.style == "cursor":
            if short:
                return None
            records = _resolve(body, paging.items)
            last = records[-1] if isinstance(records, list) and records else None
            value = last.get(paging.cursor_field, _ABSENT) if isinstance(last, dict) else _ABSENT
            if value is _ABSENT or value is None:
                raise PaginationError(
                    f"{self._name}: the page's last record has no {paging.cursor_field!r} to ask for the next page with"
                )
            return self._cursor(value, f"the last record's {paging.cursor_field!r}")
        return self._next_params(_resolve(body, str(paging.next_params)))

    def _cursor(self, value: Any, where: str) -> dict[str, Any] | None:
        if value is _ABSENT or value is None or value == "":
            return None
        if isinstance(value, bool) or not isinstance(value, str | int):
            raise PaginationError(f"{self._name}: {where} is a {type(value).__name__}, not a cursor")
        return {str(self._paging.cursor): str(value)}

    def _next_params(self, value: Any) -> dict[str, Any] | None:
        paging = self._paging
        if value is _ABSENT or value is None or value == {}:
            return None
        if not isinstance(value, dict):
            raise PaginationError(
                f"{self._name}: the answer's {paging.next_params} is a {type(value).__name__}, not an object"
            )
        if paging.cursor is not None and value.get(paging.cursor) in (None, ""):
            return None
        moved: dict[str, Any] = {}
        for name, member in value.items():
            if member is None:
                continue
            if isinstance(member, bool) or not isinstance(member, str | int | float):
                raise PaginationError(
                    f"{self._name}: the next page's parameter {str(name)[:_QUOTED]!r} is a {type(member).__name__}, not a value"
                )
            moved[str(name)] = member
        return moved or None

    def _next_url(
        self, kwargs: Mapping[str, Any], response: httpx.Response, body: Any
    ) -> tuple[dict[str, Any], str] | None:
        """The next page at the URL the answer gives (`body` is None for an empty page: the last)."""
        assert self._trail is not None  # the next_url style has a trail (see __init__)
        target = _ABSENT if body is None else _resolve(body, str(self._paging.next_url))
        if target is _ABSENT or target is None:
            target = None
        elif not isinstance(target, str):
            raise PaginationError(
                f"{self._name}: the answer's {self._paging.next_url} is a {type(target).__name__}, not a URL"
            )
        url = self._trail.follow(response, target, source="answer's next URL")
        if url is None:
            return None
        return next_page_kwargs(kwargs, url), url.raw_path.decode("ascii")

    def admit(self, response: httpx.Response, count: int) -> None:
        """Refuse a page that serves the previous page's records again, before it is handed out (a
        server that ignores the offset or cursor would otherwise be walked until MAX_PAGES)."""
        if not count:
            return
        records = _resolve(self._body(response), self._paging.items)
        fingerprint = hash(json.dumps(records, sort_keys=True, separators=(",", ":")))
        if fingerprint == self._previous_records:
            raise PaginationError(
                f"{self._name}: the page repeats the previous page's records: the list does not advance"
            )
        self._previous_records = fingerprint

    def _body(self, response: httpx.Response) -> Any:
        """The page's body as JSON, read once for `admit` and `next` (the pointers address the wire
        names, which the model may spell differently). The page was decoded into its model already,
        so this is JSON."""
        if self._read is None or self._read[0] is not response:
            self._read = (response, read_json(response))
        return self._read[1]

    @staticmethod
    def _with_params(kwargs: Mapping[str, Any], moved: Mapping[str, Any]) -> dict[str, Any]:
        return {**kwargs, "params": {**(kwargs.get("params") or {}), **moved}}
