# Copied from sandbox/_send_ips.py by the generator. Do not edit; change the sandbox and run `make generate`.
"""/v3/send_ips: the account's IPs, IP pools and batch subuser assignment, kept in memory.

Pages follow SendGrid's `_metadata.next_params` style: items are ordered by key (IPs by address,
pools and subusers by number) and `after_key` is the last key of the previous page. Errors use
the 400 bodies SendGrid documents for this API (a missing IP or pool is a 400 `not found`).
"""

from __future__ import annotations

import ipaddress
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ._collections import Record
from ._params import Routes, first, json_object, query_bool, query_int
from ._reply import Reply, dumps, v3_error

if TYPE_CHECKING:
    from ._v3 import V3Request

ADDED_AT_BASE = 1_664_390_835  # a fixed epoch, so answers are the same on every run
SEEDED_IPS = ("192.0.2.1", "192.0.2.2", "192.0.2.3")
NEW_IP_NETWORK = "198.51.100."  # documentation range; added IPs count up from .1
MAX_POOLS = 100
MAX_POOL_IPS = 100
MAX_IP_SUBUSERS_PAGE = 100
MAX_IP_PAGE = 5000
POOL_PREVIEW = 10


def ip_key(ip: str) -> tuple[int, int]:
    address = ipaddress.ip_address(ip)
    return address.version, int(address)


def _after(items: list[str], key: Callable[[str], Any], after: str | None) -> list[str]:
    if after is None:
        return items
    bound = key(after)
    return [item for item in items if key(item) > bound]


def _metadata(next_key: str | None, echo: dict[str, str]) -> dict[str, Any]:
    return {"next_params": {"after_key": next_key, **echo}}


class SendIps:
    """The account's IPs and pools (one set for the account; SendGrid documents no on-behalf-of)."""

    def __init__(self) -> None:
        self._ips: dict[str, Record] = {ip: self._new_ip(ip, n, leased=True) for n, ip in enumerate(SEEDED_IPS)}
        self._pools: dict[str, dict[str, Any]] = {}
        self._next_pool_id = 1000
        self._added = 0

    @staticmethod
    def _new_ip(ip: str, serial: int, *, leased: bool, warmup: bool = False, parent: bool = True) -> Record:
        return {
            "ip": ip,
            "is_auto_warmup": warmup,
            "is_parent_assigned": parent,
            "added_at": ADDED_AT_BASE + serial * 3600,
            "updated_at": None,
            "is_enabled": None if leased else True,
            "is_leased": leased,
            "region": "us",
            "subusers": [],
        }

    def routes(self) -> Routes:
        ip, pool = "/v3/send_ips/ips/{}", "/v3/send_ips/pools/{}"
        return {
            ("GET", "/v3/send_ips/ips"): ("list_send_ips", 200, self._list_ips),
            ("POST", "/v3/send_ips/ips"): ("add_send_ip", 201, self._add_ip),
            ("GET", ip): ("get_send_ip", 200, self._get_ip),
            ("PATCH", ip): ("update_send_ip", 200, self._update_ip),
            ("GET", ip + "/subusers"): ("list_send_ip_subusers", 200, self._list_ip_subusers),
            ("POST", ip + "/subusers:batchAdd"): ("add_send_ip_subusers", 200, self._add_ip_subusers),
            ("POST", ip + "/subusers:batchDelete"): ("remove_send_ip_subusers", 204, self._remove_ip_subusers),
            ("GET", "/v3/send_ips/pools"): ("list_send_ip_pools", 200, self._list_pools),
            ("POST", "/v3/send_ips/pools"): ("create_send_ip_pool", 201, self._create_pool),
            ("GET", pool): ("get_send_ip_pool", 200, self._get_pool),
            ("PUT", pool): ("rename_send_ip_pool", 200, self._rename_pool),
            ("DELETE", pool): ("delete_send_ip_pool", 204, self._delete_pool),
            ("GET", pool + "/ips"): ("list_send_ip_pool_ips", 200, self._list_pool_ips),
            ("POST", pool + "/ips:batchAdd"): ("add_send_ip_pool_ips", 200, self._add_pool_ips),
            ("POST", pool + "/ips:batchDelete"): ("remove_send_ip_pool_ips", 204, self._remove_pool_ips),
        }

    # IPs.

    def added_at(self, ip: str) -> int | None:
        """When the IP joined the account, or None if it is not the account's."""
        record = self._ips.get(ip)
        return None if record is None else int(record["added_at"])

    def _pools_of(self, ip: str) -> list[dict[str, str]]:
        return [{"id": p["id"], "name": p["name"]} for p in self._pools.values() if ip in p["ips"]]

    def _public(self, record: Record, include_region: bool) -> Record:
        shown = {k: v for k, v in record.items() if k != "subusers" and (include_region or k != "region")}
        return {**shown, "pools": self._pools_of(record["ip"])}

    def _list_ips(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        query = request.query
        limit = query_int(query, "limit", minimum=1, maximum=MAX_IP_PAGE)
        flags = {name: query_bool(query, name) for name in ("is_leased", "is_enabled", "is_parent_assigned")}
        include_region = query_bool(query, "include_region")
        added = {name: query_int(query, name) for name in ("start_added_at", "end_added_at")}
        for value in (limit, include_region, *flags.values(), *added.values()):
            if isinstance(value, Reply):
                return value
        after, before = first(query, "after_key"), first(query, "before_key")
        if after is not None and before is not None:
            return v3_error(400, "after_key and before_key cannot be used together", "after_key")
        pool, wanted = first(query, "pool"), first(query, "ip")
        if pool is not None and flags["is_parent_assigned"] is not None:
            return v3_error(400, "pool and is_parent_assigned cannot be used together", "pool")
        if pool is not None and pool not in self._pools:
            return v3_error(400, "not found", "pool")

        def keep(record: Record) -> bool:
            return (
                (wanted is None or wanted in record["ip"])
                and all(value is None or record[name] == value for name, value in flags.items())
                and (pool is None or record["ip"] in self._pools[pool]["ips"])
                and (not isinstance(added["start_added_at"], int) or record["added_at"] >= added["start_added_at"])
                and (not isinstance(added["end_added_at"], int) or record["added_at"] <= added["end_added_at"])
            )

        for key_name, key_value in (("after_key", after), ("before_key", before)):
            if key_value is not None and _valid_ip(key_value) is None:
                return v3_error(400, "must be a valid IP address", key_name)
        keys = sorted((ip for ip, record in self._ips.items() if keep(record)), key=ip_key)
        if before is not None:
            keys = [ip for ip in keys if ip_key(ip) < ip_key(before)]
            keys = keys[-limit:] if isinstance(limit, int) else keys
            page, more = keys, False
        else:
            remaining = _after(keys, ip_key, after)
            page = remaining[:limit] if isinstance(limit, int) else remaining
            more = len(remaining) > len(page)
        echo = {k: v[0] for k, v in query.items() if k not in ("after_key", "before_key") and v}
        body = {
            "result": [self._public(self._ips[ip], bool(include_region)) for ip in page],
            "_metadata": _metadata(page[-1] if more else None, echo),
        }
        return Reply(status, dumps(body))

    def _add_ip(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        body = json_object(request.body)
        if isinstance(body, Reply):
            return body
        for name in ("is_auto_warmup", "is_parent_assigned"):
            if not isinstance(body.get(name), bool):
                return v3_error(400, f"{name} is required and must be a boolean", name)
        subusers = self._subuser_ids(body) if body.get("subusers") else []
        if isinstance(subusers, Reply):
            return subusers
        if len(subusers) > MAX_IP_SUBUSERS_PAGE:
            return v3_error(400, f"at most {MAX_IP_SUBUSERS_PAGE} subusers can be assigned at once", "subusers")
        self._added += 1
        ip = f"{NEW_IP_NETWORK}{self._added}"
        record = self._new_ip(
            ip,
            len(SEEDED_IPS) + self._added,
            leased=True,
            warmup=body["is_auto_warmup"],
            parent=body["is_parent_assigned"],
        )
        record["subusers"] = sorted(set(subusers), key=int)
        if body.get("region") in ("us", "eu"):
            record["region"] = body["region"]
        self._ips[ip] = record
        answer = {k: record[k] for k in ("ip", "is_auto_warmup", "is_parent_assigned", "subusers")}
        if body.get("include_region") is True:
            answer["region"] = record["region"]
        return Reply(status, dumps(answer))

    def _ip(self, ip: str) -> Record | Reply:
        record = self._ips.get(ip)
        return v3_error(400, "not found", "ip") if record is None else record

    def _get_ip(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        record = self._ip(params[0])
        include_region = query_bool(request.query, "include_region")
        if isinstance(record, Reply):
            return record
        if isinstance(include_region, Reply):
            return include_region
        return Reply(status, dumps(self._public(record, bool(include_region))))

    def _update_ip(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        record, body = self._ip(params[0]), json_object(request.body)
        for value in (record, body):
            if isinstance(value, Reply):
                return value
        assert isinstance(record, dict) and isinstance(body, dict)
        names = ("is_auto_warmup", "is_parent_assigned", "is_enabled")
        if not any(name in body for name in names):
            return v3_error(400, f"send at least one of {', '.join(names)}", "")
        for name in names:
            if name in body and not isinstance(body[name], bool):
                return v3_error(400, f"{name} must be a boolean", name)
        record.update({name: body[name] for name in names if name in body})
        record["updated_at"] = record["added_at"] + 60  # a fixed clock: changes are 60 s after adding
        return Reply(status, dumps({"ip": record["ip"], **{name: record[name] for name in names}}))

    def _subuser_ids(self, body: dict[str, Any]) -> list[str] | Reply:
        subusers = body.get("subusers")
        if not isinstance(subusers, list) or not subusers or not all(isinstance(s, str) for s in subusers):
            return v3_error(400, "subusers must be a non-empty list of subuser ids", "subusers")
        if not all(s.isdigit() for s in subusers):
            return v3_error(400, "subuser ids must be numeric", "subusers")
        return subusers

    def _ip_and_subusers(self, request: V3Request, ip: str) -> tuple[Record, list[str]] | Reply:
        record, body = self._ip(ip), json_object(request.body)
        if isinstance(record, Reply):
            return record
        if isinstance(body, Reply):
            return body
        subusers = self._subuser_ids(body)
        return subusers if isinstance(subusers, Reply) else (record, subusers)

    def _list_ip_subusers(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        record = self._ip(params[0])
        limit = query_int(request.query, "limit", minimum=1, maximum=MAX_IP_SUBUSERS_PAGE)
        after = query_int(request.query, "after_key", minimum=0)
        for value in (record, limit, after):
            if isinstance(value, Reply):
                return value
        assert isinstance(record, dict)
        remaining = _after(record["subusers"], int, None if after is None else str(after))
        page = remaining[: limit if isinstance(limit, int) else MAX_IP_SUBUSERS_PAGE]
        more = len(remaining) > len(page)
        echo = {"limit": str(limit)} if limit is not None else {}
        return Reply(status, dumps({"result": page, "_metadata": _metadata(page[-1] if more else None, echo)}))

    def _add_ip_subusers(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        found = self._ip_and_subusers(request, params[0])
        if isinstance(found, Reply):
            return found
        record, subusers = found
        record["subusers"] = sorted(set(record["subusers"]) | set(subusers), key=int)
        return Reply(status, dumps({"ip": record["ip"], "subusers": subusers}))

    def _remove_ip_subusers(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        found = self._ip_and_subusers(request, params[0])
        if isinstance(found, Reply):
            return found
        record, subusers = found
        record["subusers"] = [s for s in record["subusers"] if s not in subusers]
        return Reply(status)

    # Pools.

    def _pool(self, pool_id: str) -> dict[str, Any] | Reply:
        if not pool_id.isdigit():
            return v3_error(400, "must be a numeric value", "poolid")
        pool = self._pools.get(pool_id)
        return v3_error(400, "not found", "poolid") if pool is None else pool

    def _check_name(self, body: dict[str, Any], renaming: str | None = None) -> str | Reply:
        name = body.get("name")
        if not isinstance(name, str):
            return v3_error(400, "not found in the request body", "name")
        if name[:1] in (".", " "):
            return v3_error(400, "cannot start with a dot or a space", "name")
        if not 2 <= len(name) <= 64:
            return v3_error(400, "needs to be between 2 to 64 characters long", "name")
        if any(p["name"] == name and p["id"] != renaming for p in self._pools.values()):
            return v3_error(400, "already exists", "name")
        return name

    def _check_ips(self, body: dict[str, Any], *, required: bool, room: int) -> list[str] | Reply:
        ips = body.get("ips")
        if ips is None and not required:
            return []
        if not isinstance(ips, list) or not 1 <= len(ips) <= MAX_POOL_IPS or not all(isinstance(i, str) for i in ips):
            return v3_error(400, "the number of IPs must be between 1 and 100", "ips")
        unknown = [ip for ip in ips if ip not in self._ips or not self._ips[ip]["is_parent_assigned"]]
        if unknown:
            return v3_error(400, f"unable to verify IPs assignability: {', '.join(unknown)}", "ips")
        if len(set(ips)) > room:
            return v3_error(400, f"the total number of IPs per pool cannot exceed {MAX_POOL_IPS}", "ips")
        return list(dict.fromkeys(ips))

    def _pool_summary(self, pool: dict[str, Any], include_region: bool) -> dict[str, Any]:
        ips = sorted(pool["ips"], key=ip_key)
        summary = {
            "name": pool["name"],
            "id": pool["id"],
            "ips_preview": ips[:POOL_PREVIEW],
            "total_ip_count": len(ips),
        }
        if include_region:
            summary["regions"] = sorted({self._ips[ip]["region"] for ip in ips})
        return summary

    def _list_pools(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        limit = query_int(request.query, "limit", minimum=1)
        after = query_int(request.query, "after_key", minimum=0)
        include_region = query_bool(request.query, "include_region")
        for value in (limit, after, include_region):
            if isinstance(value, Reply):
                return value
        wanted, region = first(request.query, "ip"), first(request.query, "region")
        if region not in (None, "all", "us", "eu"):
            return v3_error(400, "region must be all, us or eu", "region")
        pools = [
            p
            for p in self._pools.values()
            if (wanted is None or wanted in p["ips"])
            and (region is None or any(region in ("all", self._ips[ip]["region"]) for ip in p["ips"]))
        ]
        remaining = _after(sorted((p["id"] for p in pools), key=int), int, None if after is None else str(after))
        page = remaining[:limit] if isinstance(limit, int) else remaining
        more = len(remaining) > len(page)
        echo = {"limit": str(limit)} if limit is not None else {}
        result = [self._pool_summary(self._pools[pool_id], bool(include_region)) for pool_id in page]
        return Reply(status, dumps({"result": result, "_metadata": _metadata(page[-1] if more else None, echo)}))

    def _create_pool(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        body = json_object(request.body)
        if isinstance(body, Reply):
            return body
        if len(self._pools) >= MAX_POOLS:
            return v3_error(400, f"{MAX_POOLS} pools limit has been reached", "")
        name, ips = self._check_name(body), self._check_ips(body, required=False, room=MAX_POOL_IPS)
        if isinstance(name, Reply):
            return name
        if isinstance(ips, Reply):
            return ips
        pool_id = str(self._next_pool_id)
        self._next_pool_id += 1
        self._pools[pool_id] = {"id": pool_id, "name": name, "ips": ips}
        return Reply(status, dumps({"name": name, "id": pool_id, "ips": ips}))

    def _get_pool(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        pool = self._pool(params[0])
        include_region = query_bool(request.query, "include_region")
        if isinstance(pool, Reply):
            return pool
        if isinstance(include_region, Reply):
            return include_region
        details = self._pool_summary(pool, False)
        if include_region:
            regions = [self._ips[ip]["region"] for ip in pool["ips"]]
            details["ip_count_by_region"] = [{"region": r, "count": regions.count(r)} for r in sorted(set(regions))]
        return Reply(status, dumps(details))

    def _rename_pool(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        pool, body = self._pool(params[0]), json_object(request.body)
        if isinstance(pool, Reply):
            return pool
        if isinstance(body, Reply):
            return body
        name = self._check_name(body, renaming=pool["id"])
        if isinstance(name, Reply):
            return name
        pool["name"] = name
        return Reply(status, dumps({"name": name, "id": pool["id"]}))

    def _delete_pool(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        pool = self._pool(params[0])
        if isinstance(pool, Reply):
            return pool
        del self._pools[pool["id"]]
        return Reply(status)

    def _list_pool_ips(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        pool = self._pool(params[0])
        limit = query_int(request.query, "limit", minimum=1)
        include_region = query_bool(request.query, "include_region")
        for value in (pool, limit, include_region):
            if isinstance(value, Reply):
                return value
        assert isinstance(pool, dict)
        after = first(request.query, "after_key")
        if after is not None and _valid_ip(after) is None:
            return v3_error(400, "must be a valid IP address", "after_key")
        remaining = _after(sorted(pool["ips"], key=ip_key), ip_key, after)
        page = remaining[:limit] if isinstance(limit, int) else remaining
        more = len(remaining) > len(page)
        result = []
        for ip in page:
            entry: dict[str, Any] = {"ip": ip, "pools": self._pools_of(ip)}
            if include_region:
                entry["region"] = self._ips[ip]["region"]
            result.append(entry)
        echo = {"limit": str(limit)} if limit is not None else {}
        return Reply(status, dumps({"result": result, "_metadata": _metadata(page[-1] if more else None, echo)}))

    def _pool_and_ips(self, request: V3Request, pool_id: str, adding: bool) -> tuple[dict[str, Any], list[str]] | Reply:
        pool, body = self._pool(pool_id), json_object(request.body)
        if isinstance(pool, Reply):
            return pool
        if isinstance(body, Reply):
            return body
        room = MAX_POOL_IPS - len(pool["ips"]) if adding else MAX_POOL_IPS
        ips = self._check_ips(body, required=True, room=room + (len(set(body.get("ips") or []) & set(pool["ips"]))))
        return ips if isinstance(ips, Reply) else (pool, ips)

    def _add_pool_ips(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        found = self._pool_and_ips(request, params[0], adding=True)
        if isinstance(found, Reply):
            return found
        pool, ips = found
        pool["ips"].extend(ip for ip in ips if ip not in pool["ips"])
        return Reply(status, dumps({"name": pool["name"], "id": pool["id"], "ips": pool["ips"]}))

    def _remove_pool_ips(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        found = self._pool_and_ips(request, params[0], adding=False)
        if isinstance(found, Reply):
            return found
        pool, ips = found
        missing = [ip for ip in ips if ip not in pool["ips"]]
        if missing:
            return v3_error(400, f"IPs not found in the pool: {', '.join(missing)}", "ips")
        pool["ips"] = [ip for ip in pool["ips"] if ip not in ips]
        return Reply(status)


def _valid_ip(text: str) -> tuple[int, int] | None:
    try:
        return ip_key(text)
    except ValueError:
        return None
