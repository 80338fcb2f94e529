# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""The `client.ips` operations: sync and async group classes, imported on first use."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._runtime.group import Group, GroupMethod


class IpsPoolsGroup(Group):
    """Operations under `client.ips.pools`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_addresses import list_ip_pools as _list_ip_pools

        list = GroupMethod(_list_ip_pools.sync)
        list_detailed = GroupMethod(_list_ip_pools.sync_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.list_ip_pools", "sync")
        list_detailed = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.list_ip_pools", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_addresses import create_ip_pool as _create_ip_pool

        create = GroupMethod(_create_ip_pool.sync)
        create_detailed = GroupMethod(_create_ip_pool.sync_detailed)
    else:
        create = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.create_ip_pool", "sync")
        create_detailed = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.create_ip_pool", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_addresses import get_ip_pool as _get_ip_pool

        get = GroupMethod(_get_ip_pool.sync)
        get_detailed = GroupMethod(_get_ip_pool.sync_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.get_ip_pool", "sync")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.get_ip_pool", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_addresses import rename_ip_pool as _rename_ip_pool

        rename = GroupMethod(_rename_ip_pool.sync)
        rename_detailed = GroupMethod(_rename_ip_pool.sync_detailed)
    else:
        rename = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.rename_ip_pool", "sync")
        rename_detailed = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.rename_ip_pool", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_addresses import delete_ip_pool as _delete_ip_pool

        delete = GroupMethod(_delete_ip_pool.sync)
        delete_detailed = GroupMethod(_delete_ip_pool.sync_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.delete_ip_pool", "sync")
        delete_detailed = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.delete_ip_pool", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_addresses import add_ip_to_pool as _add_ip_to_pool

        add_ip = GroupMethod(_add_ip_to_pool.sync)
        add_ip_detailed = GroupMethod(_add_ip_to_pool.sync_detailed)
    else:
        add_ip = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.add_ip_to_pool", "sync")
        add_ip_detailed = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.add_ip_to_pool", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_addresses import remove_ip_from_pool as _remove_ip_from_pool

        remove_ip = GroupMethod(_remove_ip_from_pool.sync)
        remove_ip_detailed = GroupMethod(_remove_ip_from_pool.sync_detailed)
    else:
        remove_ip = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.remove_ip_from_pool", "sync")
        remove_ip_detailed = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.remove_ip_from_pool", "sync_detailed")


class IpsWarmupGroup(Group):
    """Operations under `client.ips.warmup`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_warmup import list_warmup_ips as _list_warmup_ips

        list = GroupMethod(_list_warmup_ips.sync)
        list_detailed = GroupMethod(_list_warmup_ips.sync_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.ip_warmup.list_warmup_ips", "sync")
        list_detailed = GroupMethod.lazy("sendgrid_reseller.api.ip_warmup.list_warmup_ips", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_warmup import start_ip_warmup as _start_ip_warmup

        start = GroupMethod(_start_ip_warmup.sync)
        start_detailed = GroupMethod(_start_ip_warmup.sync_detailed)
    else:
        start = GroupMethod.lazy("sendgrid_reseller.api.ip_warmup.start_ip_warmup", "sync")
        start_detailed = GroupMethod.lazy("sendgrid_reseller.api.ip_warmup.start_ip_warmup", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_warmup import get_ip_warmup_status as _get_ip_warmup_status

        get = GroupMethod(_get_ip_warmup_status.sync)
        get_detailed = GroupMethod(_get_ip_warmup_status.sync_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.ip_warmup.get_ip_warmup_status", "sync")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.ip_warmup.get_ip_warmup_status", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_warmup import stop_ip_warmup as _stop_ip_warmup

        stop = GroupMethod(_stop_ip_warmup.sync)
        stop_detailed = GroupMethod(_stop_ip_warmup.sync_detailed)
    else:
        stop = GroupMethod.lazy("sendgrid_reseller.api.ip_warmup.stop_ip_warmup", "sync")
        stop_detailed = GroupMethod.lazy("sendgrid_reseller.api.ip_warmup.stop_ip_warmup", "sync_detailed")


class IpsGroup(Group):
    """Operations under `client.ips`."""

    @cached_property
    def pools(self) -> IpsPoolsGroup:
        return IpsPoolsGroup(self._client)

    @cached_property
    def warmup(self) -> IpsWarmupGroup:
        return IpsWarmupGroup(self._client)

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_addresses import list_ips as _list_ips

        list = GroupMethod(_list_ips.sync)
        list_detailed = GroupMethod(_list_ips.sync_detailed)
        list_pages = GroupMethod(_list_ips.iter_pages)
        list_items = GroupMethod(_list_ips.iter_items)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.list_ips", "sync")
        list_detailed = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.list_ips", "sync_detailed")
        list_pages = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.list_ips", "iter_pages")
        list_items = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.list_ips", "iter_items")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_addresses import add_ips as _add_ips

        add = GroupMethod(_add_ips.sync)
        add_detailed = GroupMethod(_add_ips.sync_detailed)
    else:
        add = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.add_ips", "sync")
        add_detailed = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.add_ips", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_addresses import get_ip as _get_ip

        get = GroupMethod(_get_ip.sync)
        get_detailed = GroupMethod(_get_ip.sync_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.get_ip", "sync")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.get_ip", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_addresses import list_assigned_ips as _list_assigned_ips

        list_assigned = GroupMethod(_list_assigned_ips.sync)
        list_assigned_detailed = GroupMethod(_list_assigned_ips.sync_detailed)
    else:
        list_assigned = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.list_assigned_ips", "sync")
        list_assigned_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.ip_addresses.list_assigned_ips", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_addresses import get_remaining_ip_count as _get_remaining_ip_count

        remaining = GroupMethod(_get_remaining_ip_count.sync)
        remaining_detailed = GroupMethod(_get_remaining_ip_count.sync_detailed)
    else:
        remaining = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.get_remaining_ip_count", "sync")
        remaining_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.ip_addresses.get_remaining_ip_count", "sync_detailed"
        )


class AsyncIpsPoolsGroup(Group):
    """Operations under `client.ips.pools`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_addresses import list_ip_pools as _list_ip_pools

        list = GroupMethod(_list_ip_pools.asyncio)
        list_detailed = GroupMethod(_list_ip_pools.asyncio_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.list_ip_pools", "asyncio")
        list_detailed = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.list_ip_pools", "asyncio_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_addresses import create_ip_pool as _create_ip_pool

        create = GroupMethod(_create_ip_pool.asyncio)
        create_detailed = GroupMethod(_create_ip_pool.asyncio_detailed)
    else:
        create = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.create_ip_pool", "asyncio")
        create_detailed = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.create_ip_pool", "asyncio_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_addresses import get_ip_pool as _get_ip_pool

        get = GroupMethod(_get_ip_pool.asyncio)
        get_detailed = GroupMethod(_get_ip_pool.asyncio_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.get_ip_pool", "asyncio")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.get_ip_pool", "asyncio_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_addresses import rename_ip_pool as _rename_ip_pool

        rename = GroupMethod(_rename_ip_pool.asyncio)
        rename_detailed = GroupMethod(_rename_ip_pool.asyncio_detailed)
    else:
        rename = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.rename_ip_pool", "asyncio")
        rename_detailed = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.rename_ip_pool", "asyncio_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_addresses import delete_ip_pool as _delete_ip_pool

        delete = GroupMethod(_delete_ip_pool.asyncio)
        delete_detailed = GroupMethod(_delete_ip_pool.asyncio_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.delete_ip_pool", "asyncio")
        delete_detailed = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.delete_ip_pool", "asyncio_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_addresses import add_ip_to_pool as _add_ip_to_pool

        add_ip = GroupMethod(_add_ip_to_pool.asyncio)
        add_ip_detailed = GroupMethod(_add_ip_to_pool.asyncio_detailed)
    else:
        add_ip = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.add_ip_to_pool", "asyncio")
        add_ip_detailed = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.add_ip_to_pool", "asyncio_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_addresses import remove_ip_from_pool as _remove_ip_from_pool

        remove_ip = GroupMethod(_remove_ip_from_pool.asyncio)
        remove_ip_detailed = GroupMethod(_remove_ip_from_pool.asyncio_detailed)
    else:
        remove_ip = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.remove_ip_from_pool", "asyncio")
        remove_ip_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.ip_addresses.remove_ip_from_pool", "asyncio_detailed"
        )


class AsyncIpsWarmupGroup(Group):
    """Operations under `client.ips.warmup`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_warmup import list_warmup_ips as _list_warmup_ips

        list = GroupMethod(_list_warmup_ips.asyncio)
        list_detailed = GroupMethod(_list_warmup_ips.asyncio_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.ip_warmup.list_warmup_ips", "asyncio")
        list_detailed = GroupMethod.lazy("sendgrid_reseller.api.ip_warmup.list_warmup_ips", "asyncio_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_warmup import start_ip_warmup as _start_ip_warmup

        start = GroupMethod(_start_ip_warmup.asyncio)
        start_detailed = GroupMethod(_start_ip_warmup.asyncio_detailed)
    else:
        start = GroupMethod.lazy("sendgrid_reseller.api.ip_warmup.start_ip_warmup", "asyncio")
        start_detailed = GroupMethod.lazy("sendgrid_reseller.api.ip_warmup.start_ip_warmup", "asyncio_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_warmup import get_ip_warmup_status as _get_ip_warmup_status

        get = GroupMethod(_get_ip_warmup_status.asyncio)
        get_detailed = GroupMethod(_get_ip_warmup_status.asyncio_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.ip_warmup.get_ip_warmup_status", "asyncio")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.ip_warmup.get_ip_warmup_status", "asyncio_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_warmup import stop_ip_warmup as _stop_ip_warmup

        stop = GroupMethod(_stop_ip_warmup.asyncio)
        stop_detailed = GroupMethod(_stop_ip_warmup.asyncio_detailed)
    else:
        stop = GroupMethod.lazy("sendgrid_reseller.api.ip_warmup.stop_ip_warmup", "asyncio")
        stop_detailed = GroupMethod.lazy("sendgrid_reseller.api.ip_warmup.stop_ip_warmup", "asyncio_detailed")


class AsyncIpsGroup(Group):
    """Operations under `client.ips`."""

    @cached_property
    def pools(self) -> AsyncIpsPoolsGroup:
        return AsyncIpsPoolsGroup(self._client)

    @cached_property
    def warmup(self) -> AsyncIpsWarmupGroup:
        return AsyncIpsWarmupGroup(self._client)

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_addresses import list_ips as _list_ips

        list = GroupMethod(_list_ips.asyncio)
        list_detailed = GroupMethod(_list_ips.asyncio_detailed)
        list_pages = GroupMethod(_list_ips.aiter_pages)
        list_items = GroupMethod(_list_ips.aiter_items)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.list_ips", "asyncio")
        list_detailed = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.list_ips", "asyncio_detailed")
        list_pages = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.list_ips", "aiter_pages")
        list_items = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.list_ips", "aiter_items")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_addresses import add_ips as _add_ips

        add = GroupMethod(_add_ips.asyncio)
        add_detailed = GroupMethod(_add_ips.asyncio_detailed)
    else:
        add = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.add_ips", "asyncio")
        add_detailed = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.add_ips", "asyncio_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_addresses import get_ip as _get_ip

        get = GroupMethod(_get_ip.asyncio)
        get_detailed = GroupMethod(_get_ip.asyncio_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.get_ip", "asyncio")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.get_ip", "asyncio_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_addresses import list_assigned_ips as _list_assigned_ips

        list_assigned = GroupMethod(_list_assigned_ips.asyncio)
        list_assigned_detailed = GroupMethod(_list_assigned_ips.asyncio_detailed)
    else:
        list_assigned = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.list_assigned_ips", "asyncio")
        list_assigned_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.ip_addresses.list_assigned_ips", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_addresses import get_remaining_ip_count as _get_remaining_ip_count

        remaining = GroupMethod(_get_remaining_ip_count.asyncio)
        remaining_detailed = GroupMethod(_get_remaining_ip_count.asyncio_detailed)
    else:
        remaining = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.get_remaining_ip_count", "asyncio")
        remaining_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.ip_addresses.get_remaining_ip_count", "asyncio_detailed"
        )
