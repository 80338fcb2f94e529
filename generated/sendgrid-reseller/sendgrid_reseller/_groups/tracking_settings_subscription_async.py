# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.tracking.settings.subscription` of `AsyncSendGrid`: the `AsyncTrackingSettingsSubscriptionGroup` class, imported on first use.

Each method calls its endpoint function (`sendgrid_reseller.api.<tag>.<operation>`), importing that
module on first call; signatures and docstrings are the endpoint functions' own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime.group import Group
from .._runtime.unset import UNSET

if TYPE_CHECKING:
    from collections.abc import Mapping
    from typing import Any

    import httpx

    from sendgrid_reseller._runtime.options import RequestOptions
    from sendgrid_reseller.models.subscription_tracking_setting import SubscriptionTrackingSetting
    from sendgrid_reseller.types import Response, Unset

    pass


class AsyncTrackingSettingsSubscriptionGroup(Group):
    """Operations under `client.tracking_settings.subscription`."""

    async def get(
        self,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> SubscriptionTrackingSetting:
        """Get the subscription tracking setting.

        Whether an unsubscribe footer is added, its content, landing page and replacement tag.

        Wire request: GET /v3/tracking_settings/subscription; the client adds Authorization: Bearer with
        the API key.

        Args:
            on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
                of the v2 "user" field.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            SubscriptionTrackingSetting: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.tracking_settings.subscription.get()
        """
        from sendgrid_reseller.api.tracking_settings import get_subscription_tracking_setting as _endpoint

        return await _endpoint.asyncio(
            self._client,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    async def get_detailed(
        self,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[SubscriptionTrackingSetting]:
        """Get the subscription tracking setting.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/tracking_settings/subscription; the client adds Authorization: Bearer with
        the API key.

        Args:
            The same as `client.tracking_settings.subscription.get` takes; `help()` on it describes each one.

        Returns:
            Response[SubscriptionTrackingSetting]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.tracking_settings.subscription.get_detailed()
        """
        from sendgrid_reseller.api.tracking_settings import get_subscription_tracking_setting as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    async def update(
        self,
        *,
        enabled: bool | Unset = UNSET,
        html_content: str | Unset = UNSET,
        plain_content: str | Unset = UNSET,
        landing: str | Unset = UNSET,
        replace: str | Unset = UNSET,
        url: str | Unset = UNSET,
        body: SubscriptionTrackingSetting | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> SubscriptionTrackingSetting:
        """Update the subscription tracking setting.

        Turns subscription tracking on or off and sets its content.

        Wire request: PATCH /v3/tracking_settings/subscription; the client adds Authorization: Bearer
        with the API key.

        Args:
            enabled (bool | Unset): The `enabled` JSON field.
            html_content (str | Unset): HTML footer; <% %> marks the unsubscribe link.
            plain_content (str | Unset): Plain-text footer; <% %> marks the unsubscribe link.
            landing (str | Unset): HTML of the page shown after unsubscribing.
            replace (str | Unset): A tag in the message that is replaced by the unsubscribe link.
            url (str | Unset): A page of your own to send unsubscribers to instead.
            body (SubscriptionTrackingSetting): The whole request as one model, instead of the
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
            SubscriptionTrackingSetting: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.tracking_settings.subscription.update()
        """
        from sendgrid_reseller.api.tracking_settings import update_subscription_tracking_setting as _endpoint

        return await _endpoint.asyncio(
            self._client,
            enabled=enabled,
            html_content=html_content,
            plain_content=plain_content,
            landing=landing,
            replace=replace,
            url=url,
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
        *,
        enabled: bool | Unset = UNSET,
        html_content: str | Unset = UNSET,
        plain_content: str | Unset = UNSET,
        landing: str | Unset = UNSET,
        replace: str | Unset = UNSET,
        url: str | Unset = UNSET,
        body: SubscriptionTrackingSetting | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[SubscriptionTrackingSetting]:
        """Update the subscription tracking setting.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: PATCH /v3/tracking_settings/subscription; the client adds Authorization: Bearer
        with the API key.

        Args:
            The same as `client.tracking_settings.subscription.update` takes; `help()` on it describes each one.

        Returns:
            Response[SubscriptionTrackingSetting]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.tracking_settings.subscription.update_detailed()
        """
        from sendgrid_reseller.api.tracking_settings import update_subscription_tracking_setting as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            enabled=enabled,
            html_content=html_content,
            plain_content=plain_content,
            landing=landing,
            replace=replace,
            url=url,
            body=body,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )
