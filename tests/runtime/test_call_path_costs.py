"""Issue 17: per-call work that is the same for every call is done once (per client, or not at all).

Each test counts what a call builds (via monkeypatch), so a change that builds it per call again
fails here; the behaviour tests check that the shortcut changes nothing a caller can see.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from sendgrid_reseller._runtime import redact
from sendgrid_reseller._runtime.options import RequestOptions
from sendgrid_reseller._runtime.redact import bind_call_secrets, contains_secret

from .support import V3_LIST, V3_LIST_KWARGS, mock_client

CALL_SECRET = "new-passw0rd-for-a-customer"


def _ok(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json=[])


def test_a_call_builds_no_httpx_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    client = mock_client(_ok, timeout=7.0)
    client.send(V3_LIST, V3_LIST_KWARGS)  # connections opened: the httpx client built its own
    built: list[Any] = []
    original = httpx.Timeout.__init__

    def counting(self: httpx.Timeout, *args: Any, **kwargs: Any) -> None:
        built.append(args)
        original(self, *args, **kwargs)

    monkeypatch.setattr(httpx.Timeout, "__init__", counting)
    for _ in range(5):
        client.send(V3_LIST, V3_LIST_KWARGS)
    assert built == []


@pytest.mark.parametrize(
    ("client_timeout", "copy_timeout", "options", "expected"),
    [
        (7.0, None, None, 7.0),
        (httpx.Timeout(5.0, connect=2.0), None, None, {"connect": 2.0, "read": 5.0, "write": 5.0, "pool": 5.0}),
        (7.0, 3.0, None, 3.0),
        (7.0, 3.0, RequestOptions(timeout=2.0), 2.0),
        (7.0, None, RequestOptions(timeout=httpx.Timeout(None)), None),
    ],
)
def test_the_timeout_that_reaches_the_transport_is_the_calls(
    client_timeout: float | httpx.Timeout, copy_timeout: float | None, options: RequestOptions | None, expected: Any
) -> None:
    seen: list[dict[str, Any]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions["timeout"])
        return httpx.Response(200, json=[])

    client = mock_client(handler, timeout=client_timeout)
    if copy_timeout is not None:
        client = client.with_options(timeout=copy_timeout)
    client.send(V3_LIST, V3_LIST_KWARGS, options)
    client.send(V3_LIST, V3_LIST_KWARGS, options)
    want = expected if isinstance(expected, dict) else dict.fromkeys(("connect", "read", "write", "pool"), expected)
    assert seen == [want, want]
    seen[0]["read"] = -1.0  # each request has its own: changing one changes neither another nor the client's
    client.send(V3_LIST, V3_LIST_KWARGS, options)
    assert seen[-1] == want


def test_binding_no_call_secret_reduces_no_forms(monkeypatch: pytest.MonkeyPatch) -> None:
    bind_call_secrets([CALL_SECRET])
    assert contains_secret(f"x{CALL_SECRET}x")
    reduced: list[Any] = []
    original = redact.minimal_forms

    def counting(forms: Any) -> tuple[str, ...]:
        reduced.append(forms)
        return original(forms)

    monkeypatch.setattr(redact, "minimal_forms", counting)
    bind_call_secrets([])
    bind_call_secrets(["", ""])
    assert reduced == []
    # The previous call's secret is no longer searched for, in text and bytes alike.
    assert not contains_secret(f"x{CALL_SECRET}x")
    assert not contains_secret(f"x{CALL_SECRET}x".encode())
    assert redact.redact_text(CALL_SECRET) == CALL_SECRET
    assert redact.redact_bytes(CALL_SECRET.encode()) == CALL_SECRET.encode()


SCRUB_KEY = "SG.call-path-s3cr3t-key"


@pytest.fixture
def registered_key() -> Any:
    owner = type("Owner", (), {})()
    redact.register_secrets(owner, [SCRUB_KEY])
    return owner


@pytest.mark.parametrize(
    "url",
    [
        "https://api.example.com/v3/subusers?limit=1",
        f"https://api.example.com/v3/subusers/{SCRUB_KEY}",
        f"https://api.example.com/v3/subusers?q={SCRUB_KEY}",
        "https://user:pw@api.example.com/v3/subusers",
        "https://api.example.com/apiv2/x.json?api_user=u&api_key=k&task=get",
        "https://api.example.com/apiv2/x.json?password=",
    ],
)
def test_changed_url_is_redact_url_or_none_when_unchanged(registered_key: Any, url: str) -> None:
    parsed = httpx.URL(url)
    redacted = redact.redact_url(parsed)
    assert redact.changed_url(parsed) == (None if redacted == str(parsed) else redacted)


def test_scrubbing_a_request_formats_its_url_once_and_scans_its_headers_once(
    registered_key: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sendgrid_reseller._runtime.scrub import scrub_request

    request = httpx.Request(
        "GET",
        "https://api.example.com/v3/subusers?limit=1",
        headers={"Authorization": f"Bearer {SCRUB_KEY}", "Cookie": "c=1", "Accept": "application/json"},
    )
    formatted: list[int] = []
    scanned: list[int] = []
    url_str, contains = httpx.URL.__str__, httpx.Headers.__contains__

    def counting_str(self: httpx.URL) -> str:
        formatted.append(1)
        return url_str(self)

    def counting_contains(self: httpx.Headers, key: Any) -> bool:
        scanned.append(1)
        return contains(self, key)

    monkeypatch.setattr(httpx.URL, "__str__", counting_str)
    monkeypatch.setattr(httpx.Headers, "__contains__", counting_contains)
    clean = scrub_request(request)
    monkeypatch.undo()
    assert (len(formatted), len(scanned)) == (1, 0)
    assert clean.headers["authorization"] == redact.REDACTED and clean.headers["cookie"] == redact.REDACTED
    assert clean.headers["accept"] == "application/json"
    assert "proxy-authorization" not in clean.headers
    assert SCRUB_KEY not in repr(clean.headers) and SCRUB_KEY not in str(clean.url)
    assert request.headers["authorization"] == f"Bearer {SCRUB_KEY}"  # the sent request stays as sent


def test_each_attempt_of_a_call_has_its_own_extensions() -> None:
    seen: list[dict[str, Any]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions)
        return httpx.Response(503 if len(seen) == 1 else 200, json=[])

    client = mock_client(handler, timeout=7.0)
    client.send(V3_LIST, V3_LIST_KWARGS)
    assert len(seen) == 2
    assert seen[0] is not seen[1] and seen[0]["timeout"] is not seen[1]["timeout"]
    assert seen[0]["timeout"] == seen[1]["timeout"] == dict.fromkeys(("connect", "read", "write", "pool"), 7.0)
