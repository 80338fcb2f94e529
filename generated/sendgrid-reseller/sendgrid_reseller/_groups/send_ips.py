# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""The `client.send_ips` operations: sync and async group classes, imported on first use."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._runtime.group import Group, GroupMethod


class SendIpsSubusersGroup(Group):
    """Operations under `client.send_ips.subusers`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_address_management import list_send_ip_subusers as _list_send_ip_subusers

        list = GroupMethod(_list_send_ip_subusers.sync)
        list_detailed = GroupMethod(_list_send_ip_subusers.sync_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.ip_address_management.list_send_ip_subusers", "sync")
        list_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.ip_address_management.list_send_ip_subusers", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_address_management import add_send_ip_subusers as _add_send_ip_subusers

        add = GroupMethod(_add_send_ip_subusers.sync)
        add_detailed = GroupMethod(_add_send_ip_subusers.sync_detailed)
    else:
        add = GroupMethod.lazy("sendgrid_reseller.api.ip_address_management.add_send_ip_subusers", "sync")
        add_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.ip_address_management.add_send_ip_subusers", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_address_management import remove_send_ip_subusers as _remove_send_ip_subusers

        remove = GroupMethod(_remove_send_ip_subusers.sync)
        remove_detailed = GroupMethod(_remove_send_ip_subusers.sync_detailed)
    else:
        remove = GroupMethod.lazy("sendgrid_reseller.api.ip_address_management.remove_send_ip_subusers", "sync")
        remove_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.ip_address_management.remove_send_ip_subusers", "sync_detailed"
        )


class SendIpsPoolsIpsGroup(Group):
    """Operations under `client.send_ips.pools.ips`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_address_management import list_send_ip_pool_ips as _list_send_ip_pool_ips

        list = GroupMethod(_list_send_ip_pool_ips.sync)
        list_detailed = GroupMethod(_list_send_ip_pool_ips.sync_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.ip_address_management.list_send_ip_pool_ips", "sync")
        list_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.ip_address_management.list_send_ip_pool_ips", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_address_management import add_send_ip_pool_ips as _add_send_ip_pool_ips

        add = GroupMethod(_add_send_ip_pool_ips.sync)
        add_detailed = GroupMethod(_add_send_ip_pool_ips.sync_detailed)
    else:
        add = GroupMethod.lazy("sendgrid_reseller.api.ip_address_management.add_send_ip_pool_ips", "sync")
        add_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.ip_address_management.add_send_ip_pool_ips", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_address_management import remove_send_ip_pool_ips as _remove_send_ip_pool_ips

        remove = GroupMethod(_remove_send_ip_pool_ips.sync)
        remove_detailed = GroupMethod(_remove_send_ip_pool_ips.sync_detailed)
    else:
        remove = GroupMethod.lazy("sendgrid_reseller.api.ip_address_management.remove_send_ip_pool_ips", "sync")
        remove_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.ip_address_management.remove_send_ip_pool_ips", "sync_detailed"
        )


class SendIpsPoolsGroup(Group):
    """Operations under `client.send_ips.pools`."""

    @cached_property
    def ips(self) -> SendIpsPoolsIpsGroup:
        return SendIpsPoolsIpsGroup(self._client)

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_address_management import list_send_ip_pools as _list_send_ip_pools

        list = GroupMethod(_list_send_ip_pools.sync)
        list_detailed = GroupMethod(_list_send_ip_pools.sync_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.ip_address_management.list_send_ip_pools", "sync")
        list_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.ip_address_management.list_send_ip_pools", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_address_management import create_send_ip_pool as _create_send_ip_pool

        create = GroupMethod(_create_send_ip_pool.sync)
        create_detailed = GroupMethod(_create_send_ip_pool.sync_detailed)
    else:
        create = GroupMethod.lazy("sendgrid_reseller.api.ip_address_management.create_send_ip_pool", "sync")
        create_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.ip_address_management.create_send_ip_pool", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_address_management import get_send_ip_pool as _get_send_ip_pool

        get = GroupMethod(_get_send_ip_pool.sync)
        get_detailed = GroupMethod(_get_send_ip_pool.sync_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.ip_address_management.get_send_ip_pool", "sync")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.ip_address_management.get_send_ip_pool", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_address_management import rename_send_ip_pool as _rename_send_ip_pool

        rename = GroupMethod(_rename_send_ip_pool.sync)
        rename_detailed = GroupMethod(_rename_send_ip_pool.sync_detailed)
    else:
        rename = GroupMethod.lazy("sendgrid_reseller.api.ip_address_management.rename_send_ip_pool", "sync")
        rename_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.ip_address_management.rename_send_ip_pool", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_address_management import delete_send_ip_pool as _delete_send_ip_pool

        delete = GroupMethod(_delete_send_ip_pool.sync)
        delete_detailed = GroupMethod(_delete_send_ip_pool.sync_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.ip_address_management.delete_send_ip_pool", "sync")
        delete_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.ip_address_management.delete_send_ip_pool", "sync_detailed"
        )


class SendIpsGroup(Group):
    """Operations under `client.send_ips`."""

    @cached_property
    def subusers(self) -> SendIpsSubusersGroup:
        return SendIpsSubusersGroup(self._client)

    @cached_property
    def pools(self) -> SendIpsPoolsGroup:
        return SendIpsPoolsGroup(self._client)

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_address_management import list_send_ips as _list_send_ips

        list = GroupMethod(_list_send_ips.sync)
        list_detailed = GroupMethod(_list_send_ips.sync_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.ip_address_management.list_send_ips", "sync")
        list_detailed = GroupMethod.lazy("sendgrid_reseller.api.ip_address_management.list_send_ips", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_address_management import add_send_ip as _add_send_ip

        add = GroupMethod(_add_send_ip.sync)
        add_detailed = GroupMethod(_add_send_ip.sync_detailed)
    else:
        add = GroupMethod.lazy("sendgrid_reseller.api.ip_address_management.add_send_ip", "sync")
        add_detailed = GroupMethod.lazy("sendgrid_reseller.api.ip_address_management.add_send_ip", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_address_management import get_send_ip as _get_send_ip

        get = GroupMethod(_get_send_ip.sync)
        get_detailed = GroupMethod(_get_send_ip.sync_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.ip_address_management.get_send_ip", "sync")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.ip_address_management.get_send_ip", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_address_management import update_send_ip as _update_send_ip

        update = GroupMethod(_update_send_ip.sync)
        update_detailed = GroupMethod(_update_send_ip.sync_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.ip_address_management.update_send_ip", "sync")
        update_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.ip_address_management.update_send_ip", "sync_detailed"
        )


class AsyncSendIpsSubusersGroup(Group):
    """Operations under `client.send_ips.subusers`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_address_management import list_send_ip_subusers as _list_send_ip_subusers

        list = GroupMethod(_list_send_ip_subusers.asyncio)
        list_detailed = GroupMethod(_list_send_ip_subusers.asyncio_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.ip_address_management.list_send_ip_subusers", "asyncio")
        list_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.ip_address_management.list_send_ip_subusers", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_address_management import add_send_ip_subusers as _add_send_ip_subusers

        add = GroupMethod(_add_send_ip_subusers.asyncio)
        add_detailed = GroupMethod(_add_send_ip_subusers.asyncio_detailed)
    else:
        add = GroupMethod.lazy("sendgrid_reseller.api.ip_address_management.add_send_ip_subusers", "asyncio")
        add_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.ip_address_management.add_send_ip_subusers", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_address_management import remove_send_ip_subusers as _remove_send_ip_subusers

        remove = GroupMethod(_remove_send_ip_subusers.asyncio)
        remove_detailed = GroupMethod(_remove_send_ip_subusers.asyncio_detailed)
    else:
        remove = GroupMethod.lazy("sendgrid_reseller.api.ip_address_management.remove_send_ip_subusers", "asyncio")
        remove_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.ip_address_management.remove_send_ip_subusers", "asyncio_detailed"
        )


class AsyncSendIpsPoolsIpsGroup(Group):
    """Operations under `client.send_ips.pools.ips`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_address_management import list_send_ip_pool_ips as _list_send_ip_pool_ips

        list = GroupMethod(_list_send_ip_pool_ips.asyncio)
        list_detailed = GroupMethod(_list_send_ip_pool_ips.asyncio_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.ip_address_management.list_send_ip_pool_ips", "asyncio")
        list_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.ip_address_management.list_send_ip_pool_ips", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_address_management import add_send_ip_pool_ips as _add_send_ip_pool_ips

        add = GroupMethod(_add_send_ip_pool_ips.asyncio)
        add_detailed = GroupMethod(_add_send_ip_pool_ips.asyncio_detailed)
    else:
        add = GroupMethod.lazy("sendgrid_reseller.api.ip_address_management.add_send_ip_pool_ips", "asyncio")
        add_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.ip_address_management.add_send_ip_pool_ips", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_address_management import remove_send_ip_pool_ips as _remove_send_ip_pool_ips

        remove = GroupMethod(_remove_send_ip_pool_ips.asyncio)
        remove_detailed = GroupMethod(_remove_send_ip_pool_ips.asyncio_detailed)
    else:
        remove = GroupMethod.lazy("sendgrid_reseller.api.ip_address_management.remove_send_ip_pool_ips", "asyncio")
        remove_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.ip_address_management.remove_send_ip_pool_ips", "asyncio_detailed"
        )


class AsyncSendIpsPoolsGroup(Group):
    """Operations under `client.send_ips.pools`."""

    @cached_property
    def ips(self) -> AsyncSendIpsPoolsIpsGroup:
        return AsyncSendIpsPoolsIpsGroup(self._client)

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_address_management import list_send_ip_pools as _list_send_ip_pools

        list = GroupMethod(_list_send_ip_pools.asyncio)
        list_detailed = GroupMethod(_list_send_ip_pools.asyncio_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.ip_address_management.list_send_ip_pools", "asyncio")
        list_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.ip_address_management.list_send_ip_pools", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_address_management import create_send_ip_pool as _create_send_ip_pool

        create = GroupMethod(_create_send_ip_pool.asyncio)
        create_detailed = GroupMethod(_create_send_ip_pool.asyncio_detailed)
    else:
        create = GroupMethod.lazy("sendgrid_reseller.api.ip_address_management.create_send_ip_pool", "asyncio")
        create_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.ip_address_management.create_send_ip_pool", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_address_management import get_send_ip_pool as _get_send_ip_pool

        get = GroupMethod(_get_send_ip_pool.asyncio)
        get_detailed = GroupMethod(_get_send_ip_pool.asyncio_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.ip_address_management.get_send_ip_pool", "asyncio")
        get_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.ip_address_management.get_send_ip_pool", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_address_management import rename_send_ip_pool as _rename_send_ip_pool

        rename = GroupMethod(_rename_send_ip_pool.asyncio)
        rename_detailed = GroupMethod(_rename_send_ip_pool.asyncio_detailed)
    else:
        rename = GroupMethod.lazy("sendgrid_reseller.api.ip_address_management.rename_send_ip_pool", "asyncio")
        rename_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.ip_address_management.rename_send_ip_pool", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_address_management import delete_send_ip_pool as _delete_send_ip_pool

        delete = GroupMethod(_delete_send_ip_pool.asyncio)
        delete_detailed = GroupMethod(_delete_send_ip_pool.asyncio_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.ip_address_management.delete_send_ip_pool", "asyncio")
        delete_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.ip_address_management.delete_send_ip_pool", "asyncio_detailed"
        )


class AsyncSendIpsGroup(Group):
    """Operations under `client.send_ips`."""

    @cached_property
    def subusers(self) -> AsyncSendIpsSubusersGroup:
        return AsyncSendIpsSubusersGroup(self._client)

    @cached_property
    def pools(self) -> AsyncSendIpsPoolsGroup:
        return AsyncSendIpsPoolsGroup(self._client)

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_address_management import list_send_ips as _list_send_ips

        list = GroupMethod(_list_send_ips.asyncio)
        list_detailed = GroupMethod(_list_send_ips.asyncio_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.ip_address_management.list_send_ips", "asyncio")
        list_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.ip_address_management.list_send_ips", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_address_management import add_send_ip as _add_send_ip

        add = GroupMethod(_add_send_ip.asyncio)
        add_detailed = GroupMethod(_add_send_ip.asyncio_detailed)
    else:
        add = GroupMethod.lazy("sendgrid_reseller.api.ip_address_management.add_send_ip", "asyncio")
        add_detailed = GroupMethod.lazy("sendgrid_reseller.api.ip_address_management.add_send_ip", "asyncio_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_address_management import get_send_ip as _get_send_ip

        get = GroupMethod(_get_send_ip.asyncio)
        get_detailed = GroupMethod(_get_send_ip.asyncio_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.ip_address_management.get_send_ip", "asyncio")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.ip_address_management.get_send_ip", "asyncio_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_address_management import update_send_ip as _update_send_ip

        update = GroupMethod(_update_send_ip.asyncio)
        update_detailed = GroupMethod(_update_send_ip.asyncio_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.ip_address_management.update_send_ip", "asyncio")
        update_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.ip_address_management.update_send_ip", "asyncio_detailed"
        )
