"""v3 single sign-on: SendGrid's documented examples, one exchange per call."""

from tests.client.transcriptions._v3 import call

REF = "https://www.twilio.com/docs/sendgrid/api-reference"
INTEGRATION = "b0b98502-9408-4b24-9e3d-31ed7cb15312"
CERTIFICATE = {
    "public_certificate": "<your x509 certificate>",
    "id": 66138975,
    "not_before": 1621289880,
    "not_after": 1621289880,
    "intergration_id": INTEGRATION,  # sic: SendGrid's spelling in answers
}
SETTINGS = {
    "name": "Twilio SendGrid",
    "enabled": True,
    "signin_url": "https://example.okta.com/home/examplecompany/sso",
    "signout_url": "https://example.okta.com/login/signout",
    "entity_id": "http://www.okta.com/example",
}
SAML_URL = f"https://api.sendgrid.com/v3/public/sso/saml/response/id/{INTEGRATION}"
INTEGRATION_ANSWER = {
    **SETTINGS,
    "last_updated": 1621288964,
    "completed_integration": True,
    "id": INTEGRATION,
    "single_signon_url": SAML_URL,
    "audience_url": SAML_URL,
}
SSO_TEAMMATE = {
    "first_name": "Jane",
    "last_name": "Doe",
    "email": "jane_doe@example.com",
    "is_admin": True,
    "is_sso": True,
    "scopes": ["alerts.create", "alerts.read", "mail.send"],
    "has_restricted_subuser_access": False,
}

CASSETTES = [
    (
        "single_sign_on/create_sso_certificate",
        REF + "/certificates/create-an-sso-certificate",
        [
            call(
                "POST",
                "/v3/sso/certificates",
                body={"public_certificate": "<your x509 certificate>", "enabled": True, "integration_id": INTEGRATION},
                response=CERTIFICATE,
            )
        ],
    ),
    (
        "single_sign_on/get_sso_certificate",
        REF + "/certificates/get-an-sso-certificate",
        [call("GET", "/v3/sso/certificates/66138975", response=CERTIFICATE)],
    ),
    (
        "single_sign_on/update_sso_certificate",
        REF + "/certificates/update-sso-certificate",
        [call("PATCH", "/v3/sso/certificates/66138975", body={"enabled": False}, response=CERTIFICATE)],
    ),
    (
        "single_sign_on/delete_sso_certificate",
        REF + "/certificates/delete-an-sso-certificate",
        [call("DELETE", "/v3/sso/certificates/66138975", response=CERTIFICATE)],
    ),
    (
        "single_sign_on/list_sso_integration_certificates",
        REF + "/certificates/get-all-sso-certificates-by-integration",
        [call("GET", f"/v3/sso/integrations/{INTEGRATION}/certificates", response=[CERTIFICATE])],
    ),
    (
        "single_sign_on/create_sso_integration",
        REF + "/settings/create-an-sso-integration",
        [
            call(
                "POST",
                "/v3/sso/integrations",
                body={**SETTINGS, "completed_integration": True},
                response={**SETTINGS, "last_updated": 1621288964},
            )
        ],
    ),
    (
        "single_sign_on/list_sso_integrations",
        REF + "/settings/get-all-sso-integrations",
        [call("GET", "/v3/sso/integrations", query="si=true", response=[INTEGRATION_ANSWER])],
    ),
    (
        "single_sign_on/get_sso_integration",
        REF + "/settings/get-an-sso-integration",
        [call("GET", f"/v3/sso/integrations/{INTEGRATION}", query="si=true", response=INTEGRATION_ANSWER)],
    ),
    (
        "single_sign_on/update_sso_integration",
        REF + "/settings/update-an-sso-integration",
        [
            call(
                "PATCH",
                f"/v3/sso/integrations/{INTEGRATION}",
                body={**SETTINGS, "completed_integration": True},
                response=INTEGRATION_ANSWER,
            )
        ],
    ),
    (
        "single_sign_on/delete_sso_integration",
        REF + "/settings/delete-an-sso-integration",
        [call("DELETE", f"/v3/sso/integrations/{INTEGRATION}", status=204)],
    ),
    (
        "single_sign_on/create_sso_teammate",
        REF + "/teammates/create-an-sso-teammate (scope list shortened)",
        [
            call(
                "POST",
                "/v3/sso/teammates",
                body={
                    "first_name": "Jane",
                    "last_name": "Doe",
                    "email": "jane_doe@example.com",
                    "is_admin": True,
                    "has_restricted_subuser_access": False,
                },
                status=201,
                response=SSO_TEAMMATE,
            )
        ],
    ),
    (
        "single_sign_on/update_sso_teammate",
        REF + "/teammates/edit-an-sso-teammate (scope list shortened)",
        [
            call(
                "PATCH",
                "/v3/sso/teammates/jane_doe%40example.com",
                body={
                    "first_name": "Jane",
                    "last_name": "Doe",
                    "has_restricted_subuser_access": True,
                    "subuser_access": [{"id": 12345, "permission_type": "admin"}],
                },
                response={
                    **SSO_TEAMMATE,
                    "username": "jane_doe@example.com",
                    "user_type": "teammate",
                    "has_restricted_subuser_access": True,
                    "subuser_access": [
                        {
                            "id": 12345,
                            "username": "example_subuser",
                            "email": "subuser@example.com",
                            "disabled": False,
                            "permission_type": "admin",
                            "scopes": [],
                        }
                    ],
                },
            )
        ],
    ),
]
