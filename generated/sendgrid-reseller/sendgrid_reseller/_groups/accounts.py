# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""The `client.accounts` operations: sync and async group classes, imported on first use."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._runtime.group import Group, GroupMethod


class AccountsOfferingsGroup(Group):
    """Operations under `client.accounts.offerings`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.account_provisioning import (
            get_partner_account_offerings as _get_partner_account_offerings,
        )

        get = GroupMethod(_get_partner_account_offerings.sync)
        get_detailed = GroupMethod(_get_partner_account_offerings.sync_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.account_provisioning.get_partner_account_offerings", "sync")
        get_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.account_provisioning.get_partner_account_offerings", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.account_provisioning import (
            update_partner_account_offerings as _update_partner_account_offerings,
        )

        update = GroupMethod(_update_partner_account_offerings.sync)
        update_detailed = GroupMethod(_update_partner_account_offerings.sync_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.account_provisioning.update_partner_account_offerings", "sync")
        update_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.account_provisioning.update_partner_account_offerings", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.account_provisioning import list_partner_offerings as _list_partner_offerings

        list_available = GroupMethod(_list_partner_offerings.sync)
        list_available_detailed = GroupMethod(_list_partner_offerings.sync_detailed)
    else:
        list_available = GroupMethod.lazy("sendgrid_reseller.api.account_provisioning.list_partner_offerings", "sync")
        list_available_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.account_provisioning.list_partner_offerings", "sync_detailed"
        )


class AccountsStateGroup(Group):
    """Operations under `client.accounts.state`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.account_provisioning import get_partner_account_state as _get_partner_account_state

        get = GroupMethod(_get_partner_account_state.sync)
        get_detailed = GroupMethod(_get_partner_account_state.sync_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.account_provisioning.get_partner_account_state", "sync")
        get_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.account_provisioning.get_partner_account_state", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.account_provisioning import (
            update_partner_account_state as _update_partner_account_state,
        )

        update = GroupMethod(_update_partner_account_state.sync)
        update_detailed = GroupMethod(_update_partner_account_state.sync_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.account_provisioning.update_partner_account_state", "sync")
        update_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.account_provisioning.update_partner_account_state", "sync_detailed"
        )


class AccountsIpsGroup(Group):
    """Operations under `client.accounts.ips`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.account_provisioning import list_partner_account_ips as _list_partner_account_ips

        list = GroupMethod(_list_partner_account_ips.sync)
        list_detailed = GroupMethod(_list_partner_account_ips.sync_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.account_provisioning.list_partner_account_ips", "sync")
        list_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.account_provisioning.list_partner_account_ips", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.account_provisioning import add_partner_account_ips as _add_partner_account_ips

        add = GroupMethod(_add_partner_account_ips.sync)
        add_detailed = GroupMethod(_add_partner_account_ips.sync_detailed)
    else:
        add = GroupMethod.lazy("sendgrid_reseller.api.account_provisioning.add_partner_account_ips", "sync")
        add_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.account_provisioning.add_partner_account_ips", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.account_provisioning import remove_partner_account_ips as _remove_partner_account_ips

        remove = GroupMethod(_remove_partner_account_ips.sync)
        remove_detailed = GroupMethod(_remove_partner_account_ips.sync_detailed)
    else:
        remove = GroupMethod.lazy("sendgrid_reseller.api.account_provisioning.remove_partner_account_ips", "sync")
        remove_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.account_provisioning.remove_partner_account_ips", "sync_detailed"
        )


class AccountsGroup(Group):
    """Operations under `client.accounts`."""

    @cached_property
    def offerings(self) -> AccountsOfferingsGroup:
        return AccountsOfferingsGroup(self._client)

    @cached_property
    def state(self) -> AccountsStateGroup:
        return AccountsStateGroup(self._client)

    @cached_property
    def ips(self) -> AccountsIpsGroup:
        return AccountsIpsGroup(self._client)

    if TYPE_CHECKING:
        from sendgrid_reseller.api.account_provisioning import list_partner_accounts as _list_partner_accounts

        list = GroupMethod(_list_partner_accounts.sync)
        list_detailed = GroupMethod(_list_partner_accounts.sync_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.account_provisioning.list_partner_accounts", "sync")
        list_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.account_provisioning.list_partner_accounts", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.account_provisioning import create_partner_account as _create_partner_account

        create = GroupMethod(_create_partner_account.sync)
        create_detailed = GroupMethod(_create_partner_account.sync_detailed)
    else:
        create = GroupMethod.lazy("sendgrid_reseller.api.account_provisioning.create_partner_account", "sync")
        create_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.account_provisioning.create_partner_account", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.account_provisioning import delete_partner_account as _delete_partner_account

        delete = GroupMethod(_delete_partner_account.sync)
        delete_detailed = GroupMethod(_delete_partner_account.sync_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.account_provisioning.delete_partner_account", "sync")
        delete_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.account_provisioning.delete_partner_account", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.account_provisioning import (
            authenticate_partner_account as _authenticate_partner_account,
        )

        sso_login = GroupMethod(_authenticate_partner_account.sync)
        sso_login_detailed = GroupMethod(_authenticate_partner_account.sync_detailed)
    else:
        sso_login = GroupMethod.lazy("sendgrid_reseller.api.account_provisioning.authenticate_partner_account", "sync")
        sso_login_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.account_provisioning.authenticate_partner_account", "sync_detailed"
        )


class AsyncAccountsOfferingsGroup(Group):
    """Operations under `client.accounts.offerings`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.account_provisioning import (
            get_partner_account_offerings as _get_partner_account_offerings,
        )

        get = GroupMethod(_get_partner_account_offerings.asyncio)
        get_detailed = GroupMethod(_get_partner_account_offerings.asyncio_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.account_provisioning.get_partner_account_offerings", "asyncio")
        get_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.account_provisioning.get_partner_account_offerings", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.account_provisioning import (
            update_partner_account_offerings as _update_partner_account_offerings,
        )

        update = GroupMethod(_update_partner_account_offerings.asyncio)
        update_detailed = GroupMethod(_update_partner_account_offerings.asyncio_detailed)
    else:
        update = GroupMethod.lazy(
            "sendgrid_reseller.api.account_provisioning.update_partner_account_offerings", "asyncio"
        )
        update_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.account_provisioning.update_partner_account_offerings", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.account_provisioning import list_partner_offerings as _list_partner_offerings

        list_available = GroupMethod(_list_partner_offerings.asyncio)
        list_available_detailed = GroupMethod(_list_partner_offerings.asyncio_detailed)
    else:
        list_available = GroupMethod.lazy(
            "sendgrid_reseller.api.account_provisioning.list_partner_offerings", "asyncio"
        )
        list_available_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.account_provisioning.list_partner_offerings", "asyncio_detailed"
        )


class AsyncAccountsStateGroup(Group):
    """Operations under `client.accounts.state`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.account_provisioning import get_partner_account_state as _get_partner_account_state

        get = GroupMethod(_get_partner_account_state.asyncio)
        get_detailed = GroupMethod(_get_partner_account_state.asyncio_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.account_provisioning.get_partner_account_state", "asyncio")
        get_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.account_provisioning.get_partner_account_state", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.account_provisioning import (
            update_partner_account_state as _update_partner_account_state,
        )

        update = GroupMethod(_update_partner_account_state.asyncio)
        update_detailed = GroupMethod(_update_partner_account_state.asyncio_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.account_provisioning.update_partner_account_state", "asyncio")
        update_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.account_provisioning.update_partner_account_state", "asyncio_detailed"
        )


class AsyncAccountsIpsGroup(Group):
    """Operations under `client.accounts.ips`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.account_provisioning import list_partner_account_ips as _list_partner_account_ips

        list = GroupMethod(_list_partner_account_ips.asyncio)
        list_detailed = GroupMethod(_list_partner_account_ips.asyncio_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.account_provisioning.list_partner_account_ips", "asyncio")
        list_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.account_provisioning.list_partner_account_ips", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.account_provisioning import add_partner_account_ips as _add_partner_account_ips

        add = GroupMethod(_add_partner_account_ips.asyncio)
        add_detailed = GroupMethod(_add_partner_account_ips.asyncio_detailed)
    else:
        add = GroupMethod.lazy("sendgrid_reseller.api.account_provisioning.add_partner_account_ips", "asyncio")
        add_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.account_provisioning.add_partner_account_ips", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.account_provisioning import remove_partner_account_ips as _remove_partner_account_ips

        remove = GroupMethod(_remove_partner_account_ips.asyncio)
        remove_detailed = GroupMethod(_remove_partner_account_ips.asyncio_detailed)
    else:
        remove = GroupMethod.lazy("sendgrid_reseller.api.account_provisioning.remove_partner_account_ips", "asyncio")
        remove_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.account_provisioning.remove_partner_account_ips", "asyncio_detailed"
        )


class AsyncAccountsGroup(Group):
    """Operations under `client.accounts`."""

    @cached_property
    def offerings(self) -> AsyncAccountsOfferingsGroup:
        return AsyncAccountsOfferingsGroup(self._client)

    @cached_property
    def state(self) -> AsyncAccountsStateGroup:
        return AsyncAccountsStateGroup(self._client)

    @cached_property
    def ips(self) -> AsyncAccountsIpsGroup:
        return AsyncAccountsIpsGroup(self._client)

    if TYPE_CHECKING:
        from sendgrid_reseller.api.account_provisioning import list_partner_accounts as _list_partner_accounts

        list = GroupMethod(_list_partner_accounts.asyncio)
        list_detailed = GroupMethod(_list_partner_accounts.asyncio_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.account_provisioning.list_partner_accounts", "asyncio")
        list_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.account_provisioning.list_partner_accounts", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.account_provisioning import create_partner_account as _create_partner_account

        create = GroupMethod(_create_partner_account.asyncio)
        create_detailed = GroupMethod(_create_partner_account.asyncio_detailed)
    else:
        create = GroupMethod.lazy("sendgrid_reseller.api.account_provisioning.create_partner_account", "asyncio")
        create_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.account_provisioning.create_partner_account", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.account_provisioning import delete_partner_account as _delete_partner_account

        delete = GroupMethod(_delete_partner_account.asyncio)
        delete_detailed = GroupMethod(_delete_partner_account.asyncio_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.account_provisioning.delete_partner_account", "asyncio")
        delete_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.account_provisioning.delete_partner_account", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.account_provisioning import (
            authenticate_partner_account as _authenticate_partner_account,
        )

        sso_login = GroupMethod(_authenticate_partner_account.asyncio)
        sso_login_detailed = GroupMethod(_authenticate_partner_account.asyncio_detailed)
    else:
        sso_login = GroupMethod.lazy(
            "sendgrid_reseller.api.account_provisioning.authenticate_partner_account", "asyncio"
        )
        sso_login_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.account_provisioning.authenticate_partner_account", "asyncio_detailed"
        )
