# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""The `client.stats` operations: sync and async group classes, imported on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime.group import Group, GroupMethod


class StatsGroup(Group):
    """Operations under `client.stats`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.stats import get_global_stats as _get_global_stats

        get = GroupMethod(_get_global_stats.sync)
        get_detailed = GroupMethod(_get_global_stats.sync_detailed)
        get_pages = GroupMethod(_get_global_stats.iter_pages)
        get_items = GroupMethod(_get_global_stats.iter_items)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.stats.get_global_stats", "sync")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.stats.get_global_stats", "sync_detailed")
        get_pages = GroupMethod.lazy("sendgrid_reseller.api.stats.get_global_stats", "iter_pages")
        get_items = GroupMethod.lazy("sendgrid_reseller.api.stats.get_global_stats", "iter_items")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.stats import get_browser_stats as _get_browser_stats

        browsers = GroupMethod(_get_browser_stats.sync)
        browsers_detailed = GroupMethod(_get_browser_stats.sync_detailed)
        browsers_pages = GroupMethod(_get_browser_stats.iter_pages)
        browsers_items = GroupMethod(_get_browser_stats.iter_items)
    else:
        browsers = GroupMethod.lazy("sendgrid_reseller.api.stats.get_browser_stats", "sync")
        browsers_detailed = GroupMethod.lazy("sendgrid_reseller.api.stats.get_browser_stats", "sync_detailed")
        browsers_pages = GroupMethod.lazy("sendgrid_reseller.api.stats.get_browser_stats", "iter_pages")
        browsers_items = GroupMethod.lazy("sendgrid_reseller.api.stats.get_browser_stats", "iter_items")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.stats import get_client_stats as _get_client_stats

        clients = GroupMethod(_get_client_stats.sync)
        clients_detailed = GroupMethod(_get_client_stats.sync_detailed)
    else:
        clients = GroupMethod.lazy("sendgrid_reseller.api.stats.get_client_stats", "sync")
        clients_detailed = GroupMethod.lazy("sendgrid_reseller.api.stats.get_client_stats", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.stats import get_client_type_stats as _get_client_type_stats

        client_type = GroupMethod(_get_client_type_stats.sync)
        client_type_detailed = GroupMethod(_get_client_type_stats.sync_detailed)
    else:
        client_type = GroupMethod.lazy("sendgrid_reseller.api.stats.get_client_type_stats", "sync")
        client_type_detailed = GroupMethod.lazy("sendgrid_reseller.api.stats.get_client_type_stats", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.stats import get_device_stats as _get_device_stats

        devices = GroupMethod(_get_device_stats.sync)
        devices_detailed = GroupMethod(_get_device_stats.sync_detailed)
        devices_pages = GroupMethod(_get_device_stats.iter_pages)
        devices_items = GroupMethod(_get_device_stats.iter_items)
    else:
        devices = GroupMethod.lazy("sendgrid_reseller.api.stats.get_device_stats", "sync")
        devices_detailed = GroupMethod.lazy("sendgrid_reseller.api.stats.get_device_stats", "sync_detailed")
        devices_pages = GroupMethod.lazy("sendgrid_reseller.api.stats.get_device_stats", "iter_pages")
        devices_items = GroupMethod.lazy("sendgrid_reseller.api.stats.get_device_stats", "iter_items")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.stats import get_geo_stats as _get_geo_stats

        geo = GroupMethod(_get_geo_stats.sync)
        geo_detailed = GroupMethod(_get_geo_stats.sync_detailed)
        geo_pages = GroupMethod(_get_geo_stats.iter_pages)
        geo_items = GroupMethod(_get_geo_stats.iter_items)
    else:
        geo = GroupMethod.lazy("sendgrid_reseller.api.stats.get_geo_stats", "sync")
        geo_detailed = GroupMethod.lazy("sendgrid_reseller.api.stats.get_geo_stats", "sync_detailed")
        geo_pages = GroupMethod.lazy("sendgrid_reseller.api.stats.get_geo_stats", "iter_pages")
        geo_items = GroupMethod.lazy("sendgrid_reseller.api.stats.get_geo_stats", "iter_items")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.stats import get_mailbox_provider_stats as _get_mailbox_provider_stats

        mailbox_providers = GroupMethod(_get_mailbox_provider_stats.sync)
        mailbox_providers_detailed = GroupMethod(_get_mailbox_provider_stats.sync_detailed)
        mailbox_providers_pages = GroupMethod(_get_mailbox_provider_stats.iter_pages)
        mailbox_providers_items = GroupMethod(_get_mailbox_provider_stats.iter_items)
    else:
        mailbox_providers = GroupMethod.lazy("sendgrid_reseller.api.stats.get_mailbox_provider_stats", "sync")
        mailbox_providers_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.stats.get_mailbox_provider_stats", "sync_detailed"
        )
        mailbox_providers_pages = GroupMethod.lazy(
            "sendgrid_reseller.api.stats.get_mailbox_provider_stats", "iter_pages"
        )
        mailbox_providers_items = GroupMethod.lazy(
            "sendgrid_reseller.api.stats.get_mailbox_provider_stats", "iter_items"
        )


class AsyncStatsGroup(Group):
    """Operations under `client.stats`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.stats import get_global_stats as _get_global_stats

        get = GroupMethod(_get_global_stats.asyncio)
        get_detailed = GroupMethod(_get_global_stats.asyncio_detailed)
        get_pages = GroupMethod(_get_global_stats.aiter_pages)
        get_items = GroupMethod(_get_global_stats.aiter_items)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.stats.get_global_stats", "asyncio")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.stats.get_global_stats", "asyncio_detailed")
        get_pages = GroupMethod.lazy("sendgrid_reseller.api.stats.get_global_stats", "aiter_pages")
        get_items = GroupMethod.lazy("sendgrid_reseller.api.stats.get_global_stats", "aiter_items")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.stats import get_browser_stats as _get_browser_stats

        browsers = GroupMethod(_get_browser_stats.asyncio)
        browsers_detailed = GroupMethod(_get_browser_stats.asyncio_detailed)
        browsers_pages = GroupMethod(_get_browser_stats.aiter_pages)
        browsers_items = GroupMethod(_get_browser_stats.aiter_items)
    else:
        browsers = GroupMethod.lazy("sendgrid_reseller.api.stats.get_browser_stats", "asyncio")
        browsers_detailed = GroupMethod.lazy("sendgrid_reseller.api.stats.get_browser_stats", "asyncio_detailed")
        browsers_pages = GroupMethod.lazy("sendgrid_reseller.api.stats.get_browser_stats", "aiter_pages")
        browsers_items = GroupMethod.lazy("sendgrid_reseller.api.stats.get_browser_stats", "aiter_items")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.stats import get_client_stats as _get_client_stats

        clients = GroupMethod(_get_client_stats.asyncio)
        clients_detailed = GroupMethod(_get_client_stats.asyncio_detailed)
    else:
        clients = GroupMethod.lazy("sendgrid_reseller.api.stats.get_client_stats", "asyncio")
        clients_detailed = GroupMethod.lazy("sendgrid_reseller.api.stats.get_client_stats", "asyncio_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.stats import get_client_type_stats as _get_client_type_stats

        client_type = GroupMethod(_get_client_type_stats.asyncio)
        client_type_detailed = GroupMethod(_get_client_type_stats.asyncio_detailed)
    else:
        client_type = GroupMethod.lazy("sendgrid_reseller.api.stats.get_client_type_stats", "asyncio")
        client_type_detailed = GroupMethod.lazy("sendgrid_reseller.api.stats.get_client_type_stats", "asyncio_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.stats import get_device_stats as _get_device_stats

        devices = GroupMethod(_get_device_stats.asyncio)
        devices_detailed = GroupMethod(_get_device_stats.asyncio_detailed)
        devices_pages = GroupMethod(_get_device_stats.aiter_pages)
        devices_items = GroupMethod(_get_device_stats.aiter_items)
    else:
        devices = GroupMethod.lazy("sendgrid_reseller.api.stats.get_device_stats", "asyncio")
        devices_detailed = GroupMethod.lazy("sendgrid_reseller.api.stats.get_device_stats", "asyncio_detailed")
        devices_pages = GroupMethod.lazy("sendgrid_reseller.api.stats.get_device_stats", "aiter_pages")
        devices_items = GroupMethod.lazy("sendgrid_reseller.api.stats.get_device_stats", "aiter_items")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.stats import get_geo_stats as _get_geo_stats

        geo = GroupMethod(_get_geo_stats.asyncio)
        geo_detailed = GroupMethod(_get_geo_stats.asyncio_detailed)
        geo_pages = GroupMethod(_get_geo_stats.aiter_pages)
        geo_items = GroupMethod(_get_geo_stats.aiter_items)
    else:
        geo = GroupMethod.lazy("sendgrid_reseller.api.stats.get_geo_stats", "asyncio")
        geo_detailed = GroupMethod.lazy("sendgrid_reseller.api.stats.get_geo_stats", "asyncio_detailed")
        geo_pages = GroupMethod.lazy("sendgrid_reseller.api.stats.get_geo_stats", "aiter_pages")
        geo_items = GroupMethod.lazy("sendgrid_reseller.api.stats.get_geo_stats", "aiter_items")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.stats import get_mailbox_provider_stats as _get_mailbox_provider_stats

        mailbox_providers = GroupMethod(_get_mailbox_provider_stats.asyncio)
        mailbox_providers_detailed = GroupMethod(_get_mailbox_provider_stats.asyncio_detailed)
        mailbox_providers_pages = GroupMethod(_get_mailbox_provider_stats.aiter_pages)
        mailbox_providers_items = GroupMethod(_get_mailbox_provider_stats.aiter_items)
    else:
        mailbox_providers = GroupMethod.lazy("sendgrid_reseller.api.stats.get_mailbox_provider_stats", "asyncio")
        mailbox_providers_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.stats.get_mailbox_provider_stats", "asyncio_detailed"
        )
        mailbox_providers_pages = GroupMethod.lazy(
            "sendgrid_reseller.api.stats.get_mailbox_provider_stats", "aiter_pages"
        )
        mailbox_providers_items = GroupMethod.lazy(
            "sendgrid_reseller.api.stats.get_mailbox_provider_stats", "aiter_items"
        )
