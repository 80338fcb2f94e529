"""A local, stateful SendGrid (v2 Reseller + v3) for offline use, tests and benchmarks.

Spec-driven: routes come from spec/openapi.yaml at start. See sandbox/README.md.
"""

from sandbox._config import DEFAULT_API_KEY, DEFAULT_V2_PASSWORD, DEFAULT_V2_USER, RateLimit, SandboxConfig
from sandbox._faults import Fault
from sandbox._log import RequestRecord, Snapshot
from sandbox._server import SandboxServer
from sandbox._spec import RouteTable, V2Route, V3Route, load_routes

__all__ = [
    "DEFAULT_API_KEY",
    "DEFAULT_V2_PASSWORD",
    "DEFAULT_V2_USER",
    "Fault",
    "RateLimit",
    "RequestRecord",
    "RouteTable",
    "SandboxConfig",
    "SandboxServer",
    "Snapshot",
    "V2Route",
    "V3Route",
    "load_routes",
]
