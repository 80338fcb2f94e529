"""`make record`: re-record the cassettes into a separate folder for review, credentials scrubbed.

    python -m tests.client.record [--out DIR] [--only GLOB] [--writes]

Every request of every cassette under tests/client/cassettes/ (or those matching `--only`, e.g.
"subusers/*") is sent again, with real credentials in place of the placeholders, and what comes
back is written to DIR/<same name> (default tests/client/cassettes.recorded/, ignored by git) with
tests/client/cassettes.py's recorder: request fields api_user, api_key, password and
confirm_password and response headers such as Set-Cookie are scrubbed, only the matched request
headers are kept (the Authorization credential a placeholder after its scheme), and any literal
credential left anywhere is replaced by its placeholder. Review the diff, then carry what you keep
into the transcription (tests/client/transcriptions/) and run `make cassettes`: the committed
cassettes are the transcriptions' output, and a test fails when they differ.

Where to: the live API (https://api.sendgrid.com, or SENDGRID_BASE_URL) when SENDGRID_API_KEY or
SENDGRID_API_USER (+ SENDGRID_API_PASSWORD) is set; against the live API only GET requests are
sent unless `--writes` is given (the cassettes create, change and delete customers). Otherwise a
local sandbox (`sandbox/`) is started and everything is sent to it.
"""

from __future__ import annotations

import argparse
import base64
import os
import secrets
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import yaml

from tests.client.cassettes import CASSETTE_DIR, _scrub_response, recorder, scrub_request

DEFAULT_OUT = CASSETTE_DIR.parent / "cassettes.recorded"
LIVE_URL = "https://api.sendgrid.com"


@dataclass(frozen=True)
class Target:
    base_url: str
    api_user: str
    api_key: str  # v2 api_key field (the account password or an API key)
    v3_authorization: str  # the Authorization header value for v3 calls
    live: bool
    # Throwaway values for the placeholders of passwords the requests set (e.g. a new subuser's).
    throwaway: str = field(default_factory=lambda: "Rec-" + secrets.token_urlsafe(12))

    def secrets(self) -> dict[str, str]:
        """Literal secret -> placeholder, longest first (so no secret is half replaced)."""
        pairs = {
            self.v3_authorization: "<AUTHORIZATION>",
            self.v3_authorization.split(" ", 1)[-1]: "<AUTHORIZATION>",
            self.api_key: "<API_KEY>",
            self.throwaway: "<PASSWORD>",
        }
        if self.api_user != "apikey":
            pairs[self.api_user] = "<API_USER>"
        return dict(sorted(pairs.items(), key=lambda item: -len(item[0])))


def target_from_env(env: Mapping[str, str], sandbox_url: str | None = None) -> Target | None:
    """The live API when credentials are in `env`, else None (the caller starts a sandbox)."""
    key, user, password = (
        env.get("SENDGRID_API_KEY", ""),
        env.get("SENDGRID_API_USER", ""),
        env.get("SENDGRID_API_PASSWORD", ""),
    )
    if not key and not user:
        return None
    base = env.get("SENDGRID_BASE_URL", LIVE_URL)
    if user and password:
        basic = base64.b64encode(f"{user}:{password}".encode()).decode()
        return Target(base, user, password, f"Bearer {key}" if key else f"Basic {basic}", live=True)
    if not key:
        raise SystemExit("record: SENDGRID_API_USER needs SENDGRID_API_PASSWORD (or set SENDGRID_API_KEY)")
    return Target(base, "apikey", key, f"Bearer {key}", live=True)


def sandbox_target(base_url: str) -> Target:
    from sandbox import DEFAULT_API_KEY, DEFAULT_V2_PASSWORD, DEFAULT_V2_USER

    return Target(base_url, DEFAULT_V2_USER, DEFAULT_V2_PASSWORD, f"Bearer {DEFAULT_API_KEY}", live=False)


def _fill(text: str, target: Target) -> str:
    for placeholder, value in (
        ("<API_USER>", target.api_user),
        ("<API_KEY>", target.api_key),
        ("<PASSWORD>", target.throwaway),
        ("<CONFIRM_PASSWORD>", target.throwaway),
    ):
        text = text.replace(placeholder, value).replace(placeholder.replace("<", "%3C").replace(">", "%3E"), value)
    return text


def _scrub_text(text: str, target: Target) -> str:
    for secret, placeholder in target.secrets().items():
        text = text.replace(secret, placeholder)
    return text


def _recorder(target: Target) -> Any:
    """cassettes.py's recorder in record mode, plus a literal sweep for any credential left."""
    vcr = recorder(record_mode="all")

    def scrub_literals(request: Any) -> Any:
        request.uri = _scrub_text(request.uri, target)
        if isinstance(request.body, bytes):
            request.body = _scrub_text(request.body.decode("utf-8", "replace"), target).encode()
        # Only the matched headers are kept (a Cookie an earlier answer set is dropped with the rest).
        return scrub_request(request)

    def scrub_response(response: dict[str, Any]) -> dict[str, Any]:
        # The known credentials first, so an echoed one keeps the placeholder saying which it was.
        body = response.get("body") or {}
        if isinstance(body.get("string"), bytes):
            body["string"] = _scrub_text(body["string"].decode("utf-8", "replace"), target).encode()
        for name, values in (response.get("headers") or {}).items():
            response["headers"][name] = [_scrub_text(str(value), target) for value in values]
        return _scrub_response(response)

    vcr.before_record_request = scrub_literals
    vcr.before_record_response = scrub_response
    return vcr


def _requests(cassette: Path) -> Iterator[dict[str, Any]]:
    data = yaml.safe_load(cassette.read_text(encoding="utf-8")) or {}
    for interaction in data.get("interactions") or []:
        yield interaction["request"]


def record(cassettes: list[Path], out: Path, target: Target, *, writes: bool = True) -> list[str]:
    """Re-send each cassette's requests to `target`, writing scrubbed cassettes under `out`."""
    lines = []
    vcr = _recorder(target)
    with httpx.Client(timeout=30, follow_redirects=False, trust_env=False) as http:
        for cassette in cassettes:
            name = cassette.relative_to(CASSETTE_DIR)
            requests = list(_requests(cassette))
            if target.live and not writes and any(r["method"] != "GET" for r in requests):
                lines.append(f"skipped {name} (it writes; pass --writes to send it to the live API)")
                continue
            destination = out / name
            destination.parent.mkdir(parents=True, exist_ok=True)
            destination.unlink(missing_ok=True)
            statuses = []
            with vcr.use_cassette(str(destination)):
                for request in requests:
                    parts = urlsplit(request["uri"])
                    url = target.base_url.rstrip("/") + _fill(
                        parts.path + (f"?{parts.query}" if parts.query else ""), target
                    )
                    headers = {
                        k: v[0] for k, v in (request.get("headers") or {}).items() if v and k.lower() != "authorization"
                    }
                    if parts.path.startswith("/v3/"):
                        headers["Authorization"] = target.v3_authorization
                    body = _fill(request.get("body") or "", target).encode()
                    response = http.request(request["method"], url, headers=headers, content=body or None)
                    statuses.append(str(response.status_code))
            lines.append(f"recorded {name}: {', '.join(statuses)}")
    return lines


@contextmanager
def _sandbox() -> Iterator[str]:
    from sandbox import SandboxServer

    with SandboxServer(customers=5, bounces=5, subusers=50) as server:
        yield server.base_url


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.client.record", description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--only", default="**/*", help="glob under tests/client/cassettes/, e.g. 'subusers/*'")
    parser.add_argument("--writes", action="store_true", help="also send requests that write to the live API")
    args = parser.parse_args(argv)
    only = args.only if args.only.endswith(".yaml") else f"{args.only}.yaml"
    cassettes = sorted(CASSETTE_DIR.glob(only))
    if not cassettes:
        print(f"record: no cassette matches {args.only!r}", file=sys.stderr)
        return 1
    live = target_from_env(os.environ)
    if live is not None:
        print(f"record: live API at {live.base_url}", file=sys.stderr)
        lines = record(cassettes, args.out, live, writes=args.writes)
    else:
        with _sandbox() as base_url:
            print(f"record: no SendGrid credentials in the environment; sandbox at {base_url}", file=sys.stderr)
            lines = record(cassettes, args.out, sandbox_target(base_url))
    print("\n".join(lines))
    print(f"record: {len(lines)} cassette(s) under {args.out}; review, then copy what you keep", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
