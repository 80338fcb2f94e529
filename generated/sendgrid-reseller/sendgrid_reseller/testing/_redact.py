# Copied from sandbox/_redact.py by the generator. Do not edit; change the sandbox and run `make generate`.
"""What the sandbox received, made safe to show: secrets replaced wherever they travel.

Credentials reach the sandbox in the Authorization header, in v2 form fields or query
parameters (`api_key`), and in request bodies (passwords of new customers and subusers).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

REDACTED = "[REDACTED]"
_SECRET_WORDS = ("password", "secret", "token", "api_key", "apikey", "authorization", "credential")


def is_secret(name: str) -> bool:
    lowered = name.lower()
    return any(word in lowered for word in _SECRET_WORDS)


def redact_headers(headers: Mapping[str, str]) -> dict[str, str]:
    """Header names lower case; Authorization keeps its scheme (`Bearer [REDACTED]`)."""
    shown: dict[str, str] = {}
    for name, value in headers.items():
        name = name.lower()
        if name == "authorization":
            scheme, _, secret = value.partition(" ")
            shown[name] = f"{scheme} {REDACTED}" if secret else REDACTED
        elif is_secret(name):
            shown[name] = REDACTED
        else:
            shown[name] = value
    return shown


def redact_fields(fields: Mapping[str, list[str]]) -> dict[str, list[str]]:
    return {name: [REDACTED] * len(values) if is_secret(name) else list(values) for name, values in fields.items()}


def redact_json(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: REDACTED if is_secret(str(k)) else redact_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [redact_json(item) for item in value]
    return value


def redact_body(body: bytes, form: Mapping[str, list[str]] | None) -> Any:
    """The body as the test wants to read it: form fields, JSON, or text; secrets redacted."""
    if form is not None:
        return redact_fields(form)
    if not body:
        return None
    try:
        return redact_json(json.loads(body))
    except ValueError:
        return body.decode("utf-8", "replace")
