# Copied from sandbox/__init__.py by the generator. Do not edit; change the sandbox and run `make generate`.
"""A local, stateful SendGrid (v2 Reseller + v3) for offline use, tests and benchmarks.

Spec-driven: routes come from the spec at start, read by the sandbox's own reader (it imports
nothing from the generator, so it can catch the generator's mistakes). See sandbox/README.md.
"""

from ._app import IN_PROCESS_BASE_URL, Sandbox
from ._clients import client_options
from ._clock import Clock, FakeClock, SystemClock
from ._config import DEFAULT_API_KEY, DEFAULT_V2_PASSWORD, DEFAULT_V2_USER, RateLimit, SandboxConfig
from ._faults import Fault
from ._log import RequestRecord, Snapshot
from ._redact import REDACTED
from ._seed import SeedError, Seeding
from ._server import SandboxServer
from ._spec import RouteTable, V2Route, V3Route, load_routes
from ._transport import AsyncSandboxTransport, SandboxTransport

__all__ = [
    "DEFAULT_API_KEY",
    "DEFAULT_V2_PASSWORD",
    "DEFAULT_V2_USER",
    "IN_PROCESS_BASE_URL",
    "REDACTED",
    "AsyncSandboxTransport",
    "Clock",
    "FakeClock",
    "Fault",
    "RateLimit",
    "RequestRecord",
    "RouteTable",
    "Sandbox",
    "SandboxConfig",
    "SandboxServer",
    "SandboxTransport",
    "SeedError",
    "Seeding",
    "Snapshot",
    "SystemClock",
    "V2Route",
    "V3Route",
    "client_options",
    "load_routes",
]
