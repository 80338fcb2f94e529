# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""The `client.link_branding` operations: sync and async group classes, imported on first use."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._runtime.group import Group, GroupMethod


class LinkBrandingSubusersGroup(Group):
    """Operations under `client.link_branding.subusers`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.link_branding import (
            associate_branded_link_with_subuser as _associate_branded_link_with_subuser,
        )

        associate = GroupMethod(_associate_branded_link_with_subuser.sync)
        associate_detailed = GroupMethod(_associate_branded_link_with_subuser.sync_detailed)
    else:
        associate = GroupMethod.lazy("sendgrid_reseller.api.link_branding.associate_branded_link_with_subuser", "sync")
        associate_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.link_branding.associate_branded_link_with_subuser", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.link_branding import get_subuser_branded_link as _get_subuser_branded_link

        get = GroupMethod(_get_subuser_branded_link.sync)
        get_detailed = GroupMethod(_get_subuser_branded_link.sync_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.link_branding.get_subuser_branded_link", "sync")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.link_branding.get_subuser_branded_link", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.link_branding import (
            disassociate_branded_link_from_subuser as _disassociate_branded_link_from_subuser,
        )

        disassociate = GroupMethod(_disassociate_branded_link_from_subuser.sync)
        disassociate_detailed = GroupMethod(_disassociate_branded_link_from_subuser.sync_detailed)
    else:
        disassociate = GroupMethod.lazy(
            "sendgrid_reseller.api.link_branding.disassociate_branded_link_from_subuser", "sync"
        )
        disassociate_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.link_branding.disassociate_branded_link_from_subuser", "sync_detailed"
        )


class LinkBrandingGroup(Group):
    """Operations under `client.link_branding`."""

    @cached_property
    def subusers(self) -> LinkBrandingSubusersGroup:
        return LinkBrandingSubusersGroup(self._client)

    if TYPE_CHECKING:
        from sendgrid_reseller.api.link_branding import list_branded_links as _list_branded_links

        list = GroupMethod(_list_branded_links.sync)
        list_detailed = GroupMethod(_list_branded_links.sync_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.link_branding.list_branded_links", "sync")
        list_detailed = GroupMethod.lazy("sendgrid_reseller.api.link_branding.list_branded_links", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.link_branding import create_branded_link as _create_branded_link

        create = GroupMethod(_create_branded_link.sync)
        create_detailed = GroupMethod(_create_branded_link.sync_detailed)
    else:
        create = GroupMethod.lazy("sendgrid_reseller.api.link_branding.create_branded_link", "sync")
        create_detailed = GroupMethod.lazy("sendgrid_reseller.api.link_branding.create_branded_link", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.link_branding import get_branded_link as _get_branded_link

        get = GroupMethod(_get_branded_link.sync)
        get_detailed = GroupMethod(_get_branded_link.sync_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.link_branding.get_branded_link", "sync")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.link_branding.get_branded_link", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.link_branding import delete_branded_link as _delete_branded_link

        delete = GroupMethod(_delete_branded_link.sync)
        delete_detailed = GroupMethod(_delete_branded_link.sync_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.link_branding.delete_branded_link", "sync")
        delete_detailed = GroupMethod.lazy("sendgrid_reseller.api.link_branding.delete_branded_link", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.link_branding import update_branded_link as _update_branded_link

        update = GroupMethod(_update_branded_link.sync)
        update_detailed = GroupMethod(_update_branded_link.sync_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.link_branding.update_branded_link", "sync")
        update_detailed = GroupMethod.lazy("sendgrid_reseller.api.link_branding.update_branded_link", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.link_branding import validate_branded_link as _validate_branded_link

        validate = GroupMethod(_validate_branded_link.sync)
        validate_detailed = GroupMethod(_validate_branded_link.sync_detailed)
    else:
        validate = GroupMethod.lazy("sendgrid_reseller.api.link_branding.validate_branded_link", "sync")
        validate_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.link_branding.validate_branded_link", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.link_branding import get_default_branded_link as _get_default_branded_link

        get_default = GroupMethod(_get_default_branded_link.sync)
        get_default_detailed = GroupMethod(_get_default_branded_link.sync_detailed)
    else:
        get_default = GroupMethod.lazy("sendgrid_reseller.api.link_branding.get_default_branded_link", "sync")
        get_default_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.link_branding.get_default_branded_link", "sync_detailed"
        )


class AsyncLinkBrandingSubusersGroup(Group):
    """Operations under `client.link_branding.subusers`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.link_branding import (
            associate_branded_link_with_subuser as _associate_branded_link_with_subuser,
        )

        associate = GroupMethod(_associate_branded_link_with_subuser.asyncio)
        associate_detailed = GroupMethod(_associate_branded_link_with_subuser.asyncio_detailed)
    else:
        associate = GroupMethod.lazy(
            "sendgrid_reseller.api.link_branding.associate_branded_link_with_subuser", "asyncio"
        )
        associate_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.link_branding.associate_branded_link_with_subuser", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.link_branding import get_subuser_branded_link as _get_subuser_branded_link

        get = GroupMethod(_get_subuser_branded_link.asyncio)
        get_detailed = GroupMethod(_get_subuser_branded_link.asyncio_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.link_branding.get_subuser_branded_link", "asyncio")
        get_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.link_branding.get_subuser_branded_link", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.link_branding import (
            disassociate_branded_link_from_subuser as _disassociate_branded_link_from_subuser,
        )

        disassociate = GroupMethod(_disassociate_branded_link_from_subuser.asyncio)
        disassociate_detailed = GroupMethod(_disassociate_branded_link_from_subuser.asyncio_detailed)
    else:
        disassociate = GroupMethod.lazy(
            "sendgrid_reseller.api.link_branding.disassociate_branded_link_from_subuser", "asyncio"
        )
        disassociate_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.link_branding.disassociate_branded_link_from_subuser", "asyncio_detailed"
        )


class AsyncLinkBrandingGroup(Group):
    """Operations under `client.link_branding`."""

    @cached_property
    def subusers(self) -> AsyncLinkBrandingSubusersGroup:
        return AsyncLinkBrandingSubusersGroup(self._client)

    if TYPE_CHECKING:
        from sendgrid_reseller.api.link_branding import list_branded_links as _list_branded_links

        list = GroupMethod(_list_branded_links.asyncio)
        list_detailed = GroupMethod(_list_branded_links.asyncio_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.link_branding.list_branded_links", "asyncio")
        list_detailed = GroupMethod.lazy("sendgrid_reseller.api.link_branding.list_branded_links", "asyncio_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.link_branding import create_branded_link as _create_branded_link

        create = GroupMethod(_create_branded_link.asyncio)
        create_detailed = GroupMethod(_create_branded_link.asyncio_detailed)
    else:
        create = GroupMethod.lazy("sendgrid_reseller.api.link_branding.create_branded_link", "asyncio")
        create_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.link_branding.create_branded_link", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.link_branding import get_branded_link as _get_branded_link

        get = GroupMethod(_get_branded_link.asyncio)
        get_detailed = GroupMethod(_get_branded_link.asyncio_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.link_branding.get_branded_link", "asyncio")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.link_branding.get_branded_link", "asyncio_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.link_branding import delete_branded_link as _delete_branded_link

        delete = GroupMethod(_delete_branded_link.asyncio)
        delete_detailed = GroupMethod(_delete_branded_link.asyncio_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.link_branding.delete_branded_link", "asyncio")
        delete_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.link_branding.delete_branded_link", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.link_branding import update_branded_link as _update_branded_link

        update = GroupMethod(_update_branded_link.asyncio)
        update_detailed = GroupMethod(_update_branded_link.asyncio_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.link_branding.update_branded_link", "asyncio")
        update_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.link_branding.update_branded_link", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.link_branding import validate_branded_link as _validate_branded_link

        validate = GroupMethod(_validate_branded_link.asyncio)
        validate_detailed = GroupMethod(_validate_branded_link.asyncio_detailed)
    else:
        validate = GroupMethod.lazy("sendgrid_reseller.api.link_branding.validate_branded_link", "asyncio")
        validate_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.link_branding.validate_branded_link", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.link_branding import get_default_branded_link as _get_default_branded_link

        get_default = GroupMethod(_get_default_branded_link.asyncio)
        get_default_detailed = GroupMethod(_get_default_branded_link.asyncio_detailed)
    else:
        get_default = GroupMethod.lazy("sendgrid_reseller.api.link_branding.get_default_branded_link", "asyncio")
        get_default_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.link_branding.get_default_branded_link", "asyncio_detailed"
        )
