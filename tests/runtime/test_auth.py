"""Credentials on the wire, byte for byte, for every auth mode; and which mode each call gets."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest
from sendgrid_reseller._runtime.auth import BearerAuth, V2FormCredentials
from sendgrid_reseller._runtime.credentials import API_KEY_ENV, resolve_api_credentials
from sendgrid_reseller._runtime.errors import ConfigurationError, InvalidRequestError

from tests.runtime.support import (
    PASSWORD,
    V2_API_KEY,
    V2_API_USER,
    V2_MANAGE,
    V2_MANAGE_KWARGS,
    V2_TIMEZONE,
    V3_API_KEY,
    V3_LIST,
    V3_LIST_KWARGS,
    assert_no_secret,
    mock_client,
)


def capture() -> tuple[list[httpx.Request], Callable[[httpx.Request], httpx.Response]]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"message": "success"})

    return seen, handler


def sent(auth: httpx.Auth, request: httpx.Request) -> httpx.Request:
    seen, handler = capture()
    with httpx.Client(transport=httpx.MockTransport(handler)) as client:
        client.send(request, auth=auth)
    return seen[0]


class TestV2FormCredentials:
    def test_post_form_body_gets_credentials_first(self) -> None:
        request = httpx.Request(
            "POST", "https://api.sendgrid.com/apiv2/reseller.manage.json", data={"method": "profile", "task": "get"}
        )
        wire = sent(V2FormCredentials("user", "key"), request)
        assert wire.content == b"api_user=user&api_key=key&method=profile&task=get"
        assert wire.headers["content-length"] == str(len(wire.content))
        assert wire.headers["content-type"] == "application/x-www-form-urlencoded"
        assert wire.url.query == b""

    def test_bracketed_array_fields_stay_repeated(self) -> None:
        request = httpx.Request(
            "POST", "https://api.sendgrid.com/apiv2/reseller.ip.json", data={"ip[]": ["1.1.1.1", "2.2.2.2"]}
        )
        wire = sent(V2FormCredentials("user", "key"), request)
        assert wire.content == b"api_user=user&api_key=key&ip%5B%5D=1.1.1.1&ip%5B%5D=2.2.2.2"

    def test_empty_post_becomes_a_form(self) -> None:
        wire = sent(V2FormCredentials("user", "key"), httpx.Request("POST", "https://api.sendgrid.com/apiv2/x.json"))
        assert wire.content == b"api_user=user&api_key=key"
        assert wire.headers["content-type"] == "application/x-www-form-urlencoded"
        assert wire.headers["content-length"] == "25"

    def test_get_is_sent_as_post_with_credentials_in_the_body(self) -> None:
        """Issue 13: credentials never go into a URL (proxies and servers log URLs)."""
        request = httpx.Request("GET", "https://api.sendgrid.com/apiv2/reseller.manage.json", params={"task": "get"})
        wire = sent(V2FormCredentials("user", "key"), request)
        assert wire.method == "POST"
        assert wire.url.raw_path == b"/apiv2/reseller.manage.json?task=get"
        assert wire.content == b"api_user=user&api_key=key"
        assert wire.headers["content-type"] == "application/x-www-form-urlencoded"

    def test_special_characters_are_encoded(self) -> None:
        request = httpx.Request("POST", "https://api.sendgrid.com/apiv2/x.json", data={"a": "b"})
        wire = sent(V2FormCredentials("me@example.com", "p&ss=w rd+"), request)
        assert wire.content == b"api_user=me%40example.com&api_key=p%26ss%3Dw+rd%2B&a=b"

    def test_json_body_is_refused_rather_than_putting_credentials_in_the_url(self) -> None:
        request = httpx.Request("POST", "https://api.sendgrid.com/api/x.json", json={"a": 1})
        with pytest.raises(InvalidRequestError, match="form body"):
            sent(V2FormCredentials("user", "key"), request)

    def test_api_key_variant(self) -> None:
        request = httpx.Request("POST", "https://api.sendgrid.com/apiv2/x.json", data={"a": "b"})
        wire = sent(V2FormCredentials.for_api_key("SG.key"), request)
        assert wire.content == b"api_user=apikey&api_key=SG.key&a=b"


def test_bearer_header() -> None:
    wire = sent(BearerAuth("SG.abc"), httpx.Request("GET", "https://api.sendgrid.com/v3/subusers"))
    assert wire.headers["authorization"] == "Bearer SG.abc"


def test_reprs_redact() -> None:
    assert repr(BearerAuth(V3_API_KEY)) == "BearerAuth(api_key='SG.…redacted')"
    assert (
        repr(V2FormCredentials(V2_API_USER, V2_API_KEY))
        == "V2FormCredentials(api_user='…redacted', api_key='…redacted')"
    )


@pytest.mark.parametrize(
    ("arguments", "v2", "v3"),
    [
        ({"api_key": "SG.k"}, "V2FormCredentials", "BearerAuth"),
        ({"api_key": "SG.k", "v2_auth": "bearer"}, "BearerAuth", "BearerAuth"),
        # SendGrid's v2 field names: the key may be a password, so v3 gets nothing (never Basic).
        ({"api_user": "u", "api_key": "k"}, "V2FormCredentials", "NoneType"),
        ({"api_user": "u", "password": "p"}, "V2FormCredentials", "NoneType"),
        ({"api_user": "u", "password": "p", "api_key": "SG.k"}, "V2FormCredentials", "BearerAuth"),
    ],
)
def test_credential_combinations(arguments: dict[str, str], v2: str, v3: str) -> None:
    options = {"api_key": None, "api_user": None, "password": None, "v2_auth": "form", **arguments}
    credentials = resolve_api_credentials(**options)  # type: ignore[arg-type]  # parametrized: mypy cannot match keys to keywords
    assert (type(credentials.v2).__name__, type(credentials.v3).__name__) == (v2, v3)


@pytest.mark.parametrize(
    "arguments",
    [
        {},
        {"api_user": "u"},
        {"password": "p"},
        {"api_key": ""},
        {"api_key": "SG.k\r\nX-Evil: 1"},
        {"api_user": "u", "password": "p", "v2_auth": "bearer"},
        {"api_key": "SG.k", "v2_auth": "header"},
    ],
)
def test_unusable_credentials_are_refused(arguments: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(API_KEY_ENV, raising=False)  # {}: no key from the environment either
    options = {"api_key": None, "api_user": None, "password": None, "v2_auth": "form", **arguments}
    with pytest.raises(ConfigurationError) as caught:
        resolve_api_credentials(**options)  # type: ignore[arg-type]  # parametrized: mypy cannot match keys to keywords
    assert "SG.k" not in str(caught.value)


def test_client_sends_each_api_its_auth() -> None:
    seen, handler = capture()
    with mock_client(handler, api_key=V3_API_KEY) as client:
        client.send(V2_MANAGE, V2_MANAGE_KWARGS)
        client.send(V3_LIST, V3_LIST_KWARGS)
    v2, v3 = seen
    assert v2.content == f"api_user=apikey&api_key={V3_API_KEY}&method=profile&task=get".encode()
    assert "authorization" not in v2.headers
    assert v3.headers["authorization"] == f"Bearer {V3_API_KEY}"


def test_client_v2_bearer_mode() -> None:
    seen, handler = capture()
    with mock_client(handler, api_key=V3_API_KEY, v2_auth="bearer") as client:
        client.send(V2_MANAGE, V2_MANAGE_KWARGS)
    assert seen[0].content == b"method=profile&task=get"
    assert seen[0].headers["authorization"] == f"Bearer {V3_API_KEY}"


def test_client_v2_get_with_password_has_no_v3_credentials() -> None:
    """A reseller password is a v2 credential: a v3 call is refused before anything is sent."""
    seen, handler = capture()
    with mock_client(handler, api_key=None, api_user=V2_API_USER, password=PASSWORD) as client:
        client.send(V2_TIMEZONE, {"method": "get", "url": "/apiv2/reseller.manage.json", "params": {"task": "get"}})
        with pytest.raises(ConfigurationError, match="v3 call"):
            client.send(V3_LIST, V3_LIST_KWARGS)
        assert_no_secret(repr(client))
    assert seen[0].method == "POST" and seen[0].url.query == b"task=get"
    assert seen[0].content == f"api_user={V2_API_USER}&api_key={PASSWORD}".encode()
    assert len(seen) == 1
