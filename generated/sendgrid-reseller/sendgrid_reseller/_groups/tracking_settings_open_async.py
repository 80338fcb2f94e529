# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.tracking.settings.open` of `AsyncSendGrid`: the `AsyncTrackingSettingsOpenGroup` class, imported on first use.

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
    from sendgrid_reseller.models.open_tracking_setting import OpenTrackingSetting
    from sendgrid_reseller.types import Response, Unset

    pass


class AsyncTrackingSettingsOpenGroup(Group):
    """Operations under `client.tracking_settings.open`."""

    async def get(
        self,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> OpenTrackingSetting:
        """Get the open tracking setting.

        Whether an invisible image is added to count opens.

        Wire request: GET /v3/tracking_settings/open; the client adds Authorization: Bearer with the API
        key.

        Args:
            on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
                of the v2 "user" field.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            OpenTrackingSetting: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.tracking_settings.open.get()
        """
        from sendgrid_reseller.api.tracking_settings import get_open_tracking_setting as _endpoint

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
    ) -> Response[OpenTrackingSetting]:
        """Get the open tracking setting.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/tracking_settings/open; the client adds Authorization: Bearer with the API
        key.

        Args:
            The same as `client.tracking_settings.open.get` takes; `help()` on it describes each one.

        Returns:
            Response[OpenTrackingSetting]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.tracking_settings.open.get_detailed()
        """
        from sendgrid_reseller.api.tracking_settings import get_open_tracking_setting as _endpoint

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
        body: OpenTrackingSetting | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> OpenTrackingSetting:
        """Update the open tracking setting.

        Turns open tracking on or off.

        Wire request: PATCH /v3/tracking_settings/open; the client adds Authorization: Bearer with the
        API key.

        Args:
            enabled (bool | Unset): The `enabled` JSON field.
            body (OpenTrackingSetting): The whole request as one model, instead of the
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
            OpenTrackingSetting: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.tracking_settings.open.update()
        """
        from sendgrid_reseller.api.tracking_settings import update_open_tracking_setting as _endpoint

        return await _endpoint.asyncio(
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

    async def update_detailed(
        self,
        *,
        enabled: bool | Unset = UNSET,
        body: OpenTrackingSetting | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[OpenTrackingSetting]:
        """Update the open tracking setting.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: PATCH /v3/tracking_settings/open; the client adds Authorization: Bearer with the
        API key.

        Args:
            The same as `client.tracking_settings.open.update` takes; `help()` on it describes each one.

        Returns:
            Response[OpenTrackingSetting]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.tracking_settings.open.update_detailed()
        """
        from sendgrid_reseller.api.tracking_settings import update_open_tracking_setting as _endpoint

        return await _endpoint.asyncio_detailed(
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
