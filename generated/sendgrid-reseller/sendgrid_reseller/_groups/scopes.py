# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""The `client.scopes` operations: sync and async group classes, imported on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime.group import Group, GroupMethod


class ScopesGroup(Group):
    """Operations under `client.scopes`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.scopes import list_scopes as _list_scopes

        list = GroupMethod(_list_scopes.sync)
        list_detailed = GroupMethod(_list_scopes.sync_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.scopes.list_scopes", "sync")
        list_detailed = GroupMethod.lazy("sendgrid_reseller.api.scopes.list_scopes", "sync_detailed")


class AsyncScopesGroup(Group):
    """Operations under `client.scopes`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.scopes import list_scopes as _list_scopes

        list = GroupMethod(_list_scopes.asyncio)
        list_detailed = GroupMethod(_list_scopes.asyncio_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.scopes.list_scopes", "asyncio")
        list_detailed = GroupMethod.lazy("sendgrid_reseller.api.scopes.list_scopes", "asyncio_detailed")
