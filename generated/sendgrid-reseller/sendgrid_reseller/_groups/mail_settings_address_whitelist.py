# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.mail.settings.address.whitelist` of `SendGrid`: the `MailSettingsAddressWhitelistGroup` class, imported on first use.

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
    from sendgrid_reseller.models.address_whitelist_setting import AddressWhitelistSetting
    from sendgrid_reseller.types import Response, Unset

    pass


class MailSettingsAddressWhitelistGroup(Group):
    """Operations under `client.mail_settings.address_whitelist`."""

    def get(
        self,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> AddressWhitelistSetting:
        """Get the address allow list setting.

        Whether the allow list is on, and the addresses and domains on it.

        Wire request: GET /v3/mail_settings/address_whitelist; the client adds Authorization: Bearer
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
            AddressWhitelistSetting: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.mail_settings.address_whitelist.get()
        """
        from sendgrid_reseller.api.mail_settings import get_address_whitelist_setting as _endpoint

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
    ) -> Response[AddressWhitelistSetting]:
        """Get the address allow list setting.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/mail_settings/address_whitelist; the client adds Authorization: Bearer
        with the API key.

        Args:
            The same as `client.mail_settings.address_whitelist.get` takes; `help()` on it describes each one.

        Returns:
            Response[AddressWhitelistSetting]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.mail_settings.address_whitelist.get_detailed()
        """
        from sendgrid_reseller.api.mail_settings import get_address_whitelist_setting as _endpoint

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
        list_: list[str] | Unset = UNSET,
        body: AddressWhitelistSetting | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> AddressWhitelistSetting:
        """Update the address allow list setting.

        Turns the allow list on or off and replaces its entries; listed senders bypass spam and bounce
        suppression.

        Wire request: PATCH /v3/mail_settings/address_whitelist; the client adds Authorization: Bearer
        with the API key.

        Args:
            enabled (bool | Unset): The `enabled` JSON field.
            list_ (list[str] | Unset): Addresses and domains whose mail is never suppressed.
            body (AddressWhitelistSetting): The whole request as one model, instead of the
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
            AddressWhitelistSetting: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.mail_settings.address_whitelist.update()
        """
        from sendgrid_reseller.api.mail_settings import update_address_whitelist_setting as _endpoint

        return _endpoint.sync(
            self._client,
            enabled=enabled,
            list_=list_,
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
        list_: list[str] | Unset = UNSET,
        body: AddressWhitelistSetting | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[AddressWhitelistSetting]:
        """Update the address allow list setting.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: PATCH /v3/mail_settings/address_whitelist; the client adds Authorization: Bearer
        with the API key.

        Args:
            The same as `client.mail_settings.address_whitelist.update` takes; `help()` on it describes each one.

        Returns:
            Response[AddressWhitelistSetting]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.mail_settings.address_whitelist.update_detailed()
        """
        from sendgrid_reseller.api.mail_settings import update_address_whitelist_setting as _endpoint

        return _endpoint.sync_detailed(
            self._client,
            enabled=enabled,
            list_=list_,
            body=body,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )
