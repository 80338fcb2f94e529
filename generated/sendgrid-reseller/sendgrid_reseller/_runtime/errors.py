# Copied from overlays/runtime/errors.py by the generator. Do not edit; change the overlay and run `make generate`.
"""Every exception the client raises, and how an error answer becomes one.

SendGridError
├── APIError                 SendGrid answered, and the answer is an error
│   ├── BadRequestError      400 and other unmapped 4XX, and v2's 2XX {"message": "error"}
│   ├── AuthenticationError  401
│   ├── PermissionDeniedError 403
│   ├── NotFoundError        404
│   ├── MethodNotAllowedError 405
│   ├── ConflictError        409
│   ├── PayloadTooLargeError 413
│   ├── UnprocessableEntityError 422
│   ├── RateLimitError       429 (after the retry budget is spent)
│   ├── InternalServerError  5XX (`ServerError` is the same class)
│   ├── UnexpectedStatus     a status the operation does not document (including 3XX)
│   └── MalformedResponseError a 2XX whose body is not what the operation documents
├── TransportError           no usable answer
│   ├── APIConnectionError   the connection failed or broke (refused, reset, DNS, protocol error)
│   └── APITimeoutError      a timeout (connect, read, write or waiting for a pooled connection)
├── ResponseTooLargeError    an answer's body is over the client's `max_response_bytes`
├── ConfigurationError       the client was set up wrongly
├── InvalidRequestError      a call's arguments were refused before sending (also a ValueError)
└── PaginationError          a Link header pointed somewhere the client will not follow
"""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass
from typing import Any

import httpx

from .operation import OPERATION_EXTENSION
from .ratelimit import RESPONSE_EXTENSION, RateLimit, parse_rate_limit
from .redact import redact_url

# SendGrid's documented 429 body has a trailing comma; this second chance makes such bodies
# readable. It only runs after strict JSON parsing failed.
_TRAILING_COMMA = re.compile(r",\s*([\]}])")
_MESSAGE_PREVIEW = 300
# json.loads raises RecursionError (not ValueError) on deeply nested input such as "[[[[...".
_UNPARSABLE = (ValueError, RecursionError)


class SendGridError(Exception):
    """Base class of every exception raised by this client."""


class ConfigurationError(SendGridError):
    """The client's settings are unusable (missing credentials, a non-HTTPS base URL, ...)."""


class InvalidRequestError(SendGridError, ValueError):
    """A call's arguments were refused before anything was sent (e.g. `limit` above 500)."""


class PaginationError(SendGridError):
    """A `Link` header points at another host (following it would hand the credentials over) or
    is not a usable URL."""


class ResponseTooLargeError(SendGridError):
    """An answer's body is larger than the client's `max_response_bytes`; it was not read further.

    The request was sent (SendGrid may have acted on it) and is never retried.
    """

    def __init__(self, *, method: str, url: httpx.URL | str, status_code: int, limit: int, size: int | None) -> None:
        self.request_method = method
        self.request_url = redact_url(url)
        self.status_code = status_code
        self.limit = limit
        self.size = size
        declared = f"declares {size} bytes" if size is not None else "kept going"
        super().__init__(
            f"the {status_code} answer to {method} {self.request_url} {declared}, over the {limit}-byte limit "
            "(Client(max_response_bytes=...))"
        )


@dataclass(frozen=True, slots=True)
class ErrorDetail:
    """One entry of an error body: v3 gives a field and sometimes help, v2 only a message."""

    message: str
    field: str | None = None
    help: Any = None


def _operation_name(request: httpx.Request | None) -> str | None:
    operation = request.extensions.get(OPERATION_EXTENSION) if request is not None else None
    name = getattr(operation, "name", None)
    return name if isinstance(name, str) else None


class TransportError(SendGridError):
    """The request got no usable answer (connection failure, timeout, broken or undecodable answer).

    `exception` is the httpx error; `__cause__` is the same. `operation` names the call, when known.
    """

    what_happened = "got no usable answer"

    def __init__(
        self,
        exception: httpx.RequestError,
        *,
        method: str,
        url: httpx.URL | str,
        operation: str | None = None,
    ) -> None:
        self.exception = exception
        self.request_method = method
        self.request_url = redact_url(url)
        self.operation = operation
        who = f"{operation} " if operation else ""
        detail = str(exception) or type(exception).__name__
        super().__init__(
            f"{who}{self.what_happened} ({method} {self.request_url}): {detail} [{type(exception).__name__}]"
        )


class APIConnectionError(TransportError):
    """The connection failed or broke: refused, reset, name not resolved, or a protocol error."""

    what_happened = "could not reach SendGrid or lost the connection"


class APITimeoutError(TransportError):
    """A timeout: connecting, sending, reading, or waiting for a free pooled connection."""

    what_happened = "timed out"


def transport_error(exception: httpx.RequestError, request: httpx.Request) -> TransportError:
    """The typed error for an httpx failure: a timeout, a connection failure, or another transport error."""
    error_class: type[TransportError] = TransportError
    if isinstance(exception, httpx.TimeoutException):
        error_class = APITimeoutError
    elif isinstance(exception, httpx.NetworkError | httpx.ProtocolError | httpx.ProxyError | httpx.UnsupportedProtocol):
        error_class = APIConnectionError
    return error_class(exception, method=request.method, url=request.url, operation=_operation_name(request))


class APIError(SendGridError):
    """SendGrid answered with an error.

    Attributes:
        status_code, headers: of the answer.
        body: the answer's text, whatever it was (it may not be JSON).
        details: the error entries decoded from the body (empty when it could not be read).
        error_id: the v3 body's top-level `id`, when given.
        request_method, request_url: what was asked, with credentials redacted.
        response: the `httpx.Response` itself.
    """

    def __init__(
        self,
        response: httpx.Response,
        details: list[ErrorDetail] | None = None,
        error_id: str | None = None,
    ) -> None:
        self.response = response
        self.status_code = response.status_code
        self.headers = response.headers
        self.body = response.text
        if details is None:
            details, error_id = parse_error_body(response.content)
        self.details = details
        self.error_id = error_id
        request = response.request
        self.request_method = request.method
        self.request_url = redact_url(request.url)
        self.operation = _operation_name(request)
        super().__init__(self._summary())

    # What the status means, in plain words; each subclass says its own.
    what_happened = "SendGrid answered with an error"

    def _summary(self) -> str:
        reason = self.response.reason_phrase or "HTTP error"
        if self.details:
            said = "; ".join(
                f"{detail.field}: {detail.message}" if detail.field else detail.message for detail in self.details
            )
        else:
            said = self.body[:_MESSAGE_PREVIEW] or "(empty body)"
        who = f"{self.operation}: " if self.operation else ""
        return (
            f"{who}{self.what_happened} ({self.status_code} {reason} for {self.request_method} "
            f"{self.request_url}). SendGrid said: {said}"
        )

    @classmethod
    def from_response(cls, response: httpx.Response) -> APIError:
        """This error class built from `response` (its body decoded as far as possible)."""
        return cls(response)


class BadRequestError(APIError):
    """400, any 4XX without a class of its own, or a v2 answer whose body says "error"."""

    what_happened = "SendGrid refused the request"


class AuthenticationError(APIError):
    """401: the credentials were refused."""

    what_happened = "SendGrid refused the credentials"


class PermissionDeniedError(APIError):
    """403: the credentials lack the scope (v2: the account is not a reseller)."""

    what_happened = "the credentials are not allowed to make this call"


class NotFoundError(APIError):
    """404: the resource (or the path) does not exist."""

    what_happened = "SendGrid found no such resource"


class MethodNotAllowedError(APIError):
    """405: the path does not take this HTTP method."""

    what_happened = "SendGrid does not allow this HTTP method on this path"


class ConflictError(APIError):
    """409: the request conflicts with the resource's current state (e.g. it already exists)."""

    what_happened = "the request conflicts with the resource's current state"


class PayloadTooLargeError(APIError):
    """413: the request body is larger than SendGrid accepts."""

    what_happened = "the request is larger than SendGrid accepts"


class UnprocessableEntityError(APIError):
    """422: the request is well-formed but its values were refused."""

    what_happened = "SendGrid could not accept the request's values"


class InternalServerError(APIError):
    """5XX: SendGrid failed; retried first when the operation is idempotent."""

    what_happened = "SendGrid failed to handle the request"


# The name of `InternalServerError` before 0.2; both name one class.
ServerError = InternalServerError


class RateLimitError(APIError):
    """429 after the retry budget was spent. `reset_at` (Unix time) says when to try again."""

    def __init__(
        self,
        response: httpx.Response,
        details: list[ErrorDetail] | None = None,
        error_id: str | None = None,
        rate_limit: RateLimit | None = None,
    ) -> None:
        if rate_limit is None:
            rate_limit = response_rate_limit(response)
        self.rate_limit = rate_limit
        self.reset_at = rate_limit.reset_at if rate_limit is not None else None
        super().__init__(response, details, error_id)

    what_happened = "the endpoint's rate limit is spent (the retries did not get through)"


class UnexpectedStatus(APIError):
    """A status the operation does not document, e.g. a redirect (never followed: it could lead
    to another host with the credentials)."""

    what_happened = "SendGrid answered with a status this call does not document"

    @classmethod
    def from_response(cls, response: httpx.Response) -> UnexpectedStatus:
        return cls(response)


class MalformedResponseError(APIError):
    """A successful status whose body cannot be decoded into the operation's model (not JSON,
    truncated, HTML, missing fields). `reason` says what failed; `__cause__` is the decoding error."""

    def __init__(self, response: httpx.Response, reason: str) -> None:
        self.reason = reason
        super().__init__(response, details=[], error_id=None)

    def _summary(self) -> str:
        preview = self.body[:_MESSAGE_PREVIEW] or "(empty body)"
        who = f"{self.operation}: " if self.operation else ""
        return (
            f"{who}the {self.status_code} answer to {self.request_method} {self.request_url} is not what the "
            f"API documents: {self.reason}. The body begins: {preview}"
        )


_CLASS_BY_STATUS: dict[int, type[APIError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    405: MethodNotAllowedError,
    409: ConflictError,
    413: PayloadTooLargeError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def response_rate_limit(response: httpx.Response) -> RateLimit | None:
    """The rate limit the client already parsed for `response`, or parsed now."""
    extensions = response.extensions
    if RESPONSE_EXTENSION in extensions:
        parsed: RateLimit | None = extensions[RESPONSE_EXTENSION]
        return parsed
    return parse_rate_limit(response.headers, time.time())


def error_class_for(status_code: int) -> type[APIError]:
    if status_code in _CLASS_BY_STATUS:
        return _CLASS_BY_STATUS[status_code]
    if 400 <= status_code < 500:
        return BadRequestError
    if 500 <= status_code < 600:
        return InternalServerError
    return UnexpectedStatus


def error_from_response(response: httpx.Response, rate_limit: RateLimit | None = None) -> APIError:
    """The typed error for a non-2XX answer; never fails on a body that is not the documented JSON."""
    error_class = error_class_for(response.status_code)
    if error_class is RateLimitError:
        return RateLimitError(response, rate_limit=rate_limit)
    return error_class(response)


def v2_error_in_success(response: httpx.Response) -> BadRequestError | None:
    """v2 calls may answer 2XX with `{"message": "error", "errors": [...]}`: that is a failure too."""
    content = response.content
    if b'"error"' not in content:  # cheap test first: success bodies almost never contain it
        return None
    body = _load_lenient(content)  # SendGrid's own v2 samples have trailing commas
    if isinstance(body, dict) and body.get("message") == "error":
        return BadRequestError(response)
    return None


def _load_lenient(content: bytes) -> Any:
    text = content.decode("utf-8", "replace")
    try:
        return json.loads(text)
    except _UNPARSABLE:
        pass
    try:
        return json.loads(_TRAILING_COMMA.sub(r"\1", text))
    except _UNPARSABLE:
        return None


def _as_text(value: Any) -> str:
    try:
        return json.dumps(value)
    except _UNPARSABLE:  # nested as deep as json.loads allows: too deep to encode again
        return "(unreadable message)"


def _detail(entry: Any) -> ErrorDetail | None:
    if isinstance(entry, str):
        return ErrorDetail(message=entry)
    if isinstance(entry, dict):
        message = entry.get("message")
        field = entry.get("field")
        return ErrorDetail(
            message=message if isinstance(message, str) else _as_text(message),
            field=field if isinstance(field, str) else None,
            help=entry.get("help"),
        )
    return None


def parse_error_body(content: bytes) -> tuple[list[ErrorDetail], str | None]:
    """The error entries and v3 error id in a body; ([], None) when it holds none."""
    if not content:
        return [], None
    body = _load_lenient(content)
    if not isinstance(body, dict):
        return [], None
    error_id = body.get("id")
    details: list[ErrorDetail] = []
    errors = body.get("errors")
    if isinstance(errors, list):
        details = [detail for detail in map(_detail, errors) if detail is not None]
    elif isinstance(body.get("error"), str):
        details = [ErrorDetail(message=body["error"])]
    message = body.get("message")
    if not details and isinstance(message, str) and message not in ("error", "success"):
        details = [ErrorDetail(message=message)]
    return details, error_id if isinstance(error_id, str) else None


# What the package re-exports from this module (`sendgrid_reseller.errors` and the package root):
# the generator reads this list (generator/runtime_exports.py), so a new exception is named here only.
__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "ErrorDetail",
    "InternalServerError",
    "InvalidRequestError",
    "MalformedResponseError",
    "MethodNotAllowedError",
    "NotFoundError",
    "PaginationError",
    "PayloadTooLargeError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseTooLargeError",
    "SendGridError",
    "ServerError",
    "TransportError",
    "UnexpectedStatus",
    "UnprocessableEntityError",
]
