# Copied from sandbox/_reply.py by the generator. Do not edit; change the sandbox and run `make generate`.
"""What a handler returns, and the error bodies of both API generations."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

Headers = tuple[tuple[str, str], ...]


def dumps(value: Any) -> bytes:
    return json.dumps(value, separators=(",", ":")).encode()


@dataclass(frozen=True)
class Reply:
    status: int
    body: bytes | None = None  # None: no body (204)
    headers: Headers = ()
    operation: str = ""  # the operationId that answered, for the request log


V2_SUCCESS = b'{"message":"success"}'
V2_BAD_CREDENTIALS = b'{"message":"error","errors":["Permission denied, wrong credentials"]}'
V3_AUTH_REQUIRED = b'{"errors":[{"field":null,"message":"authorization required"}]}'
V3_TOO_MANY = b'{"errors":[{"field":null,"message":"too many requests"}]}'
V3_TOO_MANY_INVALID = b'{"errors":[{"field":null,"message":"too many requests"},]}'  # SendGrid's documented sample


def v2_error(*messages: str, status: int = 400) -> Reply:
    return Reply(status, dumps({"message": "error", "errors": list(messages)}))


def v3_error(status: int, message: str, field: str | None = None) -> Reply:
    return Reply(status, dumps({"errors": [{"field": field, "message": message}]}))


def not_implemented(operation_id: str, request_line: str, v2: bool = False) -> Reply:
    """501 naming the operation: the spec describes it, the sandbox cannot answer it (never a silent 404)."""
    message = f"the sandbox does not implement operation {operation_id} ({request_line})"
    reply = v2_error(message, status=501) if v2 else v3_error(501, message)
    return Reply(reply.status, reply.body, operation=operation_id)
