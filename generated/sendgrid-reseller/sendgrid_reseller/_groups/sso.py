# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""The `client.sso` operations: sync and async group classes, imported on first use."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._runtime.group import Group, GroupMethod


class SsoCertificatesGroup(Group):
    """Operations under `client.sso.certificates`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.single_sign_on import create_sso_certificate as _create_sso_certificate

        create = GroupMethod(_create_sso_certificate.sync)
        create_detailed = GroupMethod(_create_sso_certificate.sync_detailed)
    else:
        create = GroupMethod.lazy("sendgrid_reseller.api.single_sign_on.create_sso_certificate", "sync")
        create_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.single_sign_on.create_sso_certificate", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.single_sign_on import get_sso_certificate as _get_sso_certificate

        get = GroupMethod(_get_sso_certificate.sync)
        get_detailed = GroupMethod(_get_sso_certificate.sync_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.single_sign_on.get_sso_certificate", "sync")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.single_sign_on.get_sso_certificate", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.single_sign_on import delete_sso_certificate as _delete_sso_certificate

        delete = GroupMethod(_delete_sso_certificate.sync)
        delete_detailed = GroupMethod(_delete_sso_certificate.sync_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.single_sign_on.delete_sso_certificate", "sync")
        delete_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.single_sign_on.delete_sso_certificate", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.single_sign_on import update_sso_certificate as _update_sso_certificate

        update = GroupMethod(_update_sso_certificate.sync)
        update_detailed = GroupMethod(_update_sso_certificate.sync_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.single_sign_on.update_sso_certificate", "sync")
        update_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.single_sign_on.update_sso_certificate", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.single_sign_on import (
            list_sso_integration_certificates as _list_sso_integration_certificates,
        )

        list = GroupMethod(_list_sso_integration_certificates.sync)
        list_detailed = GroupMethod(_list_sso_integration_certificates.sync_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.single_sign_on.list_sso_integration_certificates", "sync")
        list_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.single_sign_on.list_sso_integration_certificates", "sync_detailed"
        )


class SsoIntegrationsGroup(Group):
    """Operations under `client.sso.integrations`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.single_sign_on import list_sso_integrations as _list_sso_integrations

        list = GroupMethod(_list_sso_integrations.sync)
        list_detailed = GroupMethod(_list_sso_integrations.sync_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.single_sign_on.list_sso_integrations", "sync")
        list_detailed = GroupMethod.lazy("sendgrid_reseller.api.single_sign_on.list_sso_integrations", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.single_sign_on import create_sso_integration as _create_sso_integration

        create = GroupMethod(_create_sso_integration.sync)
        create_detailed = GroupMethod(_create_sso_integration.sync_detailed)
    else:
        create = GroupMethod.lazy("sendgrid_reseller.api.single_sign_on.create_sso_integration", "sync")
        create_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.single_sign_on.create_sso_integration", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.single_sign_on import get_sso_integration as _get_sso_integration

        get = GroupMethod(_get_sso_integration.sync)
        get_detailed = GroupMethod(_get_sso_integration.sync_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.single_sign_on.get_sso_integration", "sync")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.single_sign_on.get_sso_integration", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.single_sign_on import delete_sso_integration as _delete_sso_integration

        delete = GroupMethod(_delete_sso_integration.sync)
        delete_detailed = GroupMethod(_delete_sso_integration.sync_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.single_sign_on.delete_sso_integration", "sync")
        delete_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.single_sign_on.delete_sso_integration", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.single_sign_on import update_sso_integration as _update_sso_integration

        update = GroupMethod(_update_sso_integration.sync)
        update_detailed = GroupMethod(_update_sso_integration.sync_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.single_sign_on.update_sso_integration", "sync")
        update_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.single_sign_on.update_sso_integration", "sync_detailed"
        )


class SsoTeammatesGroup(Group):
    """Operations under `client.sso.teammates`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.single_sign_on import create_sso_teammate as _create_sso_teammate

        create = GroupMethod(_create_sso_teammate.sync)
        create_detailed = GroupMethod(_create_sso_teammate.sync_detailed)
    else:
        create = GroupMethod.lazy("sendgrid_reseller.api.single_sign_on.create_sso_teammate", "sync")
        create_detailed = GroupMethod.lazy("sendgrid_reseller.api.single_sign_on.create_sso_teammate", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.single_sign_on import update_sso_teammate as _update_sso_teammate

        update = GroupMethod(_update_sso_teammate.sync)
        update_detailed = GroupMethod(_update_sso_teammate.sync_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.single_sign_on.update_sso_teammate", "sync")
        update_detailed = GroupMethod.lazy("sendgrid_reseller.api.single_sign_on.update_sso_teammate", "sync_detailed")


class SsoGroup(Group):
    """Operations under `client.sso`."""

    @cached_property
    def certificates(self) -> SsoCertificatesGroup:
        return SsoCertificatesGroup(self._client)

    @cached_property
    def integrations(self) -> SsoIntegrationsGroup:
        return SsoIntegrationsGroup(self._client)

    @cached_property
    def teammates(self) -> SsoTeammatesGroup:
        return SsoTeammatesGroup(self._client)


class AsyncSsoCertificatesGroup(Group):
    """Operations under `client.sso.certificates`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.single_sign_on import create_sso_certificate as _create_sso_certificate

        create = GroupMethod(_create_sso_certificate.asyncio)
        create_detailed = GroupMethod(_create_sso_certificate.asyncio_detailed)
    else:
        create = GroupMethod.lazy("sendgrid_reseller.api.single_sign_on.create_sso_certificate", "asyncio")
        create_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.single_sign_on.create_sso_certificate", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.single_sign_on import get_sso_certificate as _get_sso_certificate

        get = GroupMethod(_get_sso_certificate.asyncio)
        get_detailed = GroupMethod(_get_sso_certificate.asyncio_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.single_sign_on.get_sso_certificate", "asyncio")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.single_sign_on.get_sso_certificate", "asyncio_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.single_sign_on import delete_sso_certificate as _delete_sso_certificate

        delete = GroupMethod(_delete_sso_certificate.asyncio)
        delete_detailed = GroupMethod(_delete_sso_certificate.asyncio_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.single_sign_on.delete_sso_certificate", "asyncio")
        delete_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.single_sign_on.delete_sso_certificate", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.single_sign_on import update_sso_certificate as _update_sso_certificate

        update = GroupMethod(_update_sso_certificate.asyncio)
        update_detailed = GroupMethod(_update_sso_certificate.asyncio_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.single_sign_on.update_sso_certificate", "asyncio")
        update_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.single_sign_on.update_sso_certificate", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.single_sign_on import (
            list_sso_integration_certificates as _list_sso_integration_certificates,
        )

        list = GroupMethod(_list_sso_integration_certificates.asyncio)
        list_detailed = GroupMethod(_list_sso_integration_certificates.asyncio_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.single_sign_on.list_sso_integration_certificates", "asyncio")
        list_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.single_sign_on.list_sso_integration_certificates", "asyncio_detailed"
        )


class AsyncSsoIntegrationsGroup(Group):
    """Operations under `client.sso.integrations`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.single_sign_on import list_sso_integrations as _list_sso_integrations

        list = GroupMethod(_list_sso_integrations.asyncio)
        list_detailed = GroupMethod(_list_sso_integrations.asyncio_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.single_sign_on.list_sso_integrations", "asyncio")
        list_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.single_sign_on.list_sso_integrations", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.single_sign_on import create_sso_integration as _create_sso_integration

        create = GroupMethod(_create_sso_integration.asyncio)
        create_detailed = GroupMethod(_create_sso_integration.asyncio_detailed)
    else:
        create = GroupMethod.lazy("sendgrid_reseller.api.single_sign_on.create_sso_integration", "asyncio")
        create_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.single_sign_on.create_sso_integration", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.single_sign_on import get_sso_integration as _get_sso_integration

        get = GroupMethod(_get_sso_integration.asyncio)
        get_detailed = GroupMethod(_get_sso_integration.asyncio_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.single_sign_on.get_sso_integration", "asyncio")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.single_sign_on.get_sso_integration", "asyncio_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.single_sign_on import delete_sso_integration as _delete_sso_integration

        delete = GroupMethod(_delete_sso_integration.asyncio)
        delete_detailed = GroupMethod(_delete_sso_integration.asyncio_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.single_sign_on.delete_sso_integration", "asyncio")
        delete_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.single_sign_on.delete_sso_integration", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.single_sign_on import update_sso_integration as _update_sso_integration

        update = GroupMethod(_update_sso_integration.asyncio)
        update_detailed = GroupMethod(_update_sso_integration.asyncio_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.single_sign_on.update_sso_integration", "asyncio")
        update_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.single_sign_on.update_sso_integration", "asyncio_detailed"
        )


class AsyncSsoTeammatesGroup(Group):
    """Operations under `client.sso.teammates`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.single_sign_on import create_sso_teammate as _create_sso_teammate

        create = GroupMethod(_create_sso_teammate.asyncio)
        create_detailed = GroupMethod(_create_sso_teammate.asyncio_detailed)
    else:
        create = GroupMethod.lazy("sendgrid_reseller.api.single_sign_on.create_sso_teammate", "asyncio")
        create_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.single_sign_on.create_sso_teammate", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.single_sign_on import update_sso_teammate as _update_sso_teammate

        update = GroupMethod(_update_sso_teammate.asyncio)
        update_detailed = GroupMethod(_update_sso_teammate.asyncio_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.single_sign_on.update_sso_teammate", "asyncio")
        update_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.single_sign_on.update_sso_teammate", "asyncio_detailed"
        )


class AsyncSsoGroup(Group):
    """Operations under `client.sso`."""

    @cached_property
    def certificates(self) -> AsyncSsoCertificatesGroup:
        return AsyncSsoCertificatesGroup(self._client)

    @cached_property
    def integrations(self) -> AsyncSsoIntegrationsGroup:
        return AsyncSsoIntegrationsGroup(self._client)

    @cached_property
    def teammates(self) -> AsyncSsoTeammatesGroup:
        return AsyncSsoTeammatesGroup(self._client)
