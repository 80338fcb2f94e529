"""v3 API keys through the friendly client, sync and async."""

from __future__ import annotations

from sendgrid_reseller.models import ApiKeyCreate, ApiKeyName

from tests.client.v3_cases import Case, area_tests

# The friendly client's name of each call (operationId -> client path): the one table to edit.
NAMES = {
    "create_api_key": "api_keys.create",
    "list_api_keys": "api_keys.list",
    "get_api_key": "api_keys.get",
    "rename_api_key": "api_keys.rename",
    "update_api_key": "api_keys.update",
    "delete_api_key": "api_keys.delete",
}

KEY = "qfTQ6KG0QBiwWdJ0-pCLCA"
SCOPES = ["user.profile.read", "user.profile.update"]
CASES = [
    Case(
        "api_keys/create_api_key",
        kwargs={"body": ApiKeyCreate(name="My API Key", scopes=["mail.send", "alerts.create", "alerts.read"])},
        check=lambda r: (r.api_key_id, r.api_key) == ("xxxxxxxx", "SG.xxxxxxxx.yyyyyyyy"),
    ),
    Case(
        "api_keys/list_api_keys",
        kwargs={"limit": 2},
        check=lambda r: [k.api_key_id for k in r.result] == ["some-apikey-id", "another-apikey-id"],
    ),
    Case("api_keys/get_api_key", (KEY,), check=lambda r: [k.scopes for k in r.result] == [SCOPES]),
    Case(
        "api_keys/rename_api_key",
        (KEY,),
        {"body": ApiKeyName(name="A New Hope")},
        check=lambda r: r.name == "A New Hope",
    ),
    Case(
        "api_keys/update_api_key",
        (KEY,),
        {"body": ApiKeyCreate(name="Profiles Key", scopes=SCOPES)},
        check=lambda r: (r.name, r.scopes) == ("Profiles Key", SCOPES),
    ),
    Case("api_keys/delete_api_key", (KEY,)),
]


test_names_are_the_spec_client_paths, test_sync, test_async = area_tests(NAMES, CASES)
