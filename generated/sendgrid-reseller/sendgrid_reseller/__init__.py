# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""sendgrid-reseller: a typed client for SendGrid's v2 Reseller API and v3 API.

Start with `SendGrid` (or `AsyncSendGrid`): `SendGrid(api_key=...).reseller.customers.list()`.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

from ._version import __version__

if TYPE_CHECKING:
    from ._facade import (
        AsyncSendGrid,
        SendGrid,
    )
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
    from ._runtime.page import (
        AsyncPage,
        SyncPage,
    )
    from ._runtime.policy import RetryPolicy
    from ._runtime.response import Response
    from ._runtime.webhook_signature import (
        EventWebhookVerifier,
        InvalidSignatureError,
        StaleTimestampError,
        WebhookVerificationError,
    )

# Every public name is imported when first used (PEP 562): `import sendgrid_reseller` alone loads
# nothing but this module and the version, and a program pays only for what it names (httpx comes
# with the first client or error class, page objects with the first list call, webhook signature
# checks with the verifier). Type checkers and IDEs read the imports above.
_MODULE_OF = {
    "AsyncSendGrid": "_facade",
    "SendGrid": "_facade",
    "Client": "_runtime.client",
    "APIConnectionError": "_runtime.errors",
    "APIError": "_runtime.errors",
    "APITimeoutError": "_runtime.errors",
    "AuthenticationError": "_runtime.errors",
    "BadRequestError": "_runtime.errors",
    "ConfigurationError": "_runtime.errors",
    "ConflictError": "_runtime.errors",
    "ErrorDetail": "_runtime.errors",
    "InternalServerError": "_runtime.errors",
    "InvalidRequestError": "_runtime.errors",
    "MalformedResponseError": "_runtime.errors",
    "MethodNotAllowedError": "_runtime.errors",
    "NotFoundError": "_runtime.errors",
    "PaginationError": "_runtime.errors",
    "PayloadTooLargeError": "_runtime.errors",
    "PermissionDeniedError": "_runtime.errors",
    "RateLimitError": "_runtime.errors",
    "ResponseTooLargeError": "_runtime.errors",
    "SendGridError": "_runtime.errors",
    "ServerError": "_runtime.errors",
    "TransportError": "_runtime.errors",
    "UnexpectedStatus": "_runtime.errors",
    "UnprocessableEntityError": "_runtime.errors",
    "RequestOptions": "_runtime.options",
    "AsyncPage": "_runtime.page",
    "SyncPage": "_runtime.page",
    "RetryPolicy": "_runtime.policy",
    "Response": "_runtime.response",
    "EventWebhookVerifier": "_runtime.webhook_signature",
    "InvalidSignatureError": "_runtime.webhook_signature",
    "StaleTimestampError": "_runtime.webhook_signature",
    "WebhookVerificationError": "_runtime.webhook_signature",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


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
