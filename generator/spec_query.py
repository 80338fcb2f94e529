"""Reading a bundled OpenAPI document: its operations, its `$ref`s and what an operation fixes.

The one module that knows how the spec spells an operation's identity: the `<wire path>#<call>`
path keys of v2 calls, the effective operationId, and the fixed fields (a form field or a query
parameter whose schema is a `const`) that tell v2 calls on one wire path apart. Validation,
the catalog, lowering and versioning ask here instead of reading the document their own way.
"""

from __future__ import annotations

from typing import Any

from generator.errors import SpecError
from generator.load import resolve_pointer
from generator.walk import HTTP_METHODS

# Set by generator/adapt.py on an operation whose only answer is a redirect (3XX).
REDIRECT = "x-generator-redirect"
FORM_MEDIA = "application/x-www-form-urlencoded"
# What separates a v2 call's name from its wire path in a `paths` key.
CALL_SEPARATOR = "#"


def operations(document: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """(path key, method, operation) for every operation, in document order."""
    found = []
    for path_key, item in (document.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                found.append((path_key, method, operation))
    return found


def wire_path(path_key: str) -> str:
    """The path a call is sent to: a v2 key `/apiv2/reseller.manage.json#list_customers` names
    one of several calls on one wire path."""
    return path_key.split(CALL_SEPARATOR, 1)[0]


def effective_operation_id(path_key: str, method: str, operation: dict[str, Any]) -> str:
    """The operationId, or for a foreign spec without one a name derived from the verb and path."""
    given = operation.get("operationId")
    if given:
        return str(given)
    from openapi_python_client.strings import snake_case  # imported late: a no-op run never needs it

    return snake_case(f"{method} {wire_path(path_key)}".replace("/", " ").replace("{", "").replace("}", ""))


def deref(document: dict[str, Any], node: Any, depth: int = 0) -> Any:
    """Follow internal `$ref`s; a chain longer than 32 is a cycle."""
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        if depth > 32:
            raise SpecError.single(None, f"$ref cycle: {node['$ref']!r} never reaches a value")
        node = resolve_pointer(document, node["$ref"][1:])
        depth += 1
    return node


def is_fixed(schema: Any) -> bool:
    """Whether a field's (dereferenced) schema pins its value: the discriminator rule."""
    return isinstance(schema, dict) and "const" in schema


def form_schema(document: dict[str, Any], operation: dict[str, Any]) -> dict[str, Any] | None:
    """The schema of the operation's form body, when it has one."""
    body = deref(document, operation.get("requestBody"))
    if not isinstance(body, dict):
        return None
    media = (body.get("content") or {}).get(FORM_MEDIA)
    if not media:
        return None
    schema = deref(document, media.get("schema"))
    return schema if isinstance(schema, dict) else None


def is_fixed_query_parameter(document: dict[str, Any], parameter: Any) -> bool:
    """Whether a (dereferenced) parameter is a query parameter whose value is fixed."""
    return (
        isinstance(parameter, dict)
        and parameter.get("in") == "query"
        and is_fixed(deref(document, parameter.get("schema")))
    )


def fixed_body_fields(document: dict[str, Any], schema: dict[str, Any]) -> dict[str, str]:
    """The fixed fields of a form body schema: name -> the value always sent."""
    fixed: dict[str, str] = {}
    for name, prop in (schema.get("properties") or {}).items():
        prop = deref(document, prop)
        if is_fixed(prop):
            fixed[name] = str(prop["const"])
    return fixed


def discriminators(document: dict[str, Any], operation: dict[str, Any]) -> dict[str, str]:
    """The fixed fields of a call: in its form body, or in its query for GET."""
    schema = form_schema(document, operation)
    fixed = fixed_body_fields(document, schema) if schema else {}
    for raw in operation.get("parameters") or []:
        parameter = deref(document, raw)
        if is_fixed_query_parameter(document, parameter):
            fixed[parameter["name"]] = str(deref(document, parameter["schema"])["const"])
    return fixed
