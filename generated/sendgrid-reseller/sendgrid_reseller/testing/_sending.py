# Copied from sandbox/_sending.py by the generator. Do not edit; change the sandbox and run `make generate`.
"""The sending-infrastructure endpoints (issue 16), registered by V3Api with one call.

IPs and pools (/v3/send_ips), warm-up, reverse DNS, link branding, verified senders, mail and
tracking settings, and statistics. Each area keeps its own state, made fresh with the V3Api (so
SandboxServer.reset() clears it) and answers through the sandbox's Reply/V3Request types.
The server is threaded: each stateful area's handlers run one at a time under the area's lock.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from ._branding import Branding
from ._collections import LazyCollection
from ._params import Paginate, Routes
from ._reply import Reply
from ._send_ips import SendIps
from ._senders import Senders
from ._settings import Settings
from ._stats import Stats
from ._warmup import Warmup

if TYPE_CHECKING:
    from ._v3 import Handler, V3Request


def sending_routes(paginate: Paginate, subusers: LazyCollection, parent: str, now: Callable[[], float]) -> Routes:
    """Every handler of the area, keyed like V3Api's built-in routes: (method, normalised template)."""
    ips = SendIps()
    routes: Routes = {}
    # Warm-up reads the IPs, so the two share a lock; statistics keep no state and need none.
    ips_lock = threading.Lock()
    stateful = (
        (ips, ips_lock),
        (Warmup(ips), ips_lock),
        (Branding(paginate, subusers, parent), threading.Lock()),
        (Senders(), threading.Lock()),
        (Settings(), threading.Lock()),
    )
    for area, lock in stateful:
        for key, (operation, status, handler) in area.routes().items():
            routes[key] = (operation, status, _serialised(handler, lock))
    routes.update(Stats(paginate, parent, now).routes())
    return routes


def _serialised(handler: Handler, lock: threading.Lock) -> Handler:
    def handle(request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        with lock:
            return handler(request, params, status)

    return handle
