"""Secrets: 0 hits for the test credentials in everything the client and the toolchain produce.

- client traffic: every credential style (v3 Bearer, v2 form fields, v2 GET query, Basic, v2
  Bearer) through the sync and asyncio clients against a server that fails every way the fault
  matrix knows, with every logger at DEBUG; every log record, exception text (str, repr,
  traceback, string attributes) and client repr is searched. (conftest.py also searches the log
  records of every other test in this suite.)
- every cassette file under tests/client/cassettes/;
- every member of the wheel and sdist built by release/build.py.
"""

from __future__ import annotations

import asyncio
import base64
import logging
import tarfile
import traceback
import zipfile
from typing import Any

import pytest
import yaml
from sendgrid_reseller._runtime.errors import SendGridError
from sendgrid_reseller.api.customer_management import list_customers
from sendgrid_reseller.api.customer_timezone import list_customer_timezones
from sendgrid_reseller.api.subusers import list_subusers

from sandbox import DEFAULT_API_KEY, DEFAULT_V2_PASSWORD
from tests.client import conftest as cassette_credentials
from tests.client.cassettes import CASSETTE_DIR
from tests.reliability.conftest import Built
from tests.reliability.faults import CASES, FAST_RETRY, READ_TIMEOUT
from tests.runtime.loopback import LoopbackServer, Recorded, Reply
from tests.runtime.support import (
    BASIC_TOKEN,
    PASSWORD,
    SECRET_TEXTS,
    V2_API_KEY,
    V2_API_USER,
    V3_API_KEY,
    loopback_client,
)

CREDENTIALS: dict[str, dict[str, Any]] = {
    "v3_key": {"api_key": V3_API_KEY},
    "v2_user_key": {"api_user": V2_API_USER, "api_key": V2_API_KEY},
    "v2_user_password": {"api_key": None, "api_user": V2_API_USER, "password": PASSWORD},
    "v2_bearer": {"api_key": V3_API_KEY, "v2_auth": "bearer"},
}
# Test credentials of every kind used anywhere in the repository's tests.
ALL_TEST_SECRETS = (
    *SECRET_TEXTS,
    V3_API_KEY,
    V2_API_KEY,
    PASSWORD,
    BASIC_TOKEN,
    DEFAULT_API_KEY,
    DEFAULT_V2_PASSWORD,
    base64.b64encode(f"{cassette_credentials.V2_API_USER}:{cassette_credentials.V2_API_KEY}".encode()).decode(),
    cassette_credentials.V2_API_KEY,
    cassette_credentials.V3_API_KEY,
)
FAILING = [case for case in CASES if case.outcome is not None and case.api == "v3" and "huge" not in case.name]


def _texts(exception: BaseException) -> list[str]:
    texts = [str(exception), repr(exception), "".join(traceback.format_exception(exception))]
    return texts + [value for value in vars(exception).values() if isinstance(value, str)]


class AllFaults:
    """Answers each request with the next failing fault case's first reply, round and round."""

    def __init__(self) -> None:
        self._replies = [case.replies[0] for case in FAILING if case.replies]
        self._served = 0

    def __call__(self, request: Recorded) -> Reply:
        reply = self._replies[self._served % len(self._replies)]
        self._served += 1
        return reply


CALLS = (list_subusers, list_customers, list_customer_timezones)


def _sync_calls(base_url: str, options: dict[str, Any], produced: list[str]) -> int:
    failures = 0
    with loopback_client(base_url, **options) as client:
        produced.append(repr(client))
        for _ in range(len(FAILING) // len(CALLS) + 1):
            for module in CALLS:
                try:
                    module.sync(client)
                except SendGridError as exc:
                    failures += 1
                    produced.extend(_texts(exc))
            try:
                list(list_subusers.iter_items(client))
            except SendGridError as exc:
                failures += 1
                produced.extend(_texts(exc))
    return failures


async def _async_calls(base_url: str, options: dict[str, Any], produced: list[str]) -> int:
    failures = 0
    async with loopback_client(base_url, **options) as client:
        for _ in range(3):
            for module in CALLS:
                try:
                    await module.asyncio(client)
                except SendGridError as exc:
                    failures += 1
                    produced.extend(_texts(exc))
    return failures


@pytest.mark.parametrize("style", sorted(CREDENTIALS))
def test_client_traffic_leaks_no_credential(style: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    produced: list[str] = []
    options = {"retry": FAST_RETRY, "timeout": READ_TIMEOUT, **CREDENTIALS[style]}
    with LoopbackServer(AllFaults()) as server:
        failures = _sync_calls(server.base_url, options, produced)
        failures += asyncio.run(_async_calls(server.base_url, options, produced))
        assert server.request_count >= 20  # v2-only credentials: v3 calls are refused before sending
    produced.extend(record.getMessage() for record in caplog.records)
    produced.extend(record.exc_text or "" for record in caplog.records)
    assert failures > 10 and len(produced) > 50
    hits = [(secret, text[:200]) for text in produced for secret in ALL_TEST_SECRETS if secret and secret in text]
    assert hits == []


def test_no_credential_in_any_cassette() -> None:
    cassettes = sorted(CASSETTE_DIR.rglob("*.yaml"))
    assert len(cassettes) > 100
    hits = [
        (path.relative_to(CASSETTE_DIR).as_posix(), secret)
        for path in cassettes
        for secret in ALL_TEST_SECRETS
        if secret in path.read_text(encoding="utf-8")
    ]
    assert hits == []
    for path in cassettes:  # placeholders only: an Authorization scheme but no credential, no cookie
        for interaction in yaml.safe_load(path.read_text(encoding="utf-8"))["interactions"]:
            for name, values in (interaction["request"].get("headers") or {}).items():
                assert name.lower() != "authorization" or values in (["Bearer <API_KEY>"], ["<AUTHORIZATION>"]), path
            assert "set-cookie" not in {name.lower() for name in interaction["response"].get("headers") or {}}, path


def _members(built: Built) -> dict[str, bytes]:
    members: dict[str, bytes] = {}
    with zipfile.ZipFile(built.wheel) as wheel:
        for name in wheel.namelist():
            members[f"wheel:{name}"] = wheel.read(name)
    with tarfile.open(built.sdist) as sdist:
        for member in sdist.getmembers():
            handle = sdist.extractfile(member)
            if handle is not None:
                members[f"sdist:{member.name}"] = handle.read()
    return members


def test_no_credential_in_the_built_package(built: Built) -> None:
    members = _members(built)
    assert any(name.endswith("_runtime/client.py") for name in members) and len(members) > 100
    hits = [(name, secret) for name, data in members.items() for secret in ALL_TEST_SECRETS if secret.encode() in data]
    assert hits == []
