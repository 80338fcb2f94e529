"""openapi-spec-validator, with every error placed at its full JSON pointer in the bundled document.

The validator checks each schema (and each `default` value) with a fresh JSON Schema validator,
so an error's own path is relative to that schema: a wrong `type` inside
`components/schemas/Subuser` comes back as `/properties/id/type`. Each keyword validator here
prefixes the errors it yields with the place of the node it was given, once, and a path that
runs through a `$ref` is followed to the node the `$ref` names, so `LoadedSpec.locate` can name
the file a human edits.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping
from typing import Any

from jsonschema.exceptions import ValidationError
from jsonschema.validators import validator_for as validator_for_schema
from jsonschema_path import SchemaPath
from jsonschema_specifications import REGISTRY  # type: ignore[import-untyped]
from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator
from openapi_spec_validator.schemas import schema_v30, schema_v31
from openapi_spec_validator.validation import keywords
from referencing import Resource

from generator.errors import pointer
from generator.load import resolve_pointer

_LOCATED = "_generator_located"


def _place(error: ValidationError, prefix: tuple[Any, ...]) -> ValidationError:
    if not getattr(error, _LOCATED, False):
        error.path.extendleft(reversed(prefix))
        setattr(error, _LOCATED, True)
    return error


def _located(base: type[keywords.KeywordValidator]) -> type[keywords.KeywordValidator]:
    """`base`, with the errors it yields placed under the node it was called with."""
    is_value_check = issubclass(base, keywords.ValueValidator)

    class Located(base):  # type: ignore[valid-type,misc]
        def __call__(self, *args: Any, **kwargs: Any) -> Iterator[ValidationError]:
            node = next((a for a in args if isinstance(a, SchemaPath)), None)
            prefix = tuple(node.parts) if node is not None else ()
            if is_value_check:
                prefix += ("default",)  # a ValueValidator checks the schema's `default` value
            for error in super().__call__(*args, **kwargs):
                yield _place(error, prefix) if node is not None else error

    Located.__name__ = Located.__qualname__ = f"Located{base.__name__}"
    return Located


def _crawled(schema: Mapping[str, Any]) -> Any:
    """A validator for the OpenAPI schema whose reference registry is crawled once: otherwise every
    `$dynamicRef` of the 3.1 schema crawls it anew (about half of the validation time)."""
    content = dict(schema)
    return validator_for_schema(content)(content, registry=(Resource.from_contents(content) @ REGISTRY).crawl())


def _with_located_errors(validator: type[Any], schema: Mapping[str, Any]) -> type[Any]:
    wrapped = {name: _located(cls) for name, cls in validator.keyword_validators.items()}
    attributes = {"keyword_validators": wrapped, "schema_validator": _crawled(schema)}
    return type(f"Located{validator.__name__}", (validator,), attributes)


def canonical_pointer(document: Mapping[str, Any], tokens: list[Any]) -> str:
    """The pointer of the node `tokens` reach, with every `$ref` on the way followed to its target
    (the validator walks through references; the bundled document holds the node once)."""
    place = ""
    node: Any = document
    for token in tokens:
        while isinstance(node, Mapping) and isinstance(node.get("$ref"), str) and token not in node:
            target = node["$ref"]
            if not target.startswith("#"):
                break
            try:
                node = resolve_pointer(document, target[1:])
            except KeyError:
                break
            place = target[1:]
        place += pointer(token)
        if isinstance(node, Mapping):
            node = node.get(token)
        elif isinstance(node, list) and isinstance(token, int) and 0 <= token < len(node):
            node = node[token]
        else:
            node = None
    return place


@functools.cache
def validator_for(version: str) -> type[Any]:
    """The located validator for an `openapi` version (built on first use: crawling costs)."""
    if version.startswith("3.1"):
        return _with_located_errors(OpenAPIV31SpecValidator, schema_v31)
    return _with_located_errors(OpenAPIV30SpecValidator, schema_v30)
