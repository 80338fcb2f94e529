"""SSO integrations and certificates in the sandbox: create, read, change, delete."""

from __future__ import annotations

import pytest
from sendgrid_reseller import SendGrid
from sendgrid_reseller.errors import BadRequestError, NotFoundError
from sendgrid_reseller.models import SsoCertificateCreate, SsoCertificateUpdate, SsoIntegrationSettings

from tests.present import present

SETTINGS = SsoIntegrationSettings(
    name="Okta",
    enabled=True,
    signin_url="https://idp.example.com/sso",
    signout_url="https://idp.example.com/out",
    entity_id="http://idp.example.com/entity",
)


def test_integration_round_trip(sg: SendGrid) -> None:
    created = sg.sso.integrations.create(body=SETTINGS)
    assert created.completed_integration is False and not created.single_signon_url
    created_id = present(created.id)
    assert present(sg.sso.integrations.get(created_id, si=True).single_signon_url).endswith(created_id)
    renamed = SsoIntegrationSettings.from_dict({**SETTINGS.to_dict(), "name": "Okta 2", "completed_integration": True})
    assert sg.sso.integrations.update(created_id, body=renamed).name == "Okta 2"
    assert [i.name for i in sg.sso.integrations.list()] == ["Okta 2"]
    sg.sso.integrations.delete(created_id)
    assert sg.sso.integrations.list() == []
    with pytest.raises(NotFoundError):
        sg.sso.integrations.get(created_id)


def test_certificates_belong_to_an_integration(sg: SendGrid) -> None:
    integration = present(sg.sso.integrations.create(body=SETTINGS).id)
    with pytest.raises(BadRequestError, match="no such integration"):
        sg.sso.certificates.create(body=SsoCertificateCreate(public_certificate="PEM", integration_id="nope"))
    certificate = sg.sso.certificates.create(
        body=SsoCertificateCreate(public_certificate="PEM", integration_id=integration)
    )
    assert certificate.intergration_id == integration
    assert present(certificate.not_after) > present(certificate.not_before)
    changed = sg.sso.certificates.update(str(certificate.id), body=SsoCertificateUpdate(public_certificate="PEM2"))
    assert changed.public_certificate == "PEM2"
    assert [c.id for c in sg.sso.certificates.list(integration)] == [certificate.id]
    assert sg.sso.certificates.delete(str(certificate.id)).id == certificate.id
    with pytest.raises(NotFoundError):
        sg.sso.certificates.get(str(certificate.id))
    sg.sso.certificates.create(body=SsoCertificateCreate(public_certificate="PEM", integration_id=integration))
    sg.sso.integrations.delete(integration)  # takes its certificates along
    with pytest.raises(NotFoundError):
        sg.sso.certificates.list(integration)
