# Copied from sandbox/_branding.py by the generator. Do not edit; change the sandbox and run `make generate`.
"""Reverse DNS (/v3/whitelabel/ips) and link branding (/v3/whitelabel/links), kept in memory.

The sandbox resolves no DNS: validating a record passes unless its domain ends in `.invalid`
(the name RFC 2606 reserves for that), which fails with a reason, so both outcomes can be tested.
Records belong to the account that created them (the on-behalf-of subuser, else the parent).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._collections import LazyCollection, Record
from ._params import Paginate, Routes, first, json_object, query_int
from ._reply import Reply, dumps, v3_error

if TYPE_CHECKING:
    from ._v3 import V3Request

VALIDATED_AT = 1_700_000_000  # a fixed clock for last_validation_attempt_at
PARENT_ID = 1  # user_id of the parent account in branded-link answers


def _fails_dns(domain: str) -> bool:
    return domain.endswith(".invalid")


def _record_id(text: str) -> int | None:
    return int(text) if text.isdigit() else None


class Branding:
    def __init__(self, paginate: Paginate, subusers: LazyCollection, parent: str) -> None:
        self._paginate = paginate
        self._subusers = subusers
        self._parent = parent
        self._rdns: dict[int, Record] = {}
        self._links: dict[int, Record] = {}
        self._subuser_links: dict[str, int] = {}
        self._next_id = 1

    def routes(self) -> Routes:
        rdns, link = "/v3/whitelabel/ips", "/v3/whitelabel/links"
        return {
            ("POST", rdns): ("create_reverse_dns", 201, self._create_rdns),
            ("GET", rdns): ("list_reverse_dns", 200, self._list_rdns),
            ("GET", rdns + "/{}"): ("get_reverse_dns", 200, self._get_rdns),
            ("DELETE", rdns + "/{}"): ("delete_reverse_dns", 204, self._delete_rdns),
            ("POST", rdns + "/{}/validate"): ("validate_reverse_dns", 200, self._validate_rdns),
            ("POST", link): ("create_branded_link", 201, self._create_link),
            ("GET", link): ("list_branded_links", 200, self._list_links),
            ("GET", link + "/{}"): ("get_branded_link", 200, self._get_link),
            ("PATCH", link + "/{}"): ("update_branded_link", 200, self._update_link),
            ("DELETE", link + "/{}"): ("delete_branded_link", 204, self._delete_link),
            ("POST", link + "/{}/validate"): ("validate_branded_link", 200, self._validate_link),
            ("POST", link + "/{}/subuser"): ("associate_branded_link_with_subuser", 200, self._associate),
            ("GET", link + "/default"): ("get_default_branded_link", 200, self._default_link),
            ("GET", link + "/subuser"): ("get_subuser_branded_link", 200, self._subuser_link),
            ("DELETE", link + "/subuser"): ("disassociate_branded_link_from_subuser", 204, self._disassociate),
        }

    def _account(self, request: V3Request) -> str:
        return request.on_behalf_of or self._parent

    def _allocate(self) -> int:
        self._next_id += 1
        return self._next_id - 1

    @staticmethod
    def _owned(records: dict[int, Record], text: str, account: str) -> Record | Reply:
        record_id = _record_id(text)
        record = records.get(record_id) if record_id is not None else None
        if record is None or record["_account"] != account:
            return v3_error(404, "not found")
        return record

    @staticmethod
    def _public(record: Record) -> Record:
        return {k: v for k, v in record.items() if not k.startswith("_")}

    @staticmethod
    def _domain_fields(body: dict[str, Any], fallback: str) -> tuple[str, str] | Reply:
        domain, subdomain = body.get("domain"), body.get("subdomain", fallback)
        if not isinstance(domain, str) or "." not in domain:
            return v3_error(400, "domain is required and must be a domain name", "domain")
        if not isinstance(subdomain, str) or not subdomain or "." in subdomain:
            return v3_error(400, "subdomain must be one DNS label", "subdomain")
        return domain, subdomain

    # Reverse DNS.

    def _create_rdns(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        body = json_object(request.body)
        if isinstance(body, Reply):
            return body
        ip = body.get("ip")
        if not isinstance(ip, str) or not ip:
            return v3_error(400, "ip is required", "ip")
        names = self._domain_fields(body, "email")
        if isinstance(names, Reply):
            return names
        domain, subdomain = names
        if any(r["ip"] == ip for r in self._rdns.values()):
            return v3_error(400, "the ip already has a reverse DNS record", "ip")
        record_id = self._allocate()
        rdns = f"o{record_id}.{subdomain}.{domain}"
        self._rdns[record_id] = {
            "id": record_id,
            "ip": ip,
            "rdns": rdns,
            "users": [],
            "subdomain": subdomain,
            "domain": domain,
            "valid": False,
            "legacy": False,
            "a_record": {"valid": False, "type": "a", "host": rdns, "data": ip},
            "_account": self._account(request),
        }
        return Reply(status, dumps(self._public(self._rdns[record_id])))

    def _list_rdns(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        account, wanted = self._account(request), first(request.query, "ip")
        records = [
            self._public(r)
            for r in self._rdns.values()
            if r["_account"] == account and (wanted is None or wanted in r["ip"])
        ]
        return self._paginate(request, lambda offset, limit: (records[offset : offset + limit], len(records)))

    def _get_rdns(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        record = self._owned(self._rdns, params[0], self._account(request))
        return record if isinstance(record, Reply) else Reply(status, dumps(self._public(record)))

    def _delete_rdns(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        record = self._owned(self._rdns, params[0], self._account(request))
        if isinstance(record, Reply):
            return record
        del self._rdns[record["id"]]
        return Reply(status)

    def _validate_rdns(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        record = self._owned(self._rdns, params[0], self._account(request))
        if isinstance(record, Reply):
            return record
        valid = not _fails_dns(record["domain"])
        reason = None if valid else f"Failed to resolve A Record at {record['rdns']}: no such host"
        record["valid"] = record["a_record"]["valid"] = valid
        record["last_validation_attempt_at"] = VALIDATED_AT
        answer = {
            "id": record["id"],
            "valid": valid,
            "validation_results": {"a_record": {"valid": valid, "reason": reason}},
        }
        return Reply(status, dumps(answer))

    # Link branding.

    def _link_record(self, link_id: int, domain: str, subdomain: str, default: bool, account: str) -> Record:
        return {
            "id": link_id,
            "domain": domain,
            "subdomain": subdomain,
            "username": account,
            "user_id": PARENT_ID,
            "default": default,
            "valid": False,
            "legacy": False,
            "dns": {
                "domain_cname": {
                    "valid": False,
                    "type": "cname",
                    "host": f"{subdomain}.{domain}",
                    "data": "sendgrid.net",
                },
                "owner_cname": {
                    "valid": False,
                    "type": "cname",
                    "host": f"{PARENT_ID}.{domain}",
                    "data": "sendgrid.net",
                },
            },
            "_account": account,
        }

    def _create_link(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        body = json_object(request.body)
        if isinstance(body, Reply):
            return body
        names = self._domain_fields(body, "url")
        if isinstance(names, Reply):
            return names
        default = body.get("default", False)
        if not isinstance(default, bool):
            return v3_error(400, "default must be a boolean", "default")
        account = self._account(request)
        if default:
            self._clear_default(account)
        record = self._link_record(self._allocate(), *names, default, account)
        self._links[record["id"]] = record
        return Reply(status, dumps(self._public(record)))

    def _clear_default(self, account: str) -> None:
        for record in self._links.values():
            if record["_account"] == account:
                record["default"] = False

    def _list_links(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        limit = query_int(request.query, "limit", minimum=1)
        if isinstance(limit, Reply):
            return limit
        account = self._account(request)
        links = [self._public(r) for r in self._links.values() if r["_account"] == account]
        return Reply(status, dumps(links[:limit] if limit is not None else links))

    def _get_link(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        record = self._owned(self._links, params[0], self._account(request))
        return record if isinstance(record, Reply) else Reply(status, dumps(self._public(record)))

    def _update_link(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        record, body = self._owned(self._links, params[0], self._account(request)), json_object(request.body)
        if isinstance(record, Reply):
            return record
        if isinstance(body, Reply):
            return body
        if not isinstance(body.get("default"), bool):
            return v3_error(400, "default is required and must be a boolean", "default")
        if body["default"]:
            self._clear_default(record["_account"])
        record["default"] = body["default"]
        return Reply(status, dumps(self._public(record)))

    def _delete_link(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        record = self._owned(self._links, params[0], self._account(request))
        if isinstance(record, Reply):
            return record
        del self._links[record["id"]]
        self._subuser_links = {name: i for name, i in self._subuser_links.items() if i != record["id"]}
        return Reply(status)

    def _validate_link(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        record = self._owned(self._links, params[0], self._account(request))
        if isinstance(record, Reply):
            return record
        valid = not _fails_dns(record["domain"])
        results = {}
        for name, entry in record["dns"].items():
            entry["valid"] = valid
            expected = f'Expected CNAME for "{entry["host"]}" to match "sendgrid.net." but found none.'
            results[name] = {"valid": valid, "reason": None if valid else expected}
        record["valid"] = valid
        return Reply(status, dumps({"id": record["id"], "valid": valid, "validation_results": results}))

    def _associate(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        record, body = self._owned(self._links, params[0], self._parent), json_object(request.body)
        if isinstance(record, Reply):
            return record
        if isinstance(body, Reply):
            return body
        username = body.get("username")
        if not isinstance(username, str) or self._subusers.get(username) is None:
            return v3_error(404, "subuser not found", "username")
        if not record["valid"]:
            return v3_error(400, "only a validated branded link can be given to a subuser", "link_id")
        self._subuser_links[username] = record["id"]
        return Reply(status, dumps(self._public(record)))

    def _default_link(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        account, domain = self._account(request), first(request.query, "domain")
        for record in self._links.values():
            if record["_account"] == account and record["default"] and domain in (None, record["domain"]):
                return Reply(status, dumps(self._public(record)))
        # No default of the account's own: SendGrid's shared domain is used.
        fallback = self._link_record(0, "sendgrid.net", "links", True, account)
        fallback["valid"] = True
        return Reply(status, dumps(self._public(fallback)))

    def _subuser_username(self, request: V3Request) -> str | Reply:
        username = first(request.query, "username")
        if not username:
            return v3_error(400, "username is required", "username")
        if username not in self._subuser_links:
            return v3_error(404, "the subuser has no branded link", "username")
        return username

    def _subuser_link(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        username = self._subuser_username(request)
        if isinstance(username, Reply):
            return username
        return Reply(status, dumps(self._public(self._links[self._subuser_links[username]])))

    def _disassociate(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        username = self._subuser_username(request)
        if isinstance(username, Reply):
            return username
        del self._subuser_links[username]
        return Reply(status)
