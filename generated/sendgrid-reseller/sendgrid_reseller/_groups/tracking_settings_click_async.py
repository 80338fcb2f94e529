# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.tracking.settings.click` of `AsyncSendGrid`: the `AsyncTrackingSettingsClickGroup` class, imported on first use.

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
    from sendgrid_reseller.models.click_tracking_setting import ClickTrackingSetting
    from sendgrid_reseller.models.click_tracking_update import ClickTrackingUpdate
    from sendgrid_reseller.types import Response, Unset

    pass


class AsyncTrackingSettingsClickGroup(Group):
    """Operations under `client.tracking_settings.click`."""

    async def get(
        self,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> ClickTrackingSetting:
        """Get the click tracking setting.

        Whether links are rewritten to count clicks, in HTML and in plain-text mail.

        Wire request: GET /v3/tracking_settings/click; the client adds Authorization: Bearer with the
        API key.

        Args:
            on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
                of the v2 "user" field.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            ClickTrackingSetting: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.tracking_settings.click.get()
        """
        from sendgrid_reseller.api.tracking_settings import get_click_tracking_setting as _endpoint

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
    ) -> Response[ClickTrackingSetting]:
        """Get the click tracking setting.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/tracking_settings/click; the client adds Authorization: Bearer with the
        API key.

        Args:
            The same as `client.tracking_settings.click.get` takes; `help()` on it describes each one.

        Returns:
            Response[ClickTrackingSetting]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.tracking_settings.click.get_detailed()
        """
        from sendgrid_reseller.api.tracking_settings import get_click_tracking_setting as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    @overload
    async def update(
        self,
        *,
        enabled: bool,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> ClickTrackingSetting: ...

    @overload
    async def update(
        self,
        *,
        body: ClickTrackingUpdate,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> ClickTrackingSetting: ...

    async def update(
        self,
        *,
        enabled: bool | Unset = UNSET,
        body: ClickTrackingUpdate | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> ClickTrackingSetting:
        """Update the click tracking setting.

        Turns click tracking on or off.

        Wire request: PATCH /v3/tracking_settings/click; the client adds Authorization: Bearer with the
        API key.

        Args:
            enabled (bool): The `enabled` JSON field. Required.
            body (ClickTrackingUpdate): The whole request as one model, instead of the
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
            ClickTrackingSetting: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.tracking_settings.click.update(enabled=enabled)
        """
        from sendgrid_reseller.api.tracking_settings import update_click_tracking_setting as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
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
    async def update_detailed(
        self,
        *,
        enabled: bool,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[ClickTrackingSetting]: ...

    @overload
    async def update_detailed(
        self,
        *,
        body: ClickTrackingUpdate,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[ClickTrackingSetting]: ...

    async def update_detailed(
        self,
        *,
        enabled: bool | Unset = UNSET,
        body: ClickTrackingUpdate | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[ClickTrackingSetting]:
        """Update the click tracking setting.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: PATCH /v3/tracking_settings/click; the client adds Authorization: Bearer with the
        API key.

        Args:
            The same as `client.tracking_settings.click.update` takes; `help()` on it describes each one.

        Returns:
            Response[ClickTrackingSetting]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.tracking_settings.click.update_detailed(enabled=enabled)
        """
        from sendgrid_reseller.api.tracking_settings import update_click_tracking_setting as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            enabled=enabled,
            body=body,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )
