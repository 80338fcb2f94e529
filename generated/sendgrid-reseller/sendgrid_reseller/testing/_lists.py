# Copied from sandbox/_lists.py by the generator. Do not edit; change the sandbox and run `make generate`.
"""Stateful v3 lists beyond subusers: the suppression lists and the account's IPs.

Registered in sandbox/_v3.py like every stateful endpoint: (verb, template) → handler.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._reply import Reply, dumps, v3_error
from ._state import SUPPRESSION_KINDS

if TYPE_CHECKING:
    from ._v3 import EndpointTable, V3Api, V3Request


def suppression_endpoints(api: V3Api) -> EndpointTable:
    """List, read and delete one address, on each suppression list the sandbox keeps."""
    table: EndpointTable = {}
    for kind in SUPPRESSION_KINDS:
        base = f"/v3/suppression/{kind}"

        def listing(request: V3Request, params: tuple[str, ...], status: int, kind: str = kind) -> Reply:
            return api.list_collection(api.state.suppressions[kind], "email", request)

        def reading(request: V3Request, params: tuple[str, ...], status: int, kind: str = kind) -> Reply:
            record = api.state.suppressions[kind].get(params[0])
            if record is None:
                return v3_error(404, "email not found")
            return Reply(status, dumps([record]))

        def deleting(request: V3Request, params: tuple[str, ...], status: int, kind: str = kind) -> Reply:
            if not api.state.suppressions[kind].delete(params[0]):
                return v3_error(404, "email not found")
            return Reply(status)

        singular = kind.rstrip("s")
        table[("GET", base)] = (f"list_{kind}", 200, listing)
        table[("GET", base + "/{}")] = (f"get_{singular}", 200, reading)
        table[("DELETE", base + "/{}")] = (f"delete_{singular}", 204, deleting)
    return table


def ip_endpoints(api: V3Api) -> EndpointTable:
    def listing(request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        wanted_ip = next(iter(request.query.get("ip") or []), None)
        subuser = next(iter(request.query.get("subuser") or []), None)
        found = [
            record
            for record in api.state.ips.all()
            if (wanted_ip is None or record["ip"] == wanted_ip) and (subuser is None or subuser in record["subusers"])
        ]
        return api.paginate(request, lambda offset, limit: (found[offset : offset + limit], len(found)))

    def reading(request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        record = api.state.ips.get(params[0])
        if record is None:
            return v3_error(404, "ip not found")
        record.pop("assigned_at", None)
        return Reply(status, dumps(record))

    return {("GET", "/v3/ips"): ("list_ips", 200, listing), ("GET", "/v3/ips/{}"): ("get_ip", 200, reading)}
