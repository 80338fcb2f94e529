# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""The `client.teammates` operations: sync and async group classes, imported on first use."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._runtime.group import Group, GroupMethod


class TeammatesSubuserAccessGroup(Group):
    """Operations under `client.teammates.subuser_access`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.teammates import list_teammate_subuser_access as _list_teammate_subuser_access

        list = GroupMethod(_list_teammate_subuser_access.sync)
        list_detailed = GroupMethod(_list_teammate_subuser_access.sync_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.teammates.list_teammate_subuser_access", "sync")
        list_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.teammates.list_teammate_subuser_access", "sync_detailed"
        )


class TeammatesPendingGroup(Group):
    """Operations under `client.teammates.pending`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.teammates import list_pending_teammates as _list_pending_teammates

        list = GroupMethod(_list_pending_teammates.sync)
        list_detailed = GroupMethod(_list_pending_teammates.sync_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.teammates.list_pending_teammates", "sync")
        list_detailed = GroupMethod.lazy("sendgrid_reseller.api.teammates.list_pending_teammates", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.teammates import delete_pending_teammate as _delete_pending_teammate

        delete = GroupMethod(_delete_pending_teammate.sync)
        delete_detailed = GroupMethod(_delete_pending_teammate.sync_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.teammates.delete_pending_teammate", "sync")
        delete_detailed = GroupMethod.lazy("sendgrid_reseller.api.teammates.delete_pending_teammate", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.teammates import resend_teammate_invite as _resend_teammate_invite

        resend = GroupMethod(_resend_teammate_invite.sync)
        resend_detailed = GroupMethod(_resend_teammate_invite.sync_detailed)
    else:
        resend = GroupMethod.lazy("sendgrid_reseller.api.teammates.resend_teammate_invite", "sync")
        resend_detailed = GroupMethod.lazy("sendgrid_reseller.api.teammates.resend_teammate_invite", "sync_detailed")


class TeammatesGroup(Group):
    """Operations under `client.teammates`."""

    @cached_property
    def subuser_access(self) -> TeammatesSubuserAccessGroup:
        return TeammatesSubuserAccessGroup(self._client)

    @cached_property
    def pending(self) -> TeammatesPendingGroup:
        return TeammatesPendingGroup(self._client)

    if TYPE_CHECKING:
        from sendgrid_reseller.api.teammates import list_teammates as _list_teammates

        list = GroupMethod(_list_teammates.sync)
        list_detailed = GroupMethod(_list_teammates.sync_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.teammates.list_teammates", "sync")
        list_detailed = GroupMethod.lazy("sendgrid_reseller.api.teammates.list_teammates", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.teammates import invite_teammate as _invite_teammate

        invite = GroupMethod(_invite_teammate.sync)
        invite_detailed = GroupMethod(_invite_teammate.sync_detailed)
    else:
        invite = GroupMethod.lazy("sendgrid_reseller.api.teammates.invite_teammate", "sync")
        invite_detailed = GroupMethod.lazy("sendgrid_reseller.api.teammates.invite_teammate", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.teammates import get_teammate as _get_teammate

        get = GroupMethod(_get_teammate.sync)
        get_detailed = GroupMethod(_get_teammate.sync_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.teammates.get_teammate", "sync")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.teammates.get_teammate", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.teammates import delete_teammate as _delete_teammate

        delete = GroupMethod(_delete_teammate.sync)
        delete_detailed = GroupMethod(_delete_teammate.sync_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.teammates.delete_teammate", "sync")
        delete_detailed = GroupMethod.lazy("sendgrid_reseller.api.teammates.delete_teammate", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.teammates import update_teammate as _update_teammate

        update = GroupMethod(_update_teammate.sync)
        update_detailed = GroupMethod(_update_teammate.sync_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.teammates.update_teammate", "sync")
        update_detailed = GroupMethod.lazy("sendgrid_reseller.api.teammates.update_teammate", "sync_detailed")


class AsyncTeammatesSubuserAccessGroup(Group):
    """Operations under `client.teammates.subuser_access`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.teammates import list_teammate_subuser_access as _list_teammate_subuser_access

        list = GroupMethod(_list_teammate_subuser_access.asyncio)
        list_detailed = GroupMethod(_list_teammate_subuser_access.asyncio_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.teammates.list_teammate_subuser_access", "asyncio")
        list_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.teammates.list_teammate_subuser_access", "asyncio_detailed"
        )


class AsyncTeammatesPendingGroup(Group):
    """Operations under `client.teammates.pending`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.teammates import list_pending_teammates as _list_pending_teammates

        list = GroupMethod(_list_pending_teammates.asyncio)
        list_detailed = GroupMethod(_list_pending_teammates.asyncio_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.teammates.list_pending_teammates", "asyncio")
        list_detailed = GroupMethod.lazy("sendgrid_reseller.api.teammates.list_pending_teammates", "asyncio_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.teammates import delete_pending_teammate as _delete_pending_teammate

        delete = GroupMethod(_delete_pending_teammate.asyncio)
        delete_detailed = GroupMethod(_delete_pending_teammate.asyncio_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.teammates.delete_pending_teammate", "asyncio")
        delete_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.teammates.delete_pending_teammate", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.teammates import resend_teammate_invite as _resend_teammate_invite

        resend = GroupMethod(_resend_teammate_invite.asyncio)
        resend_detailed = GroupMethod(_resend_teammate_invite.asyncio_detailed)
    else:
        resend = GroupMethod.lazy("sendgrid_reseller.api.teammates.resend_teammate_invite", "asyncio")
        resend_detailed = GroupMethod.lazy("sendgrid_reseller.api.teammates.resend_teammate_invite", "asyncio_detailed")


class AsyncTeammatesGroup(Group):
    """Operations under `client.teammates`."""

    @cached_property
    def subuser_access(self) -> AsyncTeammatesSubuserAccessGroup:
        return AsyncTeammatesSubuserAccessGroup(self._client)

    @cached_property
    def pending(self) -> AsyncTeammatesPendingGroup:
        return AsyncTeammatesPendingGroup(self._client)

    if TYPE_CHECKING:
        from sendgrid_reseller.api.teammates import list_teammates as _list_teammates

        list = GroupMethod(_list_teammates.asyncio)
        list_detailed = GroupMethod(_list_teammates.asyncio_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.teammates.list_teammates", "asyncio")
        list_detailed = GroupMethod.lazy("sendgrid_reseller.api.teammates.list_teammates", "asyncio_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.teammates import invite_teammate as _invite_teammate

        invite = GroupMethod(_invite_teammate.asyncio)
        invite_detailed = GroupMethod(_invite_teammate.asyncio_detailed)
    else:
        invite = GroupMethod.lazy("sendgrid_reseller.api.teammates.invite_teammate", "asyncio")
        invite_detailed = GroupMethod.lazy("sendgrid_reseller.api.teammates.invite_teammate", "asyncio_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.teammates import get_teammate as _get_teammate

        get = GroupMethod(_get_teammate.asyncio)
        get_detailed = GroupMethod(_get_teammate.asyncio_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.teammates.get_teammate", "asyncio")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.teammates.get_teammate", "asyncio_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.teammates import delete_teammate as _delete_teammate

        delete = GroupMethod(_delete_teammate.asyncio)
        delete_detailed = GroupMethod(_delete_teammate.asyncio_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.teammates.delete_teammate", "asyncio")
        delete_detailed = GroupMethod.lazy("sendgrid_reseller.api.teammates.delete_teammate", "asyncio_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.teammates import update_teammate as _update_teammate

        update = GroupMethod(_update_teammate.asyncio)
        update_detailed = GroupMethod(_update_teammate.asyncio_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.teammates.update_teammate", "asyncio")
        update_detailed = GroupMethod.lazy("sendgrid_reseller.api.teammates.update_teammate", "asyncio_detailed")
