# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""The `client.templates` operations: sync and async group classes, imported on first use."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._runtime.group import Group, GroupMethod


class TemplatesVersionsGroup(Group):
    """Operations under `client.templates.versions`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.transactional_templates import create_template_version as _create_template_version

        create = GroupMethod(_create_template_version.sync)
        create_detailed = GroupMethod(_create_template_version.sync_detailed)
    else:
        create = GroupMethod.lazy("sendgrid_reseller.api.transactional_templates.create_template_version", "sync")
        create_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.transactional_templates.create_template_version", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.transactional_templates import get_template_version as _get_template_version

        get = GroupMethod(_get_template_version.sync)
        get_detailed = GroupMethod(_get_template_version.sync_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.transactional_templates.get_template_version", "sync")
        get_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.transactional_templates.get_template_version", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.transactional_templates import delete_template_version as _delete_template_version

        delete = GroupMethod(_delete_template_version.sync)
        delete_detailed = GroupMethod(_delete_template_version.sync_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.transactional_templates.delete_template_version", "sync")
        delete_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.transactional_templates.delete_template_version", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.transactional_templates import update_template_version as _update_template_version

        update = GroupMethod(_update_template_version.sync)
        update_detailed = GroupMethod(_update_template_version.sync_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.transactional_templates.update_template_version", "sync")
        update_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.transactional_templates.update_template_version", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.transactional_templates import (
            activate_template_version as _activate_template_version,
        )

        activate = GroupMethod(_activate_template_version.sync)
        activate_detailed = GroupMethod(_activate_template_version.sync_detailed)
    else:
        activate = GroupMethod.lazy("sendgrid_reseller.api.transactional_templates.activate_template_version", "sync")
        activate_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.transactional_templates.activate_template_version", "sync_detailed"
        )


class TemplatesGroup(Group):
    """Operations under `client.templates`."""

    @cached_property
    def versions(self) -> TemplatesVersionsGroup:
        return TemplatesVersionsGroup(self._client)

    if TYPE_CHECKING:
        from sendgrid_reseller.api.transactional_templates import list_templates as _list_templates

        list = GroupMethod(_list_templates.sync)
        list_detailed = GroupMethod(_list_templates.sync_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.transactional_templates.list_templates", "sync")
        list_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.transactional_templates.list_templates", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.transactional_templates import create_template as _create_template

        create = GroupMethod(_create_template.sync)
        create_detailed = GroupMethod(_create_template.sync_detailed)
    else:
        create = GroupMethod.lazy("sendgrid_reseller.api.transactional_templates.create_template", "sync")
        create_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.transactional_templates.create_template", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.transactional_templates import get_template as _get_template

        get = GroupMethod(_get_template.sync)
        get_detailed = GroupMethod(_get_template.sync_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.transactional_templates.get_template", "sync")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.transactional_templates.get_template", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.transactional_templates import duplicate_template as _duplicate_template

        duplicate = GroupMethod(_duplicate_template.sync)
        duplicate_detailed = GroupMethod(_duplicate_template.sync_detailed)
    else:
        duplicate = GroupMethod.lazy("sendgrid_reseller.api.transactional_templates.duplicate_template", "sync")
        duplicate_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.transactional_templates.duplicate_template", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.transactional_templates import delete_template as _delete_template

        delete = GroupMethod(_delete_template.sync)
        delete_detailed = GroupMethod(_delete_template.sync_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.transactional_templates.delete_template", "sync")
        delete_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.transactional_templates.delete_template", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.transactional_templates import update_template as _update_template

        update = GroupMethod(_update_template.sync)
        update_detailed = GroupMethod(_update_template.sync_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.transactional_templates.update_template", "sync")
        update_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.transactional_templates.update_template", "sync_detailed"
        )


class AsyncTemplatesVersionsGroup(Group):
    """Operations under `client.templates.versions`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.transactional_templates import create_template_version as _create_template_version

        create = GroupMethod(_create_template_version.asyncio)
        create_detailed = GroupMethod(_create_template_version.asyncio_detailed)
    else:
        create = GroupMethod.lazy("sendgrid_reseller.api.transactional_templates.create_template_version", "asyncio")
        create_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.transactional_templates.create_template_version", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.transactional_templates import get_template_version as _get_template_version

        get = GroupMethod(_get_template_version.asyncio)
        get_detailed = GroupMethod(_get_template_version.asyncio_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.transactional_templates.get_template_version", "asyncio")
        get_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.transactional_templates.get_template_version", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.transactional_templates import delete_template_version as _delete_template_version

        delete = GroupMethod(_delete_template_version.asyncio)
        delete_detailed = GroupMethod(_delete_template_version.asyncio_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.transactional_templates.delete_template_version", "asyncio")
        delete_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.transactional_templates.delete_template_version", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.transactional_templates import update_template_version as _update_template_version

        update = GroupMethod(_update_template_version.asyncio)
        update_detailed = GroupMethod(_update_template_version.asyncio_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.transactional_templates.update_template_version", "asyncio")
        update_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.transactional_templates.update_template_version", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.transactional_templates import (
            activate_template_version as _activate_template_version,
        )

        activate = GroupMethod(_activate_template_version.asyncio)
        activate_detailed = GroupMethod(_activate_template_version.asyncio_detailed)
    else:
        activate = GroupMethod.lazy(
            "sendgrid_reseller.api.transactional_templates.activate_template_version", "asyncio"
        )
        activate_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.transactional_templates.activate_template_version", "asyncio_detailed"
        )


class AsyncTemplatesGroup(Group):
    """Operations under `client.templates`."""

    @cached_property
    def versions(self) -> AsyncTemplatesVersionsGroup:
        return AsyncTemplatesVersionsGroup(self._client)

    if TYPE_CHECKING:
        from sendgrid_reseller.api.transactional_templates import list_templates as _list_templates

        list = GroupMethod(_list_templates.asyncio)
        list_detailed = GroupMethod(_list_templates.asyncio_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.transactional_templates.list_templates", "asyncio")
        list_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.transactional_templates.list_templates", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.transactional_templates import create_template as _create_template

        create = GroupMethod(_create_template.asyncio)
        create_detailed = GroupMethod(_create_template.asyncio_detailed)
    else:
        create = GroupMethod.lazy("sendgrid_reseller.api.transactional_templates.create_template", "asyncio")
        create_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.transactional_templates.create_template", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.transactional_templates import get_template as _get_template

        get = GroupMethod(_get_template.asyncio)
        get_detailed = GroupMethod(_get_template.asyncio_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.transactional_templates.get_template", "asyncio")
        get_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.transactional_templates.get_template", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.transactional_templates import duplicate_template as _duplicate_template

        duplicate = GroupMethod(_duplicate_template.asyncio)
        duplicate_detailed = GroupMethod(_duplicate_template.asyncio_detailed)
    else:
        duplicate = GroupMethod.lazy("sendgrid_reseller.api.transactional_templates.duplicate_template", "asyncio")
        duplicate_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.transactional_templates.duplicate_template", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.transactional_templates import delete_template as _delete_template

        delete = GroupMethod(_delete_template.asyncio)
        delete_detailed = GroupMethod(_delete_template.asyncio_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.transactional_templates.delete_template", "asyncio")
        delete_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.transactional_templates.delete_template", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.transactional_templates import update_template as _update_template

        update = GroupMethod(_update_template.asyncio)
        update_detailed = GroupMethod(_update_template.asyncio_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.transactional_templates.update_template", "asyncio")
        update_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.transactional_templates.update_template", "asyncio_detailed"
        )
