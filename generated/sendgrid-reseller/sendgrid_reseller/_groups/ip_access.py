# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.ip.access` of `SendGrid`: the `IpAccessGroup` class, imported on first use.

Each method calls its endpoint function (`sendgrid_reseller.api.<tag>.<operation>`), importing that
module on first call; signatures and docstrings are the endpoint functions' own.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._runtime.group import Group

if TYPE_CHECKING:
    from .ip_access_activity import IpAccessActivityGroup
    from .ip_access_allow_list import IpAccessAllowListGroup

    pass


class IpAccessGroup(Group):
    """Operations under `client.ip_access`."""

    @cached_property
    def activity(self) -> IpAccessActivityGroup:
        from .ip_access_activity import IpAccessActivityGroup

        return IpAccessActivityGroup(self._client)

    @cached_property
    def allow_list(self) -> IpAccessAllowListGroup:
        from .ip_access_allow_list import IpAccessAllowListGroup

        return IpAccessAllowListGroup(self._client)
