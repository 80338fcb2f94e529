"""The v3 conventions hold for every v3 operation of the bundled spec (spec/openapi.yaml).

- every success response declares the three X-RateLimit-* headers, and every operation a 429;
- every limit/offset list uses the shared Limit (max 500) and Offset parameters and declares Link,
  unless its `x-pagination` declares another style, and every `x-pagination` points at real fields;
- every operation has exactly one tag, a unique snake_case operationId and client path.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from generator.load import load_spec
from generator.paths import DEFAULT_SPEC
from generator.validate import deref, operations

RATE_HEADERS = {"X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset"}
LIMIT_REF = "#/components/parameters/Limit"
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
        "IP Address Management",
        "IP Warmup",
        "Reverse DNS",
        "Link Branding",
        "Sender Verification",
        "Mail Settings",
        "Tracking Settings",
        "Stats",
    }
    # subusers 14, suppressions 33, IPs 12, domain authentication 16, webhooks 19; send_ips 15,
    # warm-up 4, reverse DNS 5, link branding 10, sender verification 8, mail settings 13,
    # tracking settings 9, stats 10
    assert len(_v3(document)) == 168


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
        errors = [code for code in op["responses"] if not str(code).startswith("2") and str(code) != "429"]
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
        if not {"limit", "offset"} <= set(names):
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


PAGINATION_KEYS = {
    "next_params": {"style", "items", "next_params", "cursor"},
    "cursor": {"style", "items", "cursor", "cursor_field"},
    "offset": {"style", "items"},
}


def _schema_at(document: dict[str, Any], schema: dict[str, Any], json_pointer: str) -> dict[str, Any]:
    for name in json_pointer.strip("/").split("/"):
        schema = deref(document, schema)
        assert name in schema.get("properties", {}), f"no field {name!r} for {json_pointer}"
        schema = schema["properties"][name]
    return deref(document, schema)


def test_every_pagination_extension_names_real_fields(document: dict[str, Any]) -> None:
    declared = []
    for _, _, op in _v3(document):
        paging = op.get("x-pagination")
        if paging is None:
            continue
        declared.append(op["operationId"])
        assert set(paging) == PAGINATION_KEYS[paging["style"]], op["operationId"]
        body = next(iter(_success(document, op).values()))["content"]["application/json"]["schema"]
        items = _schema_at(document, body, paging["items"])
        assert items["type"] == "array", op["operationId"]
        query = {deref(document, p)["name"] for p in op.get("parameters") or [] if deref(document, p)["in"] == "query"}
        if paging["style"] == "next_params":
            next_params = _schema_at(document, body, paging["next_params"])
            assert paging["cursor"] in next_params["properties"] and paging["cursor"] in query, op["operationId"]
        elif paging["style"] == "cursor":
            assert paging["cursor"] in query and "limit" in query, op["operationId"]
            assert paging["cursor_field"] in deref(document, items["items"])["properties"], op["operationId"]
        else:
            assert {"limit", "offset"} <= query, op["operationId"]
    assert sorted(declared) == [
        "list_mail_settings",
        "list_send_ip_pool_ips",
        "list_send_ip_pools",
        "list_send_ip_subusers",
        "list_send_ips",
        "list_verified_senders",
    ]


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
