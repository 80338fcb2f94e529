# Copied from sandbox/_senders.py by the generator. Do not edit; change the sandbox and run `make generate`.
"""Sender verification (/v3/verified_senders), kept in memory.

A new sender is unverified until its token is presented to /v3/verified_senders/verify/{token};
the sandbox mails nothing, so the token is predictable: `verify-<sender id>` (see README). The
list pages by cursor: senders in id order after `lastSeenID`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._collections import Record
from ._params import Routes, json_object, query_int
from ._reply import Reply, dumps, v3_error

if TYPE_CHECKING:
    from ._v3 import V3Request

FIRST_SENDER_ID = 1000
TOKEN_PREFIX = "verify-"
# Documented fields and their length limits; nickname, from_email and reply_to are required.
FIELDS = {
    "nickname": 100,
    "from_email": 256,
    "from_name": 256,
    "reply_to": 256,
    "reply_to_name": 256,
    "address": 100,
    "address2": 100,
    "state": 2,
    "city": 150,
    "zip": 10,
    "country": 100,
}
REQUIRED = ("nickname", "from_email", "reply_to")
# Mailbox providers whose DMARC policy quarantines (soft) or rejects (hard) mail sent in their name.
WARN_DOMAINS = {"soft_failures": ["gmail.com", "hotmail.com"], "hard_failures": ["aol.com", "yahoo.com"]}


def _check_fields(body: dict[str, Any], required: tuple[str, ...]) -> Reply | None:
    for name in required:
        if not body.get(name):
            return v3_error(400, f"{name} is required", name)
    for name, value in body.items():
        if name not in FIELDS:
            return v3_error(400, f"unknown field {name}", name)
        if not isinstance(value, str) or len(value) > FIELDS[name]:
            return v3_error(400, f"{name} must be a string of at most {FIELDS[name]} characters", name)
        if name in ("from_email", "reply_to") and "@" not in value:
            return v3_error(400, f"{name} must be an email address", name)
    return None


class Senders:
    def __init__(self) -> None:
        self._senders: dict[int, Record] = {}
        self._next_id = FIRST_SENDER_ID

    def routes(self) -> Routes:
        base = "/v3/verified_senders"
        return {
            ("POST", base): ("create_verified_sender", 201, self._create),
            ("GET", base): ("list_verified_senders", 200, self._list),
            ("PATCH", base + "/{}"): ("update_verified_sender", 200, self._update),
            ("DELETE", base + "/{}"): ("delete_verified_sender", 204, self._delete),
            ("GET", base + "/domains"): ("list_verified_sender_warn_domains", 200, self._warn_domains),
            ("POST", base + "/resend/{}"): ("resend_verified_sender", 204, self._resend),
            ("GET", base + "/steps_completed"): ("get_verified_sender_steps", 200, self._steps),
            ("GET", base + "/verify/{}"): ("verify_sender_token", 204, self._verify),
        }

    def _sender(self, text: str) -> Record | Reply:
        record = self._senders.get(int(text)) if text.isdigit() else None
        return v3_error(404, "verified sender not found", "id") if record is None else record

    def _taken(self, from_email: str, other_than: int | None = None) -> bool:
        return any(s["from_email"] == from_email and s["id"] != other_than for s in self._senders.values())

    def _create(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        body = json_object(request.body)
        if isinstance(body, Reply):
            return body
        invalid = _check_fields(body, REQUIRED)
        if invalid is not None:
            return invalid
        if self._taken(body["from_email"]):
            return v3_error(400, "a sender with this from_email already exists", "from_email")
        record: Record = {"id": self._next_id, **dict.fromkeys(FIELDS, ""), **body, "verified": False, "locked": False}
        self._senders[self._next_id] = record
        self._next_id += 1
        return Reply(status, dumps(record))

    def _list(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        limit = query_int(request.query, "limit", minimum=1)
        last_seen = query_int(request.query, "lastSeenID", minimum=0)
        only = query_int(request.query, "id", minimum=0)
        if isinstance(limit, Reply):
            return limit
        if isinstance(last_seen, Reply):
            return last_seen
        if isinstance(only, Reply):
            return only
        senders = [
            s
            for sender_id, s in sorted(self._senders.items())
            if (last_seen is None or sender_id > last_seen) and (only is None or sender_id == only)
        ]
        return Reply(status, dumps({"results": senders[:limit] if isinstance(limit, int) else senders}))

    def _update(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        record, body = self._sender(params[0]), json_object(request.body)
        if isinstance(record, Reply):
            return record
        if isinstance(body, Reply):
            return body
        invalid = _check_fields(body, ())
        if invalid is not None:
            return invalid
        if record["locked"]:
            return v3_error(403, "the sender is locked and cannot be changed")
        if "from_email" in body and body["from_email"] != record["from_email"]:
            if self._taken(body["from_email"], other_than=record["id"]):
                return v3_error(400, "a sender with this from_email already exists", "from_email")
            record["verified"] = False  # a new address must be proven again
        record.update(body)
        return Reply(status, dumps(record))

    def _delete(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        record = self._sender(params[0])
        if isinstance(record, Reply):
            return record
        del self._senders[record["id"]]
        return Reply(status)

    def _resend(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        record = self._sender(params[0])
        if isinstance(record, Reply):
            return record
        if record["verified"]:
            return v3_error(400, "the sender is already verified", "id")
        return Reply(status)

    def _verify(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        token = params[0]
        suffix = token[len(TOKEN_PREFIX) :] if token.startswith(TOKEN_PREFIX) else ""
        record = self._senders.get(int(suffix)) if suffix.isdigit() else None
        if record is None:
            return v3_error(404, "token not found or expired", "token")
        record["verified"] = True
        return Reply(status)

    def _warn_domains(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        return Reply(status, dumps({"results": WARN_DOMAINS}))

    def _steps(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        verified = any(s["verified"] for s in self._senders.values())
        # The sandbox keeps no authenticated domains, so that step is never complete.
        return Reply(status, dumps({"results": {"sender_verified": verified, "domain_verified": False}}))
