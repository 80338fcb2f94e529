# Copied from overlays/runtime/scrub.py by the generator. Do not edit; change the overlay and run `make generate`.
"""What a caller or an error reporter can reach holds no credential.

Every answer the client returns or raises about is scrubbed once it has been read: its request
loses the Authorization header, credential fields in the query and the body (by name, form and
JSON alike) and every registered secret value; the answer's own headers and body lose every
registered secret value (a server that echoes a key or a password). A transport failure's httpx
exception, and every exception in its chain, gets the same scrubbed request and redacted messages.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qsl, urlencode

import httpx

from .policy import SECRET_FIELD_NAMES, V2_API_KEY_USER
from .redact import REDACTED, bind_call_secrets, changed_url, contains_secret, redact_bytes, redact_text

_SECRET_NAMES_BYTES = tuple(name.encode("ascii") for name in SECRET_FIELD_NAMES)
_FORM = "application/x-www-form-urlencoded"
_JSON = "application/json"
# Request headers that carry credentials: replaced whole, whatever they hold.
_CREDENTIAL_HEADERS = ("authorization", "proxy-authorization", "cookie")
# Exceptions chained deeper than this are not followed (a cycle would otherwise never end).
_MAX_CHAIN = 16


def _scrub_json(value: Any) -> Any:
    if isinstance(value, dict):
        return {
            key: REDACTED if isinstance(key, str) and key.lower() in SECRET_FIELD_NAMES else _scrub_json(item)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [_scrub_json(item) for item in value]
    return value


def _json_secret_values(value: Any, found: list[str]) -> None:
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(key, str) and key.lower() in SECRET_FIELD_NAMES and isinstance(item, str):
                found.append(item)
            else:
                _json_secret_values(item, found)
    elif isinstance(value, list):
        for item in value:
            _json_secret_values(item, found)


def secret_field_values(content: bytes, content_type: str) -> list[str]:
    """The values of a request body's credential fields (a customer's new password, ...)."""
    found: list[str] = []
    lowered = content.lower()
    if not any(name in lowered for name in _SECRET_NAMES_BYTES):
        return found
    if content_type.startswith(_FORM):
        pairs = parse_qsl(content.decode("utf-8", "replace"), keep_blank_values=True)
        found.extend(value for name, value in pairs if name.lower() in SECRET_FIELD_NAMES and value)
    elif content_type.startswith(_JSON):
        try:
            _json_secret_values(json.loads(content), found)
        except (ValueError, RecursionError):
            pass
    return [value for value in found if value != V2_API_KEY_USER]


def scrub_body(content: bytes, content_type: str) -> bytes:
    """A request body without credential fields (form or JSON) and without registered secrets."""
    lowered = content.lower()
    if any(name in lowered for name in _SECRET_NAMES_BYTES):
        if content_type.startswith(_FORM):
            pairs = parse_qsl(content.decode("utf-8", "replace"), keep_blank_values=True)
            content = urlencode(
                [(name, REDACTED if name.lower() in SECRET_FIELD_NAMES else value) for name, value in pairs]
            ).encode("ascii")
        elif content_type.startswith(_JSON):
            try:
                content = json.dumps(_scrub_json(json.loads(content))).encode("utf-8")
            except (ValueError, RecursionError):
                pass  # not JSON after all: the value redaction below still applies
    return redact_bytes(content)


def _headers_hold_secret(headers: httpx.Headers) -> bool:
    """Whether any header name or value holds a secret: one search over them all (a form found
    across two of them only costs the per-header pass that finds nothing).

    The raw bytes when they are ASCII (then they are the text httpx decodes them to); else the
    decoded text, which is what a caller reads (a Latin-1 header is not its UTF-8 bytes).
    """
    raw = b"\n".join(map(b"\n".join, headers.raw))
    if raw.isascii():
        return contains_secret(raw)
    return contains_secret("\n".join(map("\n".join, headers.multi_items())))


def _redacted_headers(headers: httpx.Headers) -> httpx.Headers:
    """`headers` with every secret replaced, in names (as sent, not lower-cased) and values."""
    encoding = headers.encoding
    return httpx.Headers(
        [(redact_text(key.decode(encoding)), redact_text(value.decode(encoding))) for key, value in headers.raw]
    )


def scrub_request(request: httpx.Request) -> httpx.Request:
    """A copy of `request` that may be shown: no credential in its URL, headers or body.

    A shallow copy with its own headers (the request itself stays as it was sent, for a transport
    that kept it): building a new `httpx.Request` costs more than the rest of the answer's handling.
    """
    clean = httpx.Request.__new__(httpx.Request)
    clean.__dict__.update(request.__dict__)
    clean.headers = headers = request.headers.copy()
    names = headers.keys()  # lower-cased, looked up once (each `name in headers` scans them all)
    for name in _CREDENTIAL_HEADERS:
        if name in names:
            headers[name] = REDACTED
    if _headers_hold_secret(headers):
        for name, value in headers.items():
            redacted = redact_text(value)
            if redacted != value:
                headers[name] = redacted
    url = changed_url(request.url)
    if url is not None:
        clean.url = httpx.URL(url)
    content = getattr(request, "_content", None)  # None: a streamed upload, nothing the client keeps
    if content:
        body = scrub_body(content, headers.get("content-type", ""))
        if body != content:
            clean._content = body
            clean.stream = httpx.ByteStream(body)
            headers["content-length"] = str(len(body))
    return clean


def scrub_response(response: httpx.Response) -> None:
    """Scrub a read answer in place: its request, and in its headers and body every registered
    secret and every credential value its request carried (a server may echo them)."""
    request = response.request
    try:
        sent = request.content
    except httpx.RequestNotRead:
        sent = b""
    if sent:
        bind_call_secrets(secret_field_values(sent, request.headers.get("content-type", "")))
    response.request = scrub_request(request)
    # The client never follows a redirect; httpx prepares one from the Location, which may echo secrets.
    response.next_request = None
    if _headers_hold_secret(response.headers):
        response.headers = _redacted_headers(response.headers)
    content = response.content
    if contains_secret(content):
        response._content = redact_bytes(content)
        response.__dict__.pop("_text", None)


def scrub_exception(exception: BaseException) -> None:
    """Scrub an exception and its chain in place: requests it holds, and secrets in its arguments."""
    seen: set[int] = set()
    current: BaseException | None = exception
    for _ in range(_MAX_CHAIN):
        if current is None or id(current) in seen:
            return
        seen.add(id(current))
        if isinstance(current, httpx.RequestError):
            try:
                current.request = scrub_request(current.request)
            except RuntimeError:
                pass  # raised without a request: nothing to scrub
        current.args = tuple(redact_text(arg) if isinstance(arg, str) else arg for arg in current.args)
        current = current.__cause__ or current.__context__
