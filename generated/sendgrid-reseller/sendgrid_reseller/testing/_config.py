# Copied from sandbox/_config.py by the generator. Do not edit; change the sandbox and run `make generate`.
"""Every knob of the sandbox in one frozen dataclass, with the defaults documented in README.md."""

from __future__ import annotations

import importlib
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

# The published testing extra ships the spec beside this module as one JSON bundle (written by
# generator/testing_extra.py); in the repository the sandbox reads spec/ itself.
BUNDLED_SPEC = Path(__file__).resolve().parent / "spec.json"
DEFAULT_SPEC_PATH = (
    BUNDLED_SPEC if BUNDLED_SPEC.is_file() else Path(__file__).resolve().parent.parent / "spec" / "openapi.yaml"
)


def _default_secrets() -> tuple[str, str]:
    """The API key and v2 password the sandbox accepts unless told otherwise: the repository's
    fixed ones (sandbox/_credentials.py), or, in the published copy, new ones per process."""
    try:
        fixed = importlib.import_module(f"{__package__}._credentials")
    except ImportError:
        return f"SG.sandbox-{secrets.token_urlsafe(24)}", secrets.token_urlsafe(18)
    return str(fixed.API_KEY), str(fixed.V2_PASSWORD)


DEFAULT_API_KEY, DEFAULT_V2_PASSWORD = _default_secrets()
DEFAULT_V2_USER = "sandbox_reseller"


@dataclass(frozen=True)
class RateLimit:
    """A fixed window: `requests` per `window` seconds, counted per endpoint (verb + path)."""

    requests: int
    window: float

    def __post_init__(self) -> None:
        if self.requests < 1 or self.window <= 0:
            raise ValueError(f"rate limit needs requests >= 1 and window > 0, got {self.requests}/{self.window}")

    @classmethod
    def parse(cls, text: str) -> RateLimit | None:
        """`"600/60"` → 600 requests per 60 s; `"5/0.5"` works too; `"off"` → no rate limiting."""
        if text.strip().lower() in {"off", "none", "0"}:
            return None
        requests, _, window = text.partition("/")
        try:
            return cls(int(requests), float(window or "60"))
        except ValueError as exc:
            raise ValueError(
                f"rate limit must look like N/WINDOW_SECONDS (e.g. 600/60) or 'off', got {text!r}"
            ) from exc


@dataclass(frozen=True)
class SandboxConfig:
    port: int = 0  # 0: a free port
    host: str = "127.0.0.1"
    spec_path: Path = DEFAULT_SPEC_PATH
    # Credentials. v2: api_user/api_key fields (or api_user="apikey" + the API key, or Bearer);
    # v3: Bearer <api_key> or Basic base64(v2_user:v2_password).
    api_key: str = DEFAULT_API_KEY
    v2_user: str = DEFAULT_V2_USER
    v2_password: str = DEFAULT_V2_PASSWORD
    # Rate limiting (None: off, and no X-RateLimit-* headers).
    rate_limit: RateLimit | None = RateLimit(600, 60.0)
    # Per endpoint, overriding rate_limit: {"GET /v3/subusers": RateLimit(2, 60)} (v2: "POST /apiv2/<file>.json";
    # path parameters by any name, e.g. "DELETE /v3/subusers/{subuser_name}").
    endpoint_limits: Mapping[str, RateLimit] = field(default_factory=dict)
    rate_limit_v2: bool = True  # v2 calls share one window per wire path, like v3 endpoints
    reset_style: Literal["epoch", "seconds"] = "epoch"  # X-RateLimit-Reset: Unix epoch or seconds until reset
    invalid_429_body: bool = False  # send SendGrid's documented (invalid JSON, trailing comma) 429 body
    # Seeded, lazily generated collections (stable ids and names).
    subusers: int = 5000
    bounces: int = 0
    customers: int = 0  # v2 reseller customers
    ips: int = 0  # the account's IPs (192.0.2.1, 192.0.2.2, ...)
    # Link header of paginated v3 collections.
    link_base_url: str | None = None  # None: the sandbox's own base URL
    link_http_quirk: bool = False  # rewrite https:// to http:// like SendGrid's documented sample
    link_prev_on_first_page: bool = False  # SendGrid quirk: rel="prev" on page 1 points at page 1
    link_fold: bool = False  # fold the header over several lines (obs-fold)
    # Bounds for scripted faults.
    max_delay: float = 30.0
    # Observability: per-request records (bounded) and a stderr line per request.
    record_requests: bool = False
    max_records: int = 10_000
    log_requests: bool = False
