"""openapi-spec-validator, with every error placed at its full JSON pointer in the bundled document.

The validator checks each schema (and each `default` value) with a fresh JSON Schema validator,
so an error's own path is relative to that schema: a wrong `type` inside
`components/schemas/Subuser` comes back as `/properties/id/type`. Each keyword validator here
prefixes the errors it yields with the place of the node it was given, once, and a path that
runs through a `$ref` is followed to the node the `$ref` names, so `LoadedSpec.locate` can name
the file a human edits.

The two JSON Schema passes (the whole document against the OpenAPI schema, and every schema
object against its dialect's meta-schema) are asked of jsonschema-rs first: it answers "valid"
about a hundred times faster. Only what it finds invalid goes to openapi-spec-validator's own
pass, which words and places the errors; so the messages are the same either way, and a verdict
jsonschema-rs cannot give the same way (a `pattern`, checked as a Python regex; another dialect)
is always left to openapi-spec-validator. tests/generator/test_schema_check.py compares the two
verdicts on mutated documents and schemas.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping
from typing import Any

import jsonschema_rs
from jsonschema.exceptions import ValidationError
from jsonschema.validators import validator_for as validator_for_schema
from jsonschema_path import SchemaPath
from jsonschema_specifications import REGISTRY  # type: ignore[import-untyped]
from openapi_schema_validator import OAS31_BASE_DIALECT_ID, OAS30Validator, OAS31Validator
from openapi_schema_validator._specifications import REGISTRY as OPENAPI_SPECIFICATIONS
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


# A `pattern` (or a `patternProperties` name) must compile as a Python regex (the meta-schema's
# `format: regex`, asserted by openapi-spec-validator's format checker); jsonschema-rs would judge
# it as an ECMA regex, or not at all.
_PYTHON_ONLY_KEYWORDS = frozenset({"pattern", "patternProperties"})


def _mentions_python_only_keyword(node: Any) -> bool:
    if isinstance(node, Mapping):
        return any(key in _PYTHON_ONLY_KEYWORDS or _mentions_python_only_keyword(v) for key, v in node.items())
    if isinstance(node, list):
        return any(_mentions_python_only_keyword(item) for item in node)
    return False


@functools.cache
def _fast_meta_schema_check(version: str) -> Any:
    """jsonschema-rs over the meta-schema a schema object of this OpenAPI version is checked with
    (3.1: the OAS base dialect, whose references openapi-schema-validator's registry holds)."""
    if version == "3.1":
        resources = [(uri, OPENAPI_SPECIFICATIONS[uri].contents) for uri in OPENAPI_SPECIFICATIONS]
        return jsonschema_rs.validator_for(OAS31Validator.META_SCHEMA, registry=jsonschema_rs.Registry(resources))
    return jsonschema_rs.validator_for(OAS30Validator.META_SCHEMA)


@functools.cache
def _fast_document_check(version: str) -> Any:
    return jsonschema_rs.validator_for(dict(schema_v31 if version == "3.1" else schema_v30))


def _located(base: type[keywords.KeywordValidator], version: str) -> type[keywords.KeywordValidator]:
    """`base`, with the errors it yields placed under the node it was called with."""
    is_value_check = issubclass(base, keywords.ValueValidator)
    checks_schema_objects = issubclass(base, keywords.SchemaValidator)

    class Located(base):  # type: ignore[valid-type,misc]
        def __call__(self, *args: Any, **kwargs: Any) -> Iterator[ValidationError]:
            node = next((a for a in args if isinstance(a, SchemaPath)), None)
            prefix = tuple(node.parts) if node is not None else ()
            if is_value_check:
                prefix += ("default",)  # a ValueValidator checks the schema's `default` value
            for error in super().__call__(*args, **kwargs):
                yield _place(error, prefix) if node is not None else error

        if checks_schema_objects:

            def _validate_schema_meta(self, schema: SchemaPath, schema_value: Any) -> Any:
                if _fast_meta_check_applies(self, schema, schema_value, version) and _fast_meta_schema_check(
                    version
                ).is_valid(schema_value):
                    return None
                return super()._validate_schema_meta(schema, schema_value)

    Located.__name__ = Located.__qualname__ = f"Located{base.__name__}"
    return Located


def _fast_meta_check_applies(checker: Any, schema: SchemaPath, schema_value: Any, version: str) -> bool:
    if _mentions_python_only_keyword(schema_value):
        return False
    if version != "3.1":
        return True
    try:
        return bool(checker._get_schema_dialect_id(schema, schema_value) == OAS31_BASE_DIALECT_ID)
    except ValueError:  # an unknown dialect: openapi-spec-validator words that error
        return False


def _crawled(schema: Mapping[str, Any]) -> Any:
    """A validator for the OpenAPI schema whose reference registry is crawled once: otherwise every
    `$dynamicRef` of the 3.1 schema crawls it anew (about half of the validation time)."""
    content = dict(schema)
    return validator_for_schema(content)(content, registry=(Resource.from_contents(content) @ REGISTRY).crawl())


def _with_located_errors(validator: type[Any], schema: Mapping[str, Any], version: str) -> type[Any]:
    wrapped = {name: _located(cls, version) for name, cls in validator.keyword_validators.items()}

    def iter_errors(self: Any) -> Iterator[ValidationError]:
        if _fast_document_check(version).is_valid(self.schema):
            yield from self.root_validator(self.schema_path)  # the document pass would find nothing
        else:
            yield from validator.iter_errors(self)

    attributes = {"keyword_validators": wrapped, "schema_validator": _crawled(schema), "iter_errors": iter_errors}
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
        return _with_located_errors(OpenAPIV31SpecValidator, schema_v31, "3.1")
    return _with_located_errors(OpenAPIV30SpecValidator, schema_v30, "3.0")
