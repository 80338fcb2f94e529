# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.sso` of `AsyncSendGrid`: the `AsyncSsoGroup` class, imported on first use.

Each method calls its endpoint function (`sendgrid_reseller.api.<tag>.<operation>`), importing that
module on first call; signatures and docstrings are the endpoint functions' own.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._runtime.group import Group

if TYPE_CHECKING:
    from .sso_certificates_async import AsyncSsoCertificatesGroup
    from .sso_integrations_async import AsyncSsoIntegrationsGroup
    from .sso_teammates_async import AsyncSsoTeammatesGroup

    pass


class AsyncSsoGroup(Group):
    """Operations under `client.sso`."""

    @cached_property
    def certificates(self) -> AsyncSsoCertificatesGroup:
        from .sso_certificates_async import AsyncSsoCertificatesGroup

        return AsyncSsoCertificatesGroup(self._client)

    @cached_property
    def integrations(self) -> AsyncSsoIntegrationsGroup:
        from .sso_integrations_async import AsyncSsoIntegrationsGroup

        return AsyncSsoIntegrationsGroup(self._client)

    @cached_property
    def teammates(self) -> AsyncSsoTeammatesGroup:
        from .sso_teammates_async import AsyncSsoTeammatesGroup

        return AsyncSsoTeammatesGroup(self._client)
