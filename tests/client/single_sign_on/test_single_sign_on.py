"""v3 single sign-on through the friendly client, sync and async."""

from __future__ import annotations

from sendgrid_reseller.models import (
    SsoCertificateCreate,
    SsoCertificateUpdate,
    SsoIntegrationSettings,
    SsoSubuserAccessRequest,
    SsoTeammateCreate,
    SsoTeammateUpdate,
)

from tests.client.v3_cases import Case, area_tests

# The friendly client's name of each call (operationId -> client path): the one table to edit.
NAMES = {
    "create_sso_certificate": "sso.certificates.create",
    "get_sso_certificate": "sso.certificates.get",
    "update_sso_certificate": "sso.certificates.update",
    "delete_sso_certificate": "sso.certificates.delete",
    "list_sso_integration_certificates": "sso.certificates.list",
    "create_sso_integration": "sso.integrations.create",
    "list_sso_integrations": "sso.integrations.list",
    "get_sso_integration": "sso.integrations.get",
    "update_sso_integration": "sso.integrations.update",
    "delete_sso_integration": "sso.integrations.delete",
    "create_sso_teammate": "sso.teammates.create",
    "update_sso_teammate": "sso.teammates.update",
}

INTEGRATION = "b0b98502-9408-4b24-9e3d-31ed7cb15312"
SETTINGS = SsoIntegrationSettings(
    name="Twilio SendGrid",
    enabled=True,
    signin_url="https://example.okta.com/home/examplecompany/sso",
    signout_url="https://example.okta.com/login/signout",
    entity_id="http://www.okta.com/example",
    completed_integration=True,
)


def _is_certificate(answer: object) -> bool:
    return (getattr(answer, "id", None), getattr(answer, "intergration_id", None)) == (66138975, INTEGRATION)


CASES = [
    Case(
        "single_sign_on/create_sso_certificate",
        kwargs={
            "body": SsoCertificateCreate(
                public_certificate="<your x509 certificate>", enabled=True, integration_id=INTEGRATION
            )
        },
        check=_is_certificate,
    ),
    Case("single_sign_on/get_sso_certificate", ("66138975",), check=_is_certificate),
    Case(
        "single_sign_on/update_sso_certificate",
        ("66138975",),
        {"body": SsoCertificateUpdate(enabled=False)},
        check=_is_certificate,
    ),
    Case("single_sign_on/delete_sso_certificate", ("66138975",), check=_is_certificate),
    Case(
        "single_sign_on/list_sso_integration_certificates",
        (INTEGRATION,),
        check=lambda r: [c.not_after for c in r] == [1621289880],
    ),
    Case(
        "single_sign_on/create_sso_integration",
        kwargs={"body": SETTINGS},
        check=lambda r: (r.name, r.last_updated) == ("Twilio SendGrid", 1621288964),
    ),
    Case(
        "single_sign_on/list_sso_integrations",
        kwargs={"si": True},
        check=lambda r: [i.id for i in r] == [INTEGRATION] and r[0].single_signon_url.endswith(INTEGRATION),
    ),
    Case(
        "single_sign_on/get_sso_integration",
        (INTEGRATION,),
        {"si": True},
        check=lambda r: r.completed_integration is True and r.audience_url.endswith(INTEGRATION),
    ),
    Case(
        "single_sign_on/update_sso_integration",
        (INTEGRATION,),
        {"body": SETTINGS},
        check=lambda r: r.id == INTEGRATION,
    ),
    Case("single_sign_on/delete_sso_integration", (INTEGRATION,)),
    Case(
        "single_sign_on/create_sso_teammate",
        kwargs={
            "body": SsoTeammateCreate(
                first_name="Jane",
                last_name="Doe",
                email="jane_doe@example.com",
                is_admin=True,
                has_restricted_subuser_access=False,
            )
        },
        check=lambda r: r.is_sso is True and "mail.send" in r.scopes,
    ),
    Case(
        "single_sign_on/update_sso_teammate",
        ("jane_doe@example.com",),
        {
            "body": SsoTeammateUpdate(
                first_name="Jane",
                last_name="Doe",
                has_restricted_subuser_access=True,
                subuser_access=[SsoSubuserAccessRequest(id=12345, permission_type="admin")],
            )
        },
        check=lambda r: [(a.id, a.permission_type) for a in r.subuser_access] == [(12345, "admin")],
    ),
]


test_names_are_the_spec_client_paths, test_sync, test_async = area_tests(NAMES, CASES)
