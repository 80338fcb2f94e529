# Copied from sandbox/_people.py by the generator. Do not edit; change the sandbox and run `make generate`.
"""Teammates, their invitations and subuser access, and single sign-on (integrations,
certificates, SSO teammates) in the sandbox. SSO teammates are teammates: both lists show them.
"""

from __future__ import annotations

from typing import Any

from ._collections import LazyCollection, Record
from ._reply import Reply, dumps, v3_error
from ._resources import (
    FIXED_EPOCH,
    Counter,
    Routes,
    body_of,
    deleted,
    everything,
    found,
    offset_page,
    query_int,
    sandbox_uuid,
    store,
)
from ._state import SUBUSER_ID_BASE, State, subuser_name
from ._v3 import V3Request, _first

OWNER = "sandbox_owner"
INVITATION_SECONDS = 7 * 24 * 3600
CERTIFICATE_SECONDS = 365 * 24 * 3600
PROFILE_FIELDS = ("phone", "website", "company", "address", "address2", "city", "state", "zip", "country")
LIST_FIELDS = ("username", "email", "first_name", "last_name", "user_type", "is_admin", *PROFILE_FIELDS)
INTEGRATION_FIELDS = {"name": str, "enabled": bool, "signin_url": str, "signout_url": str, "entity_id": str}
PERMISSION_FIELDS = ("is_admin", "persona", "scopes", "has_restricted_subuser_access", "subuser_access")


def _teammate(username: str, email: str, **fields: Any) -> Record:
    record: Record = {"username": username, "email": email, "first_name": "", "last_name": "", "scopes": []}
    record.update(dict.fromkeys(PROFILE_FIELDS, ""))
    record.update(user_type="teammate", is_admin=False, is_sso=False, has_restricted_subuser_access=False)
    record.update(fields)
    return record


def _first_after(subusers: LazyCollection, after: int) -> int:
    """Offset of the first subuser whose id is above `after` (ids grow with the offset)."""
    low, high = 0, len(subusers)
    while low < high:
        middle = (low + high) // 2
        records, _ = subusers.page(middle, 1)
        if records and records[0]["id"] <= after:
            low = middle + 1
        else:
            high = middle
    return low


class PeopleAreas:
    def __init__(self, state: State) -> None:
        self._subusers = state.subusers
        self._teammates = store("username")
        self._teammates.add(
            _teammate(OWNER, "owner@example.com", user_type="owner", is_admin=True, first_name="Sandbox")
        )
        self._pending = store("token")
        self._invitations = Counter()
        self._integrations = store("id")
        self._integration_numbers = Counter()
        self._certificates = store("id")
        self._certificate_numbers = Counter(66_000_000)

    def routes(self) -> Routes:
        return {
            ("POST", "/v3/teammates"): ("invite_teammate", 201, self._invite),
            ("GET", "/v3/teammates"): ("list_teammates", 200, self._list_teammates),
            ("GET", "/v3/teammates/{}/subuser_access"): ("list_teammate_subuser_access", 200, self._subuser_access),
            ("GET", "/v3/teammates/{}"): ("get_teammate", 200, self._get_teammate),
            ("PATCH", "/v3/teammates/{}"): ("update_teammate", 200, self._update_teammate),
            ("DELETE", "/v3/teammates/{}"): ("delete_teammate", 204, self._delete_teammate),
            ("GET", "/v3/teammates/pending"): ("list_pending_teammates", 200, self._list_pending),
            ("DELETE", "/v3/teammates/pending/{}"): ("delete_pending_teammate", 204, self._delete_pending),
            ("POST", "/v3/teammates/pending/{}/resend"): ("resend_teammate_invite", 200, self._resend),
            ("POST", "/v3/sso/integrations"): ("create_sso_integration", 200, self._create_integration),
            ("GET", "/v3/sso/integrations"): ("list_sso_integrations", 200, self._list_integrations),
            ("GET", "/v3/sso/integrations/{}"): ("get_sso_integration", 200, self._get_integration),
            ("PATCH", "/v3/sso/integrations/{}"): ("update_sso_integration", 200, self._update_integration),
            ("DELETE", "/v3/sso/integrations/{}"): ("delete_sso_integration", 204, self._delete_integration),
            ("GET", "/v3/sso/integrations/{}/certificates"): (
                "list_sso_integration_certificates",
                200,
                self._integration_certificates,
            ),
            ("POST", "/v3/sso/certificates"): ("create_sso_certificate", 200, self._create_certificate),
            ("GET", "/v3/sso/certificates/{}"): ("get_sso_certificate", 200, self._get_certificate),
            ("PATCH", "/v3/sso/certificates/{}"): ("update_sso_certificate", 200, self._update_certificate),
            ("DELETE", "/v3/sso/certificates/{}"): ("delete_sso_certificate", 200, self._delete_certificate),
            ("POST", "/v3/sso/teammates"): ("create_sso_teammate", 201, self._create_sso_teammate),
            ("PATCH", "/v3/sso/teammates/{}"): ("update_sso_teammate", 200, self._update_sso_teammate),
        }

    # Teammates and invitations.

    def _taken(self, email: str) -> bool:
        return any(r["email"] == email for r in everything(self._teammates) + everything(self._pending))

    def _invite(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        body = body_of(request, {"email": str, "scopes": list, "is_admin": bool})
        if isinstance(body, Reply):
            return body
        if self._taken(body["email"]):
            return v3_error(400, "a teammate or invitation with this email exists", "email")
        number = self._invitations.take()
        invitation = {
            "token": f"invite{number:06d}",
            "email": body["email"],
            "scopes": [] if body["is_admin"] else body["scopes"],
            "is_admin": body["is_admin"],
            "expiration_date": FIXED_EPOCH + INVITATION_SECONDS,
        }
        self._pending.add(invitation)
        return Reply(status, dumps(invitation))

    def _list_teammates(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        listed = [{k: r[k] for k in LIST_FIELDS} for r in everything(self._teammates)]
        return offset_page(request, listed)

    def _get_teammate(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        return found(self._teammates.get(params[0]), "teammate", status)

    def _update_teammate(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        body = body_of(request, {"scopes": list, "is_admin": bool})
        if isinstance(body, Reply):
            return body
        current = self._teammates.get(params[0])
        if current is None:
            return v3_error(404, "teammate not found")
        changes = {"scopes": [] if body["is_admin"] else body["scopes"], "is_admin": body["is_admin"]}
        if current["user_type"] != "owner":
            changes["user_type"] = "admin" if body["is_admin"] else "teammate"
        return found(self._teammates.update(params[0], changes), "teammate", status)

    def _delete_teammate(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        if params[0] == OWNER:
            return v3_error(400, "the account owner cannot be removed")
        return deleted(self._teammates.delete(params[0]), "teammate", status)

    def _list_pending(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        return Reply(status, dumps({"result": everything(self._pending)}))

    def _delete_pending(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        return deleted(self._pending.delete(params[0]), "invitation", status)

    def _resend(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        renewed = self._pending.update(params[0], {"expiration_date": FIXED_EPOCH + 2 * INVITATION_SECONDS})
        return found(renewed, "invitation", status)

    def _subuser_access(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        teammate = self._teammates.get(params[0])
        if teammate is None:
            return v3_error(404, "teammate not found")
        limit = query_int(request, "limit", 100, 1, 500)
        after = query_int(request, "after_subuser_id", 0, 0, None)
        if isinstance(limit, Reply):
            return limit
        if isinstance(after, Reply):
            return after
        only = _first(request.query, "username")
        if teammate["has_restricted_subuser_access"]:
            grants = sorted((g for g in teammate.get("subuser_access", []) if g["id"] > after), key=lambda g: g["id"])
            entries = [self._access_entry(g) for g in grants]
        elif only is not None:
            subuser = self._subusers.get(only)
            entries = [] if subuser is None or subuser["id"] <= after else [self._full_access(subuser)]
        else:
            records, _ = self._subusers.page(_first_after(self._subusers, after), limit + 1)
            entries = [self._full_access(r) for r in records]
        if only is not None:
            entries = [e for e in entries if e["username"] == only]
        page: dict[str, Any] = {
            "has_restricted_subuser_access": teammate["has_restricted_subuser_access"],
            "subuser_access": entries[:limit],
            "_metadata": {},
        }
        if len(entries) > limit:
            following = {"limit": limit, "after_subuser_id": entries[limit - 1]["id"]}
            page["_metadata"] = {"next_params": {**following, **({"username": only} if only else {})}}
        return Reply(status, dumps(page))

    @staticmethod
    def _full_access(subuser: Record) -> Record:
        return {
            **{k: subuser[k] for k in ("id", "username", "email", "disabled")},
            "permission_type": "admin",
            "scopes": [],
        }

    def _access_entry(self, grant: Record) -> Record:
        subuser = self._subusers.get(subuser_name(grant["id"] - SUBUSER_ID_BASE))
        known = subuser is not None and subuser["id"] == grant["id"]
        return {
            "id": grant["id"],
            "username": subuser["username"] if known and subuser else "",
            "email": subuser["email"] if known and subuser else "",
            "disabled": bool(subuser["disabled"]) if known and subuser else False,
            "permission_type": grant["permission_type"],
            "scopes": grant.get("scopes", []),
        }

    # SSO teammates.

    def _permissions(self, body: dict[str, Any]) -> dict[str, Any] | Reply:
        changes = {k: body[k] for k in PERMISSION_FIELDS if k in body}
        for grant in changes.get("subuser_access", []):
            if not isinstance(grant, dict) or not isinstance(grant.get("id"), int):
                return v3_error(400, "every subuser_access entry needs an integer id", "subuser_access")
            if grant.get("permission_type") not in ("admin", "restricted"):
                return v3_error(400, "permission_type is admin or restricted", "subuser_access")
        return changes

    def _sso_answer(self, record: Record, status: int) -> Reply:
        answer = dict(record)
        answer["subuser_access"] = [self._access_entry(g) for g in record.get("subuser_access", [])]
        return Reply(status, dumps(answer))

    def _create_sso_teammate(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        body = body_of(request, {"email": str, "first_name": str, "last_name": str})
        if isinstance(body, Reply):
            return body
        changes = self._permissions(body)
        if isinstance(changes, Reply):
            return changes
        if self._taken(body["email"]):
            return v3_error(400, "a teammate or invitation with this email exists", "email")
        record = _teammate(body["email"], body["email"], first_name=body["first_name"], last_name=body["last_name"])
        record.update(changes, is_sso=True)
        if record["is_admin"]:
            record["user_type"] = "admin"
        self._teammates.add(record)
        return self._sso_answer(record, status)

    def _update_sso_teammate(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        body = body_of(request, {"first_name": str, "last_name": str})
        if isinstance(body, Reply):
            return body
        changes = self._permissions(body)
        if isinstance(changes, Reply):
            return changes
        current = self._teammates.get(params[0])
        if current is None or not current["is_sso"]:
            return v3_error(404, "SSO teammate not found")
        changes.update(first_name=body["first_name"], last_name=body["last_name"])
        if "is_admin" in changes:
            changes["user_type"] = "admin" if changes["is_admin"] else "teammate"
        updated = self._teammates.update(params[0], changes)
        return v3_error(404, "SSO teammate not found") if updated is None else self._sso_answer(updated, status)

    # SSO integrations and certificates.

    @staticmethod
    def _integration_answer(request: V3Request, record: Record) -> Record:
        if _first(request.query, "si") == "true":
            return record
        return {k: v for k, v in record.items() if k not in ("single_signon_url", "audience_url")}

    def _integration_settings(self, request: V3Request) -> dict[str, Any] | Reply:
        body = body_of(request, INTEGRATION_FIELDS)
        if isinstance(body, Reply):
            return body
        settings = {k: body[k] for k in INTEGRATION_FIELDS}
        settings["completed_integration"] = bool(body.get("completed_integration", False))
        return settings

    def _create_integration(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        settings = self._integration_settings(request)
        if isinstance(settings, Reply):
            return settings
        number = self._integration_numbers.take()
        integration_id = sandbox_uuid(1, number)
        saml = f"https://api.sendgrid.com/v3/public/sso/saml/response/id/{integration_id}"
        record = {**settings, "last_updated": FIXED_EPOCH + number, "id": integration_id}
        record.update(single_signon_url=saml, audience_url=saml)
        self._integrations.add(record)
        return Reply(status, dumps(self._integration_answer(request, record)))

    def _list_integrations(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        return Reply(status, dumps([self._integration_answer(request, r) for r in everything(self._integrations)]))

    def _get_integration(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        record = self._integrations.get(params[0])
        return found(None if record is None else self._integration_answer(request, record), "integration", status)

    def _update_integration(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        settings = self._integration_settings(request)
        if isinstance(settings, Reply):
            return settings
        record = self._integrations.update(params[0], settings)
        return found(None if record is None else self._integration_answer(request, record), "integration", status)

    def _delete_integration(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        for certificate in everything(self._certificates):
            if certificate["intergration_id"] == params[0]:
                self._certificates.delete(str(certificate["id"]))
        return deleted(self._integrations.delete(params[0]), "integration", status)

    def _integration_certificates(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        if self._integrations.get(params[0]) is None:
            return v3_error(404, "integration not found")
        mine = [{**r, "id": int(r["id"])} for r in everything(self._certificates) if r["intergration_id"] == params[0]]
        return Reply(status, dumps(mine))

    def _create_certificate(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        body = body_of(request, {"public_certificate": str, "integration_id": str})
        if isinstance(body, Reply):
            return body
        if self._integrations.get(body["integration_id"]) is None:
            return v3_error(400, "no such integration", "integration_id")
        number = self._certificate_numbers.take()
        record = {
            "public_certificate": body["public_certificate"],
            "id": str(number),
            "not_before": FIXED_EPOCH,
            "not_after": FIXED_EPOCH + CERTIFICATE_SECONDS,
            "intergration_id": body["integration_id"],  # SendGrid's spelling in answers
            "enabled": bool(body.get("enabled", True)),
        }
        self._certificates.add(record)
        return Reply(status, dumps({**record, "id": number}))

    def _certificate_answer(self, record: Record | None, status: int) -> Reply:
        return found(None if record is None else {**record, "id": int(record["id"])}, "certificate", status)

    def _get_certificate(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        return self._certificate_answer(self._certificates.get(params[0]), status)

    def _update_certificate(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        body = body_of(request)
        if isinstance(body, Reply):
            return body
        changes: dict[str, Any] = {k: body[k] for k in ("public_certificate", "enabled") if k in body}
        if "integration_id" in body:
            if self._integrations.get(str(body["integration_id"])) is None:
                return v3_error(400, "no such integration", "integration_id")
            changes["intergration_id"] = body["integration_id"]
        return self._certificate_answer(self._certificates.update(params[0], changes), status)

    def _delete_certificate(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        record = self._certificates.get(params[0])
        if record is not None:
            self._certificates.delete(params[0])
        return self._certificate_answer(record, status)
