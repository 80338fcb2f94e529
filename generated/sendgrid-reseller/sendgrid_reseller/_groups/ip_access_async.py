# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.ip.access` of `AsyncSendGrid`: the `AsyncIpAccessGroup` class, imported on first use.

Each method calls its endpoint function (`sendgrid_reseller.api.<tag>.<operation>`), importing that
module on first call; signatures and docstrings are the endpoint functions' own.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._runtime.group import Group

if TYPE_CHECKING:
    from .ip_access_activity_async import AsyncIpAccessActivityGroup
    from .ip_access_allow_list_async import AsyncIpAccessAllowListGroup

    pass


class AsyncIpAccessGroup(Group):
    """Operations under `client.ip_access`."""

    @cached_property
    def activity(self) -> AsyncIpAccessActivityGroup:
        from .ip_access_activity_async import AsyncIpAccessActivityGroup

        return AsyncIpAccessActivityGroup(self._client)

    @cached_property
    def allow_list(self) -> AsyncIpAccessAllowListGroup:
        from .ip_access_allow_list_async import AsyncIpAccessAllowListGroup

        return AsyncIpAccessAllowListGroup(self._client)
