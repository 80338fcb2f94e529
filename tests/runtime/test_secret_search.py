"""Issue 17: the search for secrets that every answer goes through, made cheap without letting one by.

`contains_secret` says whether a text or body holds any form of a registered secret (or of the
running call's own), searching only for the forms that contain no other; an answer's headers are
searched in one pass and rewritten only when that pass finds something.
"""

from __future__ import annotations

import base64
import gc
import json
from typing import Any
from urllib.parse import quote, quote_plus

import httpx
import pytest
from sendgrid_reseller._runtime import scrub
from sendgrid_reseller._runtime.redact import (
    REDACTED,
    bind_call_secrets,
    contains_secret,
    encoded_forms,
    minimal_forms,
    redact_bytes,
    redact_text,
    register_secrets,
)

# Characters that make every encoded form differ from the others: URL-quoted with and without `/`
# safe, `+` for a space, JSON escapes (with and without ASCII escaping), base64 with padding.
SECRET = 'SG.k3y/with "quotes"+ ü\\n'
CALL_SECRET = "new passwörd/1"


class _Owner:
    pass


@pytest.fixture
def registered() -> Any:
    owner = _Owner()
    register_secrets(owner, [SECRET])
    yield owner
    del owner
    gc.collect()


def _every_form(secret: str) -> list[str]:
    raw = secret.encode()
    forms = [
        secret,
        quote(secret, safe=""),
        quote(secret),
        quote_plus(secret),
        base64.b64encode(raw).decode(),
        base64.urlsafe_b64encode(raw).decode(),
        base64.b64encode(raw).decode().rstrip("="),
        json.dumps(secret)[1:-1],
        json.dumps(secret, ensure_ascii=False)[1:-1],
    ]
    assert len(set(forms)) >= 7, "the secret should make most forms differ"
    return forms


@pytest.mark.parametrize("index", range(9))
def test_every_encoded_form_is_found_in_text_and_bytes(registered: Any, index: int) -> None:
    form = _every_form(SECRET)[index]
    text = f"echoed: <{form}> by a hostile server"
    assert contains_secret(text)
    assert contains_secret(text.encode())
    assert form not in redact_text(text) and REDACTED in redact_text(text)
    assert form.encode() not in redact_bytes(text.encode())


def test_text_without_a_secret_is_not_rewritten(registered: Any) -> None:
    text = "nothing here but SG. and k3y and " + SECRET[:-1][::-1]
    assert not contains_secret(text)
    assert not contains_secret(text.encode())
    assert redact_text(text) is text
    data = text.encode()
    assert redact_bytes(data) is data


def test_a_secret_split_between_two_texts_is_in_neither(registered: Any) -> None:
    half = len(SECRET) // 2
    assert not contains_secret(SECRET[:half]) and not contains_secret(SECRET[half:])
    assert contains_secret(SECRET[:half] + SECRET[half:])


def test_the_running_calls_own_secrets_are_found_until_replaced() -> None:
    assert not contains_secret(f"x{CALL_SECRET}x")
    bind_call_secrets([CALL_SECRET])
    try:
        for form in encoded_forms(CALL_SECRET):
            assert contains_secret(f"x{form}x") and contains_secret(f"x{form}x".encode())
    finally:
        bind_call_secrets([])
    assert not contains_secret(f"x{CALL_SECRET}x")


def test_a_secret_is_no_longer_searched_for_once_its_owner_is_gone() -> None:
    owner = _Owner()
    register_secrets(owner, ["SG.short-lived-key"])
    assert contains_secret("SG.short-lived-key")
    del owner
    gc.collect()
    assert not contains_secret("SG.short-lived-key")


def test_the_minimal_forms_are_found_in_every_form() -> None:
    forms = encoded_forms(SECRET)
    needles = minimal_forms(forms)
    assert set(needles) <= forms and len(needles) < len(forms)  # the padded base64 holds the unpadded one
    assert all(any(needle in form for needle in needles) for form in forms)


def _answer(headers: list[tuple[str, str | bytes]], body: bytes = b"[]") -> httpx.Response:
    request = httpx.Request("GET", "https://api.sendgrid.com/v3/subusers?limit=1")
    raw = [(name.encode(), value if isinstance(value, bytes) else value.encode()) for name, value in headers]
    return httpx.Response(200, headers=raw, content=body, request=request)


def test_clean_headers_are_searched_once_not_one_by_one(registered: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = 0
    real = redact_text

    def counting(text: str) -> str:
        nonlocal calls
        calls += 1
        return real(text)

    monkeypatch.setattr(scrub, "redact_text", counting)
    answer = _answer([(f"x-header-{n}", f"value {n}") for n in range(12)])
    scrub.scrub_response(answer)
    assert calls == 0
    assert answer.headers["x-header-11"] == "value 11"


@pytest.mark.parametrize("index", range(9))
def test_a_secret_echoed_in_any_header_is_redacted(registered: Any, index: int) -> None:
    form = _every_form(SECRET)[index]
    value = f"echo {form}".encode()
    answer = _answer([("X-Clean", "ok"), ("X-Echo", value), ("Link", '<https://h/x?offset=1>; rel="next"')])
    scrub.scrub_response(answer)
    assert answer.headers["x-echo"] == f"echo {REDACTED}"
    assert answer.headers["x-clean"] == "ok" and answer.links["next"]["url"] == "https://h/x?offset=1"
    assert not any(contains_secret(f"{key}: {item}") for key, item in answer.headers.multi_items())


def test_a_secret_echoed_as_a_header_name_is_redacted(registered: Any) -> None:
    name = quote(SECRET, safe="")
    answer = _answer([(f"X-{name}", "1")])
    scrub.scrub_response(answer)
    assert [key for key, _ in answer.headers.raw][0] == f"X-{REDACTED}".encode()
    assert not contains_secret(b"\n".join(key for key, _ in answer.headers.raw))


def test_a_latin_1_header_is_searched_as_the_text_a_caller_reads() -> None:
    """Its bytes are not the secret's UTF-8 bytes: searching the raw bytes alone would miss it."""
    owner = _Owner()
    register_secrets(owner, ["pässwörd-xyz"])
    answer = _answer([("X-Echo", "pässwörd-xyz".encode("latin-1"))])
    assert answer.headers["x-echo"] == "pässwörd-xyz"
    scrub.scrub_response(answer)
    assert answer.headers["x-echo"] == REDACTED
    del owner
    gc.collect()
