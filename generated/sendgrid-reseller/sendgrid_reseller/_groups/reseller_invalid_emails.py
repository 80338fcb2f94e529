# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.reseller.invalid.emails` of `SendGrid`: the `ResellerInvalidEmailsGroup` class, imported on first use.

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
    from sendgrid_reseller.models.delete_customer_invalid_emails_form import DeleteCustomerInvalidEmailsForm
    from sendgrid_reseller.models.get_customer_invalid_emails_form import GetCustomerInvalidEmailsForm
    from sendgrid_reseller.models.get_customer_invalid_emails_form_date import GetCustomerInvalidEmailsFormDate
    from sendgrid_reseller.models.v2_invalid_email import V2InvalidEmail
    from sendgrid_reseller.models.v2_success_body import V2SuccessBody
    from sendgrid_reseller.types import Response, Unset

    pass


class ResellerInvalidEmailsGroup(Group):
    """Operations under `client.reseller.invalid_emails`."""

    @overload
    def get(
        self,
        *,
        user: str,
        date: GetCustomerInvalidEmailsFormDate | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> list[V2InvalidEmail]: ...

    @overload
    def get(
        self,
        *,
        body: GetCustomerInvalidEmailsForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> list[V2InvalidEmail]: ...

    def get(
        self,
        *,
        user: str | Unset = UNSET,
        date: GetCustomerInvalidEmailsFormDate | Unset = UNSET,
        body: GetCustomerInvalidEmailsForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> list[V2InvalidEmail]:
        """List a customer's invalid addresses.

        Returns the addresses SendGrid judged invalid for the customer, each with the reason.

        Wire request: POST /apiv2/reseller.manage.json with method=invalidemails, task=get (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            user (str): Username of the customer. Required.
            date (GetCustomerInvalidEmailsFormDate | Unset): Send "1" to get each record's creation
                time (YYYY-MM-DD HH:MM:SS) in created.
            body (GetCustomerInvalidEmailsForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            list[V2InvalidEmail]: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.reseller.invalid_emails.get(user=user)
        """
        from sendgrid_reseller.api.customer_invalid_emails import get_customer_invalid_emails as _endpoint

        return _endpoint._sync_impl(
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
    def get_detailed(
        self,
        *,
        user: str,
        date: GetCustomerInvalidEmailsFormDate | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[list[V2InvalidEmail]]: ...

    @overload
    def get_detailed(
        self,
        *,
        body: GetCustomerInvalidEmailsForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[list[V2InvalidEmail]]: ...

    def get_detailed(
        self,
        *,
        user: str | Unset = UNSET,
        date: GetCustomerInvalidEmailsFormDate | Unset = UNSET,
        body: GetCustomerInvalidEmailsForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[list[V2InvalidEmail]]:
        """List a customer's invalid addresses.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /apiv2/reseller.manage.json with method=invalidemails, task=get (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            The same as `client.reseller.invalid_emails.get` takes; `help()` on it describes each one.

        Returns:
            Response[list[V2InvalidEmail]]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.reseller.invalid_emails.get_detailed(user=user)
        """
        from sendgrid_reseller.api.customer_invalid_emails import get_customer_invalid_emails as _endpoint

        return _endpoint._sync_detailed_impl(
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
    def delete(
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
    def delete(
        self,
        *,
        body: DeleteCustomerInvalidEmailsForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    def delete(
        self,
        *,
        user: str | Unset = UNSET,
        email: str | Unset = UNSET,
        body: DeleteCustomerInvalidEmailsForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody:
        """Remove an address from a customer's invalid addresses.

        Takes one address off the customer's invalid-address list.

        Wire request: POST /apiv2/reseller.manage.json with method=invalidemails, task=delete (form
        fields, always sent, never the caller's); the client adds the credentials as the api_user /
        api_key form fields.

        Args:
            user (str): Username of the customer. Required.
            email (str): An address on the invalid-address list. Required.
            body (DeleteCustomerInvalidEmailsForm): The whole request as one model, instead of the
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

            result = client.reseller.invalid_emails.delete(user=user, email=email)
        """
        from sendgrid_reseller.api.customer_invalid_emails import delete_customer_invalid_emails as _endpoint

        return _endpoint._sync_impl(
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
    def delete_detailed(
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
    def delete_detailed(
        self,
        *,
        body: DeleteCustomerInvalidEmailsForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    def delete_detailed(
        self,
        *,
        user: str | Unset = UNSET,
        email: str | Unset = UNSET,
        body: DeleteCustomerInvalidEmailsForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]:
        """Remove an address from a customer's invalid addresses.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /apiv2/reseller.manage.json with method=invalidemails, task=delete (form
        fields, always sent, never the caller's); the client adds the credentials as the api_user /
        api_key form fields.

        Args:
            The same as `client.reseller.invalid_emails.delete` takes; `help()` on it describes each one.

        Returns:
            Response[V2SuccessBody]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.reseller.invalid_emails.delete_detailed(user=user, email=email)
        """
        from sendgrid_reseller.api.customer_invalid_emails import delete_customer_invalid_emails as _endpoint

        return _endpoint._sync_detailed_impl(
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
