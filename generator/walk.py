"""Where a document holds schemas: every schema node with its JSON pointer in the bundled document."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator.errors import pointer

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# Keys under which a schema holds further schemas (a map of them, a list of them, or one).
_SCHEMA_MAPS = ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas")
_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SCHEMA_SINGLES = ("items", "not", "additionalProperties", "contains", "if", "then", "else", "propertyNames")


def _schemas_under(node: Any, at: str) -> Iterator[tuple[dict[str, Any], str]]:
    """Every schema inside `node` (itself included), with its pointer; `$ref`s are not followed."""
    if not isinstance(node, dict) or "$ref" in node:
        return
    yield node, at
    for key in _SCHEMA_MAPS:
        children = node.get(key)
        if isinstance(children, dict):
            for name, child in children.items():
                yield from _schemas_under(child, at + pointer(key, name))
    for key in _SCHEMA_LISTS:
        children = node.get(key)
        if isinstance(children, list):
            for index, child in enumerate(children):
                yield from _schemas_under(child, at + pointer(key, index))
    for key in _SCHEMA_SINGLES:
        yield from _schemas_under(node.get(key), at + pointer(key))


def _media_schemas(content: Any, at: str) -> Iterator[tuple[Any, str]]:
    if isinstance(content, dict):
        for media_type, media in content.items():
            if isinstance(media, dict) and "schema" in media:
                yield media["schema"], at + pointer("content", media_type, "schema")


def _holder_schemas(holder: Any, at: str) -> Iterator[tuple[Any, str]]:
    """Schemas of a parameter, header, request body or response (and its headers)."""
    if not isinstance(holder, dict):
        return
    if "schema" in holder:
        yield holder["schema"], at + "/schema"
    yield from _media_schemas(holder.get("content"), at)
    headers = holder.get("headers")
    for name, header in headers.items() if isinstance(headers, dict) else ():
        yield from _holder_schemas(header, at + pointer("headers", name))


def _operation_schemas(item: Any, base: str) -> Iterator[tuple[Any, str]]:
    if not isinstance(item, dict):
        return
    for index, parameter in enumerate(item.get("parameters") or []):
        yield from _holder_schemas(parameter, f"{base}/parameters/{index}")
    for method in HTTP_METHODS:
        operation = item.get(method)
        if not isinstance(operation, dict):
            continue
        at = base + pointer(method)
        for index, parameter in enumerate(operation.get("parameters") or []):
            yield from _holder_schemas(parameter, f"{at}/parameters/{index}")
        yield from _holder_schemas(operation.get("requestBody"), at + "/requestBody")
        responses = operation.get("responses")
        for code, response in responses.items() if isinstance(responses, dict) else ():
            yield from _holder_schemas(response, at + pointer("responses", code))


def _root_schemas(document: dict[str, Any]) -> Iterator[tuple[Any, str]]:
    components = document.get("components")
    components = components if isinstance(components, dict) else {}
    for kind, entries in components.items():
        if not isinstance(entries, dict):
            continue
        for name, entry in entries.items():
            at = pointer("components", kind, name)
            if kind == "schemas":
                yield entry, at
            elif kind in ("parameters", "headers", "requestBodies", "responses"):
                yield from _holder_schemas(entry, at)
            elif kind == "pathItems":
                yield from _operation_schemas(entry, at)
    for section in ("paths", "webhooks"):
        items = document.get(section)
        for key, item in items.items() if isinstance(items, dict) else ():
            yield from _operation_schemas(item, pointer(section, key))


def all_schemas(document: dict[str, Any]) -> Iterator[tuple[dict[str, Any], str]]:
    """Every schema of the document (components, parameters, bodies, responses, headers, webhooks)."""
    for schema, at in _root_schemas(document):
        yield from _schemas_under(schema, at)
