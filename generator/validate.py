"""Stage 2: check the bundled document, reporting every problem as `file#/pointer: message`.

openapi-spec-validator checks the document against the OpenAPI schema; the checks below catch
what is valid OpenAPI but would make openapi-python-client silently drop or rename something,
and what our v2 design requires (distinct discriminators per wire path).
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from generator.errors import SpecError, SpecProblem, pointer
from generator.incremental import documentation_changes
from generator.load import LoadedSpec, resolve_pointer
from generator.spec_query import (
    REDIRECT,
    deref,
    discriminators,
    effective_operation_id,
    form_schema,
    operations,
    wire_path,
)
from generator.walk import all_schemas

SUPPORTED_VERSIONS = re.compile(r"^3\.(0|1)\.\d+$")
# Parameter styles openapi-python-client sends the way the spec says.
SUPPORTED_STYLES = {"query": {"form"}, "path": {"simple"}, "header": {"simple"}, "cookie": {"form"}}


def validate_spec(spec: LoadedSpec, validated_before: dict[str, Any] | None = None) -> None:
    """Raise SpecError listing every problem found; return quietly when the document is usable.

    `validated_before` is a document that passed this validation (the cache's record of the last
    run): when the two differ only in documentation strings, the OpenAPI schema pass (the slow
    one) is not run again, since the schema asks nothing of a `description` or `summary` but that
    it be a string, and documentation_changes admits string-for-string changes only. Our own
    checks always run in full."""
    document = spec.document
    version = str(document.get("openapi", ""))
    if "openapi" not in document:
        raise SpecError.single(spec.locate(""), "not an OpenAPI document (no 'openapi' field)")
    if not SUPPORTED_VERSIONS.match(version):
        raise SpecError.single(
            spec.locate("/openapi"), f"unsupported OpenAPI version {version!r} (3.0.x and 3.1.x are)"
        )
    # Our own operation checks first: they name the exact place (the schema validator reports a
    # duplicate operationId without a location).
    problems: list[SpecProblem] = _operation_problems(spec) if isinstance(document.get("paths"), dict) else []
    if problems:
        raise SpecError(problems)
    # Cycles first: openapi-spec-validator follows a `$ref` cycle until Python's recursion limit.
    problems += _ref_cycles(spec)
    if problems:
        raise SpecError(problems)
    if validated_before is not None and documentation_changes(validated_before, document) is not None:
        problems += _schema_problems(spec)
        if problems:
            raise SpecError(problems)
        return
    # Imported here: the no-op regeneration and the lowering helpers must not pay for them.
    from generator.schema_check import canonical_pointer, validator_for

    validator_class = validator_for("3.1" if version.startswith("3.1") else "3.0")
    try:
        for error in validator_class(document).iter_errors():
            at = canonical_pointer(document, list(error.absolute_path)) if hasattr(error, "absolute_path") else ""
            problems.append(SpecProblem(spec.locate(at), f"OpenAPI schema: {error.message[:300]}"))
            if len(problems) >= 50:
                break
    except RecursionError:
        problems.append(
            SpecProblem(spec.locate(""), "the OpenAPI schema validator recursed without end (a $ref cycle?)")
        )
    except (KeyError, TypeError, AttributeError, ValueError) as exc:
        # openapi-spec-validator assumes some shapes it has not checked yet (e.g. a list of parameters).
        problems.append(
            SpecProblem(spec.locate(""), f"the OpenAPI schema validator failed on a malformed node: {exc!r}")
        )
    if problems:
        raise SpecError(problems)
    problems += _schema_problems(spec)
    if problems:
        raise SpecError(problems)


def _ref_cycles(spec: LoadedSpec) -> list[SpecProblem]:
    problems = []
    components = spec.document.get("components")
    for kind, entries in components.items() if isinstance(components, dict) else ():
        if not isinstance(entries, dict):
            continue  # the schema validator reports the shape
        for name, entry in entries.items():
            seen: set[str] = set()
            node = entry
            while isinstance(node, dict) and isinstance(node.get("$ref"), str):
                if node["$ref"] in seen:
                    problems.append(
                        SpecProblem(
                            spec.locate(pointer("components", kind, name)), f"$ref cycle: {' -> '.join(sorted(seen))}"
                        )
                    )
                    break
                seen.add(node["$ref"])
                try:
                    node = resolve_pointer(spec.document, node["$ref"][1:])
                except KeyError:
                    break
    return problems


def _operation_problems(spec: LoadedSpec) -> list[SpecProblem]:
    document = spec.document
    problems: list[SpecProblem] = []
    seen_ids: dict[str, str] = {}
    for path_key, method, operation in operations(document):
        at = pointer("paths", path_key, method)
        operation_id = effective_operation_id(path_key, method, operation)
        if operation_id in seen_ids:
            problems.append(
                SpecProblem(
                    spec.locate(at + "/operationId"),
                    f"duplicate operationId {operation_id!r} (also at {seen_ids[operation_id]})",
                )
            )
        else:
            seen_ids[operation_id] = str(spec.locate(at))
        responses = operation.get("responses") or {}
        if not any(str(code).startswith("2") for code in responses) and not operation.get(REDIRECT):
            problems.append(SpecProblem(spec.locate(at + "/responses"), f"{operation_id}: no success (2XX) response"))
        wire = wire_path(path_key)
        declared = set(re.findall(r"{([^}]+)}", wire))
        item = document["paths"][path_key]
        for owner, owner_at in ((item, pointer("paths", path_key)), (operation, at)):
            if "parameters" in owner and not isinstance(owner["parameters"], list):
                problems.append(SpecProblem(spec.locate(owner_at + "/parameters"), "parameters must be a list"))
        parameters = [
            raw
            for value in (item.get("parameters"), operation.get("parameters"))
            if isinstance(value, list)
            for raw in value
        ]
        for index, raw in enumerate(parameters):
            parameter = deref(document, raw)
            if not isinstance(parameter, dict):
                continue  # the schema validator reports the shape
            where = spec.locate(f"{at}/parameters/{index}")
            location = parameter.get("in")
            name = parameter.get("name")
            if location == "path" and name not in declared:
                problems.append(
                    SpecProblem(where, f"{operation_id}: path parameter {name!r} does not appear in path {wire!r}")
                )
            style = parameter.get("style")
            if style and style not in SUPPORTED_STYLES.get(str(location), set()):
                problems.append(
                    SpecProblem(
                        where,
                        f"{operation_id}: parameter {name!r} uses style {style!r}, which the generated client cannot send",
                    )
                )
    problems += _v2_discriminator_problems(spec)
    return problems


def _v2_discriminator_problems(spec: LoadedSpec) -> list[SpecProblem]:
    """Calls that share a wire path and verb must differ in their fixed fields or required fields."""
    document = spec.document
    by_wire: dict[tuple[str, str], list[tuple[str, str, dict[str, Any]]]] = defaultdict(list)
    for path_key, method, operation in operations(document):
        by_wire[(wire_path(path_key), method)].append((path_key, method, operation))
    problems = []
    for (wire, method), calls in by_wire.items():
        if len(calls) < 2:
            continue
        signatures: dict[tuple[Any, ...], str] = {}
        for path_key, _, operation in calls:
            at = pointer("paths", path_key, method)
            fixed = discriminators(document, operation)
            if not fixed:
                problems.append(
                    SpecProblem(
                        spec.locate(at),
                        f"{operation.get('operationId')}: shares {method.upper()} {wire} with other calls but has no "
                        "discriminator (a form field or query parameter whose schema is a `const`)",
                    )
                )
                continue
            schema = form_schema(document, operation) or {}
            required_free = tuple(sorted(set(schema.get("required") or []) - set(fixed)))
            signature = (tuple(sorted(fixed.items())), required_free)
            if signature in signatures:
                problems.append(
                    SpecProblem(
                        spec.locate(at),
                        f"{operation.get('operationId')}: the server cannot tell it from {signatures[signature]} "
                        f"(same fixed fields {dict(fixed)} and required fields on {method.upper()} {wire})",
                    )
                )
            signatures[signature] = str(operation.get("operationId"))
    return problems


def _schema_problems(spec: LoadedSpec) -> list[SpecProblem]:
    """What generator/adapt.py should have lowered (a safety net: generation would fail later)."""
    problems: list[SpecProblem] = []
    titles: dict[str, str] = {}

    from openapi_python_client.strings import snake_case  # slow to import; only this check needs it

    for node, at in all_schemas(spec.document):
        title = node.get("title")
        if isinstance(title, str) and node.get("type") in ("object", None):
            if title in titles and titles[title] != at:
                problems.append(
                    SpecProblem(
                        spec.locate(at + "/title"),
                        f"two schemas share the title {title!r} (other: {titles[title]}); generated class names would collide",
                    )
                )
            titles.setdefault(title, at)
        properties = node.get("properties")
        if isinstance(title, str) and isinstance(properties, dict) and snake_case(title) in properties:
            problems.append(
                SpecProblem(
                    spec.locate(at + "/title"),
                    f"schema {title!r} has a property named {snake_case(title)!r}; openapi-python-client would "
                    "generate a model whose from_dict shadows itself (rename the schema)",
                )
            )
        enum = node.get("enum")
        if isinstance(enum, list) and any(isinstance(v, float) for v in enum):
            problems.append(
                SpecProblem(
                    spec.locate(at + "/enum"),
                    "an enum of floats cannot become a Python enum; use strings or integers",
                )
            )
    return problems
