"""Stage 1b: lower valid constructs openapi-python-client cannot express into ones it can.

Each change is made to the bundled document only (the files a human edits stay as they are) and
is recorded as an `Adaptation`: where (file and JSON pointer) and what was done. The command line
prints one line per adaptation and the generation manifest lists them.

- a schema `examples` that is a map (OpenAPI's media-type style) becomes the list of its values;
- an enum holding fractional numbers becomes a number whose allowed values are documented;
- an empty enum (`enum: []`) is dropped: the schema's type alone describes the value;
- schemas whose class names would clash (a shared title, or a class with a property of its own
  snake-case name, whose `from_dict` would shadow the class) get a distinct title;
- an operation that documents no 2XX answer is given one: a 3XX-only operation returns the
  redirect target (the `Location` header), one with only error answers returns nothing;
- a request body offered in several media types keeps the one the client sends best (JSON, then
  form, multipart, raw bytes), a success answer the one it reads best; the others are named;
- media types the client neither sends nor reads (image/png, application/xml, ...) are sent and
  returned as raw bytes (generator/opc.py maps them to application/octet-stream);
- parameters whose Python names collide, with each other or with the call's own arguments, are
  noted with the names openapi-python-client (and generator/opc_runner.py) give them;
- another API's `webhooks` section gets payload models only (generator/webhooks.py).
A `$ref` to a Markdown or text file is inlined by the loader, which notes it the same way.
"""

from __future__ import annotations

import re
from typing import Any

from generator.catalog import RESERVED_PARAMETER_NAMES, python_identifier
from generator.errors import Adaptation, pointer
from generator.load import LoadedSpec, unescape_token
from generator.spec_query import REDIRECT, deref
from generator.walk import HTTP_METHODS, all_schemas
from generator.webhooks import is_sendgrid_shaped

# Request-body media types openapi-python-client sends, best first; anything else is sent as
# raw bytes (see binary_media_types).
SENDABLE = ("application/json", "application/x-www-form-urlencoded", "multipart/form-data", "application/octet-stream")
# Response media types it reads, best first (text/* is read as a string).
READABLE = ("application/json", "application/octet-stream")
REDIRECT_NOTE = "The redirect target: the URL in the answer's Location header."


def _pascal(value: str) -> str:
    from openapi_python_client.strings import pascal_case  # slow to import: only adapting needs it

    return str(pascal_case(value))


def _snake(value: str) -> str:
    from openapi_python_client.strings import snake_case

    return str(snake_case(value))


class _Adapter:
    def __init__(self, spec: LoadedSpec) -> None:
        self.spec = spec
        self.document = spec.document
        self.done: list[Adaptation] = []

    def note(self, at: str, change: str) -> None:
        self.done.append(Adaptation(self.spec.locate(at), change))

    def run(self) -> list[Adaptation]:
        schemas = list(all_schemas(self.document))
        for schema, at in schemas:
            self._examples(schema, at)
            self._enum(schema, at)
        self._class_names(schemas)
        for path_key, item in (self.document.get("paths") or {}).items():
            for method in HTTP_METHODS:
                operation = item.get(method) if isinstance(item, dict) else None
                if isinstance(operation, dict):
                    at = pointer("paths", path_key, method)
                    self._responses(operation, at)
                    self._parameter_names(item, operation, at)
                    self._request_body(operation, at)
                    self._success_bodies(operation, at)
        found = self.document.get("components")
        components: dict[str, Any] = found if isinstance(found, dict) else {}
        for kind, preferred, verb in (
            ("requestBodies", SENDABLE, "the client sends"),
            ("responses", READABLE, "the client reads"),
        ):
            entries = components.get(kind)
            for name, holder in entries.items() if isinstance(entries, dict) else ():
                self._one_media_type(holder, pointer("components", kind, name), preferred, verb)
        if self.document.get("webhooks") and not is_sendgrid_shaped(self.document):
            self.note("/webhooks", "not SendGrid's event/inbound webhooks: their payload schemas become "
                      "pydantic models in the package's `webhooks` module, without parse helpers")  # fmt: skip
        for media_type, places in binary_media_types(self.document).items():
            for at in places:
                self.note(at, f"{media_type} is neither JSON, form nor text: sent and returned as raw bytes")
        return self.done

    def _examples(self, schema: dict[str, Any], at: str) -> None:
        examples = schema.get("examples")
        if "examples" not in schema or isinstance(examples, list):
            return
        if isinstance(examples, dict):
            values = [v.get("value") if isinstance(v, dict) and "value" in v else v for v in examples.values()]
            schema["examples"] = values
            self.note(at + "/examples", "`examples` is a map, not a JSON Schema array: its values are the examples")
        else:
            schema["examples"] = [examples]
            self.note(at + "/examples", "`examples` is a single value, not an array: used as the only example")

    def _enum(self, schema: dict[str, Any], at: str) -> None:
        enum = schema.get("enum")
        if not isinstance(enum, list):
            return
        if not enum:
            del schema["enum"]
            self.note(at + "/enum", "`enum: []` allows no value at all: dropped, the schema's type describes the value")
        elif any(isinstance(v, float) and not isinstance(v, bool) for v in enum):
            allowed = ", ".join(str(v) for v in enum)
            del schema["enum"]
            schema.setdefault("type", "number")
            described = str(schema.get("description") or "").rstrip()
            schema["description"] = f"{described}\n\nAllowed values: {allowed}.".strip()
            self.note(at + "/enum", f"an enum of fractional numbers ({allowed}) cannot be a Python enum: "
                      "typed as a number, the allowed values listed in its docstring")  # fmt: skip

    def _class_names(self, schemas: list[tuple[dict[str, Any], str]]) -> None:
        """Distinct class names: openapi-python-client names a model after its title, else its key."""
        components: dict[str, Any] = (self.document.get("components") or {}).get("schemas") or {}
        taken: dict[str, str] = {}
        for name, schema in components.items():
            if isinstance(schema, dict) and not isinstance(schema.get("title"), str):
                taken.setdefault(_pascal(name), pointer("components", "schemas", name))
        for schema, at in schemas:
            title = schema.get("title")
            if not isinstance(title, str) or schema.get("type") not in ("object", None):
                continue
            class_name = _pascal(title)
            own = _snake(class_name)
            found = schema.get("properties")
            properties: dict[str, Any] = found if isinstance(found, dict) else {}
            clash = taken.get(class_name) not in (None, at)
            if not clash and own not in {_snake(p) for p in properties}:
                taken[class_name] = at
                continue
            is_component = at.startswith("/components/schemas/") and at.count("/") == 3
            key = unescape_token(at.rsplit("/", 1)[-1]) if is_component else ""
            candidates = [key, f"{title} model", f"{title} {key}"] + [f"{title} {n}" for n in range(2, 100)]
            new = next(
                c for c in candidates
                if c and _pascal(c) not in taken and _snake(_pascal(c)) not in {_snake(p) for p in properties}
            )  # fmt: skip
            schema["title"] = new
            taken[_pascal(new)] = at
            why = (
                f"title {title!r} is also the class of {self.spec.locate(taken[class_name])}"
                if clash
                else f"class {class_name!r} has a property {own!r}, which its from_dict would shadow"
            )
            self.note(at + "/title", f"{why}: the class is named {_pascal(new)!r}")

    def _parameter_names(self, item: dict[str, Any], operation: dict[str, Any], at: str) -> None:
        """Note the Python names openapi-python-client (with generator/opc_runner.py) gives
        parameters that would collide with each other or with the call's own arguments."""
        parameters: dict[tuple[str, str], tuple[str, str]] = {}  # (in, name) -> (pointer, python name)
        for owner, owner_at in ((item, at.rsplit("/", 1)[0]), (operation, at)):
            for index, raw in enumerate(owner.get("parameters") or [] if isinstance(owner, dict) else []):
                parameter = deref(self.document, raw)
                if isinstance(parameter, dict) and isinstance(parameter.get("name"), str):
                    key = (str(parameter.get("in")), parameter["name"])
                    parameters[key] = (f"{owner_at}/parameters/{index}", python_identifier(parameter["name"], "field_"))
        by_python: dict[str, list[tuple[str, str]]] = {}
        for key, (_, python) in parameters.items():
            by_python.setdefault(python, []).append(key)
        for (location, name), (where, python) in parameters.items():
            clashing = [k for k in by_python[python] if k != (location, name)]
            if python in RESERVED_PARAMETER_NAMES:
                renamed = f"{python}_{location}"
                why = f"`{python}` is an argument or local of every generated call"
            elif clashing and any(other_location != location for other_location, _ in clashing):
                renamed = f"{python}_{location}"
                why = f"{', '.join(repr(n) for _, n in clashing)} has the same Python name"
            elif clashing:
                renamed = python_identifier(name, "field_", keep_case=True)
                why = f"{', '.join(repr(n) for _, n in clashing)} has the same Python name"
            else:
                continue
            self.note(where, f"{location} parameter {name!r} is `{renamed}` in Python: {why}")

    def _responses(self, operation: dict[str, Any], at: str) -> None:
        responses = operation.get("responses")
        if not isinstance(responses, dict) or any(str(code).startswith("2") for code in responses):
            return
        redirects = [str(code) for code in responses if re.fullmatch(r"3(\d\d|XX)", str(code))]
        if redirects:
            operation[REDIRECT] = True
            documented = deref(self.document, responses[redirects[0]]) or {}
            responses[redirects[0]] = {
                "description": str(documented.get("description") or "redirect"),
                "content": {"text/plain": {"schema": {"type": "string", "description": REDIRECT_NOTE}}},
            }
            self.note(at + "/responses", f"only a {redirects[0]} redirect is documented: the call returns the "
                      "redirect target (its Location header) instead of following it")  # fmt: skip
        else:
            listed = ", ".join(map(str, responses)) or "none"
            responses["2XX"] = {"description": "Success (not documented)."}
            self.note(at + "/responses", f"no success answer is documented (only {listed}): any 2XX answer "
                      "returns None, the documented ones raise")  # fmt: skip

    def _request_body(self, operation: dict[str, Any], at: str) -> None:
        body = operation.get("requestBody")
        self._one_media_type(body, at + "/requestBody", SENDABLE, "the client sends")

    def _success_bodies(self, operation: dict[str, Any], at: str) -> None:
        for code, response in (operation.get("responses") or {}).items():
            if str(code).startswith("2"):
                self._one_media_type(response, at + pointer("responses", code), READABLE, "the client reads")

    def _one_media_type(self, holder: Any, at: str, preferred: tuple[str, ...], verb: str) -> None:
        """Keep one media type of a body offered in several: the first of `preferred` it offers."""
        content = holder.get("content") if isinstance(holder, dict) and "$ref" not in holder else None
        if not isinstance(content, dict) or len(content) < 2:
            return
        ranked = sorted(content, key=lambda m: _rank(_essence(m), preferred))
        chosen, others = ranked[0], [m for m in content if m != ranked[0]]
        holder["content"] = {chosen: content[chosen]}
        self.note(at + "/content", f"offered as {', '.join(content)}: {verb} {chosen} (not {', '.join(others)})")


def _rank(essence: str, preferred: tuple[str, ...]) -> int:
    if essence in preferred:
        return preferred.index(essence)
    if essence.endswith("+json"):
        return len(preferred)
    return len(preferred) + 1 + (0 if essence.startswith("text/") else 1)


def binary_media_types(document: dict[str, Any]) -> dict[str, list[str]]:
    """Media types openapi-python-client neither sends nor reads (image/png, application/xml, ...),
    each with the pointers of its uses: they are sent and returned as raw bytes."""
    found: dict[str, list[str]] = {}
    for path_key, item in (document.get("paths") or {}).items():
        for method in HTTP_METHODS:
            operation = item.get(method) if isinstance(item, dict) else None
            if not isinstance(operation, dict):
                continue
            at = pointer("paths", path_key, method)
            holders = [(deref(document, operation.get("requestBody")), at + "/requestBody")]
            holders += [
                (deref(document, response), at + pointer("responses", code))
                for code, response in (operation.get("responses") or {}).items()
                if str(code).startswith("2")  # error answers become exceptions: their bodies are not parsed
            ]
            for holder, where in holders:
                content = holder.get("content") if isinstance(holder, dict) else None
                for media_type in content if isinstance(content, dict) else ():
                    if not _understood(_essence(media_type)):
                        found.setdefault(media_type, []).append(where + pointer("content", media_type))
    return found


def _understood(essence: str) -> bool:
    return essence in SENDABLE or essence.endswith("+json") or essence.startswith("text/")


def _essence(media_type: str) -> str:
    return media_type.split(";", 1)[0].strip().lower()


def adapt(spec: LoadedSpec) -> list[Adaptation]:
    """Adapt `spec.document` in place (once) and record what was changed in `spec.adaptations`."""
    if not spec.adapted:
        spec.adaptations += _Adapter(spec).run()
        spec.adapted = True
    return spec.adaptations
