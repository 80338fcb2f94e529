# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.alerts` of `AsyncSendGrid`: the `AsyncAlertsGroup` class, imported on first use.

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
    from sendgrid_reseller.models.alert import Alert
    from sendgrid_reseller.models.alert_create import AlertCreate
    from sendgrid_reseller.models.alert_frequency import AlertFrequency
    from sendgrid_reseller.models.alert_type import AlertType
    from sendgrid_reseller.models.alert_update import AlertUpdate
    from sendgrid_reseller.types import Response, Unset

    pass


class AsyncAlertsGroup(Group):
    """Operations under `client.alerts`."""

    async def list(
        self,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> builtins.list[Alert]:
        """List alerts.

        Every alert of the account.

        Wire request: GET /v3/alerts; the client adds Authorization: Bearer with the API key.

        Args:
            on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
                of the v2 "user" field.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            list[Alert]: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.alerts.list()
        """
        from sendgrid_reseller.api.alerts import list_alerts as _endpoint

        return await _endpoint.asyncio(
            self._client,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    async def list_detailed(
        self,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[builtins.list[Alert]]:
        """List alerts.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/alerts; the client adds Authorization: Bearer with the API key.

        Args:
            The same as `client.alerts.list` takes; `help()` on it describes each one.

        Returns:
            Response[list[Alert]]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.alerts.list_detailed()
        """
        from sendgrid_reseller.api.alerts import list_alerts as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    @overload
    async def create(
        self,
        *,
        type_: AlertType,
        email_to: None | str,
        frequency: AlertFrequency | Unset = UNSET,
        percentage: int | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Alert: ...

    @overload
    async def create(
        self,
        *,
        body: AlertCreate,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Alert: ...

    async def create(
        self,
        *,
        type_: AlertType | Unset = UNSET,
        email_to: None | str | Unset = UNSET,
        frequency: AlertFrequency | Unset = UNSET,
        percentage: int | Unset = UNSET,
        body: AlertCreate | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Alert:
        """Create an alert.

        A usage_limit alert mails `email_to` when `percentage` of the credits are used; a
        stats_notification alert mails statistics daily, weekly or monthly (`frequency`).

        Wire request: POST /v3/alerts; the client adds Authorization: Bearer with the API key.

        Args:
            type_ (AlertType): The `type` JSON field. Required.
            email_to (None | str): Who receives the alert. Required.
            frequency (AlertFrequency | Unset): The `frequency` JSON field.
            percentage (int | Unset): usage_limit: the share of credits used that triggers it.
            body (AlertCreate): The whole request as one model, instead of the
                fields above (not both).
            on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
                of the v2 "user" field.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Alert: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.alerts.create(type_=type_, email_to=email_to)
        """
        from sendgrid_reseller.api.alerts import create_alert as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            type_=type_,
            email_to=email_to,
            frequency=frequency,
            percentage=percentage,
            body=body,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def create_detailed(
        self,
        *,
        type_: AlertType,
        email_to: None | str,
        frequency: AlertFrequency | Unset = UNSET,
        percentage: int | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[Alert]: ...

    @overload
    async def create_detailed(
        self,
        *,
        body: AlertCreate,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[Alert]: ...

    async def create_detailed(
        self,
        *,
        type_: AlertType | Unset = UNSET,
        email_to: None | str | Unset = UNSET,
        frequency: AlertFrequency | Unset = UNSET,
        percentage: int | Unset = UNSET,
        body: AlertCreate | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[Alert]:
        """Create an alert.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /v3/alerts; the client adds Authorization: Bearer with the API key.

        Args:
            The same as `client.alerts.create` takes; `help()` on it describes each one.

        Returns:
            Response[Alert]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.alerts.create_detailed(type_=type_, email_to=email_to)
        """
        from sendgrid_reseller.api.alerts import create_alert as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            type_=type_,
            email_to=email_to,
            frequency=frequency,
            percentage=percentage,
            body=body,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def get(
        self,
        alert_id: int,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Alert:
        """Get an alert.

        One alert.

        Wire request: GET /v3/alerts/{alert_id}; the client adds Authorization: Bearer with the API key.

        Args:
            alert_id (int): The `alert_id` path segment. Required.
            on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
                of the v2 "user" field.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Alert: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.alerts.get(alert_id)
        """
        from sendgrid_reseller.api.alerts import get_alert as _endpoint

        return await _endpoint.asyncio(
            self._client,
            alert_id,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    async def get_detailed(
        self,
        alert_id: int,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[Alert]:
        """Get an alert.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/alerts/{alert_id}; the client adds Authorization: Bearer with the API key.

        Args:
            The same as `client.alerts.get` takes; `help()` on it describes each one.

        Returns:
            Response[Alert]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.alerts.get_detailed(alert_id)
        """
        from sendgrid_reseller.api.alerts import get_alert as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            alert_id,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    async def delete(
        self,
        alert_id: int,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Any:
        """Delete an alert.

        Stops the alert's emails.

        Wire request: DELETE /v3/alerts/{alert_id}; the client adds Authorization: Bearer with the API
        key.

        Args:
            alert_id (int): The `alert_id` path segment. Required.
            on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
                of the v2 "user" field.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Any: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.alerts.delete(alert_id)
        """
        from sendgrid_reseller.api.alerts import delete_alert as _endpoint

        return await _endpoint.asyncio(
            self._client,
            alert_id,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def delete_detailed(
        self,
        alert_id: int,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[Any]:
        """Delete an alert.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: DELETE /v3/alerts/{alert_id}; the client adds Authorization: Bearer with the API
        key.

        Args:
            The same as `client.alerts.delete` takes; `help()` on it describes each one.

        Returns:
            Response[Any]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.alerts.delete_detailed(alert_id)
        """
        from sendgrid_reseller.api.alerts import delete_alert as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            alert_id,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def update(
        self,
        alert_id: int,
        *,
        email_to: str | Unset = UNSET,
        frequency: AlertFrequency | Unset = UNSET,
        percentage: int | Unset = UNSET,
        body: AlertUpdate | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Alert:
        """Change an alert.

        Changes the recipient, the frequency (statistics) or the percentage (usage).

        Wire request: PATCH /v3/alerts/{alert_id}; the client adds Authorization: Bearer with the API
        key.

        Args:
            alert_id (int): The `alert_id` path segment. Required.
            email_to (str | Unset): The `email_to` JSON field.
            frequency (AlertFrequency | Unset): The `frequency` JSON field.
            percentage (int | Unset): The `percentage` JSON field.
            body (AlertUpdate): The whole request as one model, instead of the
                fields above (not both).
            on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
                of the v2 "user" field.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Alert: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.alerts.update(alert_id)
        """
        from sendgrid_reseller.api.alerts import update_alert as _endpoint

        return await _endpoint.asyncio(
            self._client,
            alert_id,
            email_to=email_to,
            frequency=frequency,
            percentage=percentage,
            body=body,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def update_detailed(
        self,
        alert_id: int,
        *,
        email_to: str | Unset = UNSET,
        frequency: AlertFrequency | Unset = UNSET,
        percentage: int | Unset = UNSET,
        body: AlertUpdate | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[Alert]:
        """Change an alert.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: PATCH /v3/alerts/{alert_id}; the client adds Authorization: Bearer with the API
        key.

        Args:
            The same as `client.alerts.update` takes; `help()` on it describes each one.

        Returns:
            Response[Alert]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.alerts.update_detailed(alert_id)
        """
        from sendgrid_reseller.api.alerts import update_alert as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            alert_id,
            email_to=email_to,
            frequency=frequency,
            percentage=percentage,
            body=body,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )
