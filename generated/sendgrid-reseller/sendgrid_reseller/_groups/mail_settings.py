# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""The `client.mail_settings` operations: sync and async group classes, imported on first use."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._runtime.group import Group, GroupMethod


class MailSettingsAddressWhitelistGroup(Group):
    """Operations under `client.mail_settings.address_whitelist`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.mail_settings import get_address_whitelist_setting as _get_address_whitelist_setting

        get = GroupMethod(_get_address_whitelist_setting.sync)
        get_detailed = GroupMethod(_get_address_whitelist_setting.sync_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.mail_settings.get_address_whitelist_setting", "sync")
        get_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.mail_settings.get_address_whitelist_setting", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.mail_settings import (
            update_address_whitelist_setting as _update_address_whitelist_setting,
        )

        update = GroupMethod(_update_address_whitelist_setting.sync)
        update_detailed = GroupMethod(_update_address_whitelist_setting.sync_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.mail_settings.update_address_whitelist_setting", "sync")
        update_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.mail_settings.update_address_whitelist_setting", "sync_detailed"
        )


class MailSettingsBouncePurgeGroup(Group):
    """Operations under `client.mail_settings.bounce_purge`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.mail_settings import get_bounce_purge_setting as _get_bounce_purge_setting

        get = GroupMethod(_get_bounce_purge_setting.sync)
        get_detailed = GroupMethod(_get_bounce_purge_setting.sync_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.mail_settings.get_bounce_purge_setting", "sync")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.mail_settings.get_bounce_purge_setting", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.mail_settings import update_bounce_purge_setting as _update_bounce_purge_setting

        update = GroupMethod(_update_bounce_purge_setting.sync)
        update_detailed = GroupMethod(_update_bounce_purge_setting.sync_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.mail_settings.update_bounce_purge_setting", "sync")
        update_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.mail_settings.update_bounce_purge_setting", "sync_detailed"
        )


class MailSettingsFooterGroup(Group):
    """Operations under `client.mail_settings.footer`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.mail_settings import get_footer_setting as _get_footer_setting

        get = GroupMethod(_get_footer_setting.sync)
        get_detailed = GroupMethod(_get_footer_setting.sync_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.mail_settings.get_footer_setting", "sync")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.mail_settings.get_footer_setting", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.mail_settings import update_footer_setting as _update_footer_setting

        update = GroupMethod(_update_footer_setting.sync)
        update_detailed = GroupMethod(_update_footer_setting.sync_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.mail_settings.update_footer_setting", "sync")
        update_detailed = GroupMethod.lazy("sendgrid_reseller.api.mail_settings.update_footer_setting", "sync_detailed")


class MailSettingsForwardBounceGroup(Group):
    """Operations under `client.mail_settings.forward_bounce`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.mail_settings import get_forward_bounce_setting as _get_forward_bounce_setting

        get = GroupMethod(_get_forward_bounce_setting.sync)
        get_detailed = GroupMethod(_get_forward_bounce_setting.sync_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.mail_settings.get_forward_bounce_setting", "sync")
        get_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.mail_settings.get_forward_bounce_setting", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.mail_settings import update_forward_bounce_setting as _update_forward_bounce_setting

        update = GroupMethod(_update_forward_bounce_setting.sync)
        update_detailed = GroupMethod(_update_forward_bounce_setting.sync_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.mail_settings.update_forward_bounce_setting", "sync")
        update_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.mail_settings.update_forward_bounce_setting", "sync_detailed"
        )


class MailSettingsForwardSpamGroup(Group):
    """Operations under `client.mail_settings.forward_spam`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.mail_settings import get_forward_spam_setting as _get_forward_spam_setting

        get = GroupMethod(_get_forward_spam_setting.sync)
        get_detailed = GroupMethod(_get_forward_spam_setting.sync_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.mail_settings.get_forward_spam_setting", "sync")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.mail_settings.get_forward_spam_setting", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.mail_settings import update_forward_spam_setting as _update_forward_spam_setting

        update = GroupMethod(_update_forward_spam_setting.sync)
        update_detailed = GroupMethod(_update_forward_spam_setting.sync_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.mail_settings.update_forward_spam_setting", "sync")
        update_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.mail_settings.update_forward_spam_setting", "sync_detailed"
        )


class MailSettingsTemplateGroup(Group):
    """Operations under `client.mail_settings.template`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.mail_settings import get_template_setting as _get_template_setting

        get = GroupMethod(_get_template_setting.sync)
        get_detailed = GroupMethod(_get_template_setting.sync_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.mail_settings.get_template_setting", "sync")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.mail_settings.get_template_setting", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.mail_settings import update_template_setting as _update_template_setting

        update = GroupMethod(_update_template_setting.sync)
        update_detailed = GroupMethod(_update_template_setting.sync_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.mail_settings.update_template_setting", "sync")
        update_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.mail_settings.update_template_setting", "sync_detailed"
        )


class MailSettingsGroup(Group):
    """Operations under `client.mail_settings`."""

    @cached_property
    def address_whitelist(self) -> MailSettingsAddressWhitelistGroup:
        return MailSettingsAddressWhitelistGroup(self._client)

    @cached_property
    def bounce_purge(self) -> MailSettingsBouncePurgeGroup:
        return MailSettingsBouncePurgeGroup(self._client)

    @cached_property
    def footer(self) -> MailSettingsFooterGroup:
        return MailSettingsFooterGroup(self._client)

    @cached_property
    def forward_bounce(self) -> MailSettingsForwardBounceGroup:
        return MailSettingsForwardBounceGroup(self._client)

    @cached_property
    def forward_spam(self) -> MailSettingsForwardSpamGroup:
        return MailSettingsForwardSpamGroup(self._client)

    @cached_property
    def template(self) -> MailSettingsTemplateGroup:
        return MailSettingsTemplateGroup(self._client)

    if TYPE_CHECKING:
        from sendgrid_reseller.api.mail_settings import list_mail_settings as _list_mail_settings

        list = GroupMethod(_list_mail_settings.sync)
        list_detailed = GroupMethod(_list_mail_settings.sync_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.mail_settings.list_mail_settings", "sync")
        list_detailed = GroupMethod.lazy("sendgrid_reseller.api.mail_settings.list_mail_settings", "sync_detailed")


class AsyncMailSettingsAddressWhitelistGroup(Group):
    """Operations under `client.mail_settings.address_whitelist`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.mail_settings import get_address_whitelist_setting as _get_address_whitelist_setting

        get = GroupMethod(_get_address_whitelist_setting.asyncio)
        get_detailed = GroupMethod(_get_address_whitelist_setting.asyncio_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.mail_settings.get_address_whitelist_setting", "asyncio")
        get_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.mail_settings.get_address_whitelist_setting", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.mail_settings import (
            update_address_whitelist_setting as _update_address_whitelist_setting,
        )

        update = GroupMethod(_update_address_whitelist_setting.asyncio)
        update_detailed = GroupMethod(_update_address_whitelist_setting.asyncio_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.mail_settings.update_address_whitelist_setting", "asyncio")
        update_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.mail_settings.update_address_whitelist_setting", "asyncio_detailed"
        )


class AsyncMailSettingsBouncePurgeGroup(Group):
    """Operations under `client.mail_settings.bounce_purge`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.mail_settings import get_bounce_purge_setting as _get_bounce_purge_setting

        get = GroupMethod(_get_bounce_purge_setting.asyncio)
        get_detailed = GroupMethod(_get_bounce_purge_setting.asyncio_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.mail_settings.get_bounce_purge_setting", "asyncio")
        get_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.mail_settings.get_bounce_purge_setting", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.mail_settings import update_bounce_purge_setting as _update_bounce_purge_setting

        update = GroupMethod(_update_bounce_purge_setting.asyncio)
        update_detailed = GroupMethod(_update_bounce_purge_setting.asyncio_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.mail_settings.update_bounce_purge_setting", "asyncio")
        update_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.mail_settings.update_bounce_purge_setting", "asyncio_detailed"
        )


class AsyncMailSettingsFooterGroup(Group):
    """Operations under `client.mail_settings.footer`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.mail_settings import get_footer_setting as _get_footer_setting

        get = GroupMethod(_get_footer_setting.asyncio)
        get_detailed = GroupMethod(_get_footer_setting.asyncio_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.mail_settings.get_footer_setting", "asyncio")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.mail_settings.get_footer_setting", "asyncio_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.mail_settings import update_footer_setting as _update_footer_setting

        update = GroupMethod(_update_footer_setting.asyncio)
        update_detailed = GroupMethod(_update_footer_setting.asyncio_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.mail_settings.update_footer_setting", "asyncio")
        update_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.mail_settings.update_footer_setting", "asyncio_detailed"
        )


class AsyncMailSettingsForwardBounceGroup(Group):
    """Operations under `client.mail_settings.forward_bounce`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.mail_settings import get_forward_bounce_setting as _get_forward_bounce_setting

        get = GroupMethod(_get_forward_bounce_setting.asyncio)
        get_detailed = GroupMethod(_get_forward_bounce_setting.asyncio_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.mail_settings.get_forward_bounce_setting", "asyncio")
        get_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.mail_settings.get_forward_bounce_setting", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.mail_settings import update_forward_bounce_setting as _update_forward_bounce_setting

        update = GroupMethod(_update_forward_bounce_setting.asyncio)
        update_detailed = GroupMethod(_update_forward_bounce_setting.asyncio_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.mail_settings.update_forward_bounce_setting", "asyncio")
        update_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.mail_settings.update_forward_bounce_setting", "asyncio_detailed"
        )


class AsyncMailSettingsForwardSpamGroup(Group):
    """Operations under `client.mail_settings.forward_spam`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.mail_settings import get_forward_spam_setting as _get_forward_spam_setting

        get = GroupMethod(_get_forward_spam_setting.asyncio)
        get_detailed = GroupMethod(_get_forward_spam_setting.asyncio_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.mail_settings.get_forward_spam_setting", "asyncio")
        get_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.mail_settings.get_forward_spam_setting", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.mail_settings import update_forward_spam_setting as _update_forward_spam_setting

        update = GroupMethod(_update_forward_spam_setting.asyncio)
        update_detailed = GroupMethod(_update_forward_spam_setting.asyncio_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.mail_settings.update_forward_spam_setting", "asyncio")
        update_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.mail_settings.update_forward_spam_setting", "asyncio_detailed"
        )


class AsyncMailSettingsTemplateGroup(Group):
    """Operations under `client.mail_settings.template`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.mail_settings import get_template_setting as _get_template_setting

        get = GroupMethod(_get_template_setting.asyncio)
        get_detailed = GroupMethod(_get_template_setting.asyncio_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.mail_settings.get_template_setting", "asyncio")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.mail_settings.get_template_setting", "asyncio_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.mail_settings import update_template_setting as _update_template_setting

        update = GroupMethod(_update_template_setting.asyncio)
        update_detailed = GroupMethod(_update_template_setting.asyncio_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.mail_settings.update_template_setting", "asyncio")
        update_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.mail_settings.update_template_setting", "asyncio_detailed"
        )


class AsyncMailSettingsGroup(Group):
    """Operations under `client.mail_settings`."""

    @cached_property
    def address_whitelist(self) -> AsyncMailSettingsAddressWhitelistGroup:
        return AsyncMailSettingsAddressWhitelistGroup(self._client)

    @cached_property
    def bounce_purge(self) -> AsyncMailSettingsBouncePurgeGroup:
        return AsyncMailSettingsBouncePurgeGroup(self._client)

    @cached_property
    def footer(self) -> AsyncMailSettingsFooterGroup:
        return AsyncMailSettingsFooterGroup(self._client)

    @cached_property
    def forward_bounce(self) -> AsyncMailSettingsForwardBounceGroup:
        return AsyncMailSettingsForwardBounceGroup(self._client)

    @cached_property
    def forward_spam(self) -> AsyncMailSettingsForwardSpamGroup:
        return AsyncMailSettingsForwardSpamGroup(self._client)

    @cached_property
    def template(self) -> AsyncMailSettingsTemplateGroup:
        return AsyncMailSettingsTemplateGroup(self._client)

    if TYPE_CHECKING:
        from sendgrid_reseller.api.mail_settings import list_mail_settings as _list_mail_settings

        list = GroupMethod(_list_mail_settings.asyncio)
        list_detailed = GroupMethod(_list_mail_settings.asyncio_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.mail_settings.list_mail_settings", "asyncio")
        list_detailed = GroupMethod.lazy("sendgrid_reseller.api.mail_settings.list_mail_settings", "asyncio_detailed")
