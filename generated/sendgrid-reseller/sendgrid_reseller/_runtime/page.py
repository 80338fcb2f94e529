# Copied from overlays/runtime/page.py by the generator. Do not edit; change the overlay and run `make generate`.
"""Page objects for list calls: one page at hand, the next one fetched when asked for.

`SyncPage` / `AsyncPage` hold one page's records (`items`), the decoded answer they came from
(`answer`: the model of the whole body for a list paged in its body, e.g. with its `_metadata`;
the records themselves for a list that is the whole body) and its `Response`. Iterating a page
yields its records and those of every following page; `pages()` yields the pages; `next_page()`
fetches one; `next_page_token` is an opaque string a later call can resume from
(`page_token=`). Three walks: v3 lists follow the Link header's rel="next" (pagination.PageTrail,
with its same-origin and loop guards); v3 lists whose operation carries an `x-pagination` style
follow what the answer's body says (body_paging.BodyWalk); v2 lists that take limit/offset ask
for the next offset until a page comes back shorter than the limit.
"""

from __future__ import annotations

import copy
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar

import httpx

from .body_paging import BodyWalk, PageRecords
from .errors import InvalidRequestError, PaginationError
from .pagination import PageTrail, check_page_limit, next_page_kwargs
from .policy import MAX_PAGES
from .response import Response

if TYPE_CHECKING:
    from .client import Client
    from .operation import Operation
    from .options import RequestOptions

T = TypeVar("T")
Decode = Callable[[httpx.Response], Response[list[T]]]
_OFFSET_TOKEN_PREFIX = "offset="


class _Walk:
    """How the next page's request is derived from the first request and the current page."""

    def __init__(self, walk: Literal["link", "offset"], offset_in: str, base_url: httpx.URL) -> None:
        self.kind = walk
        self.offset_in = offset_in
        self.trail = PageTrail(base_url) if walk == "link" else None

    def base_kwargs(self, first: Mapping[str, Any], request: Mapping[str, Any]) -> Mapping[str, Any]:
        """What the next page's request is derived from: a Link walk keeps the first request (the
        next URL carries the query), an offset walk the request of the page at hand."""
        return first if self.kind == "link" else request

    def branch(self) -> _Walk:
        """The walk as seen from the next page: its own copy of the pages visited so far, so walking
        again from an earlier page is not mistaken for a Link loop."""
        branch = copy.copy(self)
        branch.trail = self.trail.branch() if self.trail is not None else None
        return branch

    def admit(self, response: httpx.Response, count: int) -> None:
        """Refuse a page that repeats the previous page's records (a Link that does not advance),
        before it is handed out; an offset walk ends on its short page instead."""
        if self.trail is not None:
            self.trail.admit(response)

    def resumed(self, kwargs: Mapping[str, Any], token: str) -> dict[str, Any]:
        """The request of the page a token names (refused unless it is one this client issued)."""
        if self.kind == "link":
            if not token.startswith("/") or token.startswith("//"):
                raise InvalidRequestError("page_token must be a next_page_token from an earlier page of this list")
            return next_page_kwargs(kwargs, httpx.URL(token))
        if not token.startswith(_OFFSET_TOKEN_PREFIX) or not token[len(_OFFSET_TOKEN_PREFIX) :].isdigit():
            raise InvalidRequestError("page_token must be a next_page_token from an earlier page of this list")
        return self._at_offset(kwargs, int(token[len(_OFFSET_TOKEN_PREFIX) :]))

    def next(
        self, kwargs: Mapping[str, Any], response: httpx.Response, count: int
    ) -> tuple[dict[str, Any], str] | None:
        """The next page's request and its token, or None after the last page."""
        if self.trail is not None:
            url = self.trail.next_url(response)
            if url is None:
                return None
            token = url.raw_path.decode("ascii")
            return next_page_kwargs(kwargs, url), token
        fields = kwargs.get(self.offset_in) or {}
        limit = _whole(fields.get("limit"))
        if not limit or count < limit:
            return None  # no limit (SendGrid sent everything) or a short page: this was the last
        offset = (_whole(fields.get("offset")) or 0) + limit
        return self._at_offset(kwargs, offset), f"{_OFFSET_TOKEN_PREFIX}{offset}"

    def _at_offset(self, kwargs: Mapping[str, Any], offset: int) -> dict[str, Any]:
        fields = dict(kwargs.get(self.offset_in) or {})
        fields["offset"] = offset
        return {**kwargs, self.offset_in: fields}


class _ListCall(Generic[T]):
    """What every page of one walk is fetched and decoded with (a plain class: a dataclass would
    cost its code generation at import, and this module is on the first call's path)."""

    __slots__ = ("client", "operation", "options", "decode")

    def __init__(self, client: Client, operation: Operation, options: RequestOptions | None, decode: Decode[T]) -> None:
        self.client = client
        self.operation = operation
        self.options = options
        self.decode = decode


def _opening(
    client: Client,
    operation: Operation,
    kwargs: Mapping[str, Any],
    walk: Literal["link", "offset"],
    offset_in: str,
    page_token: str | None,
) -> tuple[_Walk | BodyWalk, dict[str, Any]]:
    """The walk and the first request (the page a token names, when resuming). An operation that
    carries its paging style as data (`Operation.pagination`) walks by it, whatever `walk` says."""
    paging: _Walk | BodyWalk
    if operation.pagination is not None:
        paging = BodyWalk(operation.name, operation.pagination, client.base_url)
    else:
        if walk == "link":
            check_page_limit(kwargs.get("params"))
        paging = _Walk(walk, offset_in, client.base_url)
    return paging, paging.resumed(kwargs, page_token) if page_token is not None else dict(kwargs)


def _whole(value: Any) -> int | None:
    try:
        return int(value) if value is not None else None
    except (TypeError, ValueError):
        return None


class _PageBase(Generic[T]):
    def __init__(
        self,
        call: _ListCall[T],
        walk: _Walk | BodyWalk,
        kwargs: Mapping[str, Any],
        response: Response[list[T]],
        number: int,
    ) -> None:
        self._call = call
        self._operation = call.operation
        self._walk = walk
        self._kwargs = kwargs
        self.response = response
        self.items: list[T] = response.parsed
        records = response.parsed
        self.answer: object = records.answer if isinstance(records, PageRecords) else records
        self._number = number
        walk.admit(response.http_response, len(self.items))
        self._following: tuple[dict[str, Any], str] | None | Literal[False] = False  # False: not computed yet

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self._operation.name} page {self._number}: {len(self.items)} items>"

    def _next(self) -> tuple[dict[str, Any], str] | None:
        if self._following is False:
            self._following = self._walk.next(self._kwargs, self.response.http_response, len(self.items))
        return self._following

    def has_next_page(self) -> bool:
        """Whether another page follows (known from this page alone; nothing is fetched)."""
        return self._next() is not None

    @property
    def next_page_token(self) -> str | None:
        """Where the next page starts, for a later call's `page_token=`; None on the last page."""
        following = self._next()
        return following[1] if following is not None else None

    def _following_request(self) -> dict[str, Any]:
        following = self._next()
        if following is None:
            raise PaginationError(f"{self._operation.name}: this is the last page (check has_next_page())")
        if self._number >= MAX_PAGES:
            raise PaginationError(f"{self._operation.name}: stopped after {MAX_PAGES} pages: the list never ended")
        return following[0]


class SyncPage(_PageBase[T]):
    """One page of a list call. `for item in page` walks every following page too.

    Attributes:
        items: this page's records.
        answer: the decoded answer of this page's request: the operation's model of the whole body
            when the list is paged in its body (its records at `items`, beside the metadata), else
            the records themselves (the body is the list).
        response: the page's `Response` (status, headers, rate limit, `http_response`).
    """

    @classmethod
    def first(
        cls,
        client: Client,
        operation: Operation,
        kwargs: Mapping[str, Any],
        options: RequestOptions | None,
        decode: Decode[T],
        walk: Literal["link", "offset"] = "link",
        offset_in: str = "params",
        page_token: str | None = None,
    ) -> SyncPage[T]:
        paging, request = _opening(client, operation, kwargs, walk, offset_in, page_token)
        response = decode(client.send(operation, request, options))
        call = _ListCall(client, operation, options, decode)
        return cls(call, paging, paging.base_kwargs(kwargs, request), response, 1)

    def next_page(self) -> SyncPage[T]:
        """Fetch the page after this one (`PaginationError` on the last page)."""
        call = self._call
        request = self._following_request()
        response = call.decode(call.client.send(call.operation, request, call.options))
        return SyncPage(
            call, self._walk.branch(), self._walk.base_kwargs(self._kwargs, request), response, self._number + 1
        )

    def pages(self) -> Iterator[SyncPage[T]]:
        """This page and every following one, each fetched when the previous one is done with."""
        page: SyncPage[T] = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = page.next_page()

    def __iter__(self) -> Iterator[T]:
        for page in self.pages():
            yield from page.items


class AsyncPage(_PageBase[T]):
    """One page of a list call (asyncio). `async for item in page` walks every following page too.

    Attributes: the same as `SyncPage`'s (`items`, `answer`, `response`).
    """

    @classmethod
    async def first(
        cls,
        client: Client,
        operation: Operation,
        kwargs: Mapping[str, Any],
        options: RequestOptions | None,
        decode: Decode[T],
        walk: Literal["link", "offset"] = "link",
        offset_in: str = "params",
        page_token: str | None = None,
    ) -> AsyncPage[T]:
        paging, request = _opening(client, operation, kwargs, walk, offset_in, page_token)
        response = decode(await client.asend(operation, request, options))
        call = _ListCall(client, operation, options, decode)
        return cls(call, paging, paging.base_kwargs(kwargs, request), response, 1)

    async def next_page(self) -> AsyncPage[T]:
        """Fetch the page after this one (`PaginationError` on the last page)."""
        call = self._call
        request = self._following_request()
        response = call.decode(await call.client.asend(call.operation, request, call.options))
        return AsyncPage(
            call, self._walk.branch(), self._walk.base_kwargs(self._kwargs, request), response, self._number + 1
        )

    async def pages(self) -> AsyncIterator[AsyncPage[T]]:
        """This page and every following one, each fetched when the previous one is done with."""
        page: AsyncPage[T] = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = await page.next_page()

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.pages():
            for item in page.items:
                yield item
