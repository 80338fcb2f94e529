"""One runnable example per operation, and the exact request it sends.

The example passes every required argument (placeholder values chosen from the parameter's
name and type). The wire request shown next to it is not written by hand: the example is
executed against an `httpx.MockTransport` that records the request, so the page shows what
the package really sends. An example that cannot be built or sent fails the docs build.
"""

from __future__ import annotations

import importlib
import inspect
import json
import re
import typing
from dataclasses import dataclass
from enum import Enum
from types import NoneType, UnionType
from typing import Any
from urllib.parse import parse_qsl

import attrs
import httpx
from api_catalog import PACKAGE, CatalogError, Operation

# Credentials of the recording client (a v2 password or a v3 API key); the wire text shows
# placeholders instead.
EXAMPLE_USER = "docs-example-user"
EXAMPLE_KEY = "SG.docs-example-key"
PLACEHOLDERS = {
    "v2": {EXAMPLE_USER: "<your username>", EXAMPLE_KEY: "<your password>"},
    "v3": {EXAMPLE_KEY: "<your API key>"},
}
# How the example's client is made: v2 calls with the reseller's username and password, v3 with an API key.
CLIENT_LINES = {
    "v2": 'SendGrid(api_user=os.environ["SENDGRID_API_USER"], password=os.environ["SENDGRID_PASSWORD"])',
    "v3": 'SendGrid(api_key=os.environ["SENDGRID_API_KEY"])',
}
HOST = "api.sendgrid.com"


@dataclass(frozen=True)
class Example:
    api: str  # "v2" or "v3": how the client is made
    code: str  # the call, as shown (uses `client` and the imported models)
    imports: tuple[str, ...]  # model names imported from sendgrid_reseller.models


def _string_example(name: str) -> str:
    lowered = name.lower()
    rules = (
        ("email", "user@example.com"),
        ("url", "https://example.com/hook"),
        ("ip", "192.0.2.10"),
        ("hostname", "parse.example.com"),
        ("domain", "example.com"),
        ("date", "2026-01-01"),
        ("password", "a-long-passphrase"),
        ("username", "example_user"),
        ("user", "example_user"),
        ("subuser", "example_subuser"),
        ("name", "example"),
    )
    for fragment, value in rules:
        if fragment in lowered:
            return value
    return "example"


class _ExampleWriter:
    def __init__(self) -> None:
        self.models = importlib.import_module(f"{PACKAGE}.models")
        self.imports: set[str] = set()

    def _resolve(self, annotation: Any) -> Any:
        if not isinstance(annotation, str):
            return annotation
        namespace = {
            "datetime": importlib.import_module("datetime"),
            "builtins": importlib.import_module("builtins"),
            "Any": Any,
            "Literal": typing.Literal,
        }
        unset_type = importlib.import_module(f"{PACKAGE}.types").Unset
        namespace.update({"Unset": unset_type, "File": importlib.import_module(f"{PACKAGE}.types").File})
        for name in set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", annotation)):
            if name not in namespace and hasattr(self.models, name):
                namespace[name] = getattr(self.models, name)
        try:
            return eval(annotation, namespace)  # an annotation string from the generated package
        except Exception as error:
            raise CatalogError(f"cannot resolve the annotation {annotation!r} for an example: {error}") from error

    def value(self, name: str, annotation: Any) -> str:
        """Python source of a plausible value for a parameter or field."""
        annotation = self._resolve(annotation)
        origin = typing.get_origin(annotation)
        if origin in (typing.Union, UnionType):
            unset_type = importlib.import_module(f"{PACKAGE}.types").Unset
            choices = [arg for arg in typing.get_args(annotation) if arg not in (NoneType, unset_type)]
            return self.value(name, choices[0])
        if origin is typing.Literal:
            return json.dumps(typing.get_args(annotation)[0])
        if origin is list:
            (item,) = typing.get_args(annotation) or (str,)
            return f"[{self.value(name, item)}]"
        if origin is dict:
            return "{}"
        if annotation is str:
            return json.dumps(_string_example(name))
        if annotation is bool:
            return "True"
        if annotation is int:
            return "1"
        if annotation is float:
            return "1.0"
        if inspect.isclass(annotation) and issubclass(annotation, Enum):
            self.imports.add(annotation.__name__)
            return f"{annotation.__name__}.{next(iter(annotation)).name}"
        if inspect.isclass(annotation) and attrs.has(annotation):
            return self.model(annotation)
        if getattr(annotation, "__module__", "") == "datetime":
            return f"datetime.{annotation.__name__}(2026, 1, 1)"
        raise CatalogError(f"no example value for {name!r} of type {annotation!r}")

    def model(self, model: type) -> str:
        self.imports.add(model.__name__)
        required = [field for field in attrs.fields(model) if field.init and field.default is attrs.NOTHING]
        arguments = ", ".join(f"{field.name}={self.value(field.name, field.type)}" for field in required)
        return f"{model.__name__}({arguments})"


def example_for(operation: Operation) -> Example:
    """The friendly method called with every required argument."""
    writer = _ExampleWriter()
    # With overloads (fields as keywords, or one `body=` model), the first one is the example's form.
    signature = inspect.signature((typing.get_overloads(operation.module.sync) or [operation.module.sync])[0])
    arguments = []
    for parameter in list(signature.parameters.values())[1:]:  # the first is the client
        if parameter.default is not inspect.Parameter.empty:
            continue
        value = writer.value(parameter.name, parameter.annotation)
        arguments.append(value if parameter.kind is inspect.Parameter.POSITIONAL_ONLY else f"{parameter.name}={value}")
    call = f"{operation.friendly}({', '.join(arguments)})"
    code = (
        f"result = {call}"
        if len(call) <= 90
        else f"result = {call[: call.index('(') + 1]}\n    " + (",\n    ".join(arguments) + ",\n)")
    )
    return Example(operation.api, code, tuple(sorted(writer.imports)))


def example_source(example: Example) -> str:
    """The example as a reader copies it: imports, a client, the call."""
    lines = ["import datetime", "import os"] if "datetime." in example.code else ["import os"]
    lines += ["", "from sendgrid_reseller import SendGrid"]
    if example.imports:
        lines.append(f"from sendgrid_reseller.models import {', '.join(example.imports)}")
    lines += ["", f"with {CLIENT_LINES[example.api]} as client:"]
    lines += ["    " + line for line in example.code.splitlines()]
    return "\n".join(lines)


def _record(requests: list[httpx.Request]) -> httpx.MockTransport:
    def answer(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return httpx.Response(599, json={"errors": [{"message": "documentation build: not sent"}]})

    return httpx.MockTransport(answer)


def _fields(encoded: str, placeholders: dict[str, str]) -> list[str]:
    # Decoded, with placeholders for the credentials, so `method`/`task` read (and are searched) as words.
    return [f"{key}={placeholders.get(value, value)}" for key, value in parse_qsl(encoded, keep_blank_values=True)]


def _wire_text(request: httpx.Request, api: str) -> str:
    placeholders = PLACEHOLDERS[api]
    target = request.url.path
    if request.url.query:
        target += "?" + "&".join(_fields(request.url.query.decode("ascii"), placeholders))
    lines = [f"{request.method} {target} HTTP/1.1", f"Host: {HOST}"]
    for header in ("Authorization", "Content-Type"):
        if header in request.headers:
            value = request.headers[header].replace(EXAMPLE_KEY, placeholders[EXAMPLE_KEY])
            if value.startswith("Basic "):
                value = "Basic <base64 of username:password>"
            lines.append(f"{header}: {value}")
    body = request.content.decode("utf-8")
    if request.headers.get("Content-Type", "").startswith("application/x-www-form-urlencoded"):
        body = "\n".join(_fields(body, placeholders))  # one field per line
    return "\n".join(lines) + ("\n\n" + body if body else "")


def wire_request(operation: Operation, example: Example) -> str:
    """Run the example against a recording transport; the request it sent, as HTTP text."""
    facade = importlib.import_module(PACKAGE)
    policy = importlib.import_module(f"{PACKAGE}._runtime.policy")
    requests: list[httpx.Request] = []
    namespace: dict[str, Any] = {"datetime": importlib.import_module("datetime")}
    namespace.update({name: getattr(importlib.import_module(f"{PACKAGE}.models"), name) for name in example.imports})
    credentials = (
        {"api_user": EXAMPLE_USER, "password": EXAMPLE_KEY} if example.api == "v2" else {"api_key": EXAMPLE_KEY}
    )
    with facade.SendGrid(
        **credentials,
        transport=_record(requests),
        retry=policy.RetryPolicy(max_attempts=1),
        rate_limit_store="memory",
    ) as client:
        namespace["client"] = client
        try:
            exec(example.code, namespace)  # the example the page shows, generated above
        except facade.SendGridError:
            pass  # the recording transport answers with an error on purpose
        except Exception as error:
            raise CatalogError(f"the example of {operation.name} fails: {error!r}\n{example.code}") from error
    if len(requests) != 1:
        raise CatalogError(f"the example of {operation.name} sent {len(requests)} requests, expected 1")
    return _wire_text(requests[0], example.api)
