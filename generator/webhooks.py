"""Stage 5b: webhook payload models (the spec's `webhooks` section) via datamodel-code-generator.

SendGrid calls *us* for webhooks, so openapi-python-client (a client generator) has nothing to
do with them. Instead the schemas the `webhooks` section uses become pydantic v2 models in
`sendgrid_reseller/webhooks/_models.py`, written by datamodel-code-generator from a small derived
document, and `sendgrid_reseller/webhooks/__init__.py` (rendered from
overlays/package/webhooks_init.py.jinja) adds the helpers:

- `parse_events(payload)`: the Event Webhook's JSON array as one model per event, chosen by the
  `event` field (each event schema pins it with `const`); unknown types become `UnknownEvent`.
- `parse_inbound(form)`: the Inbound Parse POST's form fields as `InboundMessage`.

Every model allows extra fields, so `model_dump(by_alias=True, exclude_unset=True)` gives back
exactly what SendGrid sent.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from generator.cache import StageCache
from generator.errors import GeneratorError
from generator.load import LoadedSpec
from generator.paths import IMPORT_PACKAGE
from generator.spec_query import is_fixed
from generator.tools import Background, Started

SCHEMA_PREFIX = "#/components/schemas/"
# libyaml when present: the same YAML text, written several times faster.
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
UNKNOWN_EVENT = "UnknownEvent"
INBOUND_MESSAGE = "InboundMessage"


def _refs(node: Any) -> set[str]:
    """Names of the component schemas `node` refers to directly."""
    found: set[str] = set()
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(SCHEMA_PREFIX):
            found.add(ref[len(SCHEMA_PREFIX) :])
        for value in node.values():
            found |= _refs(value)
    elif isinstance(node, list):
        for value in node:
            found |= _refs(value)
    return found


def _closure(document: dict[str, Any], roots: set[str]) -> set[str]:
    schemas = (document.get("components") or {}).get("schemas") or {}
    seen: set[str] = set()
    pending = list(roots)
    while pending:
        name = pending.pop()
        if name in seen or name not in schemas:
            continue
        seen.add(name)
        pending.extend(_refs(schemas[name]) - seen)
    return seen


def webhook_schemas(document: dict[str, Any]) -> set[str]:
    """Component schemas the `webhooks` section uses, directly or through other schemas."""
    return _closure(document, _refs(document.get("webhooks") or {}))


def webhook_only_schemas(document: dict[str, Any]) -> set[str]:
    """Webhook schemas nothing else uses: they leave the document handed to the client generator."""
    rest = {key: value for key, value in document.items() if key != "webhooks"}
    components = {kind: entries for kind, entries in (rest.get("components") or {}).items() if kind != "schemas"}
    roots = _refs({**rest, "components": components})
    return webhook_schemas(document) - _closure(document, roots)


def event_types(document: dict[str, Any]) -> dict[str, str]:
    """`event` value -> schema name, for every event schema that pins `event` with a `const`."""
    schemas = (document.get("components") or {}).get("schemas") or {}
    table: dict[str, str] = {}
    for name in sorted(webhook_schemas(document)):
        parts = [schemas[name], *(schemas[name].get("allOf") or [])]
        for part in parts:
            event = ((part.get("properties") or {}).get("event") or {}) if isinstance(part, dict) else {}
            if is_fixed(event):
                if event["const"] in table:
                    raise GeneratorError(
                        f"webhook schemas {table[event['const']]} and {name} both claim event {event['const']!r}"
                    )
                table[str(event["const"])] = name
    return table


def is_sendgrid_shaped(document: dict[str, Any]) -> bool:
    """Whether the webhooks section is SendGrid's (event and inbound schemas): then the package gets
    parse_events / parse_inbound; any other API's webhooks get their payload models only."""
    names = webhook_schemas(document)
    return UNKNOWN_EVENT in names and INBOUND_MESSAGE in names


def inline_payloads(document: dict[str, Any]) -> dict[str, Any]:
    """Webhook request bodies given inline (not `$ref`), named `<Webhook><Method>Payload`."""
    from openapi_python_client.strings import pascal_case

    found: dict[str, Any] = {}
    for key, item in (document.get("webhooks") or {}).items():
        for method, operation in item.items() if isinstance(item, dict) else ():
            body = operation.get("requestBody") if isinstance(operation, dict) else None
            content = body.get("content") if isinstance(body, dict) else None
            for media in content.values() if isinstance(content, dict) else ():
                schema = media.get("schema") if isinstance(media, dict) else None
                if isinstance(schema, dict) and "$ref" not in schema:
                    found[pascal_case(f"{key} {method} payload")] = schema
                    break
    return found


def _derived_document(spec: LoadedSpec) -> dict[str, Any]:
    schemas = (spec.document.get("components") or {}).get("schemas") or {}
    names = sorted(webhook_schemas(spec.document))
    return {
        "openapi": spec.document.get("openapi", "3.1.0"),
        "info": {
            "title": "SendGrid webhook payloads",
            "version": str((spec.document.get("info") or {}).get("version", "0")),
        },
        "paths": {},
        "components": {
            "schemas": {
                **{name: schemas[name] for name in names},
                **({} if is_sendgrid_shaped(spec.document) else inline_payloads(spec.document)),
            }
        },
    }


def _start_datamodel_codegen(document: dict[str, Any], work_dir: Path, cache: StageCache | None = None) -> Started[str]:
    """Start datamodel-codegen; the returned function waits and returns the models module's text.
    With a cache that has the models of this very document, they are returned without a run."""
    text = yaml.dump(document, Dumper=_DUMPER, sort_keys=True, allow_unicode=True)
    key = cache.key("datamodel-codegen", text) if cache is not None else ""
    cached = cache.get(key) if cache is not None else None
    if cached is not None:
        return Started(lambda: cached.decode("utf-8"), lambda: None)
    source = work_dir / "webhook-schemas.yaml"
    source.write_text(text, encoding="utf-8")
    output = work_dir / "_models.py"
    executable = Path(sys.executable).parent / "datamodel-codegen"
    command = [
        str(executable),
        "--input", str(source),
        "--input-file-type", "openapi",
        "--openapi-scopes", "schemas",
        "--output", str(output),
        "--output-model-type", "pydantic_v2.BaseModel",
        "--target-python-version", "3.11",
        "--disable-timestamp",
        "--use-title-as-name",
        "--use-annotated",
        "--use-union-operator",
        "--use-standard-collections",
        "--use-schema-description",
        "--use-field-description",
        "--field-constraints",
        "--enum-field-as-literal", "all",
        "--extra-fields", "allow",
        "--allow-population-by-field-name",
        "--custom-file-header", '"""Webhook payload models (datamodel-code-generator output)."""',
        "--formatters", "ruff-format",
    ]  # fmt: skip
    running = Background(command)

    def finish() -> str:
        returncode, log = running.wait()
        if returncode != 0 or not output.is_file():
            raise GeneratorError(f"datamodel-codegen failed (exit {returncode}):\n{log[-3000:]}")
        models = output.read_text(encoding="utf-8")
        if cache is not None:
            cache.put(key, models.encode("utf-8"))
        return models

    return Started(finish, running.stop)


def _render(template: str, **context: Any) -> str:
    # imported on use: lowering imports this module for webhook_only_schemas, and jinja2 is not needed there
    from generator.package_templates import package_templates

    env = package_templates()
    return env.get_template(template).render(context)


def _helpers_module(events: dict[str, str]) -> str:
    """`webhooks/__init__.py` for SendGrid's webhooks: the helpers, with the event table from the spec."""
    classes = sorted(set(events.values()))
    exported = sorted(
        {*classes, UNKNOWN_EVENT, INBOUND_MESSAGE, "Event", "EVENT_MODELS", "parse_events", "parse_inbound"}
    )
    return _render(
        "webhooks_init.py.jinja",
        imported=sorted({*classes, UNKNOWN_EVENT, INBOUND_MESSAGE}),
        union=" | ".join([*classes, UNKNOWN_EVENT]),
        table=[(repr(event), name) for event, name in sorted(events.items())],
        unknown_event=UNKNOWN_EVENT,
        inbound_message=INBOUND_MESSAGE,
        exported=json.dumps(exported),
    )


def _models_only_module(models_text: str) -> str:
    """`webhooks/__init__.py` for any API's webhooks: its payload models, re-exported."""
    import ast

    classes = sorted(
        node.name
        for node in ast.parse(models_text).body
        if isinstance(node, ast.ClassDef) and not node.name.startswith("_")
    )
    return _render("webhooks_payloads_init.py.jinja", classes=classes, exported=json.dumps(classes))


def start_webhook_models(
    spec: LoadedSpec, work_dir: Path, package: str = IMPORT_PACKAGE, cache: StageCache | None = None
) -> Started[Callable[[Path], None]]:
    """Start generating the webhook models (a subprocess, concurrent with the other stages); the
    result of `finish()` writes sendgrid_reseller/webhooks/ into a distribution folder.
    Nothing is written when the spec has no `webhooks` section."""
    if not spec.document.get("webhooks"):
        return Started(lambda: lambda distribution_dir: None, lambda: None)
    derived = _derived_document(spec)
    if not derived["components"]["schemas"]:
        return Started(lambda: lambda distribution_dir: None, lambda: None)
    sendgrid = is_sendgrid_shaped(spec.document)
    events = event_types(spec.document) if sendgrid else {}
    if sendgrid and not events:
        raise GeneratorError("no webhook schema pins `event` with a const, so events cannot be told apart")
    scratch = work_dir / "webhooks"
    scratch.mkdir()
    models = _start_datamodel_codegen(derived, scratch, cache)

    def finish() -> Callable[[Path], None]:
        text = models.finish()
        helpers = _helpers_module(events) if sendgrid else _models_only_module(text)

        def write(distribution_dir: Path) -> None:
            folder = distribution_dir / package / "webhooks"
            folder.mkdir(parents=True, exist_ok=False)
            (folder / "_models.py").write_text(text, encoding="utf-8")
            (folder / "__init__.py").write_text(helpers, encoding="utf-8")

        return write

    return Started(finish, models.stop)
