"""Walking a v3 list page by page along the `Link` header's `rel="next"`, one page in memory at a time.

SendGrid's Link URLs have quirks: they say `http://` though only HTTPS is served, the header may
be folded over several lines (httpx unfolds and parses it: `Response.links`), and the first page's
`rel="prev"` points at itself. The guards: a next URL takes the base URL's scheme; a next URL on
another host, or one that is not a valid URL, raises `PaginationError` (the credentials would go
with it); the walk ends when there
is no next, when the next is the page itself, or when a page is an empty list; a next that loops
back to an earlier page, does not advance the offset, or serves the previous page's records again
raises `PaginationError` (rather than yielding duplicates or walking forever). `PageTrail.follow`
applies the same guards to a next URL an answer gives in its body (body_paging, style next_url).

The pages already read are kept in bounded memory (`SeenPages`): a walk of a million pages holds no
more than one of ten.
"""

from __future__ import annotations

from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from typing import Any
from urllib.parse import urlencode

import httpx

from .errors import InvalidRequestError, PaginationError
from .policy import MAX_PAGE_LIMIT, MAX_PAGES
from .redact import redact_url
from .urls import effective_port

# What a follow-up page request keeps from the first one (the next URL carries the query).
_KEPT_FOR_NEXT_PAGES = ("headers", "cookies")
# How many of a walk's latest pages `SeenPages` remembers one by one: a loop through at most this
# many pages is caught before any page is read twice.
RECENT_PAGES = 64


class SeenPages:
    """The pages (or requests) of one walk, by key, in bounded memory.

    Kept: each of the last `RECENT_PAGES` keys, and the keys of the pages numbered by a power of two
    (1, 2, 4, 8, ...: at most 20 below `MAX_PAGES`). A loop back to a recent page is caught before
    that page is read again. A longer loop, entered at page n and k pages long, comes round to a
    power-of-two page between n and 2n, so it is caught by page 2n + k at the latest (having read
    at most that many pages twice) instead of running until `MAX_PAGES`. Remembering every page
    instead would cost about 150 bytes a page: 150 MB at `MAX_PAGES`, copied for every page of a
    `SyncPage` walk.
    """

    __slots__ = ("_recent", "_order", "_landmarks", "_count")

    def __init__(self) -> None:
        self._recent: set[str] = set()
        self._order: deque[str] = deque()
        self._landmarks: set[str] = set()
        self._count = 0

    def __contains__(self, key: str) -> bool:
        return key in self._recent or key in self._landmarks

    def __len__(self) -> int:
        """How many keys are held (at most `RECENT_PAGES` plus one per power of two)."""
        return len(self._recent | self._landmarks)

    def add(self, key: str) -> None:
        if key in self:
            return
        self._count += 1
        if self._count & (self._count - 1) == 0:
            self._landmarks.add(key)
        self._recent.add(key)
        self._order.append(key)
        if len(self._order) > RECENT_PAGES:
            self._recent.discard(self._order.popleft())

    def copy(self) -> SeenPages:
        """An independent copy (its size is bounded, so copying is too)."""
        twin = SeenPages()
        twin._recent = set(self._recent)
        twin._order = deque(self._order)
        twin._landmarks = set(self._landmarks)
        twin._count = self._count
        return twin


def check_page_limit(params: Mapping[str, Any] | None) -> None:
    """Refuse a `limit` SendGrid would refuse (above 500), before anything is sent."""
    if not params or "limit" not in params:
        return
    limit = params["limit"]
    try:
        value = int(limit)
    except (TypeError, ValueError):
        raise InvalidRequestError(f"limit must be a whole number, not {limit!r}") from None
    if value > MAX_PAGE_LIMIT:
        raise InvalidRequestError(f"limit must be at most {MAX_PAGE_LIMIT} (SendGrid's maximum page size), not {value}")


class PageTrail:
    """The pages of one walk, and the checked URL of the next one.

    URLs are compared normalised (scheme of the base URL, query pairs sorted), so a next link that
    only reorders its query is recognised as a page already read.
    """

    def __init__(self, base_url: httpx.URL) -> None:
        self._scheme = base_url.scheme
        self._origin = (base_url.host, effective_port(base_url))
        self._visited = SeenPages()
        self._previous_records: int | None = None
        # The last next URL handed out, with its normalised key and its offset: the next page's own
        # URL is usually that one, and each look at a URL's query parses it again (httpx URL parsing
        # was ~15% of a walk's client CPU). Each page's next URL has its query parsed once.
        self._last_next: tuple[httpx.URL, str, int | None] | None = None

    def branch(self) -> PageTrail:
        """The trail as seen from the next page: its own copy of the pages read so far."""
        twin = PageTrail.__new__(PageTrail)
        twin._scheme, twin._origin = self._scheme, self._origin
        twin._visited = self._visited.copy()
        twin._previous_records = self._previous_records
        twin._last_next = self._last_next
        return twin

    def admit(self, response: httpx.Response) -> None:
        """Refuse a page that repeats the previous page's records (a next link that does not advance)."""
        content = response.content
        if _is_empty_list(content):
            return
        records = hash(content)
        if records == self._previous_records:
            here = redact_url(self._with_base_scheme(response.request.url))
            raise PaginationError(
                f"the page at {here} repeats the previous page's records: the Link header does not advance"
            )
        self._previous_records = records

    def next_url(self, response: httpx.Response) -> httpx.URL | None:
        """The page after `response` by its Link header, or None when the walk is over."""
        return self.follow(response, None if _is_empty_list(response.content) else next_link(response))

    def follow(self, response: httpx.Response, target: str | None, source: str = "Link header") -> httpx.URL | None:
        """The checked URL of the page after `response`, whose next is `target` (a URL the answer's
        `source`, e.g. its Link header, gave; relative to the request's URL), or None when there is
        none or it is the page itself."""
        here = self._with_base_scheme(response.request.url)
        last = self._last_next
        # Compared as text (what `URL.__eq__` does, after parsing its operand once more).
        if last is not None and (last[0] is here or str(last[0]) == str(here)):
            here_key, here_offset = last[1], last[2]
        else:
            here_params = here.params
            here_key, here_offset = normalised(here, here_params), _offset(here_params)
        self._visited.add(here_key)
        if not target:
            return None
        try:
            url = self._checked(_joined(response.request.url, target), source)
        except httpx.InvalidURL:
            # Not quoted: the text may hold a query with credentials in it.
            raise PaginationError(f"refusing to follow the {source}: its next URL is not a valid URL") from None
        params = url.params
        key = normalised(url, params)
        if key == here_key:
            return None  # the last page's next points at itself: nothing new there
        if key in self._visited:
            raise PaginationError(f"the {source} loops back to a page already read ({redact_url(url)})")
        offset = _offset(params)
        if here_offset is not None and "offset" in params and offset is not None and offset <= here_offset:
            raise PaginationError(
                f"the {source}'s next page ({redact_url(url)}) does not advance the offset past {here_offset}"
            )
        self._last_next = (url, key, offset)
        return url

    def _with_base_scheme(self, url: httpx.URL) -> httpx.URL:
        return url if url.scheme == self._scheme else url.copy_with(scheme=self._scheme)

    def _checked(self, url: httpx.URL, source: str) -> httpx.URL:
        if url.scheme not in ("http", "https"):
            raise PaginationError(f"refusing to follow the {source} to {redact_url(url)}: not an http(s) URL")
        # SendGrid writes http:// though it serves only https://; a plain-HTTP base URL (the
        # loopback opt-in) stays plain. A default port is dropped with the scheme it belonged to.
        url = self._with_base_scheme(url)
        if (url.host, effective_port(url)) != self._origin:
            raise PaginationError(
                f"refusing to follow the {source} to another host ({redact_url(url)}): it would receive the credentials"
            )
        return url


def normalised(url: httpx.URL, params: httpx.QueryParams | None = None) -> str:
    """`url` as text with its query pairs sorted: two spellings of one page compare equal.

    Built from the parsed parts rather than with `copy_with`, which would parse the URL again;
    `params` is `url.params` when the caller has it already (each `url.params` parses the query).
    """
    if not url.query:
        return str(url.copy_with(fragment=None)) if url.fragment else str(url)
    path = url.raw_path.partition(b"?")[0].decode("ascii")
    pairs = (params if params is not None else url.params).multi_items()
    return f"{url.scheme}://{url.netloc.decode('ascii')}{path}?{urlencode(sorted(pairs))}"


def _joined(base: httpx.URL, target: str) -> httpx.URL:
    """`base.join(target)`, parsing an absolute http(s) target once instead of three times."""
    if target.startswith(("https://", "http://")):
        return httpx.URL(target)
    return base.join(target)


def next_link(response: httpx.Response) -> str | None:
    """The target of the `Link` whose relation types include "next".

    RFC 8288: `rel` is a space-separated list of relation types, compared case-insensitively
    (`rel="Next"`, `rel="next last"`).
    """
    for link in response.links.values():
        if "next" in link.get("rel", "").lower().split():
            return link.get("url")
    return None


def _offset(params: httpx.QueryParams) -> int | None:
    value = params.get("offset", "0")  # no offset: the first page
    if not value.isascii() or not value.isdigit():
        return None
    return int(value)


def _is_empty_list(content: bytes) -> bool:
    return len(content) < 16 and content.strip() == b"[]"


def next_page_kwargs(first_kwargs: Mapping[str, Any], url: httpx.URL) -> dict[str, Any]:
    # The URL as parsed, not as text: httpx would parse the text again to send it.
    kwargs: dict[str, Any] = {"method": first_kwargs.get("method", "get"), "url": url}
    for name in _KEPT_FOR_NEXT_PAGES:
        if name in first_kwargs:
            kwargs[name] = first_kwargs[name]
    return kwargs


def iterate_pages(
    send: Callable[[Mapping[str, Any]], httpx.Response], kwargs: Mapping[str, Any], base_url: httpx.URL
) -> Iterator[httpx.Response]:
    """Each page, sent with `send(kwargs)`; the next one is only requested when the caller asks."""
    trail = PageTrail(base_url)
    page_kwargs: Mapping[str, Any] = kwargs
    for _ in range(MAX_PAGES):
        response = send(page_kwargs)
        trail.admit(response)  # before it is handed out: a repeated page is never yielded twice
        yield response
        url = trail.next_url(response)
        # One page in memory at a time: let this one go before the next is fetched.
        del response
        if url is None:
            return
        page_kwargs = next_page_kwargs(kwargs, url)
    raise PaginationError(f"stopped after {MAX_PAGES} pages: the Link header never ended")


async def aiterate_pages(
    send: Callable[[Mapping[str, Any]], Awaitable[httpx.Response]], kwargs: Mapping[str, Any], base_url: httpx.URL
) -> AsyncIterator[httpx.Response]:
    """The asyncio twin of `iterate_pages`."""
    trail = PageTrail(base_url)
    page_kwargs: Mapping[str, Any] = kwargs
    for _ in range(MAX_PAGES):
        response = await send(page_kwargs)
        trail.admit(response)  # before it is handed out: a repeated page is never yielded twice
        yield response
        url = trail.next_url(response)
        # One page in memory at a time: let this one go before the next is fetched.
        del response
        if url is None:
            return
        page_kwargs = next_page_kwargs(kwargs, url)
    raise PaginationError(f"stopped after {MAX_PAGES} pages: the Link header never ended")
