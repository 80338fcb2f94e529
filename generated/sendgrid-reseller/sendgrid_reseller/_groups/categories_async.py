# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.categories` of `AsyncSendGrid`: the `AsyncCategoriesGroup` class, imported on first use.

Each method calls its endpoint function (`sendgrid_reseller.api.<tag>.<operation>`), importing that
module on first call; signatures and docstrings are the endpoint functions' own.
"""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import TYPE_CHECKING

from .._runtime.group import Group
from .._runtime.unset import UNSET

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Mapping
    from typing import Any

    import httpx

    from sendgrid_reseller._runtime.options import RequestOptions
    from sendgrid_reseller._runtime.page import AsyncPage
    from sendgrid_reseller.models.stats_category import StatsCategory
    from sendgrid_reseller.types import Response, Unset

    from .categories_stats_async import AsyncCategoriesStatsGroup

    pass


class AsyncCategoriesGroup(Group):
    """Operations under `client.categories`."""

    @cached_property
    def stats(self) -> AsyncCategoriesStatsGroup:
        from .categories_stats_async import AsyncCategoriesStatsGroup

        return AsyncCategoriesStatsGroup(self._client)

    async def list(
        self,
        *,
        category: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
        page_token: str | None = None,
    ) -> AsyncPage[StatsCategory]:
        """List categories.

        The categories the account has sent with, a page at a time (limit/offset, Link header).

        Returns the first page (or the one `page_token` names): iterate it for every record across
        pages, or use `pages()`, `has_next_page()`, `next_page()` and `next_page_token`.

        Wire request: GET /v3/categories; the client adds Authorization: Bearer with the API key.

        Args:
            category (str | Unset): Only categories whose name starts with this text.
            limit (int | Unset): Records to return in one page. The default and the maximum are both
                500.
            offset (int | Unset): Records to skip before the first one returned.
            on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
                of the v2 "user" field.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.
            page_token (str | None): Start at the page an earlier page's `next_page_token` names.

        Returns:
            AsyncPage[StatsCategory]: the page; its `items` are this page's records.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            page = await client.categories.list()
            async for item in page:  # every record, page after page
                print(item)
        """
        from sendgrid_reseller.api.stats import list_categories as _endpoint

        return await _endpoint.apage(
            self._client,
            category=category,
            limit=limit,
            offset=offset,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
            page_token=page_token,
        )

    async def list_detailed(
        self,
        *,
        category: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[builtins.list[StatsCategory]]:
        """List categories.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/categories; the client adds Authorization: Bearer with the API key.

        Args:
            The same as `client.categories.list` takes; `help()` on it describes each one.

        Returns:
            Response[list[StatsCategory]]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.categories.list_detailed()
        """
        from sendgrid_reseller.api.stats import list_categories as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            category=category,
            limit=limit,
            offset=offset,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    def list_pages(
        self,
        *,
        category: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Response[builtins.list[StatsCategory]]]:
        """List categories.

        Yields one `Response` per page, following the Link header's rel="next"; the next page is
        requested only when the previous one has been consumed.

        Wire request: GET /v3/categories; the client adds Authorization: Bearer with the API key.

        Args:
            The same as `client.categories.list` takes; `help()` on it describes each one.

        Returns:
            Iterator of Response[list[StatsCategory]]: each page with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            async for page in client.categories.list_pages():
                print(page.status_code, len(page.parsed))
        """
        from sendgrid_reseller.api.stats import list_categories as _endpoint

        return _endpoint.aiter_pages(
            self._client,
            category=category,
            limit=limit,
            offset=offset,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    def list_items(
        self,
        *,
        category: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[StatsCategory]:
        """List categories.

        Yields every record of the list, across all pages (one page in memory at a time).

        Wire request: GET /v3/categories; the client adds Authorization: Bearer with the API key.

        Args:
            The same as `client.categories.list` takes; `help()` on it describes each one.

        Returns:
            Iterator of StatsCategory: each record.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            async for item in client.categories.list_items():
                print(item)
        """
        from sendgrid_reseller.api.stats import list_categories as _endpoint

        return _endpoint.aiter_items(
            self._client,
            category=category,
            limit=limit,
            offset=offset,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )
