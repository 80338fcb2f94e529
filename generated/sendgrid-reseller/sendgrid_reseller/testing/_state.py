# Copied from sandbox/_state.py by the generator. Do not edit; change the sandbox and run `make generate`.
"""The sandbox's data: v2 reseller customers, IPs and the v3 collections (subusers, suppressions)."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from typing import Any

from ._collections import LazyCollection, Record

SUBUSER_ID_BASE = 1_000_000
BOUNCE_CREATED_BASE = 1_700_000_000  # a fixed epoch, so records are stable across runs
_SUBUSER_NAME = re.compile(r"^subuser(\d{6,})$")
_BOUNCE_EMAIL = re.compile(r"^bounce(\d{6,})@example\.com$")

# The profile fields of a v2 customer, in the documented order (all values are strings on the wire).
CUSTOMER_FIELDS = (
    "id", "username", "email", "active", "first_name", "last_name", "address",
    "city", "state", "zip", "country", "phone", "website",
)  # fmt: skip


def subuser_name(index: int) -> str:
    return f"subuser{index:06d}"


def _make_subuser(index: int) -> Record:
    name = subuser_name(index)
    return {
        "disabled": False,
        "id": SUBUSER_ID_BASE + index,
        "username": name,
        "email": f"{name}@example.com",
        "region": "global",
    }


def _make_bounce(index: int) -> Record:
    return {
        "created": BOUNCE_CREATED_BASE + index * 60,
        "email": f"bounce{index:06d}@example.com",
        "reason": "550 5.1.1 The email account that you tried to reach does not exist.",
        "status": "5.1.1",
    }


def _index_parser(pattern: re.Pattern[str], render: Callable[[int], str]) -> Callable[[str], int | None]:
    def index_of(key: str) -> int | None:
        match = pattern.match(key)
        if match is None:
            return None
        index = int(match.group(1))
        return index if render(index) == key else None  # only the canonical spelling

    return index_of


class Customers:
    """v2 reseller customers: a small ordered dict (the v2 list call has no documented size limit)."""

    def __init__(self, seeded: int) -> None:
        self.lock = threading.Lock()
        self._by_name: dict[str, dict[str, Any]] = {}
        self._next_id = 1
        for index in range(seeded):
            name = f"customer{index:04d}"
            self.create({"username": name, "email": f"{name}@example.com", "password": "Sandbox-Passw0rd"})

    def create(self, fields: dict[str, str]) -> dict[str, Any] | None:
        """None when the username is taken. Call with the lock held (or before sharing)."""
        name = fields["username"]
        if name in self._by_name:
            return None
        record: dict[str, Any] = dict.fromkeys(CUSTOMER_FIELDS, "")
        record.update({k: v for k, v in fields.items() if k in CUSTOMER_FIELDS})
        record.update(id=str(self._next_id), active="true", website_access="true", password=fields.get("password", ""))
        record.update({k: v for k, v in fields.items() if k in ("company", "package", "whitelabel")})
        self._next_id += 1
        self._by_name[name] = record
        return record

    def get(self, name: str) -> dict[str, Any] | None:
        return self._by_name.get(name)

    def delete(self, name: str) -> bool:
        return self._by_name.pop(name, None) is not None

    def rename(self, old: str, new: str) -> None:
        record = self._by_name.pop(old)
        record["username"] = new
        self._by_name[new] = record

    def all(self) -> list[dict[str, Any]]:
        return list(self._by_name.values())

    @staticmethod
    def public(record: dict[str, Any]) -> dict[str, str]:
        """The record as the v2 list call shows it (no password, no internal fields)."""
        return {name: str(record[name]) for name in CUSTOMER_FIELDS}


# Documentation address blocks (RFC 5737): seeded IPs never name a real host.
_IP_BLOCKS = ("192.0.2", "198.51.100", "203.0.113")


def seeded_ip(index: int) -> str:
    if not 0 <= index < 254 * len(_IP_BLOCKS):
        raise ValueError(f"the sandbox seeds at most {254 * len(_IP_BLOCKS)} IPs, asked for index {index}")
    return f"{_IP_BLOCKS[index // 254]}.{index % 254 + 1}"


class Ips:
    """The account's IPs, in the order they were added (v3 /v3/ips and the v2 reseller IP calls)."""

    def __init__(self, seeded: int) -> None:
        self.lock = threading.Lock()
        self._by_ip: dict[str, dict[str, Any]] = {}
        for index in range(seeded):
            self.add(seeded_ip(index))

    def add(self, ip: str, **fields: Any) -> dict[str, Any]:
        record: dict[str, Any] = {
            "ip": ip,
            "subusers": [],
            "pools": [],
            "warmup": False,
            "start_date": None,
            "whitelabeled": False,
            "assigned_at": None,
            "rdns": f"o{len(self._by_ip) + 1}.email.example.com",
        }
        record.update(fields)
        with self.lock:
            self._by_ip[ip] = record
        return dict(record)

    def get(self, ip: str) -> dict[str, Any] | None:
        with self.lock:
            record = self._by_ip.get(ip)
            return None if record is None else dict(record)

    def all(self) -> list[dict[str, Any]]:
        with self.lock:
            return [dict(record) for record in self._by_ip.values()]


def _created_only(key: str) -> int | None:
    return None  # collections without seeded records: every record is created


# v3 suppression lists the sandbox keeps (path segment under /v3/suppression/ → its records).
SUPPRESSION_KINDS = ("bounces", "blocks", "invalid_emails", "spam_reports")


class State:
    def __init__(self, subusers: int, bounces: int, customers: int, ips: int = 0) -> None:
        self.subusers = LazyCollection(subusers, _make_subuser, _index_parser(_SUBUSER_NAME, subuser_name), "username")
        self.bounces = LazyCollection(
            bounces, _make_bounce, _index_parser(_BOUNCE_EMAIL, lambda i: f"bounce{i:06d}@example.com"), "email"
        )
        self.suppressions = {"bounces": self.bounces} | {
            kind: LazyCollection(0, _make_bounce, _created_only, "email") for kind in SUPPRESSION_KINDS[1:]
        }
        self.customers = Customers(customers)
        self.ips = Ips(ips)
