"""Each of the 74 sending-infrastructure operations has a stateful handler, on the spec's route and name."""

from __future__ import annotations

import json
import threading

import httpx

from sandbox import FakeClock, SandboxServer, load_routes
from sandbox._collections import LazyCollection
from sandbox._config import SandboxConfig
from sandbox._reply import Reply
from sandbox._sending import _serialised, sending_routes
from sandbox._spec import normalise_template
from sandbox._stats import Stats
from tests.sandbox.conftest import V3_AUTH


def _no_records() -> LazyCollection:
    return LazyCollection(0, lambda index: {}, lambda key: None, "k")


def test_each_operation_has_a_handler_on_its_spec_route() -> None:
    routes = sending_routes(lambda request, fetch: Reply(200), _no_records(), "p", FakeClock().time)
    served = {key: operation for key, (operation, _, _) in routes.items()}
    assert len(set(served.values())) == 74  # issue 16's operations, each once
    spec = {
        (r.method, normalise_template(r.template)): r.operation_id for r in load_routes(SandboxConfig().spec_path).v3
    }
    assert {key: spec.get(key) for key in served} == served  # on the spec's route, under the spec's name


WRONG_TYPES = {
    name: value
    for name, value in {
        "name": 5, "ips": "192.0.2.1", "subusers": [1, None], "enabled": "yes", "domain": 3, "subdomain": ["a"],
        "ip": 4, "default": "y", "username": 7, "list": 5, "nickname": 1, "from_email": [], "is_auto_warmup": "no",
        "is_parent_assigned": 1, "is_enabled": "x", "soft_bounces": -1, "email": 9, "utm_source": None,
    }.items()
}  # fmt: skip
BODIES = [b"not json", b"[]", b"{}", json.dumps(WRONG_TYPES).encode()]
QUERIES = [
    {},
    {"limit": "abc", "offset": "-1", "after_key": "zz", "before_key": "1", "start_date": "x", "categories": ""},
    {"limit": "0", "lastSeenID": "x", "id": "y", "include_region": "maybe", "start_date": "2024-01-01", "end_date": "2023-01-01"},
    {"start_date": "2024-01-01", "aggregated_by": "week", "sort_by_metric": "nope", "country": "US", "username": "x"},
]  # fmt: skip


def test_bad_input_gets_a_4xx_with_an_error_body_never_a_crash(server: SandboxServer, client: httpx.Client) -> None:
    routes = sending_routes(lambda request, fetch: Reply(200), _no_records(), "p", FakeClock().time)
    sent = 0
    for method, template in routes:
        for value in ("1", "192.0.2.1", "not-a-thing"):
            path = template.replace("{}", value)
            for query in QUERIES:
                for body in BODIES if method in ("POST", "PATCH", "PUT") else [b""]:
                    answer = client.request(method, path, params=query, content=body, headers=V3_AUTH)
                    sent += 1
                    assert answer.status_code < 500, (method, path, query, body)
                    if answer.status_code >= 400:
                        assert answer.json()["errors"][0]["message"], (method, path, query, body)
    assert sent > 1000


def test_stateful_handlers_run_under_their_area_lock() -> None:
    lock = threading.Lock()
    held = _serialised(lambda request, params, status: Reply(200 if lock.locked() else 500), lock)
    assert held(None, (), 200).status == 200  # type: ignore[arg-type]  # no request: this handler never reads it
    assert not lock.locked()
    routes = sending_routes(lambda request, fetch: Reply(200), _no_records(), "p", FakeClock().time)
    unlocked = {op for (op, _, handler) in routes.values() if handler.__qualname__ != held.__qualname__}
    assert unlocked == {
        op for (op, _, _) in Stats(lambda request, fetch: Reply(200), "p", FakeClock().time).routes().values()
    }  # no state
