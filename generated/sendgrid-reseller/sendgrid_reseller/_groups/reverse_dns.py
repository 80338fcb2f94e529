# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""The `client.reverse_dns` operations: sync and async group classes, imported on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime.group import Group, GroupMethod


class ReverseDnsGroup(Group):
    """Operations under `client.reverse_dns`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.reverse_dns import list_reverse_dns as _list_reverse_dns

        list = GroupMethod(_list_reverse_dns.sync)
        list_detailed = GroupMethod(_list_reverse_dns.sync_detailed)
        list_pages = GroupMethod(_list_reverse_dns.iter_pages)
        list_items = GroupMethod(_list_reverse_dns.iter_items)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.reverse_dns.list_reverse_dns", "sync")
        list_detailed = GroupMethod.lazy("sendgrid_reseller.api.reverse_dns.list_reverse_dns", "sync_detailed")
        list_pages = GroupMethod.lazy("sendgrid_reseller.api.reverse_dns.list_reverse_dns", "iter_pages")
        list_items = GroupMethod.lazy("sendgrid_reseller.api.reverse_dns.list_reverse_dns", "iter_items")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.reverse_dns import create_reverse_dns as _create_reverse_dns

        create = GroupMethod(_create_reverse_dns.sync)
        create_detailed = GroupMethod(_create_reverse_dns.sync_detailed)
    else:
        create = GroupMethod.lazy("sendgrid_reseller.api.reverse_dns.create_reverse_dns", "sync")
        create_detailed = GroupMethod.lazy("sendgrid_reseller.api.reverse_dns.create_reverse_dns", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.reverse_dns import get_reverse_dns as _get_reverse_dns

        get = GroupMethod(_get_reverse_dns.sync)
        get_detailed = GroupMethod(_get_reverse_dns.sync_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.reverse_dns.get_reverse_dns", "sync")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.reverse_dns.get_reverse_dns", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.reverse_dns import delete_reverse_dns as _delete_reverse_dns

        delete = GroupMethod(_delete_reverse_dns.sync)
        delete_detailed = GroupMethod(_delete_reverse_dns.sync_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.reverse_dns.delete_reverse_dns", "sync")
        delete_detailed = GroupMethod.lazy("sendgrid_reseller.api.reverse_dns.delete_reverse_dns", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.reverse_dns import validate_reverse_dns as _validate_reverse_dns

        validate = GroupMethod(_validate_reverse_dns.sync)
        validate_detailed = GroupMethod(_validate_reverse_dns.sync_detailed)
    else:
        validate = GroupMethod.lazy("sendgrid_reseller.api.reverse_dns.validate_reverse_dns", "sync")
        validate_detailed = GroupMethod.lazy("sendgrid_reseller.api.reverse_dns.validate_reverse_dns", "sync_detailed")


class AsyncReverseDnsGroup(Group):
    """Operations under `client.reverse_dns`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.reverse_dns import list_reverse_dns as _list_reverse_dns

        list = GroupMethod(_list_reverse_dns.asyncio)
        list_detailed = GroupMethod(_list_reverse_dns.asyncio_detailed)
        list_pages = GroupMethod(_list_reverse_dns.aiter_pages)
        list_items = GroupMethod(_list_reverse_dns.aiter_items)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.reverse_dns.list_reverse_dns", "asyncio")
        list_detailed = GroupMethod.lazy("sendgrid_reseller.api.reverse_dns.list_reverse_dns", "asyncio_detailed")
        list_pages = GroupMethod.lazy("sendgrid_reseller.api.reverse_dns.list_reverse_dns", "aiter_pages")
        list_items = GroupMethod.lazy("sendgrid_reseller.api.reverse_dns.list_reverse_dns", "aiter_items")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.reverse_dns import create_reverse_dns as _create_reverse_dns

        create = GroupMethod(_create_reverse_dns.asyncio)
        create_detailed = GroupMethod(_create_reverse_dns.asyncio_detailed)
    else:
        create = GroupMethod.lazy("sendgrid_reseller.api.reverse_dns.create_reverse_dns", "asyncio")
        create_detailed = GroupMethod.lazy("sendgrid_reseller.api.reverse_dns.create_reverse_dns", "asyncio_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.reverse_dns import get_reverse_dns as _get_reverse_dns

        get = GroupMethod(_get_reverse_dns.asyncio)
        get_detailed = GroupMethod(_get_reverse_dns.asyncio_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.reverse_dns.get_reverse_dns", "asyncio")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.reverse_dns.get_reverse_dns", "asyncio_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.reverse_dns import delete_reverse_dns as _delete_reverse_dns

        delete = GroupMethod(_delete_reverse_dns.asyncio)
        delete_detailed = GroupMethod(_delete_reverse_dns.asyncio_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.reverse_dns.delete_reverse_dns", "asyncio")
        delete_detailed = GroupMethod.lazy("sendgrid_reseller.api.reverse_dns.delete_reverse_dns", "asyncio_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.reverse_dns import validate_reverse_dns as _validate_reverse_dns

        validate = GroupMethod(_validate_reverse_dns.asyncio)
        validate_detailed = GroupMethod(_validate_reverse_dns.asyncio_detailed)
    else:
        validate = GroupMethod.lazy("sendgrid_reseller.api.reverse_dns.validate_reverse_dns", "asyncio")
        validate_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.reverse_dns.validate_reverse_dns", "asyncio_detailed"
        )
