"""Cassettes check what is sent: the matched request headers, and a replay that fails when one differs.

The mismatch tests send the exact request a cassette holds with one header changed (with httpx,
so nothing else can differ), then the same through the client where a real call can go wrong.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import yaml
from sendgrid_reseller import AsyncSendGrid, SendGrid
from vcr.errors import CannotOverwriteExistingCassetteException

from tests.client.cassettes import (
    CASSETTE_DIR,
    FORM,
    JSON,
    MATCHED_HEADERS,
    USER_AGENT_PRODUCT,
    matched_headers,
    replay,
)
from tests.client.conftest import V2_API_KEY, V2_API_USER, V3_API_KEY, FakeClock

ON_BEHALF_OF_CASSETTE = "api_keys/list_api_keys.on-behalf-of"
CREATE_KEY = "api_keys/create_api_key"  # POST /v3/api_keys with a JSON body
CREATE_KEY_BODY = b'{"name":"My API Key","scopes":["mail.send","alerts.create","alerts.read"]}'
SENT_AS_RECORDED = {
    "Authorization": f"Bearer {V3_API_KEY}",
    "Content-Type": JSON,
    "User-Agent": f"{USER_AGENT_PRODUCT}/0.2.0",
}


def _cassettes() -> Iterator[tuple[str, dict[str, Any]]]:
    for path in sorted(CASSETTE_DIR.rglob("*.yaml")):
        for exchange in yaml.safe_load(path.read_text(encoding="utf-8"))["interactions"]:
            yield path.relative_to(CASSETTE_DIR).as_posix(), exchange["request"]


def _post_create_key(headers: dict[str, str]) -> httpx.Response:
    with httpx.Client() as http:
        return http.post("https://api.sendgrid.com/v3/api_keys", content=CREATE_KEY_BODY, headers=headers)


# ---- what the cassettes hold ----


def test_every_cassette_records_the_headers_the_client_sends() -> None:
    """v3: Bearer + placeholder; v2: no Authorization (form credentials); Content-Type iff a body; the product."""
    wrong = []
    counted = 0
    for name, request in _cassettes():
        headers = {key: values[0] for key, values in request["headers"].items()}
        expected: dict[str, str] = {"User-Agent": USER_AGENT_PRODUCT}
        v3 = "/v3/" in request["uri"]
        if v3:
            expected["Authorization"] = "Bearer <API_KEY>"
        if request["body"]:
            expected["Content-Type"] = JSON if v3 else FORM
        if "On-Behalf-Of" in headers:
            expected["On-Behalf-Of"] = headers["On-Behalf-Of"]
        if headers != dict(sorted(expected.items())):
            wrong.append(f"{name}: {headers} (expected {expected})")
        counted += 1
    assert wrong == []
    assert counted > 300


def test_matched_headers_keep_the_scheme_and_the_product_only() -> None:
    sent = {
        "authorization": "Bearer SG.real-key.secret",
        "content-type": JSON,
        "on-behalf-of": "subuser-a",
        "user-agent": f"{USER_AGENT_PRODUCT}/9.9.9 python-httpx/0.28",
        "accept": "application/json",
        "host": "api.sendgrid.com",
    }
    assert matched_headers(sent) == {
        "Authorization": "Bearer <API_KEY>",
        "Content-Type": JSON,
        "On-Behalf-Of": "subuser-a",
        "User-Agent": USER_AGENT_PRODUCT,
    }
    assert matched_headers({"Authorization": "Basic dXNlcjpwYXNz"}) == {"Authorization": "Basic <CREDENTIALS>"}
    assert matched_headers({"Authorization": "SG.a-bare-key"}) == {"Authorization": "<AUTHORIZATION>"}
    assert tuple(matched_headers(sent)) == MATCHED_HEADERS


# ---- the matcher bites: the exact request replays, one header off does not ----


def test_the_recorded_request_replays() -> None:
    with replay(CREATE_KEY):
        assert _post_create_key(SENT_AS_RECORDED).status_code == 201


MISMATCHES = {
    "Authorization scheme Basic instead of Bearer": ({"Authorization": "Basic eW91OnBhc3N3b3Jk"}, "Authorization"),
    "no Authorization": ({"Authorization": None}, "Authorization"),
    "Content-Type text/plain": ({"Content-Type": "text/plain"}, "Content-Type"),
    "Content-Type with a charset": ({"Content-Type": f"{JSON}; charset=utf-8"}, "Content-Type"),
    "an On-Behalf-Of the cassette has not": ({"On-Behalf-Of": "example_subuser"}, "On-Behalf-Of"),
    "another product": ({"User-Agent": "python-httpx/0.28.1"}, "User-Agent"),
}


@pytest.mark.parametrize(("changes", "header"), list(MISMATCHES.values()), ids=list(MISMATCHES))
def test_one_header_off_is_a_cassette_mismatch_naming_it(changes: dict[str, str | None], header: str) -> None:
    headers = {name: value for name, value in {**SENT_AS_RECORDED, **changes}.items() if value is not None}
    with pytest.raises(CannotOverwriteExistingCassetteException) as caught, replay(CREATE_KEY):
        _post_create_key(headers)
    message = str(caught.value)
    assert f"headers_that_matter differs: {header}: sent" in message
    assert [line for line in message.splitlines() if "differs:" in line] == [
        line for line in message.splitlines() if "headers_that_matter differs:" in line
    ], "only the header matcher may fail"


def test_a_missing_on_behalf_of_is_a_cassette_mismatch() -> None:
    headers = {name: value for name, value in SENT_AS_RECORDED.items() if name != "Content-Type"}
    with replay(ON_BEHALF_OF_CASSETTE), httpx.Client() as http:
        answer = http.get(
            "https://api.sendgrid.com/v3/api_keys?limit=2", headers={**headers, "On-Behalf-Of": "example_subuser"}
        )
    assert answer.status_code == 200
    with pytest.raises(CannotOverwriteExistingCassetteException, match="On-Behalf-Of: sent '\\(none\\)'"):
        with replay(ON_BEHALF_OF_CASSETTE), httpx.Client() as http:
            http.get("https://api.sendgrid.com/v3/api_keys?limit=2", headers=headers)


# ---- the same through the client ----


def test_the_client_sends_on_behalf_of_from_the_argument_and_from_its_default(
    v3: SendGrid, fake_clock: FakeClock
) -> None:
    with replay(ON_BEHALF_OF_CASSETTE):
        keys = v3.api_keys.list(limit=2, on_behalf_of="example_subuser")
    assert [key.api_key_id for key in keys.result] == ["subuser-apikey-id"]
    with SendGrid(api_key=V3_API_KEY, on_behalf_of="example_subuser", **fake_clock.client_options()) as acting:
        with replay(ON_BEHALF_OF_CASSETTE):
            assert [key.name for key in acting.api_keys.list(limit=2).result] == ["Subuser Key"]


async def test_the_async_client_sends_on_behalf_of(v3_async: AsyncSendGrid) -> None:
    with replay(ON_BEHALF_OF_CASSETTE):
        keys = await v3_async.api_keys.list(limit=2, on_behalf_of="example_subuser")
    assert [key.api_key_id for key in keys.result] == ["subuser-apikey-id"]


def test_a_client_call_without_on_behalf_of_does_not_replay_a_cassette_with_it(v3: SendGrid) -> None:
    with pytest.raises(CannotOverwriteExistingCassetteException, match="On-Behalf-Of: sent '\\(none\\)'") as caught:
        with replay(ON_BEHALF_OF_CASSETTE):
            v3.api_keys.list(limit=2)
    assert "tests/client/transcriptions/" in "".join(caught.value.__notes__)  # where to fix it, not "re-record"


def test_a_client_call_for_another_subuser_does_not_replay(v3: SendGrid) -> None:
    with pytest.raises(CannotOverwriteExistingCassetteException, match="On-Behalf-Of: sent 'someone_else'"):
        with replay(ON_BEHALF_OF_CASSETTE):
            v3.api_keys.list(limit=2, on_behalf_of="someone_else")


def test_a_v2_call_sent_with_bearer_does_not_replay_a_form_credentials_cassette(fake_clock: FakeClock) -> None:
    with SendGrid(api_key=V3_API_KEY, v2_auth="bearer", **fake_clock.client_options()) as bearer:
        with pytest.raises(
            CannotOverwriteExistingCassetteException,
            match="Authorization: sent 'Bearer <API_KEY>', cassette has '\\(none\\)'",
        ):
            with replay("customer_timezone/list_customer_timezones"):
                bearer.reseller.timezones.list()


def test_a_v2_call_with_form_credentials_replays(fake_clock: FakeClock) -> None:
    with SendGrid(api_user=V2_API_USER, api_key=V2_API_KEY, **fake_clock.client_options()) as form:
        with replay("customer_timezone/list_customer_timezones"):
            assert len(form.reseller.timezones.list()) == 3


def test_a_version_bump_replays_the_same_cassettes(fake_clock: FakeClock) -> None:
    """The User-Agent's version is not matched, so releasing does not rewrite every cassette."""
    with SendGrid(api_key=V3_API_KEY, version="99.0.0", **fake_clock.client_options()) as bumped:
        with replay("api_keys/delete_api_key"):
            assert bumped.api_keys.delete("qfTQ6KG0QBiwWdJ0-pCLCA") is None
