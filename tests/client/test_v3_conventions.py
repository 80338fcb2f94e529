"""The v3 conventions hold for every v3 operation of the bundled spec (spec/openapi.yaml).

- every success response declares the three X-RateLimit-* headers, and every operation a 429;
- every limit/offset list uses the shared Limit (max 500) and Offset parameters and declares Link,
  unless it documents another paging style as data in `x-pagination` (checked against its answer);
- a documented redirect (3XX) declares its Location;
- every operation has exactly one tag, a unique snake_case operationId and client path.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from generator.load import load_spec
from generator.paths import DEFAULT_SPEC
from generator.spec_query import deref, operations

RATE_HEADERS = {"X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset"}
LIMIT_REF = "#/components/parameters/Limit"
# Issue 16's areas (tag: operations).
SENDING_INFRASTRUCTURE = {
    "IP Address Management": 15,
    "IP Warmup": 4,
    "Reverse DNS": 5,
    "Link Branding": 10,
    "Sender Verification": 8,
    "Mail Settings": 13,
    "Tracking Settings": 9,
    "Stats": 10,
}
# Issue 15's areas (tag: operations).
ACCOUNTS_AND_ACCESS = {
    "Account Provisioning": 13,
    "Teammates": 9,
    "Single Sign-On": 12,
    "Scopes": 1,
    "API Keys": 6,
    "User Account": 11,
    "Alerts": 5,
    "IP Access Management": 6,
    "Transactional Templates": 11,
}
# x-pagination (spec/README.md): the key sets each style may have, besides `style`, `items` and `limit`.
PAGINATION_STYLES = {
    "offset": [{"offset"}],
    "cursor": [{"cursor", "next_cursor"}, {"cursor", "cursor_field"}],
    "next_params": [{"next_params"}, {"next_params", "cursor"}],
    "next_url": [{"next_url"}],
}
OFFSET_REF = "#/components/parameters/Offset"


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    return load_spec(DEFAULT_SPEC).document


def _v3(document: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [(path, method, op) for path, method, op in operations(document) if path.startswith("/v3/")]


def _success(document: dict[str, Any], operation: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {str(code): deref(document, r) for code, r in operation["responses"].items() if str(code).startswith("2")}


def test_there_are_v3_operations_in_every_area(document: dict[str, Any]) -> None:
    tags = {op["tags"][0] for _, _, op in _v3(document)}
    assert tags == {
        "Subusers",
        "Suppressions",
        "IP Addresses",
        "Authenticated Domains",
        "Webhooks",
        *SENDING_INFRASTRUCTURE,
        *ACCOUNTS_AND_ACCESS,
    }
    # subusers 14, suppressions 33, IPs 12, domain authentication 16, webhooks 19 (94);
    # sending infrastructure 74; accounts & access 74
    assert len(_v3(document)) == 94 + sum(SENDING_INFRASTRUCTURE.values()) + sum(ACCOUNTS_AND_ACCESS.values()) == 242


def test_every_success_response_declares_the_rate_limit_headers(document: dict[str, Any]) -> None:
    missing = [
        f"{op['operationId']} {code}"
        for _, _, op in _v3(document)
        for code, response in _success(document, op).items()
        if not RATE_HEADERS <= set(response.get("headers") or {})
    ]
    assert missing == []


def test_every_operation_declares_429_and_error_bodies(document: dict[str, Any]) -> None:
    too_many = deref(document, {"$ref": "#/components/responses/TooManyRequests"})
    for _, _, op in _v3(document):
        assert deref(document, op["responses"].get("429")) is too_many, op["operationId"]
        errors = [code for code in op["responses"] if not str(code).startswith(("2", "3")) and str(code) != "429"]
        assert errors, op["operationId"]
        for code in errors:
            assert op["responses"][code] == {"$ref": "#/components/responses/V3Error"}, f"{op['operationId']} {code}"


def test_every_limit_offset_list_uses_the_shared_paging_and_link(document: dict[str, Any]) -> None:
    limit = deref(document, {"$ref": LIMIT_REF})
    assert limit["schema"]["maximum"] == 500
    lists = 0
    for _, _, op in _v3(document):
        names = {
            deref(document, p)["name"]: p for p in op.get("parameters") or [] if deref(document, p)["in"] == "query"
        }
        if not {"limit", "offset"} <= set(names) or "x-pagination" in op:
            continue
        success = _success(document, op)
        body = next(iter(success.values())).get("content", {}).get("application/json", {}).get("schema", {})
        if "x-pagination" in op:  # a body-driven style, checked below
            continue
        if body.get("type") != "array":
            # Monthly statistics and sums answer one object: limit/offset there pick subusers, not pages.
            assert op["operationId"] in {
                "get_subuser_monthly_stats",
                "get_subusers_monthly_stats",
                "get_subusers_stats_sums",
                "get_category_stats_sums",
            }
            continue
        lists += 1
        assert names["limit"] == {"$ref": LIMIT_REF}, op["operationId"]
        assert names["offset"] == {"$ref": OFFSET_REF}, op["operationId"]
        for response in success.values():
            assert "Link" in (response.get("headers") or {}), op["operationId"]
    assert lists == 17


def test_names_are_deliberate_and_unique(document: dict[str, Any]) -> None:
    ids, paths = [], []
    for path, _, op in _v3(document):
        assert len(op["tags"]) == 1
        assert re.fullmatch(r"[a-z][a-z0-9_]*", op["operationId"])
        assert op.get("summary") and op.get("description"), op["operationId"]
        for name in re.findall(r"{([^}]+)}", path):
            assert any(
                deref(document, p)["name"] == name
                for p in (op.get("parameters") or []) + (document["paths"][path].get("parameters") or [])
            ), f"{op['operationId']}: {name}"
        ids.append(op["operationId"])
        paths.append(op["x-sendgrid-client-path"])
    assert len(ids) == len(set(ids))
    assert len(paths) == len(set(paths))


def test_webhook_payloads_are_described(document: dict[str, Any]) -> None:
    assert set(document["webhooks"]) == {"event", "inbound_parse"}


def test_every_redirect_declares_its_location(document: dict[str, Any]) -> None:
    redirects = [
        (op["operationId"], deref(document, response))
        for _, _, op in _v3(document)
        for code, response in op["responses"].items()
        if str(code).startswith("3")
    ]
    assert [name for name, _ in redirects] == ["authenticate_partner_account"]
    for name, response in redirects:
        assert {"Location", *RATE_HEADERS} <= set(response["headers"]), name


def _schema_at(document: dict[str, Any], schema: Any, pointer: str) -> dict[str, Any]:
    """The schema of the value at JSON `pointer` in a document `schema` describes (allOf merged)."""
    node: dict[str, Any] = deref(document, schema)
    for name in [p for p in pointer.split("/")[1:]]:
        properties: dict[str, Any] = {}
        for part in [node, *(deref(document, s) for s in node.get("allOf") or [])]:
            properties.update(part.get("properties") or {})
        assert name in properties, f"{pointer}: no property {name!r}"
        node = deref(document, properties[name])
    return node


def test_every_pagination_extension_matches_its_operation(document: dict[str, Any]) -> None:
    styles = {}
    for _, _, op in _v3(document):
        paging = op.get("x-pagination")
        if paging is None:
            continue
        name = op["operationId"]
        style = paging["style"]
        styles[name] = style
        assert set(paging) - {"style", "items", "limit"} in PAGINATION_STYLES[style], name
        query = {deref(document, p)["name"] for p in op.get("parameters") or [] if deref(document, p)["in"] == "query"}
        assert {paging["limit"], paging.get("offset", paging["limit"])} <= query, name
        if style == "cursor":
            assert paging["cursor"] in query, name
        success = _success(document, op)["200"]
        assert "Link" not in (success.get("headers") or {}), f"{name}: one paging style per operation"
        body = success["content"]["application/json"]["schema"]
        items = _schema_at(document, body, paging["items"])
        assert items["type"] == "array", name
        if "cursor_field" in paging:
            assert paging["cursor_field"] in deref(document, items["items"])["properties"], name
        if style == "next_params" and "cursor" in paging:
            assert paging["cursor"] in _schema_at(document, body, paging["next_params"])["properties"], name
            assert paging["cursor"] in query, name
        expected = {"next_cursor": "string", "next_url": "string", "next_params": "object"}
        for key, kind in expected.items():
            if key in paging:
                assert _schema_at(document, body, paging[key])["type"] == kind, f"{name}: {key}"
    assert styles == {
        "list_partner_accounts": "cursor",
        "list_partner_account_ips": "cursor",
        "list_partner_settings": "offset",
        "list_teammates": "offset",
        "list_teammate_subuser_access": "next_params",
        "list_templates": "next_url",
        "list_mail_settings": "offset",
        "list_send_ip_pool_ips": "next_params",
        "list_send_ip_pools": "next_params",
        "list_send_ip_subusers": "next_params",
        "list_send_ips": "next_params",
        "list_verified_senders": "cursor",
    }
