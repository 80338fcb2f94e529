# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""sendgrid-reseller: a typed client for SendGrid's v2 Reseller API and v3 API.

Start with `SendGrid` (or `AsyncSendGrid`): `SendGrid(api_key=...).reseller.customers.list()`.
"""

from typing import TYPE_CHECKING, Any

from ._facade import AsyncSendGrid, SendGrid
from ._runtime.client import Client
from ._runtime.errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    ErrorDetail,
    InternalServerError,
    InvalidRequestError,
    MalformedResponseError,
    MethodNotAllowedError,
    NotFoundError,
    PaginationError,
    PayloadTooLargeError,
    PermissionDeniedError,
    RateLimitError,
    ResponseTooLargeError,
    SendGridError,
    ServerError,
    TransportError,
    UnexpectedStatus,
    UnprocessableEntityError,
)
from ._runtime.options import RequestOptions
from ._runtime.policy import RetryPolicy
from ._runtime.response import Response
from ._version import __version__

if TYPE_CHECKING:
    from ._runtime.webhook_signature import (
        EventWebhookVerifier,
        InvalidSignatureError,
        StaleTimestampError,
        WebhookVerificationError,
    )

# Webhook verification is imported when first named: most programs never verify a webhook.
_WEBHOOK_NAMES = frozenset(
    {"EventWebhookVerifier", "InvalidSignatureError", "StaleTimestampError", "WebhookVerificationError"}
)


def __getattr__(name: str) -> Any:
    if name in _WEBHOOK_NAMES:
        from ._runtime import webhook_signature

        value = getattr(webhook_signature, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AsyncSendGrid",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "ConfigurationError",
    "ConflictError",
    "ErrorDetail",
    "EventWebhookVerifier",
    "InternalServerError",
    "InvalidRequestError",
    "InvalidSignatureError",
    "MalformedResponseError",
    "MethodNotAllowedError",
    "NotFoundError",
    "PaginationError",
    "PayloadTooLargeError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestOptions",
    "Response",
    "ResponseTooLargeError",
    "RetryPolicy",
    "SendGrid",
    "SendGridError",
    "ServerError",
    "StaleTimestampError",
    "TransportError",
    "UnexpectedStatus",
    "UnprocessableEntityError",
    "WebhookVerificationError",
    "__version__",
]
