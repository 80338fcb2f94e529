# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.subusers.stats` of `AsyncSendGrid`: the `AsyncSubusersStatsGroup` class, imported on first use.

Each method calls its endpoint function (`sendgrid_reseller.api.<tag>.<operation>`), importing that
module on first call; signatures and docstrings are the endpoint functions' own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime.group import Group
from .._runtime.unset import UNSET

if TYPE_CHECKING:
    import datetime
    from collections.abc import AsyncIterator, Mapping
    from typing import Any

    import httpx

    from sendgrid_reseller._runtime.options import RequestOptions
    from sendgrid_reseller._runtime.page import AsyncPage
    from sendgrid_reseller.models.sort_direction import SortDirection
    from sendgrid_reseller.models.stats_aggregation import StatsAggregation
    from sendgrid_reseller.models.subuser_monthly_stats import SubuserMonthlyStats
    from sendgrid_reseller.models.subuser_stats_day import SubuserStatsDay
    from sendgrid_reseller.types import Response, Unset

    pass


class AsyncSubusersStatsGroup(Group):
    """Operations under `client.subusers.stats`."""

    async def monthly_for_subuser(
        self,
        subuser_name: str,
        *,
        date: datetime.date,
        sort_by_metric: str | Unset = "delivered",
        sort_by_direction: SortDirection | Unset = UNSET,
        limit: int | Unset = 5,
        offset: int | Unset = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> SubuserMonthlyStats:
        """Monthly statistics of one subuser.

        One subuser's email metrics for the month containing `date`.

        Wire request: GET /v3/subusers/{subuser_name}/stats/monthly; the client adds Authorization:
        Bearer with the API key.

        Args:
            subuser_name (str): The `subuser_name` path segment. Required.
            date (datetime.date): Any day (YYYY-MM-DD) of the month to report on. Required.
            sort_by_metric (str | Unset): The metric to sort by: blocks, bounces, clicks, delivered,
                opens, requests, unique_clicks, unique_opens or unsubscribes (the other metrics cannot be
                sorted on). Default: 'delivered'.
            sort_by_direction (SortDirection | Unset): The `sort_by_direction` query parameter.
            limit (int | Unset): How many subusers to report on (the statistics are not Link-
                paginated). Default: 5.
            offset (int | Unset): How many subusers to skip. Default: 0.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            SubuserMonthlyStats: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.subusers.stats.monthly_for_subuser(subuser_name)
        """
        from sendgrid_reseller.api.subusers import get_subuser_monthly_stats as _endpoint

        return await _endpoint.asyncio(
            self._client,
            subuser_name,
            date=date,
            sort_by_metric=sort_by_metric,
            sort_by_direction=sort_by_direction,
            limit=limit,
            offset=offset,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    async def monthly_for_subuser_detailed(
        self,
        subuser_name: str,
        *,
        date: datetime.date,
        sort_by_metric: str | Unset = "delivered",
        sort_by_direction: SortDirection | Unset = UNSET,
        limit: int | Unset = 5,
        offset: int | Unset = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[SubuserMonthlyStats]:
        """Monthly statistics of one subuser.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/subusers/{subuser_name}/stats/monthly; the client adds Authorization:
        Bearer with the API key.

        Args:
            The same as `client.subusers.stats.monthly_for_subuser` takes; `help()` on it describes each one.

        Returns:
            Response[SubuserMonthlyStats]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.subusers.stats.monthly_for_subuser_detailed(subuser_name)
        """
        from sendgrid_reseller.api.subusers import get_subuser_monthly_stats as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            subuser_name,
            date=date,
            sort_by_metric=sort_by_metric,
            sort_by_direction=sort_by_direction,
            limit=limit,
            offset=offset,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    async def get(
        self,
        *,
        subusers: list[str],
        start_date: datetime.date,
        end_date: datetime.date | Unset = UNSET,
        aggregated_by: StatsAggregation | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
        page_token: str | None = None,
    ) -> AsyncPage[SubuserStatsDay]:
        """Statistics of chosen subusers.

        Daily (or weekly, monthly) email metrics of up to ten subusers over a date range, one entry per
        date. Paged with limit/offset; SendGrid does not document a Link header here, so page iteration
        stops after one page when none is sent.

        Returns the first page (or the one `page_token` names): iterate it for every record across
        pages, or use `pages()`, `has_next_page()`, `next_page()` and `next_page_token`.

        Wire request: GET /v3/subusers/stats; the client adds Authorization: Bearer with the API key.

        Args:
            subusers (list[str]): The subusers to report on (1 to 10); repeat the key for several.
                Required.
            start_date (datetime.date): First day of the period (YYYY-MM-DD). Required.
            end_date (datetime.date | Unset): Last day of the period (YYYY-MM-DD); today when omitted.
            aggregated_by (StatsAggregation | Unset): The `aggregated_by` query parameter.
            limit (int | Unset): Records to return in one page. The default and the maximum are both
                500.
            offset (int | Unset): Records to skip before the first one returned.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.
            page_token (str | None): Start at the page an earlier page's `next_page_token` names.

        Returns:
            AsyncPage[SubuserStatsDay]: the page; its `items` are this page's records.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            page = await client.subusers.stats.get()
            async for item in page:  # every record, page after page
                print(item)
        """
        from sendgrid_reseller.api.subusers import get_subusers_stats as _endpoint

        return await _endpoint.apage(
            self._client,
            subusers=subusers,
            start_date=start_date,
            end_date=end_date,
            aggregated_by=aggregated_by,
            limit=limit,
            offset=offset,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
            page_token=page_token,
        )

    async def get_detailed(
        self,
        *,
        subusers: list[str],
        start_date: datetime.date,
        end_date: datetime.date | Unset = UNSET,
        aggregated_by: StatsAggregation | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[list[SubuserStatsDay]]:
        """Statistics of chosen subusers.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/subusers/stats; the client adds Authorization: Bearer with the API key.

        Args:
            The same as `client.subusers.stats.get` takes; `help()` on it describes each one.

        Returns:
            Response[list[SubuserStatsDay]]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.subusers.stats.get_detailed()
        """
        from sendgrid_reseller.api.subusers import get_subusers_stats as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            subusers=subusers,
            start_date=start_date,
            end_date=end_date,
            aggregated_by=aggregated_by,
            limit=limit,
            offset=offset,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    def get_pages(
        self,
        *,
        subusers: list[str],
        start_date: datetime.date,
        end_date: datetime.date | Unset = UNSET,
        aggregated_by: StatsAggregation | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Response[list[SubuserStatsDay]]]:
        """Statistics of chosen subusers.

        Yields one `Response` per page, following the Link header's rel="next"; the next page is
        requested only when the previous one has been consumed.

        Wire request: GET /v3/subusers/stats; the client adds Authorization: Bearer with the API key.

        Args:
            The same as `client.subusers.stats.get` takes; `help()` on it describes each one.

        Returns:
            Iterator of Response[list[SubuserStatsDay]]: each page with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            async for page in client.subusers.stats.get_pages():
                print(page.status_code, len(page.parsed))
        """
        from sendgrid_reseller.api.subusers import get_subusers_stats as _endpoint

        return _endpoint.aiter_pages(
            self._client,
            subusers=subusers,
            start_date=start_date,
            end_date=end_date,
            aggregated_by=aggregated_by,
            limit=limit,
            offset=offset,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    def get_items(
        self,
        *,
        subusers: list[str],
        start_date: datetime.date,
        end_date: datetime.date | Unset = UNSET,
        aggregated_by: StatsAggregation | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[SubuserStatsDay]:
        """Statistics of chosen subusers.

        Yields every record of the list, across all pages (one page in memory at a time).

        Wire request: GET /v3/subusers/stats; the client adds Authorization: Bearer with the API key.

        Args:
            The same as `client.subusers.stats.get` takes; `help()` on it describes each one.

        Returns:
            Iterator of SubuserStatsDay: each record.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            async for item in client.subusers.stats.get_items():
                print(item)
        """
        from sendgrid_reseller.api.subusers import get_subusers_stats as _endpoint

        return _endpoint.aiter_items(
            self._client,
            subusers=subusers,
            start_date=start_date,
            end_date=end_date,
            aggregated_by=aggregated_by,
            limit=limit,
            offset=offset,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    async def monthly(
        self,
        *,
        date: datetime.date,
        subuser: str | Unset = UNSET,
        sort_by_metric: str | Unset = "delivered",
        sort_by_direction: SortDirection | Unset = UNSET,
        limit: int | Unset = 5,
        offset: int | Unset = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> SubuserMonthlyStats:
        """Monthly statistics of all subusers.

        Every subuser's email metrics for the month containing `date`, optionally filtered by a username
        substring.

        Wire request: GET /v3/subusers/stats/monthly; the client adds Authorization: Bearer with the API
        key.

        Args:
            date (datetime.date): Any day (YYYY-MM-DD) of the month to report on. Required.
            subuser (str | Unset): Only subusers whose username contains this text.
            sort_by_metric (str | Unset): The metric to sort by: blocks, bounces, clicks, delivered,
                opens, requests, unique_clicks, unique_opens or unsubscribes (the other metrics cannot be
                sorted on). Default: 'delivered'.
            sort_by_direction (SortDirection | Unset): The `sort_by_direction` query parameter.
            limit (int | Unset): How many subusers to report on (the statistics are not Link-
                paginated). Default: 5.
            offset (int | Unset): How many subusers to skip. Default: 0.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            SubuserMonthlyStats: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.subusers.stats.monthly()
        """
        from sendgrid_reseller.api.subusers import get_subusers_monthly_stats as _endpoint

        return await _endpoint.asyncio(
            self._client,
            date=date,
            subuser=subuser,
            sort_by_metric=sort_by_metric,
            sort_by_direction=sort_by_direction,
            limit=limit,
            offset=offset,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    async def monthly_detailed(
        self,
        *,
        date: datetime.date,
        subuser: str | Unset = UNSET,
        sort_by_metric: str | Unset = "delivered",
        sort_by_direction: SortDirection | Unset = UNSET,
        limit: int | Unset = 5,
        offset: int | Unset = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[SubuserMonthlyStats]:
        """Monthly statistics of all subusers.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/subusers/stats/monthly; the client adds Authorization: Bearer with the API
        key.

        Args:
            The same as `client.subusers.stats.monthly` takes; `help()` on it describes each one.

        Returns:
            Response[SubuserMonthlyStats]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.subusers.stats.monthly_detailed()
        """
        from sendgrid_reseller.api.subusers import get_subusers_monthly_stats as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            date=date,
            subuser=subuser,
            sort_by_metric=sort_by_metric,
            sort_by_direction=sort_by_direction,
            limit=limit,
            offset=offset,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    async def sums(
        self,
        *,
        start_date: datetime.date,
        end_date: datetime.date | Unset = UNSET,
        sort_by_direction: SortDirection | Unset = UNSET,
        sort_by_metric: str | Unset = "delivered",
        aggregated_by: StatsAggregation | Unset = UNSET,
        limit: int | Unset = 5,
        offset: int | Unset = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> SubuserStatsDay:
        """Totals of every metric across subusers.

        Each email metric summed over the date range for all subusers. (SendGrid's reference describes
        aggregated_by here with a date format; we accept the day/week/month values it takes elsewhere.).

        Wire request: GET /v3/subusers/stats/sums; the client adds Authorization: Bearer with the API
        key.

        Args:
            start_date (datetime.date): First day of the period (YYYY-MM-DD). Required.
            end_date (datetime.date | Unset): Last day of the period (YYYY-MM-DD); today when omitted.
            sort_by_direction (SortDirection | Unset): The `sort_by_direction` query parameter.
            sort_by_metric (str | Unset): The metric to sort by: blocks, bounces, clicks, delivered,
                opens, requests, unique_clicks, unique_opens or unsubscribes (the other metrics cannot be
                sorted on). Default: 'delivered'.
            aggregated_by (StatsAggregation | Unset): The `aggregated_by` query parameter.
            limit (int | Unset): How many subusers to report on (the statistics are not Link-
                paginated). Default: 5.
            offset (int | Unset): How many subusers to skip. Default: 0.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            SubuserStatsDay: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.subusers.stats.sums()
        """
        from sendgrid_reseller.api.subusers import get_subusers_stats_sums as _endpoint

        return await _endpoint.asyncio(
            self._client,
            start_date=start_date,
            end_date=end_date,
            sort_by_direction=sort_by_direction,
            sort_by_metric=sort_by_metric,
            aggregated_by=aggregated_by,
            limit=limit,
            offset=offset,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    async def sums_detailed(
        self,
        *,
        start_date: datetime.date,
        end_date: datetime.date | Unset = UNSET,
        sort_by_direction: SortDirection | Unset = UNSET,
        sort_by_metric: str | Unset = "delivered",
        aggregated_by: StatsAggregation | Unset = UNSET,
        limit: int | Unset = 5,
        offset: int | Unset = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[SubuserStatsDay]:
        """Totals of every metric across subusers.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/subusers/stats/sums; the client adds Authorization: Bearer with the API
        key.

        Args:
            The same as `client.subusers.stats.sums` takes; `help()` on it describes each one.

        Returns:
            Response[SubuserStatsDay]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.subusers.stats.sums_detailed()
        """
        from sendgrid_reseller.api.subusers import get_subusers_stats_sums as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            start_date=start_date,
            end_date=end_date,
            sort_by_direction=sort_by_direction,
            sort_by_metric=sort_by_metric,
            aggregated_by=aggregated_by,
            limit=limit,
            offset=offset,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )
