# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.mail.settings` of `AsyncSendGrid`: the `AsyncMailSettingsGroup` class, imported on first use.

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
    from sendgrid_reseller._runtime.page import AsyncPage
    from sendgrid_reseller.models.mail_setting_summary import MailSettingSummary
    from sendgrid_reseller.models.mail_settings_list import MailSettingsList
    from sendgrid_reseller.types import Response, Unset

    from .mail_settings_address_whitelist_async import AsyncMailSettingsAddressWhitelistGroup
    from .mail_settings_bounce_purge_async import AsyncMailSettingsBouncePurgeGroup
    from .mail_settings_footer_async import AsyncMailSettingsFooterGroup
    from .mail_settings_forward_bounce_async import AsyncMailSettingsForwardBounceGroup
    from .mail_settings_forward_spam_async import AsyncMailSettingsForwardSpamGroup
    from .mail_settings_template_async import AsyncMailSettingsTemplateGroup

    pass


class AsyncMailSettingsGroup(Group):
    """Operations under `client.mail_settings`."""

    @cached_property
    def address_whitelist(self) -> AsyncMailSettingsAddressWhitelistGroup:
        from .mail_settings_address_whitelist_async import AsyncMailSettingsAddressWhitelistGroup

        return AsyncMailSettingsAddressWhitelistGroup(self._client)

    @cached_property
    def bounce_purge(self) -> AsyncMailSettingsBouncePurgeGroup:
        from .mail_settings_bounce_purge_async import AsyncMailSettingsBouncePurgeGroup

        return AsyncMailSettingsBouncePurgeGroup(self._client)

    @cached_property
    def footer(self) -> AsyncMailSettingsFooterGroup:
        from .mail_settings_footer_async import AsyncMailSettingsFooterGroup

        return AsyncMailSettingsFooterGroup(self._client)

    @cached_property
    def forward_bounce(self) -> AsyncMailSettingsForwardBounceGroup:
        from .mail_settings_forward_bounce_async import AsyncMailSettingsForwardBounceGroup

        return AsyncMailSettingsForwardBounceGroup(self._client)

    @cached_property
    def forward_spam(self) -> AsyncMailSettingsForwardSpamGroup:
        from .mail_settings_forward_spam_async import AsyncMailSettingsForwardSpamGroup

        return AsyncMailSettingsForwardSpamGroup(self._client)

    @cached_property
    def template(self) -> AsyncMailSettingsTemplateGroup:
        from .mail_settings_template_async import AsyncMailSettingsTemplateGroup

        return AsyncMailSettingsTemplateGroup(self._client)

    async def list(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
        page_token: str | None = None,
    ) -> AsyncPage[MailSettingSummary]:
        """List mail settings.

        Every mail setting with its name and whether it is on.

        Returns the first page (or the one `page_token` names): iterate it for every record across
        pages, or use `pages()`, `has_next_page()`, `next_page()` and `next_page_token`.

        Wire request: GET /v3/mail_settings; the client adds Authorization: Bearer with the API key.

        Args:
            limit (int | Unset): Records to return in one page. The default and the maximum are both
                500.
            offset (int | Unset): Records to skip before the first one returned.
            on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
                of the v2 "user" field.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.
            page_token (str | None): Start at the page an earlier page's `next_page_token` names.

        Returns:
            AsyncPage[MailSettingSummary]: the page; its `items` are this page's records.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            page = await client.mail_settings.list()
            async for item in page:  # every record, page after page
                print(item)
        """
        from sendgrid_reseller.api.mail_settings import list_mail_settings as _endpoint

        return await _endpoint.apage(
            self._client,
            limit=limit,
            offset=offset,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
            page_token=page_token,
        )

    async def list_detailed(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[MailSettingsList]:
        """List mail settings.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/mail_settings; the client adds Authorization: Bearer with the API key.

        Args:
            The same as `client.mail_settings.list` takes; `help()` on it describes each one.

        Returns:
            Response[MailSettingsList]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.mail_settings.list_detailed()
        """
        from sendgrid_reseller.api.mail_settings import list_mail_settings as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            limit=limit,
            offset=offset,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )
