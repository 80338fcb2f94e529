# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.stats` of `SendGrid`: the `StatsGroup` class, imported on first use.

Each method calls its endpoint function (`sendgrid_reseller.api.<tag>.<operation>`), importing that
module on first call; signatures and docstrings are the endpoint functions' own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime.group import Group
from .._runtime.unset import UNSET

if TYPE_CHECKING:
    import datetime
    from collections.abc import Iterator, Mapping
    from typing import Any

    import httpx

    from sendgrid_reseller._runtime.options import RequestOptions
    from sendgrid_reseller._runtime.page import SyncPage
    from sendgrid_reseller.models.advanced_stats_day import AdvancedStatsDay
    from sendgrid_reseller.models.client_type import ClientType
    from sendgrid_reseller.models.get_geo_stats_country import GetGeoStatsCountry
    from sendgrid_reseller.models.global_stats_day import GlobalStatsDay
    from sendgrid_reseller.models.stats_aggregation import StatsAggregation
    from sendgrid_reseller.types import Response, Unset

    pass


class StatsGroup(Group):
    """Operations under `client.stats`."""

    def get(
        self,
        *,
        start_date: datetime.date,
        end_date: datetime.date | Unset = UNSET,
        aggregated_by: StatsAggregation | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
        page_token: str | None = None,
    ) -> SyncPage[GlobalStatsDay]:
        """Global email statistics.

        The account's email metrics per day (or week, month) of the period.

        Returns the first page (or the one `page_token` names): iterate it for every record across
        pages, or use `pages()`, `has_next_page()`, `next_page()` and `next_page_token`.

        Wire request: GET /v3/stats; the client adds Authorization: Bearer with the API key.

        Args:
            start_date (datetime.date): First day of the period (YYYY-MM-DD). Required.
            end_date (datetime.date | Unset): Last day of the period (YYYY-MM-DD); today when omitted.
            aggregated_by (StatsAggregation | Unset): The `aggregated_by` query parameter.
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
            SyncPage[GlobalStatsDay]: the page; its `items` are this page's records.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            for item in client.stats.get():  # every record, page after page
                print(item)
        """
        from sendgrid_reseller.api.stats import get_global_stats as _endpoint

        return _endpoint.page(
            self._client,
            start_date=start_date,
            end_date=end_date,
            aggregated_by=aggregated_by,
            limit=limit,
            offset=offset,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
            page_token=page_token,
        )

    def get_detailed(
        self,
        *,
        start_date: datetime.date,
        end_date: datetime.date | Unset = UNSET,
        aggregated_by: StatsAggregation | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[list[GlobalStatsDay]]:
        """Global email statistics.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/stats; the client adds Authorization: Bearer with the API key.

        Args:
            The same as `client.stats.get` takes; `help()` on it describes each one.

        Returns:
            Response[list[GlobalStatsDay]]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.stats.get_detailed()
        """
        from sendgrid_reseller.api.stats import get_global_stats as _endpoint

        return _endpoint.sync_detailed(
            self._client,
            start_date=start_date,
            end_date=end_date,
            aggregated_by=aggregated_by,
            limit=limit,
            offset=offset,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    def get_pages(
        self,
        *,
        start_date: datetime.date,
        end_date: datetime.date | Unset = UNSET,
        aggregated_by: StatsAggregation | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Iterator[Response[list[GlobalStatsDay]]]:
        """Global email statistics.

        Yields one `Response` per page, following the Link header's rel="next"; the next page is
        requested only when the previous one has been consumed.

        Wire request: GET /v3/stats; the client adds Authorization: Bearer with the API key.

        Args:
            The same as `client.stats.get` takes; `help()` on it describes each one.

        Returns:
            Iterator of Response[list[GlobalStatsDay]]: each page with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            for page in client.stats.get_pages():
                print(page.status_code, len(page.parsed))
        """
        from sendgrid_reseller.api.stats import get_global_stats as _endpoint

        return _endpoint.iter_pages(
            self._client,
            start_date=start_date,
            end_date=end_date,
            aggregated_by=aggregated_by,
            limit=limit,
            offset=offset,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    def get_items(
        self,
        *,
        start_date: datetime.date,
        end_date: datetime.date | Unset = UNSET,
        aggregated_by: StatsAggregation | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Iterator[GlobalStatsDay]:
        """Global email statistics.

        Yields every record of the list, across all pages (one page in memory at a time).

        Wire request: GET /v3/stats; the client adds Authorization: Bearer with the API key.

        Args:
            The same as `client.stats.get` takes; `help()` on it describes each one.

        Returns:
            Iterator of GlobalStatsDay: each record.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            for item in client.stats.get_items():
                print(item)
        """
        from sendgrid_reseller.api.stats import get_global_stats as _endpoint

        return _endpoint.iter_items(
            self._client,
            start_date=start_date,
            end_date=end_date,
            aggregated_by=aggregated_by,
            limit=limit,
            offset=offset,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    def browsers(
        self,
        *,
        browsers: list[str] | Unset = UNSET,
        start_date: datetime.date,
        end_date: datetime.date | Unset = UNSET,
        aggregated_by: StatsAggregation | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
        page_token: str | None = None,
    ) -> SyncPage[AdvancedStatsDay]:
        """Statistics by browser.

        Clicks and unique clicks per browser, per day (or week, month) of the period.

        Returns the first page (or the one `page_token` names): iterate it for every record across
        pages, or use `pages()`, `has_next_page()`, `next_page()` and `next_page_token`.

        Wire request: GET /v3/browsers/stats; the client adds Authorization: Bearer with the API key.

        Args:
            browsers (list[str] | Unset): Only these browsers (up to 10); repeat the key for several.
            start_date (datetime.date): First day of the period (YYYY-MM-DD). Required.
            end_date (datetime.date | Unset): Last day of the period (YYYY-MM-DD); today when omitted.
            aggregated_by (StatsAggregation | Unset): The `aggregated_by` query parameter.
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
            SyncPage[AdvancedStatsDay]: the page; its `items` are this page's records.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            for item in client.stats.browsers():  # every record, page after page
                print(item)
        """
        from sendgrid_reseller.api.stats import get_browser_stats as _endpoint

        return _endpoint.page(
            self._client,
            browsers=browsers,
            start_date=start_date,
            end_date=end_date,
            aggregated_by=aggregated_by,
            limit=limit,
            offset=offset,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
            page_token=page_token,
        )

    def browsers_detailed(
        self,
        *,
        browsers: list[str] | Unset = UNSET,
        start_date: datetime.date,
        end_date: datetime.date | Unset = UNSET,
        aggregated_by: StatsAggregation | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[list[AdvancedStatsDay]]:
        """Statistics by browser.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/browsers/stats; the client adds Authorization: Bearer with the API key.

        Args:
            The same as `client.stats.browsers` takes; `help()` on it describes each one.

        Returns:
            Response[list[AdvancedStatsDay]]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.stats.browsers_detailed()
        """
        from sendgrid_reseller.api.stats import get_browser_stats as _endpoint

        return _endpoint.sync_detailed(
            self._client,
            browsers=browsers,
            start_date=start_date,
            end_date=end_date,
            aggregated_by=aggregated_by,
            limit=limit,
            offset=offset,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    def browsers_pages(
        self,
        *,
        browsers: list[str] | Unset = UNSET,
        start_date: datetime.date,
        end_date: datetime.date | Unset = UNSET,
        aggregated_by: StatsAggregation | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Iterator[Response[list[AdvancedStatsDay]]]:
        """Statistics by browser.

        Yields one `Response` per page, following the Link header's rel="next"; the next page is
        requested only when the previous one has been consumed.

        Wire request: GET /v3/browsers/stats; the client adds Authorization: Bearer with the API key.

        Args:
            The same as `client.stats.browsers` takes; `help()` on it describes each one.

        Returns:
            Iterator of Response[list[AdvancedStatsDay]]: each page with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            for page in client.stats.browsers_pages():
                print(page.status_code, len(page.parsed))
        """
        from sendgrid_reseller.api.stats import get_browser_stats as _endpoint

        return _endpoint.iter_pages(
            self._client,
            browsers=browsers,
            start_date=start_date,
            end_date=end_date,
            aggregated_by=aggregated_by,
            limit=limit,
            offset=offset,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    def browsers_items(
        self,
        *,
        browsers: list[str] | Unset = UNSET,
        start_date: datetime.date,
        end_date: datetime.date | Unset = UNSET,
        aggregated_by: StatsAggregation | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Iterator[AdvancedStatsDay]:
        """Statistics by browser.

        Yields every record of the list, across all pages (one page in memory at a time).

        Wire request: GET /v3/browsers/stats; the client adds Authorization: Bearer with the API key.

        Args:
            The same as `client.stats.browsers` takes; `help()` on it describes each one.

        Returns:
            Iterator of AdvancedStatsDay: each record.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            for item in client.stats.browsers_items():
                print(item)
        """
        from sendgrid_reseller.api.stats import get_browser_stats as _endpoint

        return _endpoint.iter_items(
            self._client,
            browsers=browsers,
            start_date=start_date,
            end_date=end_date,
            aggregated_by=aggregated_by,
            limit=limit,
            offset=offset,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    def clients(
        self,
        *,
        start_date: datetime.date,
        end_date: datetime.date | Unset = UNSET,
        aggregated_by: StatsAggregation | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> list[AdvancedStatsDay]:
        """Statistics by email client.

        Opens and unique opens per email client, per day (or week, month) of the period.

        Wire request: GET /v3/clients/stats; the client adds Authorization: Bearer with the API key.

        Args:
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
            list[AdvancedStatsDay]: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.stats.clients()
        """
        from sendgrid_reseller.api.stats import get_client_stats as _endpoint

        return _endpoint.sync(
            self._client,
            start_date=start_date,
            end_date=end_date,
            aggregated_by=aggregated_by,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    def clients_detailed(
        self,
        *,
        start_date: datetime.date,
        end_date: datetime.date | Unset = UNSET,
        aggregated_by: StatsAggregation | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[list[AdvancedStatsDay]]:
        """Statistics by email client.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/clients/stats; the client adds Authorization: Bearer with the API key.

        Args:
            The same as `client.stats.clients` takes; `help()` on it describes each one.

        Returns:
            Response[list[AdvancedStatsDay]]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.stats.clients_detailed()
        """
        from sendgrid_reseller.api.stats import get_client_stats as _endpoint

        return _endpoint.sync_detailed(
            self._client,
            start_date=start_date,
            end_date=end_date,
            aggregated_by=aggregated_by,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    def client_type(
        self,
        client_type: ClientType,
        *,
        start_date: datetime.date,
        end_date: datetime.date | Unset = UNSET,
        aggregated_by: StatsAggregation | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> list[AdvancedStatsDay]:
        """Statistics of one kind of email client.

        Opens and unique opens of phone, tablet, webmail or desktop clients, per day (or week, month).

        Wire request: GET /v3/clients/{client_type}/stats; the client adds Authorization: Bearer with
        the API key.

        Args:
            client_type (ClientType): The `client_type` path segment. Required.
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
            list[AdvancedStatsDay]: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.stats.client_type(client_type)
        """
        from sendgrid_reseller.api.stats import get_client_type_stats as _endpoint

        return _endpoint.sync(
            self._client,
            client_type,
            start_date=start_date,
            end_date=end_date,
            aggregated_by=aggregated_by,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    def client_type_detailed(
        self,
        client_type: ClientType,
        *,
        start_date: datetime.date,
        end_date: datetime.date | Unset = UNSET,
        aggregated_by: StatsAggregation | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[list[AdvancedStatsDay]]:
        """Statistics of one kind of email client.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/clients/{client_type}/stats; the client adds Authorization: Bearer with
        the API key.

        Args:
            The same as `client.stats.client_type` takes; `help()` on it describes each one.

        Returns:
            Response[list[AdvancedStatsDay]]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.stats.client_type_detailed(client_type)
        """
        from sendgrid_reseller.api.stats import get_client_type_stats as _endpoint

        return _endpoint.sync_detailed(
            self._client,
            client_type,
            start_date=start_date,
            end_date=end_date,
            aggregated_by=aggregated_by,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    def devices(
        self,
        *,
        start_date: datetime.date,
        end_date: datetime.date | Unset = UNSET,
        aggregated_by: StatsAggregation | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
        page_token: str | None = None,
    ) -> SyncPage[AdvancedStatsDay]:
        """Statistics by device.

        Opens and unique opens per device type, per day (or week, month) of the period.

        Returns the first page (or the one `page_token` names): iterate it for every record across
        pages, or use `pages()`, `has_next_page()`, `next_page()` and `next_page_token`.

        Wire request: GET /v3/devices/stats; the client adds Authorization: Bearer with the API key.

        Args:
            start_date (datetime.date): First day of the period (YYYY-MM-DD). Required.
            end_date (datetime.date | Unset): Last day of the period (YYYY-MM-DD); today when omitted.
            aggregated_by (StatsAggregation | Unset): The `aggregated_by` query parameter.
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
            SyncPage[AdvancedStatsDay]: the page; its `items` are this page's records.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            for item in client.stats.devices():  # every record, page after page
                print(item)
        """
        from sendgrid_reseller.api.stats import get_device_stats as _endpoint

        return _endpoint.page(
            self._client,
            start_date=start_date,
            end_date=end_date,
            aggregated_by=aggregated_by,
            limit=limit,
            offset=offset,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
            page_token=page_token,
        )

    def devices_detailed(
        self,
        *,
        start_date: datetime.date,
        end_date: datetime.date | Unset = UNSET,
        aggregated_by: StatsAggregation | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[list[AdvancedStatsDay]]:
        """Statistics by device.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/devices/stats; the client adds Authorization: Bearer with the API key.

        Args:
            The same as `client.stats.devices` takes; `help()` on it describes each one.

        Returns:
            Response[list[AdvancedStatsDay]]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.stats.devices_detailed()
        """
        from sendgrid_reseller.api.stats import get_device_stats as _endpoint

        return _endpoint.sync_detailed(
            self._client,
            start_date=start_date,
            end_date=end_date,
            aggregated_by=aggregated_by,
            limit=limit,
            offset=offset,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    def devices_pages(
        self,
        *,
        start_date: datetime.date,
        end_date: datetime.date | Unset = UNSET,
        aggregated_by: StatsAggregation | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Iterator[Response[list[AdvancedStatsDay]]]:
        """Statistics by device.

        Yields one `Response` per page, following the Link header's rel="next"; the next page is
        requested only when the previous one has been consumed.

        Wire request: GET /v3/devices/stats; the client adds Authorization: Bearer with the API key.

        Args:
            The same as `client.stats.devices` takes; `help()` on it describes each one.

        Returns:
            Iterator of Response[list[AdvancedStatsDay]]: each page with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            for page in client.stats.devices_pages():
                print(page.status_code, len(page.parsed))
        """
        from sendgrid_reseller.api.stats import get_device_stats as _endpoint

        return _endpoint.iter_pages(
            self._client,
            start_date=start_date,
            end_date=end_date,
            aggregated_by=aggregated_by,
            limit=limit,
            offset=offset,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    def devices_items(
        self,
        *,
        start_date: datetime.date,
        end_date: datetime.date | Unset = UNSET,
        aggregated_by: StatsAggregation | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Iterator[AdvancedStatsDay]:
        """Statistics by device.

        Yields every record of the list, across all pages (one page in memory at a time).

        Wire request: GET /v3/devices/stats; the client adds Authorization: Bearer with the API key.

        Args:
            The same as `client.stats.devices` takes; `help()` on it describes each one.

        Returns:
            Iterator of AdvancedStatsDay: each record.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            for item in client.stats.devices_items():
                print(item)
        """
        from sendgrid_reseller.api.stats import get_device_stats as _endpoint

        return _endpoint.iter_items(
            self._client,
            start_date=start_date,
            end_date=end_date,
            aggregated_by=aggregated_by,
            limit=limit,
            offset=offset,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    def geo(
        self,
        *,
        country: GetGeoStatsCountry | Unset = UNSET,
        start_date: datetime.date,
        end_date: datetime.date | Unset = UNSET,
        aggregated_by: StatsAggregation | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
        page_token: str | None = None,
    ) -> SyncPage[AdvancedStatsDay]:
        """Statistics by country and region.

        Opens and clicks per state or province of the US or Canada, per day (or week, month).

        Returns the first page (or the one `page_token` names): iterate it for every record across
        pages, or use `pages()`, `has_next_page()`, `next_page()` and `next_page_token`.

        Wire request: GET /v3/geo/stats; the client adds Authorization: Bearer with the API key.

        Args:
            country (GetGeoStatsCountry | Unset): Only this country.
            start_date (datetime.date): First day of the period (YYYY-MM-DD). Required.
            end_date (datetime.date | Unset): Last day of the period (YYYY-MM-DD); today when omitted.
            aggregated_by (StatsAggregation | Unset): The `aggregated_by` query parameter.
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
            SyncPage[AdvancedStatsDay]: the page; its `items` are this page's records.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            for item in client.stats.geo():  # every record, page after page
                print(item)
        """
        from sendgrid_reseller.api.stats import get_geo_stats as _endpoint

        return _endpoint.page(
            self._client,
            country=country,
            start_date=start_date,
            end_date=end_date,
            aggregated_by=aggregated_by,
            limit=limit,
            offset=offset,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
            page_token=page_token,
        )

    def geo_detailed(
        self,
        *,
        country: GetGeoStatsCountry | Unset = UNSET,
        start_date: datetime.date,
        end_date: datetime.date | Unset = UNSET,
        aggregated_by: StatsAggregation | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[list[AdvancedStatsDay]]:
        """Statistics by country and region.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/geo/stats; the client adds Authorization: Bearer with the API key.

        Args:
            The same as `client.stats.geo` takes; `help()` on it describes each one.

        Returns:
            Response[list[AdvancedStatsDay]]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.stats.geo_detailed()
        """
        from sendgrid_reseller.api.stats import get_geo_stats as _endpoint

        return _endpoint.sync_detailed(
            self._client,
            country=country,
            start_date=start_date,
            end_date=end_date,
            aggregated_by=aggregated_by,
            limit=limit,
            offset=offset,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    def geo_pages(
        self,
        *,
        country: GetGeoStatsCountry | Unset = UNSET,
        start_date: datetime.date,
        end_date: datetime.date | Unset = UNSET,
        aggregated_by: StatsAggregation | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Iterator[Response[list[AdvancedStatsDay]]]:
        """Statistics by country and region.

        Yields one `Response` per page, following the Link header's rel="next"; the next page is
        requested only when the previous one has been consumed.

        Wire request: GET /v3/geo/stats; the client adds Authorization: Bearer with the API key.

        Args:
            The same as `client.stats.geo` takes; `help()` on it describes each one.

        Returns:
            Iterator of Response[list[AdvancedStatsDay]]: each page with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            for page in client.stats.geo_pages():
                print(page.status_code, len(page.parsed))
        """
        from sendgrid_reseller.api.stats import get_geo_stats as _endpoint

        return _endpoint.iter_pages(
            self._client,
            country=country,
            start_date=start_date,
            end_date=end_date,
            aggregated_by=aggregated_by,
            limit=limit,
            offset=offset,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    def geo_items(
        self,
        *,
        country: GetGeoStatsCountry | Unset = UNSET,
        start_date: datetime.date,
        end_date: datetime.date | Unset = UNSET,
        aggregated_by: StatsAggregation | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Iterator[AdvancedStatsDay]:
        """Statistics by country and region.

        Yields every record of the list, across all pages (one page in memory at a time).

        Wire request: GET /v3/geo/stats; the client adds Authorization: Bearer with the API key.

        Args:
            The same as `client.stats.geo` takes; `help()` on it describes each one.

        Returns:
            Iterator of AdvancedStatsDay: each record.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            for item in client.stats.geo_items():
                print(item)
        """
        from sendgrid_reseller.api.stats import get_geo_stats as _endpoint

        return _endpoint.iter_items(
            self._client,
            country=country,
            start_date=start_date,
            end_date=end_date,
            aggregated_by=aggregated_by,
            limit=limit,
            offset=offset,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    def mailbox_providers(
        self,
        *,
        mailbox_providers: list[str] | Unset = UNSET,
        start_date: datetime.date,
        end_date: datetime.date | Unset = UNSET,
        aggregated_by: StatsAggregation | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
        page_token: str | None = None,
    ) -> SyncPage[AdvancedStatsDay]:
        """Statistics by mailbox provider.

        Delivery metrics per mailbox provider (Gmail, Yahoo, ...), per day (or week, month).

        Returns the first page (or the one `page_token` names): iterate it for every record across
        pages, or use `pages()`, `has_next_page()`, `next_page()` and `next_page_token`.

        Wire request: GET /v3/mailbox_providers/stats; the client adds Authorization: Bearer with the
        API key.

        Args:
            mailbox_providers (list[str] | Unset): Only these providers (up to 10); repeat the key for
                several.
            start_date (datetime.date): First day of the period (YYYY-MM-DD). Required.
            end_date (datetime.date | Unset): Last day of the period (YYYY-MM-DD); today when omitted.
            aggregated_by (StatsAggregation | Unset): The `aggregated_by` query parameter.
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
            SyncPage[AdvancedStatsDay]: the page; its `items` are this page's records.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            for item in client.stats.mailbox_providers():  # every record, page after page
                print(item)
        """
        from sendgrid_reseller.api.stats import get_mailbox_provider_stats as _endpoint

        return _endpoint.page(
            self._client,
            mailbox_providers=mailbox_providers,
            start_date=start_date,
            end_date=end_date,
            aggregated_by=aggregated_by,
            limit=limit,
            offset=offset,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
            page_token=page_token,
        )

    def mailbox_providers_detailed(
        self,
        *,
        mailbox_providers: list[str] | Unset = UNSET,
        start_date: datetime.date,
        end_date: datetime.date | Unset = UNSET,
        aggregated_by: StatsAggregation | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[list[AdvancedStatsDay]]:
        """Statistics by mailbox provider.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/mailbox_providers/stats; the client adds Authorization: Bearer with the
        API key.

        Args:
            The same as `client.stats.mailbox_providers` takes; `help()` on it describes each one.

        Returns:
            Response[list[AdvancedStatsDay]]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.stats.mailbox_providers_detailed()
        """
        from sendgrid_reseller.api.stats import get_mailbox_provider_stats as _endpoint

        return _endpoint.sync_detailed(
            self._client,
            mailbox_providers=mailbox_providers,
            start_date=start_date,
            end_date=end_date,
            aggregated_by=aggregated_by,
            limit=limit,
            offset=offset,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    def mailbox_providers_pages(
        self,
        *,
        mailbox_providers: list[str] | Unset = UNSET,
        start_date: datetime.date,
        end_date: datetime.date | Unset = UNSET,
        aggregated_by: StatsAggregation | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Iterator[Response[list[AdvancedStatsDay]]]:
        """Statistics by mailbox provider.

        Yields one `Response` per page, following the Link header's rel="next"; the next page is
        requested only when the previous one has been consumed.

        Wire request: GET /v3/mailbox_providers/stats; the client adds Authorization: Bearer with the
        API key.

        Args:
            The same as `client.stats.mailbox_providers` takes; `help()` on it describes each one.

        Returns:
            Iterator of Response[list[AdvancedStatsDay]]: each page with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            for page in client.stats.mailbox_providers_pages():
                print(page.status_code, len(page.parsed))
        """
        from sendgrid_reseller.api.stats import get_mailbox_provider_stats as _endpoint

        return _endpoint.iter_pages(
            self._client,
            mailbox_providers=mailbox_providers,
            start_date=start_date,
            end_date=end_date,
            aggregated_by=aggregated_by,
            limit=limit,
            offset=offset,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    def mailbox_providers_items(
        self,
        *,
        mailbox_providers: list[str] | Unset = UNSET,
        start_date: datetime.date,
        end_date: datetime.date | Unset = UNSET,
        aggregated_by: StatsAggregation | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Iterator[AdvancedStatsDay]:
        """Statistics by mailbox provider.

        Yields every record of the list, across all pages (one page in memory at a time).

        Wire request: GET /v3/mailbox_providers/stats; the client adds Authorization: Bearer with the
        API key.

        Args:
            The same as `client.stats.mailbox_providers` takes; `help()` on it describes each one.

        Returns:
            Iterator of AdvancedStatsDay: each record.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            for item in client.stats.mailbox_providers_items():
                print(item)
        """
        from sendgrid_reseller.api.stats import get_mailbox_provider_stats as _endpoint

        return _endpoint.iter_items(
            self._client,
            mailbox_providers=mailbox_providers,
            start_date=start_date,
            end_date=end_date,
            aggregated_by=aggregated_by,
            limit=limit,
            offset=offset,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )
