"""v3 API keys: SendGrid's documented examples (the new key's secret is SendGrid's placeholder)."""

from tests.client.transcriptions._v3 import call

REF = "https://www.twilio.com/docs/sendgrid/api-reference/api-keys"
KEY = "qfTQ6KG0QBiwWdJ0-pCLCA"
SCOPES = ["user.profile.read", "user.profile.update"]

CASSETTES = [
    (
        "api_keys/create_api_key",
        REF + "/create-api-keys",
        [
            call(
                "POST",
                "/v3/api_keys",
                body={"name": "My API Key", "scopes": ["mail.send", "alerts.create", "alerts.read"]},
                status=201,
                response={
                    "api_key": "SG.xxxxxxxx.yyyyyyyy",
                    "api_key_id": "xxxxxxxx",
                    "name": "My API Key",
                    "scopes": ["mail.send", "alerts.create", "alerts.read"],
                },
            )
        ],
    ),
    (
        "api_keys/list_api_keys",
        REF + "/retrieve-all-api-keys-belonging-to-the-authenticated-user",
        [
            call(
                "GET",
                "/v3/api_keys",
                query="limit=2",
                response={
                    "result": [
                        {"name": "API Key Name", "api_key_id": "some-apikey-id"},
                        {"name": "API Key Name 2", "api_key_id": "another-apikey-id"},
                    ]
                },
            )
        ],
    ),
    (
        "api_keys/list_api_keys.on-behalf-of",
        REF + "/retrieve-all-api-keys-belonging-to-the-authenticated-user "
        "(called for a subuser with the on-behalf-of header the page documents; the answer lists that subuser's key)",
        [
            call(
                "GET",
                "/v3/api_keys",
                query="limit=2",
                on_behalf_of="example_subuser",
                response={"result": [{"name": "Subuser Key", "api_key_id": "subuser-apikey-id"}]},
            )
        ],
    ),
    (
        "api_keys/get_api_key",
        REF + "/retrieve-an-existing-api-key (one key, with its scopes)",
        [
            call(
                "GET",
                f"/v3/api_keys/{KEY}",
                response={"result": [{"name": "Profiles Key", "api_key_id": KEY, "scopes": SCOPES}]},
            )
        ],
    ),
    (
        "api_keys/rename_api_key",
        REF + "/update-api-key-name",
        [
            call(
                "PATCH",
                f"/v3/api_keys/{KEY}",
                body={"name": "A New Hope"},
                response={"api_key_id": KEY, "name": "A New Hope"},
            )
        ],
    ),
    (
        "api_keys/update_api_key",
        REF + "/update-api-key-name-and-scopes",
        [
            call(
                "PUT",
                f"/v3/api_keys/{KEY}",
                body={"name": "Profiles Key", "scopes": SCOPES},
                response={"api_key_id": KEY, "name": "Profiles Key", "scopes": SCOPES},
            )
        ],
    ),
    ("api_keys/delete_api_key", REF + "/delete-api-keys", [call("DELETE", f"/v3/api_keys/{KEY}", status=204)]),
]
