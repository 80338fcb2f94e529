# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.user.enforced.tls` of `SendGrid`: the `UserEnforcedTlsGroup` class, imported on first use.

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
    from sendgrid_reseller.models.enforced_tls_settings import EnforcedTlsSettings
    from sendgrid_reseller.types import Response, Unset

    pass


class UserEnforcedTlsGroup(Group):
    """Operations under `client.user.enforced_tls`."""

    def get(
        self,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> EnforcedTlsSettings:
        """Enforced TLS settings.

        Whether recipients' servers must support TLS (and present a valid certificate), and the lowest
        TLS version.

        Wire request: GET /v3/user/settings/enforced_tls; the client adds Authorization: Bearer with the
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
            EnforcedTlsSettings: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.user.enforced_tls.get()
        """
        from sendgrid_reseller.api.user_account import get_enforced_tls as _endpoint

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
    ) -> Response[EnforcedTlsSettings]:
        """Enforced TLS settings.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/user/settings/enforced_tls; the client adds Authorization: Bearer with the
        API key.

        Args:
            The same as `client.user.enforced_tls.get` takes; `help()` on it describes each one.

        Returns:
            Response[EnforcedTlsSettings]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.user.enforced_tls.get_detailed()
        """
        from sendgrid_reseller.api.user_account import get_enforced_tls as _endpoint

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
        require_tls: bool | Unset = UNSET,
        require_valid_cert: bool | Unset = UNSET,
        version: float | Unset = UNSET,
        body: EnforcedTlsSettings | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> EnforcedTlsSettings:
        """Change Enforced TLS settings.

        Mail to servers that fail the requirement is dropped (block event) instead of sent unencrypted.

        Wire request: PATCH /v3/user/settings/enforced_tls; the client adds Authorization: Bearer with
        the API key.

        Args:
            require_tls (bool | Unset): The `require_tls` JSON field.
            require_valid_cert (bool | Unset): The `require_valid_cert` JSON field.
            version (float | Unset): The lowest TLS version accepted: 1.1, 1.2 or 1.3.
            body (EnforcedTlsSettings): The whole request as one model, instead of the
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
            EnforcedTlsSettings: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.user.enforced_tls.update()
        """
        from sendgrid_reseller.api.user_account import update_enforced_tls as _endpoint

        return _endpoint.sync(
            self._client,
            require_tls=require_tls,
            require_valid_cert=require_valid_cert,
            version=version,
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
        require_tls: bool | Unset = UNSET,
        require_valid_cert: bool | Unset = UNSET,
        version: float | Unset = UNSET,
        body: EnforcedTlsSettings | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[EnforcedTlsSettings]:
        """Change Enforced TLS settings.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: PATCH /v3/user/settings/enforced_tls; the client adds Authorization: Bearer with
        the API key.

        Args:
            The same as `client.user.enforced_tls.update` takes; `help()` on it describes each one.

        Returns:
            Response[EnforcedTlsSettings]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.user.enforced_tls.update_detailed()
        """
        from sendgrid_reseller.api.user_account import update_enforced_tls as _endpoint

        return _endpoint.sync_detailed(
            self._client,
            require_tls=require_tls,
            require_valid_cert=require_valid_cert,
            version=version,
            body=body,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )
