# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.sso` of `SendGrid`: the `SsoGroup` class, imported on first use.

Each method calls its endpoint function (`sendgrid_reseller.api.<tag>.<operation>`), importing that
module on first call; signatures and docstrings are the endpoint functions' own.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._runtime.group import Group

if TYPE_CHECKING:
    from .sso_certificates import SsoCertificatesGroup
    from .sso_integrations import SsoIntegrationsGroup
    from .sso_teammates import SsoTeammatesGroup

    pass


class SsoGroup(Group):
    """Operations under `client.sso`."""

    @cached_property
    def certificates(self) -> SsoCertificatesGroup:
        from .sso_certificates import SsoCertificatesGroup

        return SsoCertificatesGroup(self._client)

    @cached_property
    def integrations(self) -> SsoIntegrationsGroup:
        from .sso_integrations import SsoIntegrationsGroup

        return SsoIntegrationsGroup(self._client)

    @cached_property
    def teammates(self) -> SsoTeammatesGroup:
        from .sso_teammates import SsoTeammatesGroup

        return SsoTeammatesGroup(self._client)
