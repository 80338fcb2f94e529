# Copied from sandbox/_spec.py by the generator. Do not edit; change the sandbox and run `make generate`.
"""What the sandbox knows from the spec: one route per operation, built once per spec file.

Read with the sandbox's own reader (sandbox/_document.py), never the generator's.

v2 calls are told apart by their fixed fields (the `const` discriminators) and, for presence-based
calls such as statistics, by their required fields; the most specific route is tried first. Each
route carries a sample success body synthesised from the spec (its example, else its schema), so
calls the sandbox keeps no state for still answer with a documented shape.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ._document import Node, Operation, SpecDocument, SpecReadError
from ._reply import dumps

# The v2 API lives under these wire paths (the sandbox's own reading, independent of the generator).
V2_PREFIXES = ("/apiv2/", "/api/")
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
    answerable: bool = True  # False: the spec's success answer is not JSON, so the sandbox answers 501

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
class OffsetPaging:
    """A list the spec pages with `x-pagination` style offset: where the answer's records are
    (pointer tokens; none: the answer is the array) and the parameters that window them."""

    items: tuple[str, ...]
    limit: str
    offset: str


@dataclass(frozen=True)
class V3Route:
    operation_id: str
    method: str  # upper case
    template: str  # wire path with {params}
    success_status: int
    success_body: bytes | None  # None: no content
    paginated: bool
    answerable: bool = True  # False: the spec's success answer is not JSON, so the sandbox answers 501
    offset_paging: OffsetPaging | None = None  # a sample answer windowed by limit/offset (x-pagination)


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
    """The route table of a spec file (or bundled spec JSON); cached per path and modification time."""
    path = spec_path.resolve()
    key = (path, _tree_mtime(path))
    with _cache_lock:
        table = _cache.get(key)
        if table is None:
            table = _cache[key] = routes_of(read_spec(path))
        return table


def read_spec(path: Path) -> SpecDocument:
    """A spec's root file (YAML or JSON), or the JSON bundle the testing extra ships."""
    if path.suffix == ".json":
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise SpecReadError(f"cannot read spec file {path}: {exc}") from None
        if isinstance(data, dict) and "files" in data and "openapi" not in data:
            return SpecDocument.from_bundle(data)
    return SpecDocument.from_path(path)


def _tree_mtime(root: Path) -> int:
    # The spec is split over several files; any of them changing invalidates the cache.
    mtimes = [p.stat().st_mtime_ns for p in root.parent.rglob("*.yaml")] if root.suffix != ".json" else []
    return max([root.stat().st_mtime_ns, *mtimes])


def routes_of(spec: SpecDocument) -> RouteTable:
    v2: list[V2Route] = []
    v3: list[V3Route] = []
    for operation in spec.operations():
        if operation.wire_path.startswith(V2_PREFIXES):
            v2.append(_v2_route(spec, operation))
        else:
            v3.append(_v3_route(spec, operation))
    by_path: dict[str, list[V2Route]] = {}
    for route in v2:
        by_path.setdefault(route.wire_path, []).append(route)
    ordered = {
        path: tuple(sorted(routes, key=lambda r: r.specificity, reverse=True)) for path, routes in by_path.items()
    }
    return RouteTable(v2=tuple(v2), v3=tuple(v3), v2_by_path=ordered)


def _parameters(spec: SpecDocument, operation: Operation) -> dict[tuple[str, str], Node]:
    """The operation's parameters by (location, name); its own override the path item's."""
    found: dict[tuple[str, str], Node] = {}
    for raw in [*operation.path_parameters, *(operation.node.get("parameters") or [])]:
        parameter = spec.resolve(raw, operation.file)
        if isinstance(parameter.value, dict):
            found[(str(parameter.value.get("in")), str(parameter.value.get("name")))] = parameter
    return found


def _form_schema(spec: SpecDocument, operation: Operation) -> Node | None:
    body = spec.resolve(operation.node.get("requestBody"), operation.file)
    if not isinstance(body.value, dict):
        return None
    media = (body.value.get("content") or {}).get("application/x-www-form-urlencoded")
    if not isinstance(media, dict):
        return None
    schema = spec.resolve(media.get("schema"), body.file)
    return schema if isinstance(schema.value, dict) else None


def _v2_route(spec: SpecDocument, operation: Operation) -> V2Route:
    fields: dict[str, Node] = {}
    fixed: dict[str, str] = {}
    required: set[str] = set()
    schema = _form_schema(spec, operation)
    if schema is not None:
        for name, raw in (schema.value.get("properties") or {}).items():
            fields[name] = spec.resolve(raw, schema.file)
        required.update(schema.value.get("required") or [])
    for (location, name), parameter in _parameters(spec, operation).items():
        if location != "query":
            continue
        fields[name] = spec.resolve(parameter.value.get("schema"), parameter.file)
        if parameter.value.get("required"):
            required.add(name)
    # The discriminators: fields whose schema is a `const` (see spec/README.md).
    for name, node in list(fields.items()):
        if isinstance(node.value, dict) and "const" in node.value:
            fixed[name] = str(node.value["const"])
            del fields[name]
    status, sample, answerable = _success_sample(spec, operation)
    return V2Route(
        operation_id=operation.operation_id,
        wire_path=operation.wire_path,
        http_method=operation.method,
        fixed_fields=fixed,
        required=frozenset(required - set(fixed) - CREDENTIAL_FIELDS),
        fields={name: node.value for name, node in fields.items()},
        success_status=status,
        success_body=dumps({"message": "success"} if sample is None else sample),
        answerable=answerable,
    )


def _v3_route(spec: SpecDocument, operation: Operation) -> V3Route:
    status, sample, answerable = _success_sample(spec, operation)
    return V3Route(
        operation_id=operation.operation_id,
        method=operation.method.upper(),
        template=operation.wire_path,
        success_status=status,
        success_body=None if status == 204 or sample is None else dumps(sample),
        paginated=_is_paginated(spec, operation),
        answerable=answerable,
        offset_paging=_offset_paging(operation),
    )


def _offset_paging(operation: Operation) -> OffsetPaging | None:
    """The operation's `x-pagination` when its style is offset (spec/README.md)."""
    paging = operation.node.get("x-pagination")
    if not isinstance(paging, dict) or paging.get("style") != "offset":
        return None
    items = str(paging.get("items", ""))
    tokens = tuple(t.replace("~1", "/").replace("~0", "~") for t in items.split("/")[1:])
    return OffsetPaging(tokens, str(paging.get("limit", "limit")), str(paging.get("offset", "offset")))


def _is_paginated(spec: SpecDocument, operation: Operation) -> bool:
    """limit + offset query parameters and a Link header on the 200 answer."""
    names = {name for location, name in _parameters(spec, operation) if location == "query"}
    success = spec.resolve((operation.node.get("responses") or {}).get("200"), operation.file).value
    return {"limit", "offset"} <= names and isinstance(success, dict) and "Link" in (success.get("headers") or {})


def _success_sample(spec: SpecDocument, operation: Operation) -> tuple[int, Any, bool]:
    """The first 2XX status, a sample of its JSON body (None: no body), and whether the sandbox
    can give that answer at all (no 2XX described, or only a non-JSON body: it cannot)."""
    responses = operation.node.get("responses") or {}
    codes = sorted(str(code) for code in responses if str(code).startswith("2") and str(code).isdigit())
    if not codes:
        return 200, None, False
    status = int(codes[0])
    response = spec.resolve(responses[codes[0]], operation.file)
    content = (response.value or {}).get("content") or {}
    media = content.get("application/json")
    if not media:
        return status, None, not content
    if "example" in media:
        return status, media["example"], True
    for example in (media.get("examples") or {}).values():
        example = spec.resolve(example, response.file).value
        if isinstance(example, dict) and "value" in example:
            return status, example["value"], True
    return status, sample_value(spec, Node(media.get("schema"), response.file)), True


def sample_value(spec: SpecDocument, node: Node, depth: int = 0) -> Any:
    """A small plausible value for a JSON schema (examples, consts and enums win)."""
    resolved = spec.resolve(node.value, node.file)
    schema, file = resolved.value, resolved.file
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
            return sample_value(spec, Node(schema[key][0], file), depth + 1)
    if schema.get("allOf"):
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = sample_value(spec, Node(part, file), depth + 1)
            if isinstance(value, dict):
                merged.update(value)
        return merged
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), None)
    if kind == "object" or (kind is None and "properties" in schema):
        return {
            name: sample_value(spec, Node(prop, file), depth + 1)
            for name, prop in (schema.get("properties") or {}).items()
        }
    if kind == "array":
        return [sample_value(spec, Node(schema.get("items"), file), depth + 1)]
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
