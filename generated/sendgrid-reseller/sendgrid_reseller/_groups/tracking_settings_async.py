# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.tracking.settings` of `AsyncSendGrid`: the `AsyncTrackingSettingsGroup` class, imported on first use.

Each method calls its endpoint function (`sendgrid_reseller.api.<tag>.<operation>`), importing that
module on first call; signatures and docstrings are the endpoint functions' own.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._runtime.group import Group
from .._runtime.unset import UNSET

if TYPE_CHECKING:
    from collections.abc import Mapping
    from typing import Any

    import httpx

    from sendgrid_reseller._runtime.options import RequestOptions
    from sendgrid_reseller.models.tracking_settings_list import TrackingSettingsList
    from sendgrid_reseller.types import Response, Unset

    from .tracking_settings_click_async import AsyncTrackingSettingsClickGroup
    from .tracking_settings_google_analytics_async import AsyncTrackingSettingsGoogleAnalyticsGroup
    from .tracking_settings_open_async import AsyncTrackingSettingsOpenGroup
    from .tracking_settings_subscription_async import AsyncTrackingSettingsSubscriptionGroup

    pass


class AsyncTrackingSettingsGroup(Group):
    """Operations under `client.tracking_settings`."""

    @cached_property
    def click(self) -> AsyncTrackingSettingsClickGroup:
        from .tracking_settings_click_async import AsyncTrackingSettingsClickGroup

        return AsyncTrackingSettingsClickGroup(self._client)

    @cached_property
    def google_analytics(self) -> AsyncTrackingSettingsGoogleAnalyticsGroup:
        from .tracking_settings_google_analytics_async import AsyncTrackingSettingsGoogleAnalyticsGroup

        return AsyncTrackingSettingsGoogleAnalyticsGroup(self._client)

    @cached_property
    def open(self) -> AsyncTrackingSettingsOpenGroup:
        from .tracking_settings_open_async import AsyncTrackingSettingsOpenGroup

        return AsyncTrackingSettingsOpenGroup(self._client)

    @cached_property
    def subscription(self) -> AsyncTrackingSettingsSubscriptionGroup:
        from .tracking_settings_subscription_async import AsyncTrackingSettingsSubscriptionGroup

        return AsyncTrackingSettingsSubscriptionGroup(self._client)

    async def list(
        self,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> TrackingSettingsList:
        """List tracking settings.

        Every tracking setting with its name and whether it is on.

        Wire request: GET /v3/tracking_settings; the client adds Authorization: Bearer with the API key.

        Args:
            on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
                of the v2 "user" field.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            TrackingSettingsList: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.tracking_settings.list()
        """
        from sendgrid_reseller.api.tracking_settings import list_tracking_settings as _endpoint

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
    ) -> Response[TrackingSettingsList]:
        """List tracking settings.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/tracking_settings; the client adds Authorization: Bearer with the API key.

        Args:
            The same as `client.tracking_settings.list` takes; `help()` on it describes each one.

        Returns:
            Response[TrackingSettingsList]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.tracking_settings.list_detailed()
        """
        from sendgrid_reseller.api.tracking_settings import list_tracking_settings as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )
