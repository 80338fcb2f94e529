# Copied from sandbox/_access.py by the generator. Do not edit; change the sandbox and run `make generate`.
"""API keys, alerts, the IP allow list and the user's own settings (email, username, password,
profile, Enforced TLS) in the sandbox. Scopes, credits, the account type and sign-in activity
answer their spec samples.
"""

from __future__ import annotations

import secrets
from typing import Any

from ._reply import Reply, dumps, v3_error
from ._resources import (
    FIXED_EPOCH,
    Counter,
    Routes,
    body_of,
    deleted,
    everything,
    found,
    query_int,
    store,
)
from ._v3 import V3Request

SANDBOX_SCOPES = ["mail.send", "alerts.create", "alerts.read", "api_keys.create", "api_keys.read"]
ALERT_TYPES = ("stats_notification", "usage_limit")
FREQUENCIES = ("daily", "weekly", "monthly")
PROFILE_FIELDS = (
    "address", "address2", "city", "company", "country", "first_name", "last_name", "phone", "state", "website", "zip",
)  # fmt: skip
TLS_VERSIONS = (1.1, 1.2, 1.3)


class AccessAreas:
    def __init__(self) -> None:
        self._keys = store("api_key_id")
        self._key_numbers = Counter()
        self._alerts = store("id")
        self._alert_numbers = Counter()
        self._rules = store("id")
        self._rule_numbers = Counter()
        self._user: dict[str, Any] = {
            "email": "owner@example.com",
            "username": "sandbox_owner",
            "password": "",  # unset: the first change may give any old password
            "profile": dict.fromkeys(PROFILE_FIELDS, ""),
            "tls": {"require_tls": False, "require_valid_cert": False, "version": 1.1},
        }

    def routes(self) -> Routes:
        return {
            ("POST", "/v3/api_keys"): ("create_api_key", 201, self._create_key),
            ("GET", "/v3/api_keys"): ("list_api_keys", 200, self._list_keys),
            ("GET", "/v3/api_keys/{}"): ("get_api_key", 200, self._get_key),
            ("PATCH", "/v3/api_keys/{}"): ("rename_api_key", 200, self._rename_key),
            ("PUT", "/v3/api_keys/{}"): ("update_api_key", 200, self._update_key),
            ("DELETE", "/v3/api_keys/{}"): ("delete_api_key", 204, self._delete_key),
            ("POST", "/v3/alerts"): ("create_alert", 201, self._create_alert),
            ("GET", "/v3/alerts"): ("list_alerts", 200, self._list_alerts),
            ("GET", "/v3/alerts/{}"): ("get_alert", 200, self._get_alert),
            ("PATCH", "/v3/alerts/{}"): ("update_alert", 200, self._update_alert),
            ("DELETE", "/v3/alerts/{}"): ("delete_alert", 204, self._delete_alert),
            ("POST", "/v3/access_settings/whitelist"): ("add_allowed_ips", 201, self._add_rules),
            ("GET", "/v3/access_settings/whitelist"): ("list_allowed_ips", 200, self._list_rules),
            ("DELETE", "/v3/access_settings/whitelist"): ("remove_allowed_ips", 204, self._remove_rules),
            ("GET", "/v3/access_settings/whitelist/{}"): ("get_allowed_ip", 200, self._get_rule),
            ("DELETE", "/v3/access_settings/whitelist/{}"): ("remove_allowed_ip", 204, self._remove_rule),
            ("GET", "/v3/user/email"): ("get_user_email", 200, self._user_field("email")),
            ("PUT", "/v3/user/email"): ("update_user_email", 200, self._set_user_field("email")),
            ("GET", "/v3/user/username"): ("get_user_username", 200, self._get_username),
            ("PUT", "/v3/user/username"): ("update_user_username", 200, self._set_user_field("username")),
            ("PUT", "/v3/user/password"): ("update_user_password", 200, self._set_password),
            ("GET", "/v3/user/profile"): ("get_user_profile", 200, self._get_profile),
            ("PATCH", "/v3/user/profile"): ("update_user_profile", 200, self._update_profile),
            ("GET", "/v3/user/settings/enforced_tls"): ("get_enforced_tls", 200, self._get_tls),
            ("PATCH", "/v3/user/settings/enforced_tls"): ("update_enforced_tls", 200, self._update_tls),
        }

    # API keys: the secret is in the create answer only.

    def _key_body(self, request: V3Request) -> dict[str, Any] | Reply:
        body = body_of(request, {"name": str})
        if isinstance(body, Reply):
            return body
        scopes = body.get("scopes", SANDBOX_SCOPES)
        if not isinstance(scopes, list) or not all(isinstance(s, str) for s in scopes):
            return v3_error(400, "scopes must be a list of strings", "scopes")
        return {"name": body["name"], "scopes": scopes}

    def _create_key(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        fields = self._key_body(request)
        if isinstance(fields, Reply):
            return fields
        key_id = f"sandboxkey{self._key_numbers.take():06d}"
        self._keys.add({"api_key_id": key_id, **fields})
        secret = f"SG.{key_id}.{secrets.token_urlsafe(24)}"
        return Reply(status, dumps({"api_key": secret, "api_key_id": key_id, **fields}))

    def _list_keys(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        limit = query_int(request, "limit", 500, 1, None)
        if isinstance(limit, Reply):
            return limit
        keys = [{"api_key_id": k["api_key_id"], "name": k["name"]} for k in everything(self._keys)[:limit]]
        return Reply(status, dumps({"result": keys}))

    def _get_key(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        key = self._keys.get(params[0])
        return v3_error(404, "API key not found") if key is None else Reply(status, dumps({"result": [key]}))

    def _rename_key(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        body = body_of(request, {"name": str})
        if isinstance(body, Reply):
            return body
        key = self._keys.update(params[0], {"name": body["name"]})
        return found(None if key is None else {"api_key_id": key["api_key_id"], "name": key["name"]}, "API key", status)

    def _update_key(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        fields = self._key_body(request)
        if isinstance(fields, Reply):
            return fields
        return found(self._keys.update(params[0], fields), "API key", status)

    def _delete_key(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        return deleted(self._keys.delete(params[0]), "API key", status)

    # Alerts.

    def _alert_fields(self, body: dict[str, Any], kind: str) -> dict[str, Any] | Reply:
        fields: dict[str, Any] = {k: body[k] for k in ("email_to", "frequency", "percentage") if k in body}
        if kind == "stats_notification" and fields.get("frequency", "daily") not in FREQUENCIES:
            return v3_error(400, "frequency is daily, weekly or monthly", "frequency")
        percentage = fields.get("percentage")
        if (
            kind == "usage_limit"
            and percentage is not None
            and not (type(percentage) is int and 1 <= percentage <= 100)
        ):
            return v3_error(400, "percentage is between 1 and 100", "percentage")
        return fields

    def _create_alert(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        body = body_of(request, {"type": str, "email_to": str})
        if isinstance(body, Reply):
            return body
        if body["type"] not in ALERT_TYPES:
            return v3_error(400, "type is stats_notification or usage_limit", "type")
        if body["type"] == "usage_limit" and "percentage" not in body:
            return v3_error(400, "a usage_limit alert needs a percentage", "percentage")
        fields = self._alert_fields(body, body["type"])
        if isinstance(fields, Reply):
            return fields
        number = self._alert_numbers.take()
        alert = {"id": number, "type": body["type"], **fields, "created_at": FIXED_EPOCH, "updated_at": FIXED_EPOCH}
        self._alerts.add({**alert, "id": str(number)})
        return Reply(status, dumps(alert))

    @staticmethod
    def _alert_answer(record: dict[str, Any] | None) -> dict[str, Any] | None:
        return None if record is None else {**record, "id": int(record["id"])}

    def _list_alerts(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        return Reply(status, dumps([self._alert_answer(r) for r in everything(self._alerts)]))

    def _get_alert(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        return found(self._alert_answer(self._alerts.get(params[0])), "alert", status)

    def _update_alert(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        body = body_of(request)
        if isinstance(body, Reply):
            return body
        current = self._alerts.get(params[0])
        if current is None:
            return v3_error(404, "alert not found")
        fields = self._alert_fields(body, current["type"])
        if isinstance(fields, Reply):
            return fields
        updated = self._alerts.update(params[0], {**fields, "updated_at": current["updated_at"] + 1})
        return found(self._alert_answer(updated), "alert", status)

    def _delete_alert(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        return deleted(self._alerts.delete(params[0]), "alert", status)

    # The IP allow list.

    @staticmethod
    def _rule_answer(record: dict[str, Any]) -> dict[str, Any]:
        return {**record, "id": int(record["id"])}

    def _add_rules(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        body = body_of(request, {"ips": list})
        if isinstance(body, Reply):
            return body
        entries = body["ips"]
        if not entries or not all(isinstance(e, dict) and isinstance(e.get("ip"), str) for e in entries):
            return v3_error(400, "ips must be a non-empty list of {ip: ...}", "ips")
        added = []
        for entry in entries:
            ip = entry["ip"] if "/" in entry["ip"] else entry["ip"] + "/32"
            rule = {
                "id": str(self._rule_numbers.take()),
                "ip": ip,
                "created_at": FIXED_EPOCH,
                "updated_at": FIXED_EPOCH,
            }
            self._rules.add(rule)
            added.append(self._rule_answer(rule))
        return Reply(status, dumps({"result": added}))

    def _list_rules(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        return Reply(status, dumps({"result": [self._rule_answer(r) for r in everything(self._rules)]}))

    def _get_rule(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        rule = self._rules.get(params[0])
        return (
            v3_error(404, "rule not found")
            if rule is None
            else Reply(status, dumps({"result": [self._rule_answer(rule)]}))
        )

    def _remove_rules(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        body = body_of(request, {"ids": list})
        if isinstance(body, Reply):
            return body
        missing = [i for i in body["ids"] if self._rules.get(str(i)) is None]
        if missing or not body["ids"]:
            return v3_error(404, f"rules not found: {missing}", "ids")
        for rule_id in body["ids"]:
            self._rules.delete(str(rule_id))
        return Reply(status)

    def _remove_rule(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        return deleted(self._rules.delete(params[0]), "rule", status)

    # The user's own settings (one account: the sandbox's).

    def _user_field(self, name: str) -> Any:
        return lambda request, params, status: Reply(status, dumps({name: self._user[name]}))

    def _set_user_field(self, name: str) -> Any:
        def handler(request: V3Request, params: tuple[str, ...], status: int) -> Reply:
            body = body_of(request, {name: str})
            if isinstance(body, Reply):
                return body
            self._user[name] = body[name]
            return Reply(status, dumps({name: body[name]}))

        return handler

    def _get_username(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        return Reply(status, dumps({"username": self._user["username"], "user_id": 1}))

    def _set_password(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        body = body_of(request, {"new_password": str, "old_password": str})
        if isinstance(body, Reply):
            return body
        if self._user["password"] and not secrets.compare_digest(body["old_password"], self._user["password"]):
            return v3_error(400, "old_password is wrong", "old_password")
        if len(body["new_password"]) < 8:
            return v3_error(400, "new_password needs at least 8 characters", "new_password")
        self._user["password"] = body["new_password"]
        return Reply(status, b"{}")

    def _get_profile(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        return Reply(status, dumps(self._user["profile"]))

    def _update_profile(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        body = body_of(request)
        if isinstance(body, Reply):
            return body
        unknown = sorted(set(body) - set(PROFILE_FIELDS))
        if unknown:
            return v3_error(400, f"not profile fields: {', '.join(unknown)}", unknown[0])
        self._user["profile"].update({k: str(v) for k, v in body.items()})
        return Reply(status, dumps(self._user["profile"]))

    def _get_tls(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        return Reply(status, dumps(self._user["tls"]))

    def _update_tls(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        body = body_of(request)
        if isinstance(body, Reply):
            return body
        if "version" in body and body["version"] not in TLS_VERSIONS:
            return v3_error(400, "version is 1.1, 1.2 or 1.3", "version")
        for flag in ("require_tls", "require_valid_cert"):
            if flag in body and not isinstance(body[flag], bool):
                return v3_error(400, f"{flag} must be a boolean", flag)
        self._user["tls"].update({k: body[k] for k in ("require_tls", "require_valid_cert", "version") if k in body})
        return Reply(status, dumps(self._user["tls"]))
