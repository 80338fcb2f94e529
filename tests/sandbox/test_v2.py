"""v2: every catalog operation is reachable by its fixed fields; customers keep state; credentials."""

from __future__ import annotations

import httpx
import pytest

from sandbox import SandboxServer, V2Route, load_routes
from sandbox._config import DEFAULT_SPEC_PATH
from tests.sandbox.conftest import V2_CREDENTIALS, v2_post

ADD = "/apiv2/reseller.add.json"
MANAGE = "/apiv2/reseller.manage.json"
V2_ROUTES = load_routes(DEFAULT_SPEC_PATH).v2
PASSWORD = "Sandbox-Passw0rd"


def create_customer(http: httpx.Client, username: str, **extra: str) -> httpx.Response:
    route = load_routes(DEFAULT_SPEC_PATH).v2_route("create_customer")
    fields = route.example_fields(username=username, email=f"{username}@example.com", password=PASSWORD)
    fields["confirm_password"] = PASSWORD
    return v2_post(http, ADD, **{**fields, **extra})


@pytest.mark.parametrize("route", V2_ROUTES, ids=[r.operation_id for r in V2_ROUTES])
def test_every_v2_operation_dispatches_by_its_fixed_fields(
    server: SandboxServer, client: httpx.Client, route: V2Route
) -> None:
    assert create_customer(client, "alice").status_code == 200
    server.log.clear()
    fields = route.example_fields(user="alice", username="fresh_name", password=PASSWORD, confirm_password=PASSWORD)
    sent = {**V2_CREDENTIALS, **fields}
    if route.http_method == "get":
        response = client.get(route.wire_path, params=sent)
    else:
        response = client.post(route.wire_path, data=sent)
    assert response.status_code == route.success_status, response.text
    response.json()
    assert server.stats().by_operation.get(route.operation_id) == 1


def test_customer_lifecycle(client: httpx.Client) -> None:
    assert create_customer(client, "bob").json() == {"message": "success"}
    listed = v2_post(client, MANAGE, method="profile", task="get").json()
    assert [c["username"] for c in listed] == ["bob"]
    assert listed[0]["active"] == "true" and isinstance(listed[0]["id"], str)

    assert v2_post(client, MANAGE, method="disable", user="bob").json() == {"message": "success"}
    assert v2_post(client, MANAGE, method="profile", task="get", username="bob").json()[0]["active"] == "false"
    assert v2_post(client, MANAGE, method="enable", user="bob").status_code == 200
    assert v2_post(client, MANAGE, method="website_disable", user="bob").status_code == 200
    assert v2_post(client, MANAGE, method="website_enable", user="bob").status_code == 200
    assert v2_post(client, MANAGE, method="profile", task="set", user="bob", city="Denver").status_code == 200
    assert (
        v2_post(client, MANAGE, method="profile", task="setEmail", user="bob", email="b@example.org").status_code == 200
    )
    renamed = v2_post(client, MANAGE, method="profile", task="setUsername", user="bob", username="robert")
    assert renamed.status_code == 200
    (robert,) = v2_post(client, MANAGE, method="profile", task="get").json()
    assert (robert["username"], robert["city"], robert["email"]) == ("robert", "Denver", "b@example.org")
    password = v2_post(
        client, MANAGE, method="password", user="robert", password="N3w-pass", confirm_password="N3w-pass"
    )
    assert password.status_code == 200

    assert v2_post(client, "/apiv2/reseller.delete.json", user="robert").json() == {"message": "success"}
    assert v2_post(client, MANAGE, method="profile", task="get").json() == []


def test_customer_list_filters_and_pages(client: httpx.Client) -> None:
    for name in ("c1", "c2", "c3", "c4"):
        create_customer(client, name)
    page = v2_post(client, MANAGE, method="profile", task="get", limit="2", offset="1").json()
    assert [c["username"] for c in page] == ["c2", "c3"]
    assert [
        c["username"] for c in v2_post(client, MANAGE, method="profile", task="get", email="c4@example.com").json()
    ] == ["c4"]


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"method": "enable", "user": "nobody"}, "User does not exist"),
        ({"method": "password", "user": "alice", "password": "a1", "confirm_password": "b2"}, "Passwords do not match"),
        ({"method": "profile", "task": "setUsername", "user": "alice", "username": "taken"}, "Username already exists"),
        ({"method": "no_such_method"}, "Unknown method/task (method=no_such_method)"),
        ({"method": "profile", "task": "no_such_task"}, "Unknown method/task (method=profile task=no_such_task)"),
        ({"method": "enable"}, "Missing required parameter: user"),
    ],
)
def test_v2_errors_have_the_v2_error_body(client: httpx.Client, fields: dict[str, str], message: str) -> None:
    create_customer(client, "alice")
    create_customer(client, "taken")
    response = v2_post(client, MANAGE, **fields)
    assert response.status_code == 400
    assert response.json() == {"message": "error", "errors": [message]}


def test_duplicate_customer_and_password_mismatch_on_create(client: httpx.Client) -> None:
    assert create_customer(client, "dup").status_code == 200
    assert create_customer(client, "dup").json() == {"message": "error", "errors": ["Username already exists"]}
    mismatch = create_customer(client, "other", confirm_password="different")
    assert mismatch.status_code == 400 and mismatch.json()["errors"] == ["Passwords do not match"]


@pytest.mark.parametrize(
    "credentials",
    [
        {},
        {"api_user": "sandbox_reseller"},
        {"api_user": "sandbox_reseller", "api_key": "wrong"},
        {"api_user": "x", "api_key": "y"},
    ],
)
def test_v2_wrong_or_missing_credentials_give_401(client: httpx.Client, credentials: dict[str, str]) -> None:
    response = client.post(MANAGE, data={**credentials, "method": "profile", "task": "get"})
    assert response.status_code == 401
    assert response.json() == {"message": "error", "errors": ["Permission denied, wrong credentials"]}


def test_v2_accepts_bearer_and_apikey_user(server: SandboxServer, client: httpx.Client) -> None:
    key = server.config.api_key
    bearer = client.post(MANAGE, data={"method": "profile", "task": "get"}, headers={"Authorization": f"Bearer {key}"})
    assert bearer.status_code == 200
    apikey = client.post(MANAGE, data={"api_user": "apikey", "api_key": key, "method": "profile", "task": "get"})
    assert apikey.status_code == 200
    wrong = client.post(MANAGE, data={"method": "profile", "task": "get"}, headers={"Authorization": "Bearer SG.nope"})
    assert wrong.status_code == 401


def test_v2_get_with_query_string_and_unknown_path(client: httpx.Client) -> None:
    assert client.get(MANAGE, params={**V2_CREDENTIALS, "method": "profile", "task": "get"}).json() == []
    missing = client.post("/apiv2/reseller.nothing.json", data=V2_CREDENTIALS)
    assert missing.status_code == 404 and missing.json()["message"] == "error"
