# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""The `client.partner_settings` operations: sync and async group classes, imported on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime.group import Group, GroupMethod


class PartnerSettingsGroup(Group):
    """Operations under `client.partner_settings`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.account_provisioning import list_partner_settings as _list_partner_settings

        list = GroupMethod(_list_partner_settings.sync)
        list_detailed = GroupMethod(_list_partner_settings.sync_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.account_provisioning.list_partner_settings", "sync")
        list_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.account_provisioning.list_partner_settings", "sync_detailed"
        )


class AsyncPartnerSettingsGroup(Group):
    """Operations under `client.partner_settings`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.account_provisioning import list_partner_settings as _list_partner_settings

        list = GroupMethod(_list_partner_settings.asyncio)
        list_detailed = GroupMethod(_list_partner_settings.asyncio_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.account_provisioning.list_partner_settings", "asyncio")
        list_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.account_provisioning.list_partner_settings", "asyncio_detailed"
        )
