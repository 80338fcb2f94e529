# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.reseller.account.overview` of `SendGrid`: the `ResellerAccountOverviewGroup` class, imported on first use.

Each method calls its endpoint function (`sendgrid_reseller.api.<tag>.<operation>`), importing that
module on first call; signatures and docstrings are the endpoint functions' own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, overload

from .._runtime.group import Group
from .._runtime.unset import UNSET

if TYPE_CHECKING:
    from collections.abc import Mapping
    from typing import Any

    import httpx

    from sendgrid_reseller._runtime.options import RequestOptions
    from sendgrid_reseller.models.get_customer_account_overview_form import GetCustomerAccountOverviewForm
    from sendgrid_reseller.models.v2_account_overview import V2AccountOverview
    from sendgrid_reseller.types import Response, Unset

    pass


class ResellerAccountOverviewGroup(Group):
    """Operations under `client.reseller.account_overview`."""

    @overload
    def get(
        self,
        *,
        user: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2AccountOverview: ...

    @overload
    def get(
        self,
        *,
        body: GetCustomerAccountOverviewForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2AccountOverview: ...

    def get(
        self,
        *,
        user: str | Unset = UNSET,
        body: GetCustomerAccountOverviewForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2AccountOverview:
        """Get a customer's account overview.

        Returns the customer's package, reputation, billing cycle and credit use for the current cycle.

        Wire request: POST /apiv2/reseller.account.json with task=overview (form fields, always sent,
        never the caller's); the client adds the credentials as the api_user / api_key form fields.

        Args:
            user (str): Username of the customer. Required.
            body (GetCustomerAccountOverviewForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            V2AccountOverview: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.reseller.account_overview.get(user=user)
        """
        from sendgrid_reseller.api.account_overview import get_customer_account_overview as _endpoint

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
    def get_detailed(
        self,
        *,
        user: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2AccountOverview]: ...

    @overload
    def get_detailed(
        self,
        *,
        body: GetCustomerAccountOverviewForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2AccountOverview]: ...

    def get_detailed(
        self,
        *,
        user: str | Unset = UNSET,
        body: GetCustomerAccountOverviewForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2AccountOverview]:
        """Get a customer's account overview.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /apiv2/reseller.account.json with task=overview (form fields, always sent,
        never the caller's); the client adds the credentials as the api_user / api_key form fields.

        Args:
            The same as `client.reseller.account_overview.get` takes; `help()` on it describes each one.

        Returns:
            Response[V2AccountOverview]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.reseller.account_overview.get_detailed(user=user)
        """
        from sendgrid_reseller.api.account_overview import get_customer_account_overview as _endpoint

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
