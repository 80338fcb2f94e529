# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.categories.stats` of `AsyncSendGrid`: the `AsyncCategoriesStatsGroup` class, imported on first use.

Each method calls its endpoint function (`sendgrid_reseller.api.<tag>.<operation>`), importing that
module on first call; signatures and docstrings are the endpoint functions' own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime.group import Group
from .._runtime.unset import UNSET

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping
    from typing import Any

    import httpx

    from sendgrid_reseller._runtime.options import RequestOptions
    from sendgrid_reseller.models.sort_direction import SortDirection
    from sendgrid_reseller.models.stats_aggregation import StatsAggregation
    from sendgrid_reseller.models.subuser_stats_day import SubuserStatsDay
    from sendgrid_reseller.types import Response, Unset

    pass


class AsyncCategoriesStatsGroup(Group):
    """Operations under `client.categories.stats`."""

    async def get(
        self,
        *,
        categories: list[str],
        start_date: datetime.date,
        end_date: datetime.date | Unset = UNSET,
        aggregated_by: StatsAggregation | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> list[SubuserStatsDay]:
        """Statistics of chosen categories.

        Email metrics of up to ten categories per day (or week, month) of the period.

        Wire request: GET /v3/categories/stats; the client adds Authorization: Bearer with the API key.

        Args:
            categories (list[str]): The categories to report on (1 to 10); repeat the key for several.
                Required.
            start_date (datetime.date): First day of the period (YYYY-MM-DD). Required.
            end_date (datetime.date | Unset): Last day of the period (YYYY-MM-DD); today when omitted.
            aggregated_by (StatsAggregation | Unset): The `aggregated_by` query parameter.
            on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
                of the v2 "user" field.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            list[SubuserStatsDay]: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.categories.stats.get()
        """
        from sendgrid_reseller.api.stats import get_category_stats as _endpoint

        return await _endpoint.asyncio(
            self._client,
            categories=categories,
            start_date=start_date,
            end_date=end_date,
            aggregated_by=aggregated_by,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    async def get_detailed(
        self,
        *,
        categories: list[str],
        start_date: datetime.date,
        end_date: datetime.date | Unset = UNSET,
        aggregated_by: StatsAggregation | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[list[SubuserStatsDay]]:
        """Statistics of chosen categories.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/categories/stats; the client adds Authorization: Bearer with the API key.

        Args:
            The same as `client.categories.stats.get` takes; `help()` on it describes each one.

        Returns:
            Response[list[SubuserStatsDay]]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.categories.stats.get_detailed()
        """
        from sendgrid_reseller.api.stats import get_category_stats as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            categories=categories,
            start_date=start_date,
            end_date=end_date,
            aggregated_by=aggregated_by,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    async def sums(
        self,
        *,
        sort_by_metric: str | Unset = UNSET,
        sort_by_direction: SortDirection | Unset = UNSET,
        start_date: datetime.date,
        end_date: datetime.date | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        aggregated_by: StatsAggregation | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> SubuserStatsDay:
        """Totals of every metric per category.

        Each category's metrics summed over the period, sorted by a metric.

        Wire request: GET /v3/categories/stats/sums; the client adds Authorization: Bearer with the API
        key.

        Args:
            sort_by_metric (str | Unset): The metric to sort by (delivered when omitted).
            sort_by_direction (SortDirection | Unset): The `sort_by_direction` query parameter.
            start_date (datetime.date): First day of the period (YYYY-MM-DD). Required.
            end_date (datetime.date | Unset): Last day of the period (YYYY-MM-DD); today when omitted.
            limit (int | Unset): How many categories to report on, 5 when omitted (the sums are not
                Link-paginated).
            offset (int | Unset): How many categories to skip.
            aggregated_by (StatsAggregation | Unset): The `aggregated_by` query parameter.
            on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
                of the v2 "user" field.
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

            result = await client.categories.stats.sums()
        """
        from sendgrid_reseller.api.stats import get_category_stats_sums as _endpoint

        return await _endpoint.asyncio(
            self._client,
            sort_by_metric=sort_by_metric,
            sort_by_direction=sort_by_direction,
            start_date=start_date,
            end_date=end_date,
            limit=limit,
            offset=offset,
            aggregated_by=aggregated_by,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    async def sums_detailed(
        self,
        *,
        sort_by_metric: str | Unset = UNSET,
        sort_by_direction: SortDirection | Unset = UNSET,
        start_date: datetime.date,
        end_date: datetime.date | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        aggregated_by: StatsAggregation | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[SubuserStatsDay]:
        """Totals of every metric per category.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/categories/stats/sums; the client adds Authorization: Bearer with the API
        key.

        Args:
            The same as `client.categories.stats.sums` takes; `help()` on it describes each one.

        Returns:
            Response[SubuserStatsDay]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.categories.stats.sums_detailed()
        """
        from sendgrid_reseller.api.stats import get_category_stats_sums as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            sort_by_metric=sort_by_metric,
            sort_by_direction=sort_by_direction,
            start_date=start_date,
            end_date=end_date,
            limit=limit,
            offset=offset,
            aggregated_by=aggregated_by,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )
