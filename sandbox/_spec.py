"""What the sandbox knows from the bundled spec: one route per operation, built once per spec file.

v2 calls are told apart by their fixed fields (the `const` discriminators) and, for presence-based
calls such as statistics, by their required fields; the most specific route is tried first. Each
route carries a sample success body synthesised from the spec (its example, else its schema), so
calls the sandbox keeps no state for still answer with a documented shape.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.catalog import OperationInfo
from generator.load import load_spec
from generator.lower import lower
from generator.validate import deref
from sandbox._reply import dumps

CREDENTIAL_FIELDS = frozenset({"api_user", "api_key"})
_PATH_PARAM = re.compile(r"\{[^}/]+\}")
_MAX_DEPTH = 8


@dataclass(frozen=True)
class V2Route:
    operation_id: str
    wire_path: str
    http_method: str
    fixed_fields: Mapping[str, str]
    required: frozenset[str]  # required fields besides the fixed ones and the credentials
    fields: Mapping[str, Any] = field(repr=False)  # schema of every non-fixed field
    success_status: int = 200
    success_body: bytes = b'{"message":"success"}'

    @property
    def specificity(self) -> tuple[int, int]:
        return len(self.fixed_fields), len(self.required)

    def matches(self, params: Mapping[str, list[str]]) -> bool:
        for name, value in self.fixed_fields.items():
            sent = params.get(name)
            if not sent or sent[0] != value:
                return False
        return all(name in params for name in self.required)

    def example_fields(self, **overrides: str) -> dict[str, str]:
        """A well-formed request: the fixed fields plus a sample value for every required field."""
        fields = dict(self.fixed_fields)
        for name in sorted(self.required):
            fields[name] = overrides.get(name, _sample_field(name, self.fields.get(name)))
        fields.update(overrides)
        return fields


@dataclass(frozen=True)
class V3Route:
    operation_id: str
    method: str  # upper case
    template: str  # wire path with {params}
    success_status: int
    success_body: bytes | None  # None: no content
    paginated: bool


@dataclass(frozen=True)
class RouteTable:
    v2: tuple[V2Route, ...]
    v3: tuple[V3Route, ...]
    v2_by_path: Mapping[str, tuple[V2Route, ...]]  # most specific first

    def v2_route(self, operation_id: str) -> V2Route:
        for route in self.v2:
            if route.operation_id == operation_id:
                return route
        raise KeyError(operation_id)


def normalise_template(template: str) -> str:
    """`/v3/subusers/{subuser_name}` → `/v3/subusers/{}`: parameter names do not matter on the wire."""
    return _PATH_PARAM.sub("{}", template)


def template_regex(template: str) -> re.Pattern[str]:
    parts = re.split(r"\{[^}/]*\}", template)  # named or normalised ({}) parameters
    return re.compile("^" + "([^/]+)".join(re.escape(part) for part in parts) + "$")


_cache: dict[tuple[Path, int], RouteTable] = {}
_cache_lock = threading.Lock()


def load_routes(spec_path: Path) -> RouteTable:
    """The route table of a spec file; cached per path and modification time."""
    path = spec_path.resolve()
    key = (path, _tree_mtime(path))
    with _cache_lock:
        table = _cache.get(key)
        if table is None:
            table = _cache[key] = _build(path)
        return table


def _tree_mtime(root: Path) -> int:
    # The spec is split over several files; any of them changing invalidates the cache.
    return max((p.stat().st_mtime_ns for p in root.parent.rglob("*.yaml")), default=root.stat().st_mtime_ns)


def _build(path: Path) -> RouteTable:
    spec = load_spec(path)
    _, catalog = lower(spec)
    document = spec.document
    v2: list[V2Route] = []
    v3: list[V3Route] = []
    for info in catalog:
        operation = document["paths"][info.path_key][info.http_method]
        if info.api == "v2":
            v2.append(_v2_route(document, info, operation))
        else:
            v3.append(_v3_route(document, info, operation))
    by_path: dict[str, list[V2Route]] = {}
    for route in v2:
        by_path.setdefault(route.wire_path, []).append(route)
    ordered = {
        path: tuple(sorted(routes, key=lambda r: r.specificity, reverse=True)) for path, routes in by_path.items()
    }
    return RouteTable(v2=tuple(v2), v3=tuple(v3), v2_by_path=ordered)


def _v2_route(document: dict[str, Any], info: OperationInfo, operation: dict[str, Any]) -> V2Route:
    fields: dict[str, Any] = {}
    required: set[str] = set()
    body = deref(document, operation.get("requestBody")) or {}
    media = (body.get("content") or {}).get("application/x-www-form-urlencoded")
    if media:
        schema = deref(document, media.get("schema")) or {}
        for name, prop in (schema.get("properties") or {}).items():
            fields[name] = deref(document, prop)
        required.update(schema.get("required") or [])
    for raw in operation.get("parameters") or []:
        parameter = deref(document, raw)
        if parameter.get("in") != "query":
            continue
        fields[parameter["name"]] = deref(document, parameter.get("schema")) or {}
        if parameter.get("required"):
            required.add(parameter["name"])
    for name in info.fixed_fields:
        fields.pop(name, None)
    status, sample = _success_sample(document, operation)
    return V2Route(
        operation_id=info.operation_id,
        wire_path=info.wire_path,
        http_method=info.http_method,
        fixed_fields=dict(info.fixed_fields),
        required=frozenset(required - set(info.fixed_fields) - CREDENTIAL_FIELDS),
        fields=fields,
        success_status=status,
        success_body=dumps({"message": "success"} if sample is None else sample),
    )


def _v3_route(document: dict[str, Any], info: OperationInfo, operation: dict[str, Any]) -> V3Route:
    status, sample = _success_sample(document, operation)
    return V3Route(
        operation_id=info.operation_id,
        method=info.http_method.upper(),
        template=info.wire_path,
        success_status=status,
        success_body=None if status == 204 or sample is None else dumps(sample),
        paginated=info.paginated,
    )


def _success_sample(document: dict[str, Any], operation: dict[str, Any]) -> tuple[int, Any]:
    responses = operation.get("responses") or {}
    codes = sorted(str(code) for code in responses if str(code).startswith("2") and str(code).isdigit())
    if not codes:
        return 200, None
    response = deref(document, responses[codes[0]]) or {}
    media = (response.get("content") or {}).get("application/json")
    if not media:
        return int(codes[0]), None
    if "example" in media:
        return int(codes[0]), media["example"]
    examples = media.get("examples") or {}
    for example in examples.values():
        example = deref(document, example)
        if isinstance(example, dict) and "value" in example:
            return int(codes[0]), example["value"]
    return int(codes[0]), sample_value(document, media.get("schema"))


def sample_value(document: dict[str, Any], schema: Any, depth: int = 0) -> Any:
    """A small plausible value for a JSON schema (examples, consts and enums win)."""
    schema = deref(document, schema)
    if not isinstance(schema, dict) or depth > _MAX_DEPTH:
        return None
    for key in ("example", "const", "default"):
        if key in schema:
            return schema[key]
    if schema.get("examples"):
        return schema["examples"][0]
    if schema.get("enum"):
        return schema["enum"][0]
    for key in ("oneOf", "anyOf"):
        if schema.get(key):
            return sample_value(document, schema[key][0], depth + 1)
    if schema.get("allOf"):
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = sample_value(document, part, depth + 1)
            if isinstance(value, dict):
                merged.update(value)
        return merged
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), None)
    if kind == "object" or (kind is None and "properties" in schema):
        return {
            name: sample_value(document, prop, depth + 1) for name, prop in (schema.get("properties") or {}).items()
        }
    if kind == "array":
        return [sample_value(document, schema.get("items"), depth + 1)]
    if kind == "integer":
        return max(1, int(schema.get("minimum", 1)))
    if kind == "number":
        return 1.0
    if kind == "boolean":
        return False
    if kind == "string":
        return _sample_string(schema)
    return None


def _sample_string(schema: Mapping[str, Any]) -> str:
    return {
        "email": "user@example.com",
        "date": "2024-01-01",
        "date-time": "2024-01-01T00:00:00Z",
        "ipv4": "192.0.2.1",
        "uri": "https://example.com",
        "password": "Sandbox-Passw0rd",
    }.get(str(schema.get("format")), "example")


def _sample_field(name: str, schema: Any) -> str:
    if not isinstance(schema, dict):
        return "example"
    for key in ("const", "default"):
        if key in schema:
            return str(schema[key])
    if schema.get("enum"):
        return str(schema["enum"][0])
    kind = schema.get("type")
    if kind == "integer":
        return str(max(1, int(schema.get("minimum", 1))))
    if kind == "boolean":
        return "true"
    return _sample_string(schema)
