"""No cassette holds a credential: the committed ones, and what the recorder writes from live traffic."""

from __future__ import annotations

import base64
import json
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

import httpx
import yaml
from sendgrid_reseller import SendGrid
from sendgrid_reseller._runtime.redact import encoded_forms
from sendgrid_reseller.models import CreateSubuserRequest

from tests.client.cassettes import API_KEY_SHAPE, CASSETTE_DIR, MATCHED_HEADERS, recorder
from tests.client.conftest import V2_API_KEY, V2_API_USER, V3_API_KEY, FakeClock

CASSETTE_CREDENTIALS = (V2_API_USER, V2_API_KEY, V3_API_KEY, f"{V2_API_USER}:{V2_API_KEY}")
NEW_SUBUSER_PASSWORD = "n3w-subuser-pa$$word"
MINTED_KEY = "SG.minted-by-the-server-0123.abcdefghijklmnopqrstuvwxyz-0123456789"
SESSION_COOKIE = "session=cookie-to-scrub"


def _forms(secrets: tuple[str, ...]) -> set[str]:
    return {form for secret in secrets for form in encoded_forms(secret)}


def test_no_committed_cassette_holds_a_cassette_credential_in_any_encoding() -> None:
    forms = _forms(CASSETTE_CREDENTIALS)
    texts = {
        path.relative_to(CASSETTE_DIR).as_posix(): path.read_text("utf-8") for path in CASSETTE_DIR.rglob("*.yaml")
    }
    hits = sorted((name, form) for name, text in texts.items() for form in forms if form in text)
    key_shaped = sorted(name for name, text in texts.items() if API_KEY_SHAPE.search(text))
    assert (hits, key_shaped) == ([], [])
    assert len(texts) > 300


def _server(request: httpx.Request) -> httpx.Response:
    """Answers that carry secrets back: an echoed key, a newly minted key, a session cookie."""
    echo = request.headers.get("authorization", "").removeprefix("Bearer ")
    if request.url.path == "/v3/subusers":
        body = {"username": "new_subuser", "user_id": 1, "email": "new@example.com", "echo": echo}
        return httpx.Response(200, json=body, headers={"Set-Cookie": SESSION_COOKIE})
    if request.url.path == "/v3/api_keys":
        return httpx.Response(201, json={"api_key": MINTED_KEY, "api_key_id": "id", "name": "n", "scopes": []})
    return httpx.Response(200, json={"message": "success"})


def _calls(client: SendGrid) -> None:
    client.subusers.create(
        body=CreateSubuserRequest(
            username="new_subuser", email="new@example.com", password=NEW_SUBUSER_PASSWORD, ips=["1.1.1.1"]
        )
    )
    client.api_keys.create(name="n", scopes=[])
    client.reseller.timezones.set(user="customer", timezone="Europe/London")


def replay_file(path: Path) -> AbstractContextManager[Any]:
    cassette: AbstractContextManager[Any] = recorder().use_cassette(str(path), allow_playback_repeats=False)
    return cassette


def test_what_the_recorder_writes_holds_no_secret_and_replays(tmp_path: Path, fake_clock: FakeClock) -> None:
    cassette = tmp_path / "recorded.yaml"
    options = {"api_user": V2_API_USER, "password": V2_API_KEY, "api_key": V3_API_KEY, **fake_clock.client_options()}
    with SendGrid(transport=httpx.MockTransport(_server), **options) as client:
        with recorder(record_mode="all").use_cassette(str(cassette)):
            _calls(client)
    text = cassette.read_text(encoding="utf-8")
    secrets = (*CASSETTE_CREDENTIALS, NEW_SUBUSER_PASSWORD, MINTED_KEY, SESSION_COOKIE)
    assert sorted(form for form in _forms(secrets) if form in text) == []
    requests = [exchange["request"] for exchange in yaml.safe_load(text)["interactions"]]
    assert [sorted(request["headers"]) for request in requests] == [
        [name for name in MATCHED_HEADERS if name != "On-Behalf-Of"],
        [name for name in MATCHED_HEADERS if name != "On-Behalf-Of"],
        ["Content-Type", "User-Agent"],  # v2: credentials in the form, no Authorization
    ]
    assert [request["headers"].get("Authorization") for request in requests] == [
        ["Bearer <API_KEY>"],
        ["Bearer <API_KEY>"],
        None,
    ]
    assert json.loads(requests[0]["body"])["password"] == "<PASSWORD>"
    assert requests[2]["body"].startswith("api_user=<API_USER>&api_key=<API_KEY>&")
    answers = [exchange["response"]["body"]["string"] for exchange in yaml.safe_load(text)["interactions"]]
    assert json.loads(answers[1])["api_key"] == "<API_KEY>"  # the minted key's value, by its field name
    # The recorded cassette replays through the same client: what is recorded is what is matched.
    with SendGrid(transport=httpx.MockTransport(_server), **options) as client, replay_file(cassette):
        _calls(client)


def test_base64_basic_credentials_are_among_the_forms_searched() -> None:
    basic = base64.b64encode(f"{V2_API_USER}:{V2_API_KEY}".encode()).decode()
    assert basic in _forms(CASSETTE_CREDENTIALS)
