# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""The `client.ip_access` operations: sync and async group classes, imported on first use."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._runtime.group import Group, GroupMethod


class IpAccessActivityGroup(Group):
    """Operations under `client.ip_access.activity`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_access_management import list_access_activity as _list_access_activity

        list = GroupMethod(_list_access_activity.sync)
        list_detailed = GroupMethod(_list_access_activity.sync_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.ip_access_management.list_access_activity", "sync")
        list_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.ip_access_management.list_access_activity", "sync_detailed"
        )


class IpAccessAllowListGroup(Group):
    """Operations under `client.ip_access.allow_list`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_access_management import list_allowed_ips as _list_allowed_ips

        list = GroupMethod(_list_allowed_ips.sync)
        list_detailed = GroupMethod(_list_allowed_ips.sync_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.ip_access_management.list_allowed_ips", "sync")
        list_detailed = GroupMethod.lazy("sendgrid_reseller.api.ip_access_management.list_allowed_ips", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_access_management import add_allowed_ips as _add_allowed_ips

        add = GroupMethod(_add_allowed_ips.sync)
        add_detailed = GroupMethod(_add_allowed_ips.sync_detailed)
    else:
        add = GroupMethod.lazy("sendgrid_reseller.api.ip_access_management.add_allowed_ips", "sync")
        add_detailed = GroupMethod.lazy("sendgrid_reseller.api.ip_access_management.add_allowed_ips", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_access_management import remove_allowed_ips as _remove_allowed_ips

        remove_many = GroupMethod(_remove_allowed_ips.sync)
        remove_many_detailed = GroupMethod(_remove_allowed_ips.sync_detailed)
    else:
        remove_many = GroupMethod.lazy("sendgrid_reseller.api.ip_access_management.remove_allowed_ips", "sync")
        remove_many_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.ip_access_management.remove_allowed_ips", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_access_management import get_allowed_ip as _get_allowed_ip

        get = GroupMethod(_get_allowed_ip.sync)
        get_detailed = GroupMethod(_get_allowed_ip.sync_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.ip_access_management.get_allowed_ip", "sync")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.ip_access_management.get_allowed_ip", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_access_management import remove_allowed_ip as _remove_allowed_ip

        remove = GroupMethod(_remove_allowed_ip.sync)
        remove_detailed = GroupMethod(_remove_allowed_ip.sync_detailed)
    else:
        remove = GroupMethod.lazy("sendgrid_reseller.api.ip_access_management.remove_allowed_ip", "sync")
        remove_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.ip_access_management.remove_allowed_ip", "sync_detailed"
        )


class IpAccessGroup(Group):
    """Operations under `client.ip_access`."""

    @cached_property
    def activity(self) -> IpAccessActivityGroup:
        return IpAccessActivityGroup(self._client)

    @cached_property
    def allow_list(self) -> IpAccessAllowListGroup:
        return IpAccessAllowListGroup(self._client)


class AsyncIpAccessActivityGroup(Group):
    """Operations under `client.ip_access.activity`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_access_management import list_access_activity as _list_access_activity

        list = GroupMethod(_list_access_activity.asyncio)
        list_detailed = GroupMethod(_list_access_activity.asyncio_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.ip_access_management.list_access_activity", "asyncio")
        list_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.ip_access_management.list_access_activity", "asyncio_detailed"
        )


class AsyncIpAccessAllowListGroup(Group):
    """Operations under `client.ip_access.allow_list`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_access_management import list_allowed_ips as _list_allowed_ips

        list = GroupMethod(_list_allowed_ips.asyncio)
        list_detailed = GroupMethod(_list_allowed_ips.asyncio_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.ip_access_management.list_allowed_ips", "asyncio")
        list_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.ip_access_management.list_allowed_ips", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_access_management import add_allowed_ips as _add_allowed_ips

        add = GroupMethod(_add_allowed_ips.asyncio)
        add_detailed = GroupMethod(_add_allowed_ips.asyncio_detailed)
    else:
        add = GroupMethod.lazy("sendgrid_reseller.api.ip_access_management.add_allowed_ips", "asyncio")
        add_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.ip_access_management.add_allowed_ips", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_access_management import remove_allowed_ips as _remove_allowed_ips

        remove_many = GroupMethod(_remove_allowed_ips.asyncio)
        remove_many_detailed = GroupMethod(_remove_allowed_ips.asyncio_detailed)
    else:
        remove_many = GroupMethod.lazy("sendgrid_reseller.api.ip_access_management.remove_allowed_ips", "asyncio")
        remove_many_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.ip_access_management.remove_allowed_ips", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_access_management import get_allowed_ip as _get_allowed_ip

        get = GroupMethod(_get_allowed_ip.asyncio)
        get_detailed = GroupMethod(_get_allowed_ip.asyncio_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.ip_access_management.get_allowed_ip", "asyncio")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.ip_access_management.get_allowed_ip", "asyncio_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_access_management import remove_allowed_ip as _remove_allowed_ip

        remove = GroupMethod(_remove_allowed_ip.asyncio)
        remove_detailed = GroupMethod(_remove_allowed_ip.asyncio_detailed)
    else:
        remove = GroupMethod.lazy("sendgrid_reseller.api.ip_access_management.remove_allowed_ip", "asyncio")
        remove_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.ip_access_management.remove_allowed_ip", "asyncio_detailed"
        )


class AsyncIpAccessGroup(Group):
    """Operations under `client.ip_access`."""

    @cached_property
    def activity(self) -> AsyncIpAccessActivityGroup:
        return AsyncIpAccessActivityGroup(self._client)

    @cached_property
    def allow_list(self) -> AsyncIpAccessAllowListGroup:
        return AsyncIpAccessAllowListGroup(self._client)
