# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""The `client.categories` operations: sync and async group classes, imported on first use."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._runtime.group import Group, GroupMethod


class CategoriesStatsGroup(Group):
    """Operations under `client.categories.stats`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.stats import get_category_stats as _get_category_stats

        get = GroupMethod(_get_category_stats.sync)
        get_detailed = GroupMethod(_get_category_stats.sync_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.stats.get_category_stats", "sync")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.stats.get_category_stats", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.stats import get_category_stats_sums as _get_category_stats_sums

        sums = GroupMethod(_get_category_stats_sums.sync)
        sums_detailed = GroupMethod(_get_category_stats_sums.sync_detailed)
    else:
        sums = GroupMethod.lazy("sendgrid_reseller.api.stats.get_category_stats_sums", "sync")
        sums_detailed = GroupMethod.lazy("sendgrid_reseller.api.stats.get_category_stats_sums", "sync_detailed")


class CategoriesGroup(Group):
    """Operations under `client.categories`."""

    @cached_property
    def stats(self) -> CategoriesStatsGroup:
        return CategoriesStatsGroup(self._client)

    if TYPE_CHECKING:
        from sendgrid_reseller.api.stats import list_categories as _list_categories

        list = GroupMethod(_list_categories.sync)
        list_detailed = GroupMethod(_list_categories.sync_detailed)
        list_pages = GroupMethod(_list_categories.iter_pages)
        list_items = GroupMethod(_list_categories.iter_items)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.stats.list_categories", "sync")
        list_detailed = GroupMethod.lazy("sendgrid_reseller.api.stats.list_categories", "sync_detailed")
        list_pages = GroupMethod.lazy("sendgrid_reseller.api.stats.list_categories", "iter_pages")
        list_items = GroupMethod.lazy("sendgrid_reseller.api.stats.list_categories", "iter_items")


class AsyncCategoriesStatsGroup(Group):
    """Operations under `client.categories.stats`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.stats import get_category_stats as _get_category_stats

        get = GroupMethod(_get_category_stats.asyncio)
        get_detailed = GroupMethod(_get_category_stats.asyncio_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.stats.get_category_stats", "asyncio")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.stats.get_category_stats", "asyncio_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.stats import get_category_stats_sums as _get_category_stats_sums

        sums = GroupMethod(_get_category_stats_sums.asyncio)
        sums_detailed = GroupMethod(_get_category_stats_sums.asyncio_detailed)
    else:
        sums = GroupMethod.lazy("sendgrid_reseller.api.stats.get_category_stats_sums", "asyncio")
        sums_detailed = GroupMethod.lazy("sendgrid_reseller.api.stats.get_category_stats_sums", "asyncio_detailed")


class AsyncCategoriesGroup(Group):
    """Operations under `client.categories`."""

    @cached_property
    def stats(self) -> AsyncCategoriesStatsGroup:
        return AsyncCategoriesStatsGroup(self._client)

    if TYPE_CHECKING:
        from sendgrid_reseller.api.stats import list_categories as _list_categories

        list = GroupMethod(_list_categories.asyncio)
        list_detailed = GroupMethod(_list_categories.asyncio_detailed)
        list_pages = GroupMethod(_list_categories.aiter_pages)
        list_items = GroupMethod(_list_categories.aiter_items)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.stats.list_categories", "asyncio")
        list_detailed = GroupMethod.lazy("sendgrid_reseller.api.stats.list_categories", "asyncio_detailed")
        list_pages = GroupMethod.lazy("sendgrid_reseller.api.stats.list_categories", "aiter_pages")
        list_items = GroupMethod.lazy("sendgrid_reseller.api.stats.list_categories", "aiter_items")
