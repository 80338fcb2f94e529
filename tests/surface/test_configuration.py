"""Credentials that say what they are, options like the best SDKs, the environment, closing."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import httpx
import pytest
import sendgrid_reseller
from sendgrid_reseller import (
    AsyncSendGrid,
    ConfigurationError,
    RetryPolicy,
    SendGrid,
)
from sendgrid_reseller._runtime import client as client_module
from sendgrid_reseller._runtime.ratelimit import InMemoryRateLimitStore

from tests.runtime.support import PASSWORD, V2_API_KEY, V2_API_USER, V3_API_KEY
from tests.surface.support import async_client, form, recorder, sync_client

SUBUSERS = [{"username": "alice", "email": "a@example.com", "id": 1, "disabled": False}]


class TestCredentials:
    def test_user_and_v2_key_are_never_sent_to_v3(self) -> None:
        """Observed: SendGrid(api_user=..., api_key="<password>") sent the password as a v3 Bearer token."""
        seen, handler = recorder({"message": "success"})
        with sync_client(handler, api_user=V2_API_USER, api_key=V2_API_KEY) as client:
            client.reseller.customers.delete(user="u")
            with pytest.raises(ConfigurationError, match="list_subusers is a v3 call .* pass api_key='SG...' as well"):
                client.subusers.list()
        assert len(seen) == 1 and ("api_key", V2_API_KEY) in form(seen[0])

    def test_password_is_v2_only(self) -> None:
        seen, handler = recorder(SUBUSERS)
        with sync_client(handler, api_user=V2_API_USER, password=PASSWORD) as client:
            with pytest.raises(ConfigurationError, match="v3 call"):
                client.subusers.list()
        assert seen == []

    def test_both_at_once(self) -> None:
        seen, handler = recorder({"message": "success"}, SUBUSERS)
        with sync_client(handler, api_user=V2_API_USER, password=PASSWORD, api_key=V3_API_KEY) as client:
            client.reseller.customers.delete(user="u")
            client.subusers.list()
        assert form(seen[0])[:2] == [("api_user", V2_API_USER), ("api_key", PASSWORD)]
        assert seen[1].headers["authorization"] == f"Bearer {V3_API_KEY}"

    def test_an_api_key_serves_both_versions(self) -> None:
        seen, handler = recorder({"message": "success"}, SUBUSERS)
        with sync_client(handler, api_key=V3_API_KEY) as client:
            client.reseller.customers.delete(user="u")
            client.subusers.list()
        assert form(seen[0])[:2] == [("api_user", "apikey"), ("api_key", V3_API_KEY)]
        assert seen[1].headers["authorization"] == f"Bearer {V3_API_KEY}"

    def test_the_environment_supplies_the_api_key(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setenv("SENDGRID_API_KEY", V3_API_KEY)
        seen, handler = recorder(SUBUSERS)
        with sync_client(handler) as client:
            client.subusers.list()
        assert seen[0].headers["authorization"] == f"Bearer {V3_API_KEY}"

    def test_apikey_as_v2_user_is_the_api_key_case(self) -> None:
        seen, handler = recorder({"message": "success"}, SUBUSERS)
        with sync_client(handler, api_user="apikey", api_key=V3_API_KEY) as client:
            client.reseller.customers.delete(user="u")
            client.subusers.list()
        assert seen[1].headers["authorization"] == f"Bearer {V3_API_KEY}"

    def test_bearer_for_v2_too(self) -> None:
        seen, handler = recorder({"message": "success"})
        with sync_client(handler, api_key=V3_API_KEY, v2_auth="bearer") as client:
            client.reseller.customers.delete(user="u")
        assert seen[0].headers["authorization"] == f"Bearer {V3_API_KEY}"
        assert [name for name, _ in form(seen[0])] == ["user"]

    @pytest.mark.parametrize(
        ("options", "message"),
        [
            ({"password": PASSWORD}, "password needs api_user"),
            ({"api_user": V2_API_USER}, "api_user needs password"),
            ({"api_user": V2_API_USER, "password": PASSWORD, "v2_auth": "bearer"}, "cannot be used with a password"),
            ({"api_user": V2_API_USER, "api_key": V2_API_KEY, "v2_auth": "bearer"}, "without api_user"),
            ({"api_key": V3_API_KEY, "v2_auth": "basic"}, "v2_auth must be 'form' or 'bearer'"),
        ],
    )
    def test_unclear_combinations_are_refused(self, options: dict[str, Any], message: str) -> None:
        with pytest.raises(ConfigurationError, match=message):
            SendGrid(**options)

    def test_no_credentials_at_all(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.delenv("SENDGRID_API_KEY", raising=False)
        with pytest.raises(ConfigurationError, match="no credentials.*SENDGRID_API_KEY"):
            SendGrid()


class TestOptions:
    def test_retry_policy_and_the_new_errors_are_exported(self) -> None:
        for name in ("RetryPolicy", "ConflictError", "APITimeoutError", "APIConnectionError", "InternalServerError"):
            assert name in sendgrid_reseller.__all__

    def test_max_retries_bounds_the_attempts(self) -> None:
        seen, handler = recorder({"errors": [{"message": "down"}]}, status=503)
        with sync_client(handler, api_key=V3_API_KEY, max_retries=2) as client:
            with pytest.raises(sendgrid_reseller.InternalServerError, match="SendGrid failed to handle the request"):
                client.subusers.list()
        assert len(seen) == 3

    def test_with_options_is_a_configured_copy_sharing_connections(self) -> None:
        seen, handler = recorder({"errors": [{"message": "down"}]}, status=503)
        with sync_client(handler, api_key=V3_API_KEY, retry=RetryPolicy(max_attempts=4)) as client:
            copy = client.with_options(max_retries=0, on_behalf_of="sub", timeout=3.0)
            with pytest.raises(sendgrid_reseller.InternalServerError):
                copy.subusers.list()
            assert len(seen) == 1
            assert seen[0].headers["on-behalf-of"] == "sub"
            assert seen[0].extensions["timeout"]["read"] == 3.0
            assert copy.client._connections is client.client._connections
            with pytest.raises(sendgrid_reseller.InternalServerError):
                client.subusers.list()
            assert len(seen) == 5 and "on-behalf-of" not in seen[-1].headers

    def test_base_url_from_the_environment(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setenv("SENDGRID_BASE_URL", "https://sendgrid.internal.example")
        seen, handler = recorder(SUBUSERS)
        with sync_client(handler, api_key=V3_API_KEY) as client:
            client.subusers.list()
        assert seen[0].url.host == "sendgrid.internal.example"

    def test_sendgrid_log_turns_on_redacted_log_lines(self, monkeypatch: pytest.MonkeyPatch) -> None:
        logger = logging.getLogger("sendgrid_reseller")
        monkeypatch.setattr(logger, "handlers", [])
        monkeypatch.setattr(logger, "level", logging.NOTSET)
        monkeypatch.setenv("SENDGRID_LOG", "debug")
        SendGrid(api_key=V3_API_KEY)
        SendGrid(api_key=V3_API_KEY)
        assert logger.level == logging.DEBUG and len(logger.handlers) == 1
        monkeypatch.setenv("SENDGRID_LOG", "loud")
        with pytest.raises(ConfigurationError, match="SENDGRID_LOG must be 'info' or 'debug'"):
            SendGrid(api_key=V3_API_KEY)


class TestAsyncAcrossLoops:
    def test_one_async_client_in_two_event_loops(self) -> None:
        """Observed: a second asyncio.run() with the same AsyncSendGrid raised RuntimeError: Event loop is closed."""
        seen, handler = recorder(SUBUSERS)
        client = async_client(handler, api_key=V3_API_KEY)

        async def one_call() -> list[Any]:
            return (await client.subusers.list()).items

        assert asyncio.run(one_call())[0].username == "alice"
        assert asyncio.run(one_call())[0].username == "alice"
        asyncio.run(client.aclose())
        assert len(seen) == 2


class _ClosingStore(InMemoryRateLimitStore):
    def __init__(self) -> None:
        super().__init__()
        self.closed: list[str] = []

    def close(self) -> None:
        self.closed.append("close")

    async def aclose(self) -> None:
        self.closed.append("aclose")


class TestClosing:
    def test_close_closes_a_store_the_client_built(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Observed: close() never closed a Redis store built from a URL."""
        built = _ClosingStore()
        monkeypatch.setattr(client_module, "resolve_rate_limit_store", lambda *_, **__: built)
        with SendGrid(api_key=V3_API_KEY, rate_limit_store="redis://127.0.0.1:1/0"):
            pass
        assert built.closed == ["close"]

    async def test_aclose_closes_it_too(self, monkeypatch: pytest.MonkeyPatch) -> None:
        built = _ClosingStore()
        monkeypatch.setattr(client_module, "resolve_rate_limit_store", lambda *_, **__: built)
        async with AsyncSendGrid(api_key=V3_API_KEY, rate_limit_store="redis://127.0.0.1:1/0"):
            pass
        assert built.closed == ["aclose", "close"]

    def test_a_store_passed_in_is_left_open(self) -> None:
        shared = _ClosingStore()
        with SendGrid(api_key=V3_API_KEY, rate_limit_store=shared):
            pass
        assert shared.closed == []


def test_a_v3_call_on_httpx_timeout_raises_the_timeout_class() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow", request=request)

    with sync_client(handler, api_key=V3_API_KEY, max_retries=0) as client:
        with pytest.raises(sendgrid_reseller.APITimeoutError, match="list_subusers timed out"):
            client.subusers.list()


def test_a_malformed_answer_is_explained_in_plain_words() -> None:
    """Observed: MalformedResponseError said "dictionary update sequence element #0 has length 1"."""
    seen, handler = recorder(["not", "objects"])
    with sync_client(handler, api_key=V3_API_KEY) as client:
        with pytest.raises(sendgrid_reseller.MalformedResponseError) as caught:
            client.subusers.list()
    message = str(caught.value)
    assert "dictionary update" not in message and "list_subusers: the 200 answer" in message
    assert "a list where an object belongs" in message


def test_import_stays_light() -> None:
    """`import sendgrid_reseller` loads no group, endpoint, page or webhook module (bench: import time)."""
    import subprocess
    import sys

    from generator.paths import REPO_ROOT

    code = "import sys, sendgrid_reseller; print(' '.join(sorted(sys.modules)))"
    loaded = subprocess.run(
        [sys.executable, "-c", code],
        cwd=REPO_ROOT,
        env={"PYTHONPATH": str(REPO_ROOT / "generated" / "sendgrid-reseller"), "PATH": ""},
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    heavy = [
        name
        for name in loaded
        if name.startswith(("sendgrid_reseller._groups.", "sendgrid_reseller.api.", "cryptography", "redis"))
        or name in ("sendgrid_reseller._runtime.page", "sendgrid_reseller._runtime.webhook_signature", "asyncio")
    ]
    assert heavy == []
    assert {"SyncPage", "AsyncPage", "EventWebhookVerifier"} <= set(sendgrid_reseller.__all__)
    assert sendgrid_reseller.SyncPage.__name__ == "SyncPage"
