"""The operation catalog: every fact the generator holds about an operation, built once from the
loaded spec by `build_catalog`.

openapi-python-client's templates never see `x-` extensions, nor which fields are fixed
discriminators, so the catalog records them (api version, wire path, fixed fields, pagination,
idempotency, the friendly client path); lowering, the templates, the friendly groups, the API
map and the generated data modules read it instead of the document.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

from openapi_python_client.strings import PythonIdentifier

from generator.errors import Location, SpecError, pointer
from generator.load import LoadedSpec
from generator.spec_query import REDIRECT, deref, discriminators, effective_operation_id, operations, wire_path

# Wire paths of SendGrid's v2 (RPC-style) API; every other path is v3.
V2_PREFIXES = ("/apiv2/", "/api/")
IDEMPOTENT_METHODS = frozenset({"get", "head", "options", "put", "delete"})
# Names the endpoint template gives its own arguments and locals (overlays/templates/
# endpoint_module.py.jinja): a parameter spelt like one is renamed `<name>_<location>` in Python
# (openapi-python-client's own rule for `client` and `url`); its wire name stays.
RESERVED_PARAMETER_NAMES = frozenset(
    {"client", "url", "body", "options", "kwargs", "response", "headers", "cookies", "params", "quote", "cast",
     "httpx", "errors", "page", "records", "item", "page_token"}
)  # fmt: skip
# `x-pagination` (spec/README.md): the keys each paging style takes besides `style`, `items` and
# `limit`, as (required, optional) sets; the cursor style takes exactly one of its two sources.
PAGINATION_STYLES: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "offset": (frozenset({"offset"}), frozenset()),
    "cursor": (frozenset({"cursor"}), frozenset({"next_cursor", "cursor_field"})),
    "next_params": (frozenset({"next_params"}), frozenset({"cursor"})),
    "next_url": (frozenset({"next_url"}), frozenset()),
}
PAGINATION_EXTENSION = "x-pagination"


@dataclass(frozen=True)
class OperationInfo:
    operation_id: str
    tag: str
    http_method: str
    path_key: str
    wire_path: str
    api: str  # "v2" (RPC-style reseller calls) or "v3"
    fixed_fields: dict[str, str] = field(default_factory=dict)
    fixed_in: str = "data"  # "data" (form body) or "params" (query string)
    idempotent: bool = False
    paginated: bool = False
    client_path: str = ""
    summary: str = ""
    models: tuple[str, ...] = ()
    redirect: bool = False  # only a 3XX answer is documented: the call returns its Location
    # `x-pagination`: how a list that is not limit/offset + Link pages (key -> value, as in the spec).
    pagination: dict[str, str] | None = None

    @property
    def module(self) -> str:
        """The endpoint's name as openapi-python-client spells it (`endpoint.name` in templates, the
        module's file name): `ListAlert` -> `list_alert`, `list` -> `list_`."""
        return python_identifier(self.operation_id, "field_")

    @property
    def tag_module(self) -> str:
        return python_identifier(self.tag, "tag")

    def as_template_data(self) -> dict[str, Any]:
        data = asdict(self)
        data["module"] = self.module
        data["tag_module"] = self.tag_module
        # The page array's place as pointer tokens: the endpoint template finds the item type and
        # the attributes that lead to it in openapi-python-client's model of the answer.
        data["page_items"] = pointer_tokens(self.pagination["items"]) if self.pagination else None
        return data


def api_of(wire: str) -> str:
    """The API a wire path belongs to: "v2" (SendGrid's RPC-style calls) or "v3"."""
    return "v2" if wire.startswith(V2_PREFIXES) else "v3"


def build_catalog(spec: LoadedSpec) -> list[OperationInfo]:
    """Every operation of the spec (in document order) with what the generator needs to know."""
    return catalog_of(spec.document, spec.locate)


def catalog_of(document: dict[str, Any], locate: Callable[[str], Location | None]) -> list[OperationInfo]:
    """`build_catalog` for a bare document: `locate` turns a bundled pointer into the place an
    error names (versioning reads documents without their source files)."""
    catalog: list[OperationInfo] = []
    for path_key, method, operation in operations(document):
        wire = wire_path(path_key)
        # Foreign specs may lack our naming: derive what is missing, as openapi-python-client would.
        operation_id = effective_operation_id(path_key, method, operation)
        tag = (operation.get("tags") or ["default"])[0]
        location = locate(pointer("paths", path_key, method))
        pagination = pagination_of(operation, functools.partial(SpecError.single, location))
        paginated = _is_paginated(document, operation)
        if pagination is not None and paginated:
            raise SpecError.single(location, "a list pages either by its Link header or by x-pagination, not both")
        problem = _page_items_problem(document, operation, pagination["items"]) if pagination else None
        if problem:
            raise SpecError.single(location, problem)
        catalog.append(
            OperationInfo(
                operation_id=operation_id,
                tag=tag,
                http_method=method,
                path_key=path_key,
                wire_path=wire,
                api=api_of(wire),
                fixed_fields=discriminators(document, operation),
                fixed_in="params" if method == "get" else "data",
                idempotent=bool(operation.get("x-sendgrid-idempotent", method in IDEMPOTENT_METHODS)),
                paginated=paginated,
                client_path=str(
                    operation.get("x-sendgrid-client-path")
                    or f"{python_identifier(tag, 'tag')}.{python_identifier(operation_id, 'field_')}"
                ),
                summary=str(operation.get("summary") or ""),
                redirect=bool(operation.get(REDIRECT)),
                pagination=pagination,
            )
        )
    return catalog


def _is_paginated(document: dict[str, Any], operation: dict[str, Any]) -> bool:
    """Whether a list pages by limit/offset and a Link header (the runtime's default paging)."""
    names = {
        deref(document, p).get("name")
        for p in operation.get("parameters") or []
        if deref(document, p).get("in") == "query"
    }
    success = deref(document, (operation.get("responses") or {}).get("200")) or {}
    return {"limit", "offset"} <= names and "Link" in (success.get("headers") or {})


def _page_items_problem(document: dict[str, Any], operation: dict[str, Any], items: str) -> str | None:
    """Why the `x-pagination` items pointer does not name an array of the 200 answer's JSON schema
    through its named properties (the endpoint template finds the records there), or None."""
    success = deref(document, (operation.get("responses") or {}).get("200")) or {}
    schema = deref(document, ((success.get("content") or {}).get("application/json") or {}).get("schema")) or {}
    for token in pointer_tokens(items):
        schema = deref(document, (schema.get("properties") or {}).get(token))
        if not isinstance(schema, dict):
            return f"x-pagination items {items!r}: the 200 answer's schema has no property {token!r} there"
    if schema.get("type") != "array" and "array" not in (schema.get("type") or []):
        return f"x-pagination items {items!r} is not an array in the 200 answer's schema"
    return None


def pagination_of(operation: dict[str, Any], refuse: Callable[[str], Exception]) -> dict[str, str] | None:
    """An operation's `x-pagination`, checked: the one place the generator reads the extension.
    `refuse(message)` is the error to raise, located where the operation is."""
    paging = operation.get(PAGINATION_EXTENSION)
    if paging is None:
        return None
    if not isinstance(paging, dict) or not all(isinstance(v, str) for v in paging.values()):
        raise refuse(f"{PAGINATION_EXTENSION} must be an object of strings, not {paging!r}")
    style = paging.get("style")
    if style not in PAGINATION_STYLES:
        raise refuse(f"{PAGINATION_EXTENSION}: style must be one of {', '.join(PAGINATION_STYLES)}, not {style!r}")
    required, optional = PAGINATION_STYLES[style]
    required = required | {"style", "items", "limit"}
    missing, unknown = required - paging.keys(), paging.keys() - required - optional
    if missing or unknown:
        raise refuse(
            f"{PAGINATION_EXTENSION} ({style}): "
            + "; ".join(
                part
                for part in (
                    f"missing {', '.join(sorted(missing))}" if missing else "",
                    f"unknown {', '.join(sorted(unknown))}" if unknown else "",
                )
                if part
            )
        )
    if style == "cursor" and len(paging.keys() & optional) != 1:
        raise refuse(f"{PAGINATION_EXTENSION} (cursor): give exactly one of next_cursor and cursor_field")
    for key in ("items", "next_cursor", "next_params", "next_url"):
        if key in paging and paging[key] and not paging[key].startswith("/"):
            raise refuse(
                f'{PAGINATION_EXTENSION}: {key} must be a JSON pointer ("" or starting with /), not {paging[key]!r}'
            )
    return dict(paging)


def pointer_tokens(json_pointer: str) -> list[str]:
    """RFC 6901: `/a~1b/c` -> ["a/b", "c"]; `""` (the whole document) -> []."""
    return [token.replace("~1", "/").replace("~0", "~") for token in json_pointer.split("/")[1:]]


def python_identifier(value: str, prefix: str, keep_case: bool = False) -> str:
    """openapi-python-client's own spelling of a name as an identifier (snake case unless
    `keep_case`, reserved words suffixed, `prefix` before what cannot start one): the single
    source of module and lookup keys."""
    return str(PythonIdentifier(value, prefix=prefix, skip_snake_case=keep_case))
