# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.webhooks.event` of `AsyncSendGrid`: the `AsyncWebhooksEventGroup` class, imported on first use.

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
    from sendgrid_reseller.models.event_webhook import EventWebhook
    from sendgrid_reseller.models.event_webhook_list import EventWebhookList
    from sendgrid_reseller.models.event_webhook_public_key import EventWebhookPublicKey
    from sendgrid_reseller.models.event_webhook_settings import EventWebhookSettings
    from sendgrid_reseller.models.event_webhook_signing import EventWebhookSigning
    from sendgrid_reseller.models.event_webhook_test_request import EventWebhookTestRequest
    from sendgrid_reseller.types import Response, Unset

    pass


class AsyncWebhooksEventGroup(Group):
    """Operations under `client.webhooks.event`."""

    @overload
    async def create(
        self,
        *,
        url: str,
        enabled: bool | Unset = UNSET,
        group_resubscribe: bool | Unset = UNSET,
        delivered: bool | Unset = UNSET,
        group_unsubscribe: bool | Unset = UNSET,
        spam_report: bool | Unset = UNSET,
        bounce: bool | Unset = UNSET,
        deferred: bool | Unset = UNSET,
        unsubscribe: bool | Unset = UNSET,
        processed: bool | Unset = UNSET,
        open_: bool | Unset = UNSET,
        click: bool | Unset = UNSET,
        dropped: bool | Unset = UNSET,
        account_status_change: bool | Unset = UNSET,
        friendly_name: None | str | Unset = UNSET,
        oauth_client_id: None | str | Unset = UNSET,
        oauth_client_secret: None | str | Unset = UNSET,
        oauth_token_url: None | str | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> EventWebhook: ...

    @overload
    async def create(
        self,
        *,
        body: EventWebhookSettings,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> EventWebhook: ...

    async def create(
        self,
        *,
        url: str | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        group_resubscribe: bool | Unset = UNSET,
        delivered: bool | Unset = UNSET,
        group_unsubscribe: bool | Unset = UNSET,
        spam_report: bool | Unset = UNSET,
        bounce: bool | Unset = UNSET,
        deferred: bool | Unset = UNSET,
        unsubscribe: bool | Unset = UNSET,
        processed: bool | Unset = UNSET,
        open_: bool | Unset = UNSET,
        click: bool | Unset = UNSET,
        dropped: bool | Unset = UNSET,
        account_status_change: bool | Unset = UNSET,
        friendly_name: None | str | Unset = UNSET,
        oauth_client_id: None | str | Unset = UNSET,
        oauth_client_secret: None | str | Unset = UNSET,
        oauth_token_url: None | str | Unset = UNSET,
        body: EventWebhookSettings | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> EventWebhook:
        """Create an Event Webhook.

        Adds an Event Webhook: the URL SendGrid POSTs events to and which event types it sends,
        optionally with OAuth. Signature verification is switched on separately (set_signing).

        Wire request: POST /v3/user/webhooks/event/settings; the client adds Authorization: Bearer with
        the API key.

        Args:
            url (str): Where SendGrid POSTs the events. Required.
            enabled (bool | Unset): The `enabled` JSON field.
            group_resubscribe (bool | Unset): The `group_resubscribe` JSON field.
            delivered (bool | Unset): The `delivered` JSON field.
            group_unsubscribe (bool | Unset): The `group_unsubscribe` JSON field.
            spam_report (bool | Unset): The `spam_report` JSON field.
            bounce (bool | Unset): The `bounce` JSON field.
            deferred (bool | Unset): The `deferred` JSON field.
            unsubscribe (bool | Unset): The `unsubscribe` JSON field.
            processed (bool | Unset): The `processed` JSON field.
            open_ (bool | Unset): The `open` JSON field.
            click (bool | Unset): The `click` JSON field.
            dropped (bool | Unset): The `dropped` JSON field.
            account_status_change (bool | Unset): Also send account status change (compliance) events.
            friendly_name (None | str | Unset): A label for people; use id in code.
            oauth_client_id (None | str | Unset): The `oauth_client_id` JSON field.
            oauth_client_secret (None | str | Unset): Sent once; SendGrid stores it.
            oauth_token_url (None | str | Unset): The `oauth_token_url` JSON field.
            body (EventWebhookSettings): The whole request as one model, instead of the
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
            EventWebhook: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.webhooks.event.create(url=url)
        """
        from sendgrid_reseller.api.webhooks import create_event_webhook as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            url=url,
            enabled=enabled,
            group_resubscribe=group_resubscribe,
            delivered=delivered,
            group_unsubscribe=group_unsubscribe,
            spam_report=spam_report,
            bounce=bounce,
            deferred=deferred,
            unsubscribe=unsubscribe,
            processed=processed,
            open_=open_,
            click=click,
            dropped=dropped,
            account_status_change=account_status_change,
            friendly_name=friendly_name,
            oauth_client_id=oauth_client_id,
            oauth_client_secret=oauth_client_secret,
            oauth_token_url=oauth_token_url,
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
        url: str,
        enabled: bool | Unset = UNSET,
        group_resubscribe: bool | Unset = UNSET,
        delivered: bool | Unset = UNSET,
        group_unsubscribe: bool | Unset = UNSET,
        spam_report: bool | Unset = UNSET,
        bounce: bool | Unset = UNSET,
        deferred: bool | Unset = UNSET,
        unsubscribe: bool | Unset = UNSET,
        processed: bool | Unset = UNSET,
        open_: bool | Unset = UNSET,
        click: bool | Unset = UNSET,
        dropped: bool | Unset = UNSET,
        account_status_change: bool | Unset = UNSET,
        friendly_name: None | str | Unset = UNSET,
        oauth_client_id: None | str | Unset = UNSET,
        oauth_client_secret: None | str | Unset = UNSET,
        oauth_token_url: None | str | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[EventWebhook]: ...

    @overload
    async def create_detailed(
        self,
        *,
        body: EventWebhookSettings,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[EventWebhook]: ...

    async def create_detailed(
        self,
        *,
        url: str | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        group_resubscribe: bool | Unset = UNSET,
        delivered: bool | Unset = UNSET,
        group_unsubscribe: bool | Unset = UNSET,
        spam_report: bool | Unset = UNSET,
        bounce: bool | Unset = UNSET,
        deferred: bool | Unset = UNSET,
        unsubscribe: bool | Unset = UNSET,
        processed: bool | Unset = UNSET,
        open_: bool | Unset = UNSET,
        click: bool | Unset = UNSET,
        dropped: bool | Unset = UNSET,
        account_status_change: bool | Unset = UNSET,
        friendly_name: None | str | Unset = UNSET,
        oauth_client_id: None | str | Unset = UNSET,
        oauth_client_secret: None | str | Unset = UNSET,
        oauth_token_url: None | str | Unset = UNSET,
        body: EventWebhookSettings | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[EventWebhook]:
        """Create an Event Webhook.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /v3/user/webhooks/event/settings; the client adds Authorization: Bearer with
        the API key.

        Args:
            The same as `client.webhooks.event.create` takes; `help()` on it describes each one.

        Returns:
            Response[EventWebhook]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.webhooks.event.create_detailed(url=url)
        """
        from sendgrid_reseller.api.webhooks import create_event_webhook as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            url=url,
            enabled=enabled,
            group_resubscribe=group_resubscribe,
            delivered=delivered,
            group_unsubscribe=group_unsubscribe,
            spam_report=spam_report,
            bounce=bounce,
            deferred=deferred,
            unsubscribe=unsubscribe,
            processed=processed,
            open_=open_,
            click=click,
            dropped=dropped,
            account_status_change=account_status_change,
            friendly_name=friendly_name,
            oauth_client_id=oauth_client_id,
            oauth_client_secret=oauth_client_secret,
            oauth_token_url=oauth_token_url,
            body=body,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def list(
        self,
        *,
        include: str | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> EventWebhookList:
        """List Event Webhooks.

        Every Event Webhook of the account and how many the plan allows.

        Wire request: GET /v3/user/webhooks/event/settings/all; the client adds Authorization: Bearer
        with the API key.

        Args:
            include (str | Unset): Optional fields to add to the answer; `account_status_change` adds
                that flag.
            on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
                of the v2 "user" field.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            EventWebhookList: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.webhooks.event.list()
        """
        from sendgrid_reseller.api.webhooks import list_event_webhooks as _endpoint

        return await _endpoint.asyncio(
            self._client,
            include=include,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    async def list_detailed(
        self,
        *,
        include: str | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[EventWebhookList]:
        """List Event Webhooks.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/user/webhooks/event/settings/all; the client adds Authorization: Bearer
        with the API key.

        Args:
            The same as `client.webhooks.event.list` takes; `help()` on it describes each one.

        Returns:
            Response[EventWebhookList]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.webhooks.event.list_detailed()
        """
        from sendgrid_reseller.api.webhooks import list_event_webhooks as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            include=include,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    async def get_settings(
        self,
        id: str,
        *,
        include: str | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> EventWebhook:
        """Get an Event Webhook's settings.

        One Event Webhook's URL, event types, OAuth settings and (when signing is on) public key.

        Wire request: GET /v3/user/webhooks/event/settings/{id}; the client adds Authorization: Bearer
        with the API key.

        Args:
            id (str): The `id` path segment. Required.
            include (str | Unset): Optional fields to add to the answer; `account_status_change` adds
                that flag.
            on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
                of the v2 "user" field.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            EventWebhook: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.webhooks.event.get_settings(id)
        """
        from sendgrid_reseller.api.webhooks import get_event_webhook as _endpoint

        return await _endpoint.asyncio(
            self._client,
            id,
            include=include,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    async def get_settings_detailed(
        self,
        id: str,
        *,
        include: str | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[EventWebhook]:
        """Get an Event Webhook's settings.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/user/webhooks/event/settings/{id}; the client adds Authorization: Bearer
        with the API key.

        Args:
            The same as `client.webhooks.event.get_settings` takes; `help()` on it describes each one.

        Returns:
            Response[EventWebhook]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.webhooks.event.get_settings_detailed(id)
        """
        from sendgrid_reseller.api.webhooks import get_event_webhook as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            id,
            include=include,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    async def delete(
        self,
        id: str,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Any:
        """Delete an Event Webhook.

        Removes the webhook for good; to pause it, update it with enabled false instead.

        Wire request: DELETE /v3/user/webhooks/event/settings/{id}; the client adds Authorization:
        Bearer with the API key.

        Args:
            id (str): The `id` path segment. Required.
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

            result = await client.webhooks.event.delete(id)
        """
        from sendgrid_reseller.api.webhooks import delete_event_webhook as _endpoint

        return await _endpoint.asyncio(
            self._client,
            id,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def delete_detailed(
        self,
        id: str,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[Any]:
        """Delete an Event Webhook.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: DELETE /v3/user/webhooks/event/settings/{id}; the client adds Authorization:
        Bearer with the API key.

        Args:
            The same as `client.webhooks.event.delete` takes; `help()` on it describes each one.

        Returns:
            Response[Any]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.webhooks.event.delete_detailed(id)
        """
        from sendgrid_reseller.api.webhooks import delete_event_webhook as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            id,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def update_settings(
        self,
        id: str,
        *,
        url: str,
        enabled: bool | Unset = UNSET,
        group_resubscribe: bool | Unset = UNSET,
        delivered: bool | Unset = UNSET,
        group_unsubscribe: bool | Unset = UNSET,
        spam_report: bool | Unset = UNSET,
        bounce: bool | Unset = UNSET,
        deferred: bool | Unset = UNSET,
        unsubscribe: bool | Unset = UNSET,
        processed: bool | Unset = UNSET,
        open_: bool | Unset = UNSET,
        click: bool | Unset = UNSET,
        dropped: bool | Unset = UNSET,
        account_status_change: bool | Unset = UNSET,
        friendly_name: None | str | Unset = UNSET,
        oauth_client_id: None | str | Unset = UNSET,
        oauth_client_secret: None | str | Unset = UNSET,
        oauth_token_url: None | str | Unset = UNSET,
        include: str | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> EventWebhook: ...

    @overload
    async def update_settings(
        self,
        id: str,
        *,
        body: EventWebhookSettings,
        include: str | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> EventWebhook: ...

    async def update_settings(
        self,
        id: str,
        *,
        url: str | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        group_resubscribe: bool | Unset = UNSET,
        delivered: bool | Unset = UNSET,
        group_unsubscribe: bool | Unset = UNSET,
        spam_report: bool | Unset = UNSET,
        bounce: bool | Unset = UNSET,
        deferred: bool | Unset = UNSET,
        unsubscribe: bool | Unset = UNSET,
        processed: bool | Unset = UNSET,
        open_: bool | Unset = UNSET,
        click: bool | Unset = UNSET,
        dropped: bool | Unset = UNSET,
        account_status_change: bool | Unset = UNSET,
        friendly_name: None | str | Unset = UNSET,
        oauth_client_id: None | str | Unset = UNSET,
        oauth_client_secret: None | str | Unset = UNSET,
        oauth_token_url: None | str | Unset = UNSET,
        body: EventWebhookSettings | Unset = UNSET,
        include: str | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> EventWebhook:
        """Update an Event Webhook's settings.

        Changes the URL (unique per account), enabled flag, event types, friendly name or OAuth settings
        (empty strings switch OAuth off).

        Wire request: PATCH /v3/user/webhooks/event/settings/{id}; the client adds Authorization: Bearer
        with the API key.

        Args:
            id (str): The `id` path segment. Required.
            url (str): Where SendGrid POSTs the events. Required.
            enabled (bool | Unset): The `enabled` JSON field.
            group_resubscribe (bool | Unset): The `group_resubscribe` JSON field.
            delivered (bool | Unset): The `delivered` JSON field.
            group_unsubscribe (bool | Unset): The `group_unsubscribe` JSON field.
            spam_report (bool | Unset): The `spam_report` JSON field.
            bounce (bool | Unset): The `bounce` JSON field.
            deferred (bool | Unset): The `deferred` JSON field.
            unsubscribe (bool | Unset): The `unsubscribe` JSON field.
            processed (bool | Unset): The `processed` JSON field.
            open_ (bool | Unset): The `open` JSON field.
            click (bool | Unset): The `click` JSON field.
            dropped (bool | Unset): The `dropped` JSON field.
            account_status_change (bool | Unset): Also send account status change (compliance) events.
            friendly_name (None | str | Unset): A label for people; use id in code.
            oauth_client_id (None | str | Unset): The `oauth_client_id` JSON field.
            oauth_client_secret (None | str | Unset): Sent once; SendGrid stores it.
            oauth_token_url (None | str | Unset): The `oauth_token_url` JSON field.
            body (EventWebhookSettings): The whole request as one model, instead of the
                fields above (not both).
            include (str | Unset): Optional fields to add to the answer; `account_status_change` adds
                that flag.
            on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
                of the v2 "user" field.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            EventWebhook: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.webhooks.event.update_settings(id, url=url)
        """
        from sendgrid_reseller.api.webhooks import update_event_webhook as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            id,
            url=url,
            enabled=enabled,
            group_resubscribe=group_resubscribe,
            delivered=delivered,
            group_unsubscribe=group_unsubscribe,
            spam_report=spam_report,
            bounce=bounce,
            deferred=deferred,
            unsubscribe=unsubscribe,
            processed=processed,
            open_=open_,
            click=click,
            dropped=dropped,
            account_status_change=account_status_change,
            friendly_name=friendly_name,
            oauth_client_id=oauth_client_id,
            oauth_client_secret=oauth_client_secret,
            oauth_token_url=oauth_token_url,
            body=body,
            include=include,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def update_settings_detailed(
        self,
        id: str,
        *,
        url: str,
        enabled: bool | Unset = UNSET,
        group_resubscribe: bool | Unset = UNSET,
        delivered: bool | Unset = UNSET,
        group_unsubscribe: bool | Unset = UNSET,
        spam_report: bool | Unset = UNSET,
        bounce: bool | Unset = UNSET,
        deferred: bool | Unset = UNSET,
        unsubscribe: bool | Unset = UNSET,
        processed: bool | Unset = UNSET,
        open_: bool | Unset = UNSET,
        click: bool | Unset = UNSET,
        dropped: bool | Unset = UNSET,
        account_status_change: bool | Unset = UNSET,
        friendly_name: None | str | Unset = UNSET,
        oauth_client_id: None | str | Unset = UNSET,
        oauth_client_secret: None | str | Unset = UNSET,
        oauth_token_url: None | str | Unset = UNSET,
        include: str | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[EventWebhook]: ...

    @overload
    async def update_settings_detailed(
        self,
        id: str,
        *,
        body: EventWebhookSettings,
        include: str | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[EventWebhook]: ...

    async def update_settings_detailed(
        self,
        id: str,
        *,
        url: str | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        group_resubscribe: bool | Unset = UNSET,
        delivered: bool | Unset = UNSET,
        group_unsubscribe: bool | Unset = UNSET,
        spam_report: bool | Unset = UNSET,
        bounce: bool | Unset = UNSET,
        deferred: bool | Unset = UNSET,
        unsubscribe: bool | Unset = UNSET,
        processed: bool | Unset = UNSET,
        open_: bool | Unset = UNSET,
        click: bool | Unset = UNSET,
        dropped: bool | Unset = UNSET,
        account_status_change: bool | Unset = UNSET,
        friendly_name: None | str | Unset = UNSET,
        oauth_client_id: None | str | Unset = UNSET,
        oauth_client_secret: None | str | Unset = UNSET,
        oauth_token_url: None | str | Unset = UNSET,
        body: EventWebhookSettings | Unset = UNSET,
        include: str | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[EventWebhook]:
        """Update an Event Webhook's settings.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: PATCH /v3/user/webhooks/event/settings/{id}; the client adds Authorization: Bearer
        with the API key.

        Args:
            The same as `client.webhooks.event.update_settings` takes; `help()` on it describes each one.

        Returns:
            Response[EventWebhook]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.webhooks.event.update_settings_detailed(id, url=url)
        """
        from sendgrid_reseller.api.webhooks import update_event_webhook as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            id,
            url=url,
            enabled=enabled,
            group_resubscribe=group_resubscribe,
            delivered=delivered,
            group_unsubscribe=group_unsubscribe,
            spam_report=spam_report,
            bounce=bounce,
            deferred=deferred,
            unsubscribe=unsubscribe,
            processed=processed,
            open_=open_,
            click=click,
            dropped=dropped,
            account_status_change=account_status_change,
            friendly_name=friendly_name,
            oauth_client_id=oauth_client_id,
            oauth_client_secret=oauth_client_secret,
            oauth_token_url=oauth_token_url,
            body=body,
            include=include,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def get_public_key(
        self,
        id: str,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> EventWebhookPublicKey:
        """Get an Event Webhook's public key.

        The key that verifies the signature SendGrid puts on this webhook's requests.

        Wire request: GET /v3/user/webhooks/event/settings/signed/{id}; the client adds Authorization:
        Bearer with the API key.

        Args:
            id (str): The `id` path segment. Required.
            on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
                of the v2 "user" field.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            EventWebhookPublicKey: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.webhooks.event.get_public_key(id)
        """
        from sendgrid_reseller.api.webhooks import get_event_webhook_public_key as _endpoint

        return await _endpoint.asyncio(
            self._client,
            id,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    async def get_public_key_detailed(
        self,
        id: str,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[EventWebhookPublicKey]:
        """Get an Event Webhook's public key.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/user/webhooks/event/settings/signed/{id}; the client adds Authorization:
        Bearer with the API key.

        Args:
            The same as `client.webhooks.event.get_public_key` takes; `help()` on it describes each one.

        Returns:
            Response[EventWebhookPublicKey]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.webhooks.event.get_public_key_detailed(id)
        """
        from sendgrid_reseller.api.webhooks import get_event_webhook_public_key as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            id,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    @overload
    async def set_signing(
        self,
        id: str,
        *,
        enabled: bool,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> EventWebhookPublicKey: ...

    @overload
    async def set_signing(
        self,
        id: str,
        *,
        body: EventWebhookSigning,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> EventWebhookPublicKey: ...

    async def set_signing(
        self,
        id: str,
        *,
        enabled: bool | Unset = UNSET,
        body: EventWebhookSigning | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> EventWebhookPublicKey:
        """Turn signature verification on or off.

        Switches request signing for one Event Webhook; returns its public key, or an empty one when
        off.

        Wire request: PATCH /v3/user/webhooks/event/settings/signed/{id}; the client adds Authorization:
        Bearer with the API key.

        Args:
            id (str): The `id` path segment. Required.
            enabled (bool): The `enabled` JSON field. Required.
            body (EventWebhookSigning): The whole request as one model, instead of the
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
            EventWebhookPublicKey: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.webhooks.event.set_signing(id, enabled=enabled)
        """
        from sendgrid_reseller.api.webhooks import set_event_webhook_signing as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            id,
            enabled=enabled,
            body=body,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def set_signing_detailed(
        self,
        id: str,
        *,
        enabled: bool,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[EventWebhookPublicKey]: ...

    @overload
    async def set_signing_detailed(
        self,
        id: str,
        *,
        body: EventWebhookSigning,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[EventWebhookPublicKey]: ...

    async def set_signing_detailed(
        self,
        id: str,
        *,
        enabled: bool | Unset = UNSET,
        body: EventWebhookSigning | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[EventWebhookPublicKey]:
        """Turn signature verification on or off.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: PATCH /v3/user/webhooks/event/settings/signed/{id}; the client adds Authorization:
        Bearer with the API key.

        Args:
            The same as `client.webhooks.event.set_signing` takes; `help()` on it describes each one.

        Returns:
            Response[EventWebhookPublicKey]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.webhooks.event.set_signing_detailed(id, enabled=enabled)
        """
        from sendgrid_reseller.api.webhooks import set_event_webhook_signing as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            id,
            enabled=enabled,
            body=body,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def test(
        self,
        *,
        url: str,
        id: str | Unset = UNSET,
        oauth_client_id: None | str | Unset = UNSET,
        oauth_client_secret: None | str | Unset = UNSET,
        oauth_token_url: None | str | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Any: ...

    @overload
    async def test(
        self,
        *,
        body: EventWebhookTestRequest,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Any: ...

    async def test(
        self,
        *,
        url: str | Unset = UNSET,
        id: str | Unset = UNSET,
        oauth_client_id: None | str | Unset = UNSET,
        oauth_client_secret: None | str | Unset = UNSET,
        oauth_token_url: None | str | Unset = UNSET,
        body: EventWebhookTestRequest | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Any:
        """Send a test event.

        POSTs a fake event to the given URL to check the receiving end, including OAuth (a saved
        webhook's secret is reused when only the client id and token URL are given).

        Wire request: POST /v3/user/webhooks/event/test; the client adds Authorization: Bearer with the
        API key.

        Args:
            url (str): The `url` JSON field. Required.
            id (str | Unset): The webhook whose saved OAuth secret to reuse.
            oauth_client_id (None | str | Unset): The `oauth_client_id` JSON field.
            oauth_client_secret (None | str | Unset): The `oauth_client_secret` JSON field.
            oauth_token_url (None | str | Unset): The `oauth_token_url` JSON field.
            body (EventWebhookTestRequest): The whole request as one model, instead of the
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
            Any: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.webhooks.event.test(url=url)
        """
        from sendgrid_reseller.api.webhooks import test_event_webhook as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            url=url,
            id=id,
            oauth_client_id=oauth_client_id,
            oauth_client_secret=oauth_client_secret,
            oauth_token_url=oauth_token_url,
            body=body,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def test_detailed(
        self,
        *,
        url: str,
        id: str | Unset = UNSET,
        oauth_client_id: None | str | Unset = UNSET,
        oauth_client_secret: None | str | Unset = UNSET,
        oauth_token_url: None | str | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[Any]: ...

    @overload
    async def test_detailed(
        self,
        *,
        body: EventWebhookTestRequest,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[Any]: ...

    async def test_detailed(
        self,
        *,
        url: str | Unset = UNSET,
        id: str | Unset = UNSET,
        oauth_client_id: None | str | Unset = UNSET,
        oauth_client_secret: None | str | Unset = UNSET,
        oauth_token_url: None | str | Unset = UNSET,
        body: EventWebhookTestRequest | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[Any]:
        """Send a test event.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /v3/user/webhooks/event/test; the client adds Authorization: Bearer with the
        API key.

        Args:
            The same as `client.webhooks.event.test` takes; `help()` on it describes each one.

        Returns:
            Response[Any]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.webhooks.event.test_detailed(url=url)
        """
        from sendgrid_reseller.api.webhooks import test_event_webhook as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            url=url,
            id=id,
            oauth_client_id=oauth_client_id,
            oauth_client_secret=oauth_client_secret,
            oauth_token_url=oauth_token_url,
            body=body,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )
