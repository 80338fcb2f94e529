"""Stage 3: turn the spec into what openapi-python-client can express, and record the rest.

- v2 calls that share a wire path keep their unique `<wire path>#<call>` key (templates emit the
  wire path from the catalog); their fixed form fields / query parameters (the discriminators,
  generator/spec_query.py) leave the user-facing schema: the catalog (generator/catalog.py) records
  them as fixed fields the generated code always sends.
- Error responses leave the operations: the runtime raises typed exceptions for every non-2XX
  status, so no function ever returns an error model.
- The `webhooks` section, and the schemas only it uses, leave the document:
  datamodel-code-generator turns them into models (generator/webhooks.py).
"""

from __future__ import annotations

import copy
from typing import Any

from generator.catalog import OperationInfo, build_catalog
from generator.load import LoadedSpec
from generator.spec_query import FORM_MEDIA, deref, is_fixed, is_fixed_query_parameter, operations
from generator.webhooks import webhook_only_schemas


def _strip_fixed_fields(document: dict[str, Any], operation: dict[str, Any]) -> None:
    body = operation.get("requestBody")
    if body is not None:
        body = deref(document, body)
        operation["requestBody"] = body = copy.deepcopy(body)
        media = (body.get("content") or {}).get(FORM_MEDIA)
        if media:
            schema = copy.deepcopy(deref(document, media.get("schema")))
            properties = schema.get("properties") or {}
            fixed = [n for n, p in properties.items() if is_fixed(deref(document, p))]
            for name in fixed:
                del properties[name]
            schema["required"] = [n for n in schema.get("required") or [] if n not in fixed]
            if not schema["required"]:
                del schema["required"]
                # Nothing left that the caller must send: the body becomes optional.
                body["required"] = False
            media["schema"] = schema
            for name in fixed:
                (media.get("encoding") or {}).pop(name, None)
            if not properties:
                del operation["requestBody"]
    if "parameters" in operation:
        operation["parameters"] = [
            raw for raw in operation["parameters"] if not is_fixed_query_parameter(document, deref(document, raw))
        ]


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
    catalog = build_catalog(spec)
    document = copy.deepcopy(spec.document)
    document.pop("webhooks", None)
    # Schemas only the webhooks use leave with them (datamodel-code-generator models them).
    for name in webhook_only_schemas(spec.document):
        document["components"]["schemas"].pop(name, None)
    for info, (_, _, operation) in zip(catalog, operations(document), strict=True):
        operation["operationId"] = info.operation_id
        operation["tags"] = operation.get("tags") or [info.tag]
        _strip_fixed_fields(document, operation)
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
