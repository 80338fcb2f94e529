# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.reseller.unsubscribes` of `AsyncSendGrid`: the `AsyncResellerUnsubscribesGroup` class, imported on first use.

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
    from sendgrid_reseller.models.add_customer_unsubscribes_form import AddCustomerUnsubscribesForm
    from sendgrid_reseller.models.delete_customer_unsubscribes_form import DeleteCustomerUnsubscribesForm
    from sendgrid_reseller.models.get_customer_unsubscribes_form import GetCustomerUnsubscribesForm
    from sendgrid_reseller.models.get_customer_unsubscribes_form_date import GetCustomerUnsubscribesFormDate
    from sendgrid_reseller.models.v2_success_body import V2SuccessBody
    from sendgrid_reseller.models.v2_unsubscribe import V2Unsubscribe
    from sendgrid_reseller.types import Response, Unset

    pass


class AsyncResellerUnsubscribesGroup(Group):
    """Operations under `client.reseller.unsubscribes`."""

    @overload
    async def get(
        self,
        *,
        user: str,
        date: GetCustomerUnsubscribesFormDate | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> list[V2Unsubscribe]: ...

    @overload
    async def get(
        self,
        *,
        body: GetCustomerUnsubscribesForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> list[V2Unsubscribe]: ...

    async def get(
        self,
        *,
        user: str | Unset = UNSET,
        date: GetCustomerUnsubscribesFormDate | Unset = UNSET,
        body: GetCustomerUnsubscribesForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> list[V2Unsubscribe]:
        """List a customer's unsubscribes.

        Returns the addresses that unsubscribed from the customer's mail.

        Wire request: POST /apiv2/reseller.manage.json with method=unsubscribes, task=get (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            user (str): Username of the customer. Required.
            date (GetCustomerUnsubscribesFormDate | Unset): Send "1" to get each record's creation
                time (YYYY-MM-DD HH:MM:SS) in created.
            body (GetCustomerUnsubscribesForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            list[V2Unsubscribe]: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.unsubscribes.get(user=user)
        """
        from sendgrid_reseller.api.customer_unsubscribes import get_customer_unsubscribes as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            user=user,
            date=date,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def get_detailed(
        self,
        *,
        user: str,
        date: GetCustomerUnsubscribesFormDate | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[list[V2Unsubscribe]]: ...

    @overload
    async def get_detailed(
        self,
        *,
        body: GetCustomerUnsubscribesForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[list[V2Unsubscribe]]: ...

    async def get_detailed(
        self,
        *,
        user: str | Unset = UNSET,
        date: GetCustomerUnsubscribesFormDate | Unset = UNSET,
        body: GetCustomerUnsubscribesForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[list[V2Unsubscribe]]:
        """List a customer's unsubscribes.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /apiv2/reseller.manage.json with method=unsubscribes, task=get (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            The same as `client.reseller.unsubscribes.get` takes; `help()` on it describes each one.

        Returns:
            Response[list[V2Unsubscribe]]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.unsubscribes.get_detailed(user=user)
        """
        from sendgrid_reseller.api.customer_unsubscribes import get_customer_unsubscribes as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            user=user,
            date=date,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def delete(
        self,
        *,
        user: str,
        email: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    @overload
    async def delete(
        self,
        *,
        body: DeleteCustomerUnsubscribesForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    async def delete(
        self,
        *,
        user: str | Unset = UNSET,
        email: str | Unset = UNSET,
        body: DeleteCustomerUnsubscribesForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody:
        """Remove an address from a customer's unsubscribes.

        Takes one address off the customer's unsubscribe list, so it receives the customer's mail again.

        Wire request: POST /apiv2/reseller.manage.json with method=unsubscribes, task=delete (form
        fields, always sent, never the caller's); the client adds the credentials as the api_user /
        api_key form fields.

        Args:
            user (str): Username of the customer. Required.
            email (str): An address on the unsubscribe list. Required.
            body (DeleteCustomerUnsubscribesForm): The whole request as one model, instead of the
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

            result = await client.reseller.unsubscribes.delete(user=user, email=email)
        """
        from sendgrid_reseller.api.customer_unsubscribes import delete_customer_unsubscribes as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            user=user,
            email=email,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def delete_detailed(
        self,
        *,
        user: str,
        email: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    @overload
    async def delete_detailed(
        self,
        *,
        body: DeleteCustomerUnsubscribesForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    async def delete_detailed(
        self,
        *,
        user: str | Unset = UNSET,
        email: str | Unset = UNSET,
        body: DeleteCustomerUnsubscribesForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]:
        """Remove an address from a customer's unsubscribes.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /apiv2/reseller.manage.json with method=unsubscribes, task=delete (form
        fields, always sent, never the caller's); the client adds the credentials as the api_user /
        api_key form fields.

        Args:
            The same as `client.reseller.unsubscribes.delete` takes; `help()` on it describes each one.

        Returns:
            Response[V2SuccessBody]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.unsubscribes.delete_detailed(user=user, email=email)
        """
        from sendgrid_reseller.api.customer_unsubscribes import delete_customer_unsubscribes as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            user=user,
            email=email,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def add(
        self,
        *,
        user: str,
        email: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    @overload
    async def add(
        self,
        *,
        body: AddCustomerUnsubscribesForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    async def add(
        self,
        *,
        user: str | Unset = UNSET,
        email: str | Unset = UNSET,
        body: AddCustomerUnsubscribesForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody:
        """Add an address to a customer's unsubscribes.

        Puts an address on the customer's unsubscribe list, so the customer's mail no longer goes to it.

        Wire request: POST /apiv2/reseller.manage.json with method=unsubscribes, task=add (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            user (str): Username of the customer. Required.
            email (str): The address to unsubscribe. Required.
            body (AddCustomerUnsubscribesForm): The whole request as one model, instead of the
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

            result = await client.reseller.unsubscribes.add(user=user, email=email)
        """
        from sendgrid_reseller.api.customer_unsubscribes import add_customer_unsubscribes as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            user=user,
            email=email,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def add_detailed(
        self,
        *,
        user: str,
        email: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    @overload
    async def add_detailed(
        self,
        *,
        body: AddCustomerUnsubscribesForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    async def add_detailed(
        self,
        *,
        user: str | Unset = UNSET,
        email: str | Unset = UNSET,
        body: AddCustomerUnsubscribesForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]:
        """Add an address to a customer's unsubscribes.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /apiv2/reseller.manage.json with method=unsubscribes, task=add (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            The same as `client.reseller.unsubscribes.add` takes; `help()` on it describes each one.

        Returns:
            Response[V2SuccessBody]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.unsubscribes.add_detailed(user=user, email=email)
        """
        from sendgrid_reseller.api.customer_unsubscribes import add_customer_unsubscribes as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            user=user,
            email=email,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )
