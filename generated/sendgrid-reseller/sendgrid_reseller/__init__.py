# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""sendgrid-reseller: a typed client for SendGrid's v2 Reseller API and v3 API.

Start with `SendGrid` (or `AsyncSendGrid`): `SendGrid(api_key=...).reseller.customers.list()`.
"""

from ._facade import AsyncSendGrid, SendGrid
from ._runtime.client import Client
from ._runtime.errors import (
    APIError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ErrorDetail,
    InvalidRequestError,
    MalformedResponseError,
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
    ResponseTooLargeError,
    SendGridError,
    ServerError,
    TransportError,
    UnexpectedStatus,
)
from ._runtime.options import RequestOptions
from ._runtime.response import Response
from ._version import __version__

__all__ = [
    "APIError",
    "AsyncSendGrid",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "ConfigurationError",
    "ErrorDetail",
    "InvalidRequestError",
    "MalformedResponseError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestOptions",
    "Response",
    "ResponseTooLargeError",
    "SendGrid",
    "SendGridError",
    "ServerError",
    "TransportError",
    "UnexpectedStatus",
    "__version__",
]
