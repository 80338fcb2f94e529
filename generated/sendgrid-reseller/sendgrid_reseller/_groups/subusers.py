# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""The `client.subusers` operations: sync and async group classes, imported on first use."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._runtime.group import Group, GroupMethod


class SubusersWebsiteAccessGroup(Group):
    """Operations under `client.subusers.website_access`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.subusers import set_subuser_website_access as _set_subuser_website_access

        update = GroupMethod(_set_subuser_website_access.sync)
        update_detailed = GroupMethod(_set_subuser_website_access.sync_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.subusers.set_subuser_website_access", "sync")
        update_detailed = GroupMethod.lazy("sendgrid_reseller.api.subusers.set_subuser_website_access", "sync_detailed")


class SubusersCreditsGroup(Group):
    """Operations under `client.subusers.credits`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.subusers import get_subuser_credits as _get_subuser_credits

        get = GroupMethod(_get_subuser_credits.sync)
        get_detailed = GroupMethod(_get_subuser_credits.sync_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.subusers.get_subuser_credits", "sync")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.subusers.get_subuser_credits", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.subusers import update_subuser_credits as _update_subuser_credits

        update = GroupMethod(_update_subuser_credits.sync)
        update_detailed = GroupMethod(_update_subuser_credits.sync_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.subusers.update_subuser_credits", "sync")
        update_detailed = GroupMethod.lazy("sendgrid_reseller.api.subusers.update_subuser_credits", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.subusers import adjust_subuser_remaining_credits as _adjust_subuser_remaining_credits

        adjust_remaining = GroupMethod(_adjust_subuser_remaining_credits.sync)
        adjust_remaining_detailed = GroupMethod(_adjust_subuser_remaining_credits.sync_detailed)
    else:
        adjust_remaining = GroupMethod.lazy("sendgrid_reseller.api.subusers.adjust_subuser_remaining_credits", "sync")
        adjust_remaining_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.subusers.adjust_subuser_remaining_credits", "sync_detailed"
        )


class SubusersIpsGroup(Group):
    """Operations under `client.subusers.ips`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.subusers import update_subuser_ips as _update_subuser_ips

        update = GroupMethod(_update_subuser_ips.sync)
        update_detailed = GroupMethod(_update_subuser_ips.sync_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.subusers.update_subuser_ips", "sync")
        update_detailed = GroupMethod.lazy("sendgrid_reseller.api.subusers.update_subuser_ips", "sync_detailed")


class SubusersStatsGroup(Group):
    """Operations under `client.subusers.stats`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.subusers import get_subuser_monthly_stats as _get_subuser_monthly_stats

        monthly_for_subuser = GroupMethod(_get_subuser_monthly_stats.sync)
        monthly_for_subuser_detailed = GroupMethod(_get_subuser_monthly_stats.sync_detailed)
    else:
        monthly_for_subuser = GroupMethod.lazy("sendgrid_reseller.api.subusers.get_subuser_monthly_stats", "sync")
        monthly_for_subuser_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.subusers.get_subuser_monthly_stats", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.subusers import get_subusers_stats as _get_subusers_stats

        get = GroupMethod(_get_subusers_stats.sync)
        get_detailed = GroupMethod(_get_subusers_stats.sync_detailed)
        get_pages = GroupMethod(_get_subusers_stats.iter_pages)
        get_items = GroupMethod(_get_subusers_stats.iter_items)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.subusers.get_subusers_stats", "sync")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.subusers.get_subusers_stats", "sync_detailed")
        get_pages = GroupMethod.lazy("sendgrid_reseller.api.subusers.get_subusers_stats", "iter_pages")
        get_items = GroupMethod.lazy("sendgrid_reseller.api.subusers.get_subusers_stats", "iter_items")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.subusers import get_subusers_monthly_stats as _get_subusers_monthly_stats

        monthly = GroupMethod(_get_subusers_monthly_stats.sync)
        monthly_detailed = GroupMethod(_get_subusers_monthly_stats.sync_detailed)
    else:
        monthly = GroupMethod.lazy("sendgrid_reseller.api.subusers.get_subusers_monthly_stats", "sync")
        monthly_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.subusers.get_subusers_monthly_stats", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.subusers import get_subusers_stats_sums as _get_subusers_stats_sums

        sums = GroupMethod(_get_subusers_stats_sums.sync)
        sums_detailed = GroupMethod(_get_subusers_stats_sums.sync_detailed)
    else:
        sums = GroupMethod.lazy("sendgrid_reseller.api.subusers.get_subusers_stats_sums", "sync")
        sums_detailed = GroupMethod.lazy("sendgrid_reseller.api.subusers.get_subusers_stats_sums", "sync_detailed")


class SubusersReputationsGroup(Group):
    """Operations under `client.subusers.reputations`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.subusers import list_subuser_reputations as _list_subuser_reputations

        list = GroupMethod(_list_subuser_reputations.sync)
        list_detailed = GroupMethod(_list_subuser_reputations.sync_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.subusers.list_subuser_reputations", "sync")
        list_detailed = GroupMethod.lazy("sendgrid_reseller.api.subusers.list_subuser_reputations", "sync_detailed")


class SubusersGroup(Group):
    """Operations under `client.subusers`."""

    @cached_property
    def website_access(self) -> SubusersWebsiteAccessGroup:
        return SubusersWebsiteAccessGroup(self._client)

    @cached_property
    def credits(self) -> SubusersCreditsGroup:
        return SubusersCreditsGroup(self._client)

    @cached_property
    def ips(self) -> SubusersIpsGroup:
        return SubusersIpsGroup(self._client)

    @cached_property
    def stats(self) -> SubusersStatsGroup:
        return SubusersStatsGroup(self._client)

    @cached_property
    def reputations(self) -> SubusersReputationsGroup:
        return SubusersReputationsGroup(self._client)

    if TYPE_CHECKING:
        from sendgrid_reseller.api.subusers import list_subusers as _list_subusers

        list = GroupMethod(_list_subusers.sync)
        list_detailed = GroupMethod(_list_subusers.sync_detailed)
        list_pages = GroupMethod(_list_subusers.iter_pages)
        list_items = GroupMethod(_list_subusers.iter_items)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.subusers.list_subusers", "sync")
        list_detailed = GroupMethod.lazy("sendgrid_reseller.api.subusers.list_subusers", "sync_detailed")
        list_pages = GroupMethod.lazy("sendgrid_reseller.api.subusers.list_subusers", "iter_pages")
        list_items = GroupMethod.lazy("sendgrid_reseller.api.subusers.list_subusers", "iter_items")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.subusers import create_subuser as _create_subuser

        create = GroupMethod(_create_subuser.sync)
        create_detailed = GroupMethod(_create_subuser.sync_detailed)
    else:
        create = GroupMethod.lazy("sendgrid_reseller.api.subusers.create_subuser", "sync")
        create_detailed = GroupMethod.lazy("sendgrid_reseller.api.subusers.create_subuser", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.subusers import delete_subuser as _delete_subuser

        delete = GroupMethod(_delete_subuser.sync)
        delete_detailed = GroupMethod(_delete_subuser.sync_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.subusers.delete_subuser", "sync")
        delete_detailed = GroupMethod.lazy("sendgrid_reseller.api.subusers.delete_subuser", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.subusers import set_subuser_disabled as _set_subuser_disabled

        set_disabled = GroupMethod(_set_subuser_disabled.sync)
        set_disabled_detailed = GroupMethod(_set_subuser_disabled.sync_detailed)
    else:
        set_disabled = GroupMethod.lazy("sendgrid_reseller.api.subusers.set_subuser_disabled", "sync")
        set_disabled_detailed = GroupMethod.lazy("sendgrid_reseller.api.subusers.set_subuser_disabled", "sync_detailed")


class AsyncSubusersWebsiteAccessGroup(Group):
    """Operations under `client.subusers.website_access`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.subusers import set_subuser_website_access as _set_subuser_website_access

        update = GroupMethod(_set_subuser_website_access.asyncio)
        update_detailed = GroupMethod(_set_subuser_website_access.asyncio_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.subusers.set_subuser_website_access", "asyncio")
        update_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.subusers.set_subuser_website_access", "asyncio_detailed"
        )


class AsyncSubusersCreditsGroup(Group):
    """Operations under `client.subusers.credits`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.subusers import get_subuser_credits as _get_subuser_credits

        get = GroupMethod(_get_subuser_credits.asyncio)
        get_detailed = GroupMethod(_get_subuser_credits.asyncio_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.subusers.get_subuser_credits", "asyncio")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.subusers.get_subuser_credits", "asyncio_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.subusers import update_subuser_credits as _update_subuser_credits

        update = GroupMethod(_update_subuser_credits.asyncio)
        update_detailed = GroupMethod(_update_subuser_credits.asyncio_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.subusers.update_subuser_credits", "asyncio")
        update_detailed = GroupMethod.lazy("sendgrid_reseller.api.subusers.update_subuser_credits", "asyncio_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.subusers import adjust_subuser_remaining_credits as _adjust_subuser_remaining_credits

        adjust_remaining = GroupMethod(_adjust_subuser_remaining_credits.asyncio)
        adjust_remaining_detailed = GroupMethod(_adjust_subuser_remaining_credits.asyncio_detailed)
    else:
        adjust_remaining = GroupMethod.lazy(
            "sendgrid_reseller.api.subusers.adjust_subuser_remaining_credits", "asyncio"
        )
        adjust_remaining_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.subusers.adjust_subuser_remaining_credits", "asyncio_detailed"
        )


class AsyncSubusersIpsGroup(Group):
    """Operations under `client.subusers.ips`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.subusers import update_subuser_ips as _update_subuser_ips

        update = GroupMethod(_update_subuser_ips.asyncio)
        update_detailed = GroupMethod(_update_subuser_ips.asyncio_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.subusers.update_subuser_ips", "asyncio")
        update_detailed = GroupMethod.lazy("sendgrid_reseller.api.subusers.update_subuser_ips", "asyncio_detailed")


class AsyncSubusersStatsGroup(Group):
    """Operations under `client.subusers.stats`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.subusers import get_subuser_monthly_stats as _get_subuser_monthly_stats

        monthly_for_subuser = GroupMethod(_get_subuser_monthly_stats.asyncio)
        monthly_for_subuser_detailed = GroupMethod(_get_subuser_monthly_stats.asyncio_detailed)
    else:
        monthly_for_subuser = GroupMethod.lazy("sendgrid_reseller.api.subusers.get_subuser_monthly_stats", "asyncio")
        monthly_for_subuser_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.subusers.get_subuser_monthly_stats", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.subusers import get_subusers_stats as _get_subusers_stats

        get = GroupMethod(_get_subusers_stats.asyncio)
        get_detailed = GroupMethod(_get_subusers_stats.asyncio_detailed)
        get_pages = GroupMethod(_get_subusers_stats.aiter_pages)
        get_items = GroupMethod(_get_subusers_stats.aiter_items)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.subusers.get_subusers_stats", "asyncio")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.subusers.get_subusers_stats", "asyncio_detailed")
        get_pages = GroupMethod.lazy("sendgrid_reseller.api.subusers.get_subusers_stats", "aiter_pages")
        get_items = GroupMethod.lazy("sendgrid_reseller.api.subusers.get_subusers_stats", "aiter_items")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.subusers import get_subusers_monthly_stats as _get_subusers_monthly_stats

        monthly = GroupMethod(_get_subusers_monthly_stats.asyncio)
        monthly_detailed = GroupMethod(_get_subusers_monthly_stats.asyncio_detailed)
    else:
        monthly = GroupMethod.lazy("sendgrid_reseller.api.subusers.get_subusers_monthly_stats", "asyncio")
        monthly_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.subusers.get_subusers_monthly_stats", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.subusers import get_subusers_stats_sums as _get_subusers_stats_sums

        sums = GroupMethod(_get_subusers_stats_sums.asyncio)
        sums_detailed = GroupMethod(_get_subusers_stats_sums.asyncio_detailed)
    else:
        sums = GroupMethod.lazy("sendgrid_reseller.api.subusers.get_subusers_stats_sums", "asyncio")
        sums_detailed = GroupMethod.lazy("sendgrid_reseller.api.subusers.get_subusers_stats_sums", "asyncio_detailed")


class AsyncSubusersReputationsGroup(Group):
    """Operations under `client.subusers.reputations`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.subusers import list_subuser_reputations as _list_subuser_reputations

        list = GroupMethod(_list_subuser_reputations.asyncio)
        list_detailed = GroupMethod(_list_subuser_reputations.asyncio_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.subusers.list_subuser_reputations", "asyncio")
        list_detailed = GroupMethod.lazy("sendgrid_reseller.api.subusers.list_subuser_reputations", "asyncio_detailed")


class AsyncSubusersGroup(Group):
    """Operations under `client.subusers`."""

    @cached_property
    def website_access(self) -> AsyncSubusersWebsiteAccessGroup:
        return AsyncSubusersWebsiteAccessGroup(self._client)

    @cached_property
    def credits(self) -> AsyncSubusersCreditsGroup:
        return AsyncSubusersCreditsGroup(self._client)

    @cached_property
    def ips(self) -> AsyncSubusersIpsGroup:
        return AsyncSubusersIpsGroup(self._client)

    @cached_property
    def stats(self) -> AsyncSubusersStatsGroup:
        return AsyncSubusersStatsGroup(self._client)

    @cached_property
    def reputations(self) -> AsyncSubusersReputationsGroup:
        return AsyncSubusersReputationsGroup(self._client)

    if TYPE_CHECKING:
        from sendgrid_reseller.api.subusers import list_subusers as _list_subusers

        list = GroupMethod(_list_subusers.asyncio)
        list_detailed = GroupMethod(_list_subusers.asyncio_detailed)
        list_pages = GroupMethod(_list_subusers.aiter_pages)
        list_items = GroupMethod(_list_subusers.aiter_items)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.subusers.list_subusers", "asyncio")
        list_detailed = GroupMethod.lazy("sendgrid_reseller.api.subusers.list_subusers", "asyncio_detailed")
        list_pages = GroupMethod.lazy("sendgrid_reseller.api.subusers.list_subusers", "aiter_pages")
        list_items = GroupMethod.lazy("sendgrid_reseller.api.subusers.list_subusers", "aiter_items")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.subusers import create_subuser as _create_subuser

        create = GroupMethod(_create_subuser.asyncio)
        create_detailed = GroupMethod(_create_subuser.asyncio_detailed)
    else:
        create = GroupMethod.lazy("sendgrid_reseller.api.subusers.create_subuser", "asyncio")
        create_detailed = GroupMethod.lazy("sendgrid_reseller.api.subusers.create_subuser", "asyncio_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.subusers import delete_subuser as _delete_subuser

        delete = GroupMethod(_delete_subuser.asyncio)
        delete_detailed = GroupMethod(_delete_subuser.asyncio_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.subusers.delete_subuser", "asyncio")
        delete_detailed = GroupMethod.lazy("sendgrid_reseller.api.subusers.delete_subuser", "asyncio_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.subusers import set_subuser_disabled as _set_subuser_disabled

        set_disabled = GroupMethod(_set_subuser_disabled.asyncio)
        set_disabled_detailed = GroupMethod(_set_subuser_disabled.asyncio_detailed)
    else:
        set_disabled = GroupMethod.lazy("sendgrid_reseller.api.subusers.set_subuser_disabled", "asyncio")
        set_disabled_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.subusers.set_subuser_disabled", "asyncio_detailed"
        )
