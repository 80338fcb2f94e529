# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.mail.settings.bounce.purge` of `SendGrid`: the `MailSettingsBouncePurgeGroup` class, imported on first use.

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
    from sendgrid_reseller.models.bounce_purge_setting import BouncePurgeSetting
    from sendgrid_reseller.types import Response, Unset

    pass


class MailSettingsBouncePurgeGroup(Group):
    """Operations under `client.mail_settings.bounce_purge`."""

    def get(
        self,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> BouncePurgeSetting:
        """Get the bounce purge setting.

        Whether bounces are purged from the lists, and after how many days for soft and hard bounces.

        Wire request: GET /v3/mail_settings/bounce_purge; the client adds Authorization: Bearer with the
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
            BouncePurgeSetting: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.mail_settings.bounce_purge.get()
        """
        from sendgrid_reseller.api.mail_settings import get_bounce_purge_setting as _endpoint

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
    ) -> Response[BouncePurgeSetting]:
        """Get the bounce purge setting.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/mail_settings/bounce_purge; the client adds Authorization: Bearer with the
        API key.

        Args:
            The same as `client.mail_settings.bounce_purge.get` takes; `help()` on it describes each one.

        Returns:
            Response[BouncePurgeSetting]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.mail_settings.bounce_purge.get_detailed()
        """
        from sendgrid_reseller.api.mail_settings import get_bounce_purge_setting as _endpoint

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
        soft_bounces: int | None | Unset = UNSET,
        hard_bounces: int | None | Unset = UNSET,
        body: BouncePurgeSetting | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> BouncePurgeSetting:
        """Update the bounce purge setting.

        Turns automatic purging of bounce lists on or off and sets the ages (in days) that trigger it.

        Wire request: PATCH /v3/mail_settings/bounce_purge; the client adds Authorization: Bearer with
        the API key.

        Args:
            enabled (bool | Unset): The `enabled` JSON field.
            soft_bounces (int | None | Unset): Days after which soft bounces are purged.
            hard_bounces (int | None | Unset): Days after which hard bounces are purged.
            body (BouncePurgeSetting): The whole request as one model, instead of the
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
            BouncePurgeSetting: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.mail_settings.bounce_purge.update()
        """
        from sendgrid_reseller.api.mail_settings import update_bounce_purge_setting as _endpoint

        return _endpoint.sync(
            self._client,
            enabled=enabled,
            soft_bounces=soft_bounces,
            hard_bounces=hard_bounces,
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
        soft_bounces: int | None | Unset = UNSET,
        hard_bounces: int | None | Unset = UNSET,
        body: BouncePurgeSetting | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[BouncePurgeSetting]:
        """Update the bounce purge setting.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: PATCH /v3/mail_settings/bounce_purge; the client adds Authorization: Bearer with
        the API key.

        Args:
            The same as `client.mail_settings.bounce_purge.update` takes; `help()` on it describes each one.

        Returns:
            Response[BouncePurgeSetting]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.mail_settings.bounce_purge.update_detailed()
        """
        from sendgrid_reseller.api.mail_settings import update_bounce_purge_setting as _endpoint

        return _endpoint.sync_detailed(
            self._client,
            enabled=enabled,
            soft_bounces=soft_bounces,
            hard_bounces=hard_bounces,
            body=body,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )
