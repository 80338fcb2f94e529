# Copied from sandbox/_accounts.py by the generator. Do not edit; change the sandbox and run `make generate`.
"""v3 accounts & access in the sandbox: every stateful area of issue 15, registered by V3Api.

This module holds partner account provisioning (accounts, offerings, state, SSO sign-in, IPs) and
gathers the other areas' routes; calls without a handler here answer their spec sample.
"""

from __future__ import annotations

import threading
from typing import Any

from ._collections import Record
from ._reply import Reply, dumps, v3_error
from ._resources import Counter, Routes, body_of, cursor_page, deleted, everything, store
from ._state import State
from ._v3 import V3Request

SIGN_IN_URL = "https://app.sendgrid.com/"
REGIONS = ("eu", "us")
SETTABLE_STATES = ("activated", "deactivated")


def account_routes(state: State, link_base: str) -> Routes:
    """Fresh areas (so a sandbox reset empties them) and their routes."""
    from ._access import AccessAreas
    from ._people import PeopleAreas
    from ._templates import TemplateArea

    routes: Routes = {}
    for area in (PartnerAccounts(), PeopleAreas(state), AccessAreas(), TemplateArea(link_base)):
        routes.update(area.routes())
    return routes


def _offerings(body: dict[str, Any]) -> list[Record] | Reply:
    offerings = body.get("offerings")
    if not isinstance(offerings, list) or not offerings:
        return v3_error(400, "offerings must be a non-empty list", "offerings")
    for offering in offerings:
        if not isinstance(offering, dict) or not isinstance(offering.get("name"), str):
            return v3_error(400, "every offering needs a name", "offerings")
        if offering.get("type") not in ("package", "addon"):
            return v3_error(400, "an offering's type is package or addon", "offerings")
    if sum(1 for offering in offerings if offering["type"] == "package") != 1:
        return v3_error(400, "an account holds exactly one package", "offerings")
    return [dict(offering) for offering in offerings]


class PartnerAccounts:
    """Customer accounts of a Twilio partner, with their offerings, state and dedicated IPs."""

    def __init__(self) -> None:
        self._accounts = store()
        self._numbers = Counter()
        self._ip_numbers = Counter()
        self._lock = threading.Lock()
        self._offerings: dict[str, list[Record]] = {}
        self._states: dict[str, str] = {}
        self._ips: dict[str, list[Record]] = {}

    def routes(self) -> Routes:
        return {
            ("GET", "/v3/partners/accounts"): ("list_partner_accounts", 200, self._list),
            ("POST", "/v3/partners/accounts"): ("create_partner_account", 201, self._create),
            ("DELETE", "/v3/partners/accounts/{}"): ("delete_partner_account", 204, self._delete),
            ("GET", "/v3/partners/accounts/{}/offerings"): ("get_partner_account_offerings", 200, self._get_offerings),
            ("PUT", "/v3/partners/accounts/{}/offerings"): (
                "update_partner_account_offerings",
                200,
                self._set_offerings,
            ),
            ("POST", "/v3/partners/accounts/{}/sso"): ("authenticate_partner_account", 303, self._sign_in),
            ("GET", "/v3/partners/accounts/{}/state"): ("get_partner_account_state", 200, self._get_state),
            ("PUT", "/v3/partners/accounts/{}/state"): ("update_partner_account_state", 204, self._set_state),
            ("GET", "/v3/partners/accounts/{}/ips"): ("list_partner_account_ips", 200, self._list_ips),
            ("POST", "/v3/partners/accounts/{}/ips"): ("add_partner_account_ips", 201, self._add_ips),
            ("DELETE", "/v3/partners/accounts/{}/ips"): ("remove_partner_account_ips", 204, self._remove_ips),
        }

    def _known(self, account_id: str) -> bool:
        return self._accounts.get(account_id) is not None

    def _list(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        return cursor_page(request, everything(self._accounts), "accounts", lambda r: str(r["id"]))

    def _create(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        body = body_of(request, {"offerings": list})
        if isinstance(body, Reply):
            return body
        offerings = _offerings(body)
        if isinstance(offerings, Reply):
            return offerings
        profile: dict[str, Any] = body["profile"] if isinstance(body.get("profile"), dict) else {}
        number = self._numbers.take()
        account_id = f"sg{number:032x}"
        created = f"2023-11-14T22:{number // 60 % 60:02d}:{number % 60:02d}Z"
        record = {"id": account_id, "created_at": created, "updated_at": created, "email": profile.get("email", "")}
        with self._lock:
            self._accounts.add(record)
            self._offerings[account_id] = offerings
            self._states[account_id] = "activated"
            self._ips[account_id] = []
        return Reply(status, dumps({"account_id": account_id}))

    def _delete(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        with self._lock:
            for table in (self._offerings, self._states, self._ips):
                table.pop(params[0], None)
        return deleted(self._accounts.delete(params[0]), "account", status)

    def _read(self, table: dict[str, Any], account_id: str, key: str, status: int) -> Reply:
        with self._lock:
            value = table.get(account_id)
        return v3_error(404, "account not found") if value is None else Reply(status, dumps({key: value}))

    def _write(self, table: dict[str, Any], account_id: str, value: Any) -> bool:
        """False when the account does not exist."""
        with self._lock:
            if account_id not in table:
                return False
            table[account_id] = value
            return True

    def _get_offerings(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        return self._read(self._offerings, params[0], "offerings", status)

    def _set_offerings(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        body = body_of(request, {"offerings": list})
        if isinstance(body, Reply):
            return body
        offerings = _offerings(body)
        if isinstance(offerings, Reply):
            return offerings
        if not self._write(self._offerings, params[0], offerings):
            return v3_error(404, "account not found")
        return Reply(status, dumps({"offerings": offerings}))

    def _sign_in(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        if not self._known(params[0]):
            return v3_error(404, "account not found")
        return Reply(303, None, (("Location", SIGN_IN_URL),))

    def _get_state(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        return self._read(self._states, params[0], "state", status)

    def _set_state(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        body = body_of(request, {"state": str})
        if isinstance(body, Reply):
            return body
        if body["state"] not in SETTABLE_STATES:
            return v3_error(400, "state must be activated or deactivated", "state")
        if not self._write(self._states, params[0], body["state"]):
            return v3_error(404, "account not found")
        return Reply(status)

    def _list_ips(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        with self._lock:
            ips = self._ips.get(params[0])
            ips = None if ips is None else list(ips)
        if ips is None:
            return v3_error(404, "account not found")
        return cursor_page(request, ips, "result", lambda r: str(r["ip"]))

    def _add_ips(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        body = body_of(request, {"count": int, "region": str})
        if isinstance(body, Reply):
            return body
        if not 1 <= body["count"] <= 100:
            return v3_error(400, "count must be between 1 and 100", "count")
        if body["region"] not in REGIONS:
            return v3_error(400, "region must be eu or us", "region")
        # 198.18.0.0/15 is reserved for benchmarks: never a real sender.
        added = [f"198.18.{n // 256 % 256}.{n % 256}" for n in (self._ip_numbers.take() for _ in range(body["count"]))]
        with self._lock:
            if params[0] not in self._ips:
                return v3_error(404, "account not found")
            self._ips[params[0]].extend({"ip": ip, "region": body["region"]} for ip in added)
        return Reply(status, dumps({"ips": added, "region": body["region"]}))

    def _remove_ips(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        body = body_of(request, {"ips": list})
        if isinstance(body, Reply):
            return body
        with self._lock:
            held = self._ips.get(params[0])
            if held is None:
                return v3_error(404, "account not found")
            missing = sorted(set(map(str, body["ips"])) - {str(r["ip"]) for r in held})
            if missing:
                return v3_error(400, f"not IPs of this account: {', '.join(missing)}", "ips")
            held[:] = [r for r in held if r["ip"] not in body["ips"]]
        return Reply(status)
