# Copied from sandbox/_seed.py by the generator. Do not edit; change the sandbox and run `make generate`.
"""Put data into a sandbox from a test, without going through the API.

    sandbox.seed.customer("acme", email="ops@acme.example")
    sandbox.seed.subuser("shop1")
    sandbox.seed.suppression("blocks", "nobody@example.com", reason="550 blocked")
    sandbox.seed.ip("192.0.2.10", subusers=["shop1"])

Each helper returns the record as the API shows it; `reset()` removes what was seeded.
"""

from __future__ import annotations

from typing import Any

from ._state import SUBUSER_ID_BASE, SUPPRESSION_KINDS, Customers, State

SEEDED_CREATED = 1_700_000_000  # a fixed Unix time for seeded suppressions, so tests can compare records


class SeedError(ValueError):
    """A seed that contradicts the sandbox's state (a name already taken, an unknown kind)."""


class Seeding:
    def __init__(self, state: State) -> None:
        self._state = state

    def customer(
        self, username: str, *, email: str | None = None, password: str = "Sandbox-Passw0rd", **fields: str
    ) -> dict[str, str]:
        """A v2 reseller customer (active); extra profile fields such as first_name are kept."""
        customers = self._state.customers
        with customers.lock:
            record = customers.create(
                {"username": username, "email": email or f"{username}@example.com", "password": password, **fields}
            )
        if record is None:
            raise SeedError(f"customer {username!r} already exists in the sandbox")
        return Customers.public(record)

    def subuser(self, username: str, *, email: str | None = None, disabled: bool = False) -> dict[str, Any]:
        subusers = self._state.subusers
        record = {
            "disabled": disabled,
            "id": SUBUSER_ID_BASE + subusers.allocate_serial(),
            "username": username,
            "email": email or f"{username}@example.com",
            "region": "global",
        }
        if not subusers.add(record):
            raise SeedError(f"subuser {username!r} already exists in the sandbox")
        return dict(record)

    def suppression(self, kind: str, email: str, **fields: Any) -> dict[str, Any]:
        """An address on a v3 suppression list: bounces, blocks, invalid_emails or spam_reports."""
        collection = self._state.suppressions.get(kind)
        if collection is None:
            raise SeedError(f"unknown suppression list {kind!r}; the sandbox keeps {', '.join(SUPPRESSION_KINDS)}")
        record: dict[str, Any] = {"created": SEEDED_CREATED, "email": email}
        record.update(_SUPPRESSION_DEFAULTS[kind])
        record.update(fields)
        if not collection.add(record):
            raise SeedError(f"{email!r} is already on the sandbox's {kind} list")
        return dict(record)

    def ip(self, ip: str, **fields: Any) -> dict[str, Any]:
        """An IP of the account (v3 /v3/ips, v2 reseller IP calls); fields such as pools override defaults."""
        if self._state.ips.get(ip) is not None:
            raise SeedError(f"IP {ip!r} is already in the sandbox")
        return self._state.ips.add(ip, **fields)


_SUPPRESSION_DEFAULTS: dict[str, dict[str, Any]] = {
    "bounces": {"reason": "550 5.1.1 The email account that you tried to reach does not exist.", "status": "5.1.1"},
    "blocks": {"reason": "550 blocked by the receiving server", "status": "5.0.0"},
    "invalid_emails": {"reason": "Mail domain mentioned in email address is unknown"},
    "spam_reports": {"ip": "192.0.2.1"},
}
