# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""The `client.api_keys` operations: sync and async group classes, imported on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime.group import Group, GroupMethod


class ApiKeysGroup(Group):
    """Operations under `client.api_keys`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.api_keys import list_api_keys as _list_api_keys

        list = GroupMethod(_list_api_keys.sync)
        list_detailed = GroupMethod(_list_api_keys.sync_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.api_keys.list_api_keys", "sync")
        list_detailed = GroupMethod.lazy("sendgrid_reseller.api.api_keys.list_api_keys", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.api_keys import create_api_key as _create_api_key

        create = GroupMethod(_create_api_key.sync)
        create_detailed = GroupMethod(_create_api_key.sync_detailed)
    else:
        create = GroupMethod.lazy("sendgrid_reseller.api.api_keys.create_api_key", "sync")
        create_detailed = GroupMethod.lazy("sendgrid_reseller.api.api_keys.create_api_key", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.api_keys import get_api_key as _get_api_key

        get = GroupMethod(_get_api_key.sync)
        get_detailed = GroupMethod(_get_api_key.sync_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.api_keys.get_api_key", "sync")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.api_keys.get_api_key", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.api_keys import update_api_key as _update_api_key

        update = GroupMethod(_update_api_key.sync)
        update_detailed = GroupMethod(_update_api_key.sync_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.api_keys.update_api_key", "sync")
        update_detailed = GroupMethod.lazy("sendgrid_reseller.api.api_keys.update_api_key", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.api_keys import delete_api_key as _delete_api_key

        delete = GroupMethod(_delete_api_key.sync)
        delete_detailed = GroupMethod(_delete_api_key.sync_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.api_keys.delete_api_key", "sync")
        delete_detailed = GroupMethod.lazy("sendgrid_reseller.api.api_keys.delete_api_key", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.api_keys import rename_api_key as _rename_api_key

        rename = GroupMethod(_rename_api_key.sync)
        rename_detailed = GroupMethod(_rename_api_key.sync_detailed)
    else:
        rename = GroupMethod.lazy("sendgrid_reseller.api.api_keys.rename_api_key", "sync")
        rename_detailed = GroupMethod.lazy("sendgrid_reseller.api.api_keys.rename_api_key", "sync_detailed")


class AsyncApiKeysGroup(Group):
    """Operations under `client.api_keys`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.api_keys import list_api_keys as _list_api_keys

        list = GroupMethod(_list_api_keys.asyncio)
        list_detailed = GroupMethod(_list_api_keys.asyncio_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.api_keys.list_api_keys", "asyncio")
        list_detailed = GroupMethod.lazy("sendgrid_reseller.api.api_keys.list_api_keys", "asyncio_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.api_keys import create_api_key as _create_api_key

        create = GroupMethod(_create_api_key.asyncio)
        create_detailed = GroupMethod(_create_api_key.asyncio_detailed)
    else:
        create = GroupMethod.lazy("sendgrid_reseller.api.api_keys.create_api_key", "asyncio")
        create_detailed = GroupMethod.lazy("sendgrid_reseller.api.api_keys.create_api_key", "asyncio_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.api_keys import get_api_key as _get_api_key

        get = GroupMethod(_get_api_key.asyncio)
        get_detailed = GroupMethod(_get_api_key.asyncio_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.api_keys.get_api_key", "asyncio")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.api_keys.get_api_key", "asyncio_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.api_keys import update_api_key as _update_api_key

        update = GroupMethod(_update_api_key.asyncio)
        update_detailed = GroupMethod(_update_api_key.asyncio_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.api_keys.update_api_key", "asyncio")
        update_detailed = GroupMethod.lazy("sendgrid_reseller.api.api_keys.update_api_key", "asyncio_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.api_keys import delete_api_key as _delete_api_key

        delete = GroupMethod(_delete_api_key.asyncio)
        delete_detailed = GroupMethod(_delete_api_key.asyncio_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.api_keys.delete_api_key", "asyncio")
        delete_detailed = GroupMethod.lazy("sendgrid_reseller.api.api_keys.delete_api_key", "asyncio_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.api_keys import rename_api_key as _rename_api_key

        rename = GroupMethod(_rename_api_key.asyncio)
        rename_detailed = GroupMethod(_rename_api_key.asyncio_detailed)
    else:
        rename = GroupMethod.lazy("sendgrid_reseller.api.api_keys.rename_api_key", "asyncio")
        rename_detailed = GroupMethod.lazy("sendgrid_reseller.api.api_keys.rename_api_key", "asyncio_detailed")
