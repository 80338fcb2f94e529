"""generator.schema_check asks jsonschema-rs first and openapi-spec-validator only about what fails.

Its claim: the errors (messages and places) are exactly those openapi-spec-validator alone gives.
These tests hold it to that on seeded random mutations of two small documents (OpenAPI 3.1 and
3.0), and prove the fast answers are really used for a valid document.
"""

from __future__ import annotations

import copy
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_schema_validator import OAS30Validator, OAS31Validator
from openapi_spec_validator.validation import keywords

from generator import schema_check

FIXTURES = Path(__file__).parent / "fixtures"
DOCUMENTS = {
    "3.1": FIXTURES / "golden" / "minimal" / "openapi.yaml",
    "3.0": FIXTURES / "foreign.yaml",
}
REPLACEMENTS: list[Any] = [
    5,
    "x",
    [],
    {},
    None,
    True,
    -1.5,
    ["a"],
    {"type": "wat"},
    {"$ref": 3},
    "",
    {"x-a": 1},
    {"type": "string", "pattern": "(?<name>a)"},  # an ECMA regex, not a Python one
    {"type": "string", "pattern": "^[a-z]+$"},
    {"discriminator": {"propertyName": 3}},
    {"$schema": "https://example.com/other-dialect"},
]
ADDED_KEYS = ["foo", "x-y", "$ref", "type", "in", "required", "pattern", "nullable", "$schema", "items"]


def _places(node: Any, at: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield at
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _places(value, (*at, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _places(value, (*at, index))


def _mutations(document: dict[str, Any], seed: int, count: int) -> Iterator[dict[str, Any]]:
    chooser = random.Random(seed)
    places = list(_places(document))[1:]
    for _ in range(count):
        mutated = copy.deepcopy(document)
        place = chooser.choice(places)
        parent: Any = mutated
        for token in place[:-1]:
            parent = parent[token]
        if chooser.random() < 0.7:
            parent[place[-1]] = copy.deepcopy(chooser.choice(REPLACEMENTS))
        else:
            del parent[place[-1]]
        if isinstance(parent, dict) and chooser.random() < 0.3:
            parent[chooser.choice(ADDED_KEYS)] = copy.deepcopy(chooser.choice(REPLACEMENTS))
        yield mutated


class _NeverSure:
    """Stands in for jsonschema-rs: every question goes on to openapi-spec-validator."""

    def is_valid(self, instance: Any) -> bool:
        return False


def _errors(version: str, document: dict[str, Any]) -> list[tuple[str, str]]:
    try:
        found = list(schema_check.validator_for(version)(document).iter_errors())
    except Exception as exc:  # e.g. a dangling $ref (the pipeline's own checks refuse those first)
        return [("raised", type(exc).__name__)]
    return [(str(list(getattr(error, "absolute_path", []))), error.message) for error in found]


@pytest.mark.parametrize("version", sorted(DOCUMENTS))
def test_errors_are_those_of_openapi_spec_validator_alone(version: str, monkeypatch: pytest.MonkeyPatch) -> None:
    document = yaml.safe_load(DOCUMENTS[version].read_text())
    mutated = list(_mutations(document, seed=17, count=150))
    fast = [_errors(version, each) for each in mutated]
    monkeypatch.setattr(schema_check, "_fast_document_check", lambda version: _NeverSure())
    monkeypatch.setattr(schema_check, "_fast_meta_schema_check", lambda version: _NeverSure())
    slow = [_errors(version, each) for each in mutated]
    for each, fast_errors, slow_errors in zip(mutated, fast, slow, strict=True):
        assert fast_errors == slow_errors, yaml.safe_dump(each)
    # The mutations reach both verdicts, and errors of both passes (document and schema objects).
    assert sum(1 for errors in slow if errors) > 40
    assert sum(1 for errors in slow if not errors) > 20


@pytest.mark.parametrize(
    ("version", "meta_schema_check"),
    [("3.1", OAS31Validator.check_schema), ("3.0", OAS30Validator.check_schema)],
)
def test_meta_schema_verdicts_agree_where_the_fast_check_applies(version: str, meta_schema_check: Any) -> None:
    document = yaml.safe_load(DOCUMENTS[version].read_text())
    schemas = [s for s in document["components"]["schemas"].values()]
    fast_check = schema_check._fast_meta_schema_check(version)
    format_checker = keywords.OpenAPIV31SchemaValidator.schema_validator_format_checker if version == "3.1" else None
    compared = 0
    for seed, schema in enumerate(schemas):
        for mutated in _mutations({"s": schema}, seed=seed, count=300):
            if "s" not in mutated:
                continue
            candidate = mutated["s"]
            if schema_check._mentions_python_only_keyword(candidate) or "$schema" in repr(candidate):
                continue
            try:
                if format_checker is None:
                    meta_schema_check(candidate)
                else:
                    meta_schema_check(candidate, format_checker=format_checker)
                slow_verdict = True
            except Exception:
                slow_verdict = False
            assert fast_check.is_valid(candidate) == slow_verdict, candidate
            compared += 1
    assert compared > 150


def test_a_valid_document_skips_the_slow_passes(monkeypatch: pytest.MonkeyPatch) -> None:
    document = yaml.safe_load(DOCUMENTS["3.1"].read_text())
    validator = schema_check.validator_for("3.1")

    def slow_pass(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("openapi-spec-validator's JSON Schema pass ran for a valid document")

    class SlowDocumentPass:
        iter_errors = staticmethod(slow_pass)

    monkeypatch.setattr(validator, "schema_validator", SlowDocumentPass())
    monkeypatch.setattr(keywords.SchemaValidator, "_validate_schema_meta", slow_pass)
    assert list(validator(document).iter_errors()) == []


def test_a_python_invalid_pattern_is_still_an_error() -> None:
    """jsonschema-rs would accept `(?<name>a)` (ECMA); the meta-schema's `format: regex` is Python's."""
    document = yaml.safe_load(DOCUMENTS["3.1"].read_text())
    name = next(iter(document["components"]["schemas"]))
    document["components"]["schemas"][name] = {"type": "string", "pattern": "(?<name>a)"}
    errors = _errors("3.1", document)
    assert errors and any("regex" in message for _, message in errors), errors
