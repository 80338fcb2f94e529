# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.tracking.settings.google.analytics` of `SendGrid`: the `TrackingSettingsGoogleAnalyticsGroup` class, imported on first use.

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
    from sendgrid_reseller.models.google_analytics_setting import GoogleAnalyticsSetting
    from sendgrid_reseller.types import Response, Unset

    pass


class TrackingSettingsGoogleAnalyticsGroup(Group):
    """Operations under `client.tracking_settings.google_analytics`."""

    def get(
        self,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> GoogleAnalyticsSetting:
        """Get the Google Analytics setting.

        Whether UTM parameters are added to links, and their values.

        Wire request: GET /v3/tracking_settings/google_analytics; the client adds Authorization: Bearer
        with the API key.

        Args:
            on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
                of the v2 "user" field.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            GoogleAnalyticsSetting: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.tracking_settings.google_analytics.get()
        """
        from sendgrid_reseller.api.tracking_settings import get_google_analytics_setting as _endpoint

        return _endpoint.sync(
            self._client,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    def get_detailed(
        self,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[GoogleAnalyticsSetting]:
        """Get the Google Analytics setting.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/tracking_settings/google_analytics; the client adds Authorization: Bearer
        with the API key.

        Args:
            The same as `client.tracking_settings.google_analytics.get` takes; `help()` on it describes each one.

        Returns:
            Response[GoogleAnalyticsSetting]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.tracking_settings.google_analytics.get_detailed()
        """
        from sendgrid_reseller.api.tracking_settings import get_google_analytics_setting as _endpoint

        return _endpoint.sync_detailed(
            self._client,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    def update(
        self,
        *,
        enabled: bool | Unset = UNSET,
        utm_source: str | Unset = UNSET,
        utm_medium: str | Unset = UNSET,
        utm_term: str | Unset = UNSET,
        utm_content: str | Unset = UNSET,
        utm_campaign: str | Unset = UNSET,
        body: GoogleAnalyticsSetting | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> GoogleAnalyticsSetting:
        """Update the Google Analytics setting.

        Turns Google Analytics tracking on or off and sets the UTM values.

        Wire request: PATCH /v3/tracking_settings/google_analytics; the client adds Authorization:
        Bearer with the API key.

        Args:
            enabled (bool | Unset): The `enabled` JSON field.
            utm_source (str | Unset): The `utm_source` JSON field.
            utm_medium (str | Unset): The `utm_medium` JSON field.
            utm_term (str | Unset): The `utm_term` JSON field.
            utm_content (str | Unset): The `utm_content` JSON field.
            utm_campaign (str | Unset): The `utm_campaign` JSON field.
            body (GoogleAnalyticsSetting): The whole request as one model, instead of the
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
            GoogleAnalyticsSetting: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.tracking_settings.google_analytics.update()
        """
        from sendgrid_reseller.api.tracking_settings import update_google_analytics_setting as _endpoint

        return _endpoint.sync(
            self._client,
            enabled=enabled,
            utm_source=utm_source,
            utm_medium=utm_medium,
            utm_term=utm_term,
            utm_content=utm_content,
            utm_campaign=utm_campaign,
            body=body,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    def update_detailed(
        self,
        *,
        enabled: bool | Unset = UNSET,
        utm_source: str | Unset = UNSET,
        utm_medium: str | Unset = UNSET,
        utm_term: str | Unset = UNSET,
        utm_content: str | Unset = UNSET,
        utm_campaign: str | Unset = UNSET,
        body: GoogleAnalyticsSetting | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[GoogleAnalyticsSetting]:
        """Update the Google Analytics setting.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: PATCH /v3/tracking_settings/google_analytics; the client adds Authorization:
        Bearer with the API key.

        Args:
            The same as `client.tracking_settings.google_analytics.update` takes; `help()` on it describes each one.

        Returns:
            Response[GoogleAnalyticsSetting]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.tracking_settings.google_analytics.update_detailed()
        """
        from sendgrid_reseller.api.tracking_settings import update_google_analytics_setting as _endpoint

        return _endpoint.sync_detailed(
            self._client,
            enabled=enabled,
            utm_source=utm_source,
            utm_medium=utm_medium,
            utm_term=utm_term,
            utm_content=utm_content,
            utm_campaign=utm_campaign,
            body=body,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )
