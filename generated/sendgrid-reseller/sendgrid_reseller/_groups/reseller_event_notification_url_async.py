# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.reseller.event.notification.url` of `AsyncSendGrid`: the `AsyncResellerEventNotificationUrlGroup` class, imported on first use.

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
    from sendgrid_reseller.models.delete_customer_event_notification_url_form import (
        DeleteCustomerEventNotificationUrlForm,
    )
    from sendgrid_reseller.models.get_customer_event_notification_url_form import GetCustomerEventNotificationUrlForm
    from sendgrid_reseller.models.set_customer_event_notification_url_form import SetCustomerEventNotificationUrlForm
    from sendgrid_reseller.models.v2_event_notification_url import V2EventNotificationUrl
    from sendgrid_reseller.models.v2_success_body import V2SuccessBody
    from sendgrid_reseller.types import Response, Unset

    pass


class AsyncResellerEventNotificationUrlGroup(Group):
    """Operations under `client.reseller.event_notification_url`."""

    @overload
    async def get(
        self,
        *,
        user: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2EventNotificationUrl: ...

    @overload
    async def get(
        self,
        *,
        body: GetCustomerEventNotificationUrlForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2EventNotificationUrl: ...

    async def get(
        self,
        *,
        user: str | Unset = UNSET,
        body: GetCustomerEventNotificationUrlForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2EventNotificationUrl:
        """Get a customer's event webhook URL.

        Returns the URL to which SendGrid posts the customer's e-mail events.

        Wire request: POST /apiv2/reseller.manage.json with method=eventposturl, task=get (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            user (str): Username of the customer. Required.
            body (GetCustomerEventNotificationUrlForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            V2EventNotificationUrl: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.event_notification_url.get(user=user)
        """
        from sendgrid_reseller.api.event_notification_url import get_customer_event_notification_url as _endpoint

        return await _endpoint._asyncio_impl(
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
    async def get_detailed(
        self,
        *,
        user: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2EventNotificationUrl]: ...

    @overload
    async def get_detailed(
        self,
        *,
        body: GetCustomerEventNotificationUrlForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2EventNotificationUrl]: ...

    async def get_detailed(
        self,
        *,
        user: str | Unset = UNSET,
        body: GetCustomerEventNotificationUrlForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2EventNotificationUrl]:
        """Get a customer's event webhook URL.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /apiv2/reseller.manage.json with method=eventposturl, task=get (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            The same as `client.reseller.event_notification_url.get` takes; `help()` on it describes each one.

        Returns:
            Response[V2EventNotificationUrl]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.event_notification_url.get_detailed(user=user)
        """
        from sendgrid_reseller.api.event_notification_url import get_customer_event_notification_url as _endpoint

        return await _endpoint._asyncio_detailed_impl(
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
    async def set(
        self,
        *,
        user: str,
        url: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    @overload
    async def set(
        self,
        *,
        body: SetCustomerEventNotificationUrlForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    async def set(
        self,
        *,
        user: str | Unset = UNSET,
        url: str | Unset = UNSET,
        body: SetCustomerEventNotificationUrlForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody:
        """Set a customer's event webhook URL.

        Sets the URL for the customer's e-mail events, replacing any URL set before.

        Wire request: POST /apiv2/reseller.manage.json with method=eventposturl, task=set (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            user (str): Username of the customer. Required.
            url (str): Where SendGrid should post the events. Required.
            body (SetCustomerEventNotificationUrlForm): The whole request as one model, instead of the
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

            result = await client.reseller.event_notification_url.set(user=user, url=url)
        """
        from sendgrid_reseller.api.event_notification_url import set_customer_event_notification_url as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            user=user,
            url=url,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def set_detailed(
        self,
        *,
        user: str,
        url: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    @overload
    async def set_detailed(
        self,
        *,
        body: SetCustomerEventNotificationUrlForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    async def set_detailed(
        self,
        *,
        user: str | Unset = UNSET,
        url: str | Unset = UNSET,
        body: SetCustomerEventNotificationUrlForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]:
        """Set a customer's event webhook URL.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /apiv2/reseller.manage.json with method=eventposturl, task=set (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            The same as `client.reseller.event_notification_url.set` takes; `help()` on it describes each one.

        Returns:
            Response[V2SuccessBody]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.event_notification_url.set_detailed(user=user, url=url)
        """
        from sendgrid_reseller.api.event_notification_url import set_customer_event_notification_url as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            user=user,
            url=url,
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
        body: DeleteCustomerEventNotificationUrlForm,
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
        body: DeleteCustomerEventNotificationUrlForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody:
        """Remove a customer's event webhook URL.

        Removes the customer's event URL, so no events are posted any more.

        Wire request: POST /apiv2/reseller.manage.json with method=eventposturl, task=delete (form
        fields, always sent, never the caller's); the client adds the credentials as the api_user /
        api_key form fields.

        Args:
            user (str): Username of the customer. Required.
            body (DeleteCustomerEventNotificationUrlForm): The whole request as one model, instead of the
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

            result = await client.reseller.event_notification_url.delete(user=user)
        """
        from sendgrid_reseller.api.event_notification_url import delete_customer_event_notification_url as _endpoint

        return await _endpoint._asyncio_impl(
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
    async def delete_detailed(
        self,
        *,
        user: str,
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
        body: DeleteCustomerEventNotificationUrlForm,
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
        body: DeleteCustomerEventNotificationUrlForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]:
        """Remove a customer's event webhook URL.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /apiv2/reseller.manage.json with method=eventposturl, task=delete (form
        fields, always sent, never the caller's); the client adds the credentials as the api_user /
        api_key form fields.

        Args:
            The same as `client.reseller.event_notification_url.delete` takes; `help()` on it describes each one.

        Returns:
            Response[V2SuccessBody]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.event_notification_url.delete_detailed(user=user)
        """
        from sendgrid_reseller.api.event_notification_url import delete_customer_event_notification_url as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            user=user,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )
