# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""sendgrid-reseller: a typed client for SendGrid's v2 Reseller API and v3 API.

Start with `SendGrid` (or `AsyncSendGrid`): `SendGrid(api_key=...).reseller.customers.list()`.
"""

from importlib import import_module
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
    from ._runtime.page import AsyncPage, SyncPage
    from ._runtime.webhook_signature import (
        EventWebhookVerifier,
        InvalidSignatureError,
        StaleTimestampError,
        WebhookVerificationError,
    )

# Imported when first named (module-level __getattr__): page objects come with the first list
# call, and most programs never verify a webhook, so `import sendgrid_reseller` skips both.
_LAZY_MODULE_OF = {
    "AsyncPage": "page",
    "SyncPage": "page",
    "EventWebhookVerifier": "webhook_signature",
    "InvalidSignatureError": "webhook_signature",
    "StaleTimestampError": "webhook_signature",
    "WebhookVerificationError": "webhook_signature",
}


def __getattr__(name: str) -> Any:
    module = _LAZY_MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}._runtime.{module}"), name)
    globals()[name] = value
    return value


__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AsyncPage",
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
    "SyncPage",
    "TransportError",
    "UnexpectedStatus",
    "UnprocessableEntityError",
    "WebhookVerificationError",
    "__version__",
]
