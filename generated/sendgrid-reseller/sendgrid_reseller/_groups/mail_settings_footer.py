# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.mail.settings.footer` of `SendGrid`: the `MailSettingsFooterGroup` class, imported on first use.

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
    from sendgrid_reseller.models.footer_setting import FooterSetting
    from sendgrid_reseller.types import Response, Unset

    pass


class MailSettingsFooterGroup(Group):
    """Operations under `client.mail_settings.footer`."""

    def get(
        self,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> FooterSetting:
        """Get the footer setting.

        Whether a footer is added to every message, and its HTML and plain-text content.

        Wire request: GET /v3/mail_settings/footer; the client adds Authorization: Bearer with the API
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
            FooterSetting: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.mail_settings.footer.get()
        """
        from sendgrid_reseller.api.mail_settings import get_footer_setting as _endpoint

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
    ) -> Response[FooterSetting]:
        """Get the footer setting.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/mail_settings/footer; the client adds Authorization: Bearer with the API
        key.

        Args:
            The same as `client.mail_settings.footer.get` takes; `help()` on it describes each one.

        Returns:
            Response[FooterSetting]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.mail_settings.footer.get_detailed()
        """
        from sendgrid_reseller.api.mail_settings import get_footer_setting as _endpoint

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
        html_content: str | Unset = UNSET,
        plain_content: str | Unset = UNSET,
        body: FooterSetting | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> FooterSetting:
        """Update the footer setting.

        Turns the footer on or off and sets its content.

        Wire request: PATCH /v3/mail_settings/footer; the client adds Authorization: Bearer with the API
        key.

        Args:
            enabled (bool | Unset): The `enabled` JSON field.
            html_content (str | Unset): The `html_content` JSON field.
            plain_content (str | Unset): The `plain_content` JSON field.
            body (FooterSetting): The whole request as one model, instead of the
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
            FooterSetting: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.mail_settings.footer.update()
        """
        from sendgrid_reseller.api.mail_settings import update_footer_setting as _endpoint

        return _endpoint.sync(
            self._client,
            enabled=enabled,
            html_content=html_content,
            plain_content=plain_content,
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
        html_content: str | Unset = UNSET,
        plain_content: str | Unset = UNSET,
        body: FooterSetting | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[FooterSetting]:
        """Update the footer setting.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: PATCH /v3/mail_settings/footer; the client adds Authorization: Bearer with the API
        key.

        Args:
            The same as `client.mail_settings.footer.update` takes; `help()` on it describes each one.

        Returns:
            Response[FooterSetting]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.mail_settings.footer.update_detailed()
        """
        from sendgrid_reseller.api.mail_settings import update_footer_setting as _endpoint

        return _endpoint.sync_detailed(
            self._client,
            enabled=enabled,
            html_content=html_content,
            plain_content=plain_content,
            body=body,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )
