"""The sending-infrastructure endpoints (issue 16), registered by V3Api with one call.

IPs and pools (/v3/send_ips), warm-up, reverse DNS, link branding, verified senders, mail and
tracking settings, and statistics. Each area keeps its own state, made fresh with the V3Api (so
SandboxServer.reset() clears it) and answers through the sandbox's Reply/V3Request types.
"""

from __future__ import annotations

from sandbox._branding import Branding
from sandbox._collections import LazyCollection
from sandbox._params import Paginate, Routes
from sandbox._send_ips import SendIps
from sandbox._senders import Senders
from sandbox._settings import Settings
from sandbox._stats import Stats
from sandbox._warmup import Warmup


def sending_routes(paginate: Paginate, subusers: LazyCollection, parent: str) -> Routes:
    """Every handler of the area, keyed like V3Api's built-in routes: (method, normalised template)."""
    ips = SendIps()
    routes: Routes = {}
    for area in (
        ips,
        Warmup(ips),
        Branding(paginate, subusers, parent),
        Senders(),
        Settings(),
        Stats(paginate, parent),
    ):
        routes.update(area.routes())
    return routes
