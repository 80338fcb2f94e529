"""`make record` (tests/client/record.py) against the sandbox: what it writes holds no secret.

The sandbox's credentials stand in for real ones; one scripted answer carries a Set-Cookie header
and echoes the API key in its body, so both response-side scrubbers are exercised.
"""

from __future__ import annotations

import base64
from pathlib import Path

import yaml

from sandbox import DEFAULT_API_KEY, DEFAULT_V2_PASSWORD, DEFAULT_V2_USER, Fault, SandboxServer
from tests.client.cassettes import CASSETTE_DIR
from tests.client.record import record, sandbox_target, target_from_env

CASSETTES = [
    CASSETTE_DIR / "customer_management" / "list_customers.yaml",  # v2 POST form: api_user / api_key
    CASSETTE_DIR / "customer_management" / "create_customer.yaml",  # v2: password, confirm_password
    CASSETTE_DIR / "subusers" / "create_subuser.yaml",  # v3 JSON password + Bearer
    # v3 GET + Bearer (v2 has no GET call left: its credentials never go into a URL, issue 13)
    CASSETTE_DIR / "subusers" / "get_subuser_credits.yaml",
]
SECRETS = (
    DEFAULT_API_KEY,
    DEFAULT_V2_PASSWORD,
    DEFAULT_V2_USER,
    base64.b64encode(f"{DEFAULT_V2_USER}:{DEFAULT_V2_PASSWORD}".encode()).decode(),
    "session=cookie-value-to-scrub",
)


def test_recording_against_the_sandbox_scrubs_every_secret(tmp_path: Path) -> None:
    with SandboxServer(customers=3) as server:
        server.script(
            "/v3/subusers",
            [Fault.status(201, {"echo": DEFAULT_API_KEY}, headers={"Set-Cookie": "session=cookie-value-to-scrub"})],
            method="POST",
        )
        target = sandbox_target(server.base_url)
        lines = record(CASSETTES, tmp_path, target)
        assert server.stats().total == 4
    assert [line.split(":")[0] for line in lines] == [f"recorded {p.relative_to(CASSETTE_DIR)}" for p in CASSETTES]
    written = sorted(tmp_path.rglob("*.yaml"))
    assert len(written) == len(CASSETTES)
    texts = {path.name: path.read_text(encoding="utf-8") for path in written}
    for name, text in texts.items():
        for secret in (*SECRETS, target.throwaway):
            assert secret not in text, f"{secret!r} left in {name}"
        assert "set-cookie" not in text.lower()
        assert yaml.safe_load(text)["interactions"], name
    assert "<API_KEY>" in texts["list_customers.yaml"] and "<API_USER>" in texts["list_customers.yaml"]
    assert "Bearer <API_KEY>" in texts["get_subuser_credits.yaml"]  # the scheme kept, the key a placeholder
    assert "<PASSWORD>" in texts["create_subuser.yaml"] and "Bearer <API_KEY>" in texts["create_subuser.yaml"]
    assert '"echo":"<AUTHORIZATION>"' in texts["create_subuser.yaml"].replace(" ", "")  # the body's echo
    assert "<CONFIRM_PASSWORD>" in texts["create_customer.yaml"] and "<PASSWORD>" in texts["create_customer.yaml"]


def test_live_target_comes_from_the_environment_and_skips_writes(tmp_path: Path) -> None:
    assert target_from_env({}) is None
    live = target_from_env({"SENDGRID_API_KEY": "SG.live-s3cr3t"})
    assert live is not None and live.base_url == "https://api.sendgrid.com" and live.api_user == "apikey"
    v2 = target_from_env({"SENDGRID_API_USER": "reseller", "SENDGRID_API_PASSWORD": "pw-s3cr3t"})
    assert v2 is not None and v2.v3_authorization.startswith("Basic ")
    with SandboxServer() as server:
        live_like = target_from_env({"SENDGRID_API_KEY": DEFAULT_API_KEY, "SENDGRID_BASE_URL": server.base_url})
        assert live_like is not None
        lines = record(CASSETTES, tmp_path, live_like, writes=False)
        assert server.stats().total == 1  # only the GET cassette was sent
    assert sum(line.startswith("skipped") for line in lines) == 3
