# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.reseller.timezones` of `SendGrid`: the `ResellerTimezonesGroup` class, imported on first use.

Each method calls its endpoint function (`sendgrid_reseller.api.<tag>.<operation>`), importing that
module on first call; signatures and docstrings are the endpoint functions' own.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, overload

from .._runtime.group import Group
from .._runtime.unset import UNSET

if TYPE_CHECKING:
    from collections.abc import Mapping
    from typing import Any

    import httpx

    from sendgrid_reseller._runtime.options import RequestOptions
    from sendgrid_reseller.models.set_customer_timezone_form import SetCustomerTimezoneForm
    from sendgrid_reseller.models.v2_success_body import V2SuccessBody
    from sendgrid_reseller.models.v2_timezone import V2Timezone
    from sendgrid_reseller.types import Response, Unset

    pass


class ResellerTimezonesGroup(Group):
    """Operations under `client.reseller.timezones`."""

    def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> builtins.list[V2Timezone]:
        """List the timezones a customer can have.

        Returns every timezone that can be assigned to a customer, with its display label and offset.

        Wire request: GET /apiv2/reseller.manage.json with method=timezone, task=list (query parameters,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key
        query parameters.

        Args:
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            list[V2Timezone]: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.reseller.timezones.list()
        """
        from sendgrid_reseller.api.customer_timezone import list_customer_timezones as _endpoint

        return _endpoint.sync(
            self._client, extra_headers=extra_headers, extra_query=extra_query, timeout=timeout, options=options
        )

    def list_detailed(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[builtins.list[V2Timezone]]:
        """List the timezones a customer can have.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /apiv2/reseller.manage.json with method=timezone, task=list (query parameters,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key
        query parameters.

        Args:
            The same as `client.reseller.timezones.list` takes; `help()` on it describes each one.

        Returns:
            Response[list[V2Timezone]]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.reseller.timezones.list_detailed()
        """
        from sendgrid_reseller.api.customer_timezone import list_customer_timezones as _endpoint

        return _endpoint.sync_detailed(
            self._client, extra_headers=extra_headers, extra_query=extra_query, timeout=timeout, options=options
        )

    def get(
        self,
        *,
        user: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2Timezone:
        """Get a customer's timezone.

        Returns the timezone currently assigned to the customer.

        Wire request: GET /apiv2/reseller.manage.json with method=timezone, task=get (query parameters,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key
        query parameters.

        Args:
            user (str): Username of the customer. Required.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            V2Timezone: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.reseller.timezones.get()
        """
        from sendgrid_reseller.api.customer_timezone import get_customer_timezone as _endpoint

        return _endpoint.sync(
            self._client,
            user=user,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    def get_detailed(
        self,
        *,
        user: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2Timezone]:
        """Get a customer's timezone.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /apiv2/reseller.manage.json with method=timezone, task=get (query parameters,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key
        query parameters.

        Args:
            The same as `client.reseller.timezones.get` takes; `help()` on it describes each one.

        Returns:
            Response[V2Timezone]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.reseller.timezones.get_detailed()
        """
        from sendgrid_reseller.api.customer_timezone import get_customer_timezone as _endpoint

        return _endpoint.sync_detailed(
            self._client,
            user=user,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    @overload
    def set(
        self,
        *,
        user: str,
        timezone: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    @overload
    def set(
        self,
        *,
        body: SetCustomerTimezoneForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    def set(
        self,
        *,
        user: str | Unset = UNSET,
        timezone: str | Unset = UNSET,
        body: SetCustomerTimezoneForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody:
        """Set a customer's timezone.

        Assigns one of the listed timezones to the customer.

        Wire request: POST /apiv2/reseller.manage.json with method=timezone, task=set (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            user (str): Username of the customer. Required.
            timezone (str): A timezone identifier from the list call, e.g. America/Los_Angeles.
                Required.
            body (SetCustomerTimezoneForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            V2SuccessBody: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.reseller.timezones.set(user=user, timezone=timezone)
        """
        from sendgrid_reseller.api.customer_timezone import set_customer_timezone as _endpoint

        return _endpoint._sync_impl(
            self._client,
            user=user,
            timezone=timezone,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    def set_detailed(
        self,
        *,
        user: str,
        timezone: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    @overload
    def set_detailed(
        self,
        *,
        body: SetCustomerTimezoneForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    def set_detailed(
        self,
        *,
        user: str | Unset = UNSET,
        timezone: str | Unset = UNSET,
        body: SetCustomerTimezoneForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]:
        """Set a customer's timezone.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /apiv2/reseller.manage.json with method=timezone, task=set (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            The same as `client.reseller.timezones.set` takes; `help()` on it describes each one.

        Returns:
            Response[V2SuccessBody]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.reseller.timezones.set_detailed(user=user, timezone=timezone)
        """
        from sendgrid_reseller.api.customer_timezone import set_customer_timezone as _endpoint

        return _endpoint._sync_detailed_impl(
            self._client,
            user=user,
            timezone=timezone,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )
