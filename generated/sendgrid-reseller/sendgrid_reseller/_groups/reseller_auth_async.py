# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.reseller.auth` of `AsyncSendGrid`: the `AsyncResellerAuthGroup` class, imported on first use.

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
    from sendgrid_reseller.models.authenticate_customer_form import AuthenticateCustomerForm
    from sendgrid_reseller.models.v2_success_body import V2SuccessBody
    from sendgrid_reseller.types import Response, Unset

    pass


class AsyncResellerAuthGroup(Group):
    """Operations under `client.reseller.auth`."""

    @overload
    async def check(
        self,
        *,
        user: str,
        password: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    @overload
    async def check(
        self,
        *,
        body: AuthenticateCustomerForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    async def check(
        self,
        *,
        user: str | Unset = UNSET,
        password: str | Unset = UNSET,
        body: AuthenticateCustomerForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody:
        """Check a customer's username and password.

        Tells whether a username/password pair is valid for one of the reseller's customers, e.g. before
        showing that customer's data in the reseller's own application. A wrong pair is an error
        response.

        Wire request: POST /apiv2/reseller.manage.json with method=auth (form fields, always sent, never
        the caller's); the client adds the credentials as the api_user / api_key form fields.

        Args:
            user (str): Username of the customer. Required.
            password (str): The password the customer entered. Required.
            body (AuthenticateCustomerForm): The whole request as one model, instead of the
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

            result = await client.reseller.auth.check(user=user, password=password)
        """
        from sendgrid_reseller.api.authenticate_a_customer import authenticate_customer as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            user=user,
            password=password,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def check_detailed(
        self,
        *,
        user: str,
        password: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    @overload
    async def check_detailed(
        self,
        *,
        body: AuthenticateCustomerForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    async def check_detailed(
        self,
        *,
        user: str | Unset = UNSET,
        password: str | Unset = UNSET,
        body: AuthenticateCustomerForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]:
        """Check a customer's username and password.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /apiv2/reseller.manage.json with method=auth (form fields, always sent, never
        the caller's); the client adds the credentials as the api_user / api_key form fields.

        Args:
            The same as `client.reseller.auth.check` takes; `help()` on it describes each one.

        Returns:
            Response[V2SuccessBody]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.auth.check_detailed(user=user, password=password)
        """
        from sendgrid_reseller.api.authenticate_a_customer import authenticate_customer as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            user=user,
            password=password,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )
