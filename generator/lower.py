"""Stage 3: turn the spec into what openapi-python-client can express, and record the rest.

- v2 calls that share a wire path keep their unique `<wire path>#<call>` key (templates emit the
  wire path from the catalog); their `const` form fields / query parameters (the discriminators)
  leave the user-facing schema and are recorded as fixed fields the generated code always sends.
- Error responses leave the operations: the runtime raises typed exceptions for every non-2XX
  status, so no function ever returns an error model.
- The `webhooks` section, and the schemas only it uses, leave the document:
  datamodel-code-generator turns them into models (generator/webhooks.py).
"""

from __future__ import annotations

import copy
import functools
from typing import Any

from generator.catalog import IDEMPOTENT_METHODS, OperationInfo, pagination_of, pointer_tokens, python_identifier
from generator.errors import SpecError, pointer
from generator.load import LoadedSpec
from generator.validate import REDIRECT, deref, discriminators, effective_operation_id, operations
from generator.webhooks import webhook_only_schemas

V2_PREFIXES = ("/apiv2/", "/api/")


def _is_v2(wire_path: str) -> bool:
    return wire_path.startswith(V2_PREFIXES)


def _strip_const_fields(document: dict[str, Any], operation: dict[str, Any]) -> None:
    body = operation.get("requestBody")
    if body is not None:
        body = deref(document, body)
        operation["requestBody"] = body = copy.deepcopy(body)
        media = (body.get("content") or {}).get("application/x-www-form-urlencoded")
        if media:
            schema = copy.deepcopy(deref(document, media.get("schema")))
            properties = schema.get("properties") or {}
            constant = [n for n, p in properties.items() if "const" in (deref(document, p) or {})]
            for name in constant:
                del properties[name]
            schema["required"] = [n for n in schema.get("required") or [] if n not in constant]
            if not schema["required"]:
                del schema["required"]
                # Nothing left that the caller must send: the body becomes optional.
                body["required"] = False
            media["schema"] = schema
            for name in constant:
                (media.get("encoding") or {}).pop(name, None)
            if not properties:
                del operation["requestBody"]
    kept = []
    for raw in operation.get("parameters") or []:
        parameter = deref(document, raw)
        schema = deref(document, parameter.get("schema")) or {}
        if parameter.get("in") == "query" and "const" in schema:
            continue
        kept.append(raw)
    if "parameters" in operation:
        operation["parameters"] = kept


def _is_paginated(document: dict[str, Any], operation: dict[str, Any]) -> bool:
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


def _describe_parameter_schemas(document: dict[str, Any]) -> None:
    """openapi-python-client documents a parameter from its schema's description only: copy the
    parameter's own description there, so the generated docstrings carry the spec's text."""
    parameters = list((document.get("components") or {}).get("parameters", {}).values())
    for _, _, operation in operations(document):
        parameters.extend(operation.get("parameters") or [])
    for parameter in parameters:
        schema = parameter.get("schema") if isinstance(parameter, dict) else None
        if isinstance(schema, dict) and "$ref" not in schema and parameter.get("description"):
            schema.setdefault("description", parameter["description"])


def lower(spec: LoadedSpec) -> tuple[dict[str, Any], list[OperationInfo]]:
    """The document to hand to openapi-python-client, and the catalog of its operations."""
    original = spec.document
    document = copy.deepcopy(original)
    document.pop("webhooks", None)
    # Schemas only the webhooks use leave with them (datamodel-code-generator models them).
    for name in webhook_only_schemas(original):
        document["components"]["schemas"].pop(name, None)
    catalog: list[OperationInfo] = []
    for path_key, method, operation in operations(document):
        source = original["paths"][path_key][method]
        wire_path = path_key.split("#", 1)[0]
        # Foreign specs may lack our naming: derive what is missing, as openapi-python-client would.
        operation["operationId"] = effective_operation_id(path_key, method, operation)
        tags = operation.get("tags") or ["default"]
        operation["tags"] = tags
        fixed = discriminators(original, method, source)
        api = "v2" if _is_v2(wire_path) else "v3"
        idempotent = bool(source.get("x-sendgrid-idempotent", method in IDEMPOTENT_METHODS))
        location = spec.locate(pointer("paths", path_key, method))
        pagination = pagination_of(source, functools.partial(SpecError.single, location))
        paginated = _is_paginated(original, source)
        if pagination is not None and paginated:
            raise SpecError.single(location, "a list pages either by its Link header or by x-pagination, not both")
        problem = _page_items_problem(original, source, pagination["items"]) if pagination else None
        if problem:
            raise SpecError.single(location, problem)
        info = OperationInfo(
            operation_id=operation["operationId"],
            tag=tags[0],
            http_method=method,
            path_key=path_key,
            wire_path=wire_path,
            api=api,
            fixed_fields=fixed,
            fixed_in="params" if method == "get" else "data",
            idempotent=idempotent,
            paginated=paginated,
            client_path=str(
                source.get("x-sendgrid-client-path")
                or f"{python_identifier(tags[0], 'tag')}.{python_identifier(operation['operationId'], 'field_')}"
            ),
            summary=str(source.get("summary") or ""),
            redirect=bool(source.get(REDIRECT)),
            pagination=pagination,
        )
        catalog.append(info)
        _strip_const_fields(document, operation)
        answers = ("2", "3") if info.redirect else ("2",)
        operation["responses"] = {
            code: response
            for code, response in (operation.get("responses") or {}).items()
            if str(code).startswith(answers)
        }
        for key in [k for k in operation if k.startswith("x-")]:
            del operation[key]
    _describe_parameter_schemas(document)
    return document, catalog
