"""Each of the 74 sending-infrastructure operations has a stateful handler, on the spec's route and name."""

from __future__ import annotations

from sandbox import load_routes
from sandbox._collections import LazyCollection
from sandbox._config import SandboxConfig
from sandbox._reply import Reply
from sandbox._sending import sending_routes
from sandbox._spec import normalise_template


def test_each_operation_has_a_handler_on_its_spec_route() -> None:
    routes = sending_routes(lambda request, fetch: Reply(200), LazyCollection(0, dict, lambda key: None, "k"), "p")
    served = {key: operation for key, (operation, _, _) in routes.items()}
    assert len(set(served.values())) == 74  # issue 16's operations, each once
    spec = {
        (r.method, normalise_template(r.template)): r.operation_id for r in load_routes(SandboxConfig().spec_path).v3
    }
    assert {key: spec.get(key) for key in served} == served  # on the spec's route, under the spec's name
