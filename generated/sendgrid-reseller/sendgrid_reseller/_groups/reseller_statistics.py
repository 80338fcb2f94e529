# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.reseller.statistics` of `SendGrid`: the `ResellerStatisticsGroup` class, imported on first use.

Each method calls its endpoint function (`sendgrid_reseller.api.<tag>.<operation>`), importing that
module on first call; signatures and docstrings are the endpoint functions' own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, overload

from .._runtime.group import Group
from .._runtime.unset import UNSET

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping
    from typing import Any

    import httpx

    from sendgrid_reseller._runtime.options import RequestOptions
    from sendgrid_reseller.models.get_customer_aggregate_statistics_form import GetCustomerAggregateStatisticsForm
    from sendgrid_reseller.models.get_customer_category_statistics_form import GetCustomerCategoryStatisticsForm
    from sendgrid_reseller.models.get_customer_statistics_form import GetCustomerStatisticsForm
    from sendgrid_reseller.models.list_customer_stat_categories_form import ListCustomerStatCategoriesForm
    from sendgrid_reseller.models.v2_customer_category import V2CustomerCategory
    from sendgrid_reseller.models.v2_customer_category_stats_day import V2CustomerCategoryStatsDay
    from sendgrid_reseller.models.v2_customer_stats_day import V2CustomerStatsDay
    from sendgrid_reseller.models.v2_customer_stats_totals import V2CustomerStatsTotals
    from sendgrid_reseller.types import Response, Unset

    pass


class ResellerStatisticsGroup(Group):
    """Operations under `client.reseller.statistics`."""

    @overload
    def get(
        self,
        *,
        user: str,
        days: int | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> list[V2CustomerStatsDay]: ...

    @overload
    def get(
        self,
        *,
        body: GetCustomerStatisticsForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> list[V2CustomerStatsDay]: ...

    def get(
        self,
        *,
        user: str | Unset = UNSET,
        days: int | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        body: GetCustomerStatisticsForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> list[V2CustomerStatsDay]:
        """Get a customer's daily statistics.

        Returns one row of sending counters per day for a customer. Pick the period either with days
        (counted back from today, today included) or with start_date and end_date; not both.

        Wire request: POST /apiv2/reseller.manage.json with method=stats (form fields, always sent,
        never the caller's); the client adds the credentials as the api_user / api_key form fields.

        Args:
            user (str): Username of the customer. Required.
            days (int | Unset): Number of days up to and including today.
            start_date (datetime.date | Unset): First day of the period (YYYY-mm-dd).
            end_date (datetime.date | Unset): Last day of the period (YYYY-mm-dd).
            body (GetCustomerStatisticsForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            list[V2CustomerStatsDay]: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.reseller.statistics.get(user=user)
        """
        from sendgrid_reseller.api.customer_statistics import get_customer_statistics as _endpoint

        return _endpoint._sync_impl(
            self._client,
            user=user,
            days=days,
            start_date=start_date,
            end_date=end_date,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    def get_detailed(
        self,
        *,
        user: str,
        days: int | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[list[V2CustomerStatsDay]]: ...

    @overload
    def get_detailed(
        self,
        *,
        body: GetCustomerStatisticsForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[list[V2CustomerStatsDay]]: ...

    def get_detailed(
        self,
        *,
        user: str | Unset = UNSET,
        days: int | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        body: GetCustomerStatisticsForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[list[V2CustomerStatsDay]]:
        """Get a customer's daily statistics.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /apiv2/reseller.manage.json with method=stats (form fields, always sent,
        never the caller's); the client adds the credentials as the api_user / api_key form fields.

        Args:
            The same as `client.reseller.statistics.get` takes; `help()` on it describes each one.

        Returns:
            Response[list[V2CustomerStatsDay]]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.reseller.statistics.get_detailed(user=user)
        """
        from sendgrid_reseller.api.customer_statistics import get_customer_statistics as _endpoint

        return _endpoint._sync_detailed_impl(
            self._client,
            user=user,
            days=days,
            start_date=start_date,
            end_date=end_date,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    def aggregate(
        self,
        *,
        user: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2CustomerStatsTotals: ...

    @overload
    def aggregate(
        self,
        *,
        body: GetCustomerAggregateStatisticsForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2CustomerStatsTotals: ...

    def aggregate(
        self,
        *,
        user: str | Unset = UNSET,
        body: GetCustomerAggregateStatisticsForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2CustomerStatsTotals:
        """Get a customer's all-time totals.

        Returns the customer's sending counters summed over the whole life of the account.

        Wire request: POST /apiv2/reseller.manage.json with aggregate=1, method=stats (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            user (str): Username of the customer. Required.
            body (GetCustomerAggregateStatisticsForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            V2CustomerStatsTotals: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.reseller.statistics.aggregate(user=user)
        """
        from sendgrid_reseller.api.customer_statistics import get_customer_aggregate_statistics as _endpoint

        return _endpoint._sync_impl(
            self._client,
            user=user,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    def aggregate_detailed(
        self,
        *,
        user: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2CustomerStatsTotals]: ...

    @overload
    def aggregate_detailed(
        self,
        *,
        body: GetCustomerAggregateStatisticsForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2CustomerStatsTotals]: ...

    def aggregate_detailed(
        self,
        *,
        user: str | Unset = UNSET,
        body: GetCustomerAggregateStatisticsForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2CustomerStatsTotals]:
        """Get a customer's all-time totals.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /apiv2/reseller.manage.json with aggregate=1, method=stats (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            The same as `client.reseller.statistics.aggregate` takes; `help()` on it describes each one.

        Returns:
            Response[V2CustomerStatsTotals]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.reseller.statistics.aggregate_detailed(user=user)
        """
        from sendgrid_reseller.api.customer_statistics import get_customer_aggregate_statistics as _endpoint

        return _endpoint._sync_detailed_impl(
            self._client,
            user=user,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    def list_categories(
        self,
        *,
        user: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> list[V2CustomerCategory]: ...

    @overload
    def list_categories(
        self,
        *,
        body: ListCustomerStatCategoriesForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> list[V2CustomerCategory]: ...

    def list_categories(
        self,
        *,
        user: str | Unset = UNSET,
        body: ListCustomerStatCategoriesForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> list[V2CustomerCategory]:
        """List a customer's categories.

        Returns the name of every category the customer has ever tagged mail with.

        Wire request: POST /apiv2/reseller.manage.json with list=true, method=stats (form fields, always
        sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            user (str): Username of the customer. Required.
            body (ListCustomerStatCategoriesForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            list[V2CustomerCategory]: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.reseller.statistics.list_categories(user=user)
        """
        from sendgrid_reseller.api.customer_statistics import list_customer_stat_categories as _endpoint

        return _endpoint._sync_impl(
            self._client,
            user=user,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    def list_categories_detailed(
        self,
        *,
        user: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[list[V2CustomerCategory]]: ...

    @overload
    def list_categories_detailed(
        self,
        *,
        body: ListCustomerStatCategoriesForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[list[V2CustomerCategory]]: ...

    def list_categories_detailed(
        self,
        *,
        user: str | Unset = UNSET,
        body: ListCustomerStatCategoriesForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[list[V2CustomerCategory]]:
        """List a customer's categories.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /apiv2/reseller.manage.json with list=true, method=stats (form fields, always
        sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            The same as `client.reseller.statistics.list_categories` takes; `help()` on it describes each one.

        Returns:
            Response[list[V2CustomerCategory]]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.reseller.statistics.list_categories_detailed(user=user)
        """
        from sendgrid_reseller.api.customer_statistics import list_customer_stat_categories as _endpoint

        return _endpoint._sync_detailed_impl(
            self._client,
            user=user,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    def get_by_category(
        self,
        *,
        user: str,
        category: str,
        days: int | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> list[V2CustomerCategoryStatsDay]: ...

    @overload
    def get_by_category(
        self,
        *,
        body: GetCustomerCategoryStatisticsForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> list[V2CustomerCategoryStatsDay]: ...

    def get_by_category(
        self,
        *,
        user: str | Unset = UNSET,
        category: str | Unset = UNSET,
        days: int | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        body: GetCustomerCategoryStatisticsForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> list[V2CustomerCategoryStatsDay]:
        """Get a customer's daily statistics for a category.

        Returns daily counters of one category for a customer; a category without statistics gives an
        empty result. Pick the period with days or with start_date and end_date; not both. Marketing
        e-mail statistics can be read through the category "Newsletter".

        Wire request: POST /apiv2/reseller.manage.json with method=stats (form fields, always sent,
        never the caller's); the client adds the credentials as the api_user / api_key form fields.

        Args:
            user (str): Username of the customer. Required.
            category (str): A category that has statistics. Required.
            days (int | Unset): Number of days up to and including today.
            start_date (datetime.date | Unset): First day of the period (YYYY-mm-dd).
            end_date (datetime.date | Unset): Last day of the period (YYYY-mm-dd).
            body (GetCustomerCategoryStatisticsForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            list[V2CustomerCategoryStatsDay]: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.reseller.statistics.get_by_category(user=user, category=category)
        """
        from sendgrid_reseller.api.customer_statistics import get_customer_category_statistics as _endpoint

        return _endpoint._sync_impl(
            self._client,
            user=user,
            category=category,
            days=days,
            start_date=start_date,
            end_date=end_date,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    def get_by_category_detailed(
        self,
        *,
        user: str,
        category: str,
        days: int | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[list[V2CustomerCategoryStatsDay]]: ...

    @overload
    def get_by_category_detailed(
        self,
        *,
        body: GetCustomerCategoryStatisticsForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[list[V2CustomerCategoryStatsDay]]: ...

    def get_by_category_detailed(
        self,
        *,
        user: str | Unset = UNSET,
        category: str | Unset = UNSET,
        days: int | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        body: GetCustomerCategoryStatisticsForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[list[V2CustomerCategoryStatsDay]]:
        """Get a customer's daily statistics for a category.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /apiv2/reseller.manage.json with method=stats (form fields, always sent,
        never the caller's); the client adds the credentials as the api_user / api_key form fields.

        Args:
            The same as `client.reseller.statistics.get_by_category` takes; `help()` on it describes each one.

        Returns:
            Response[list[V2CustomerCategoryStatsDay]]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.reseller.statistics.get_by_category_detailed(user=user, category=category)
        """
        from sendgrid_reseller.api.customer_statistics import get_customer_category_statistics as _endpoint

        return _endpoint._sync_detailed_impl(
            self._client,
            user=user,
            category=category,
            days=days,
            start_date=start_date,
            end_date=end_date,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )
