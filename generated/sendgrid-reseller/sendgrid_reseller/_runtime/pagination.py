# Copied from overlays/runtime/pagination.py by the generator. Do not edit; change the overlay and run `make generate`.
"""Walking a v3 list page by page along the `Link` header's `rel="next"`, one page in memory at a time.

SendGrid's Link URLs have quirks: they say `http://` though only HTTPS is served, the header may
be folded over several lines (httpx unfolds and parses it: `Response.links`), and the first page's
`rel="prev"` points at itself. The guards: a next URL takes the base URL's scheme; a next URL on
another host, or one that is not a valid URL, raises `PaginationError` (the credentials would go
with it); the walk ends when there
is no next, when a next was already visited, or when a page is an empty list.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from typing import Any

import httpx

from .errors import InvalidRequestError, PaginationError
from .policy import MAX_PAGE_LIMIT, MAX_PAGES
from .redact import redact_url
from .urls import effective_port

# What a follow-up page request keeps from the first one (the next URL carries the query).
_KEPT_FOR_NEXT_PAGES = ("headers", "cookies")


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
    """The pages of one walk, and the checked URL of the next one."""

    def __init__(self, base_url: httpx.URL) -> None:
        self._scheme = base_url.scheme
        self._origin = (base_url.host, effective_port(base_url))
        self._visited: set[str] = set()

    def next_url(self, response: httpx.Response) -> httpx.URL | None:
        """The page after `response`, or None when the walk is over."""
        self._visited.add(str(self._with_base_scheme(response.request.url)))
        if _is_empty_list(response.content):
            return None
        link = response.links.get("next")
        target = link.get("url") if link else None
        if not target:
            return None
        try:
            url = self._checked(response.request.url.join(target))
        except httpx.InvalidURL:
            # Not quoted: the text may hold a query with credentials in it.
            raise PaginationError("refusing to follow a Link whose next URL is not a valid URL") from None
        key = str(url)
        if key in self._visited:
            return None  # a loop (e.g. a next that points back at this page): nothing new there
        return url

    def _with_base_scheme(self, url: httpx.URL) -> httpx.URL:
        return url if url.scheme == self._scheme else url.copy_with(scheme=self._scheme)

    def _checked(self, url: httpx.URL) -> httpx.URL:
        if url.scheme not in ("http", "https"):
            raise PaginationError(f"refusing to follow a Link to {redact_url(url)}: not an http(s) URL")
        # SendGrid writes http:// though it serves only https://; a plain-HTTP base URL (the
        # loopback opt-in) stays plain. A default port is dropped with the scheme it belonged to.
        url = self._with_base_scheme(url)
        if (url.host, effective_port(url)) != self._origin:
            raise PaginationError(
                f"refusing to follow a Link to another host ({redact_url(url)}): it would receive the credentials"
            )
        return url


def _is_empty_list(content: bytes) -> bool:
    return len(content) < 16 and content.strip() == b"[]"


def next_page_kwargs(first_kwargs: Mapping[str, Any], url: httpx.URL) -> dict[str, Any]:
    kwargs: dict[str, Any] = {"method": first_kwargs.get("method", "get"), "url": str(url)}
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
        yield response
        url = trail.next_url(response)
        # One page in memory at a time: let this one go before the next is fetched.
        del response
        if url is None:
            return
        page_kwargs = next_page_kwargs(kwargs, url)
    raise PaginationError(f"stopped after {MAX_PAGES} pages: the Link header never ended")
