# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""Every exception the client raises; catch `SendGridError` for all of them."""

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

__all__ = [
    "APIError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ErrorDetail",
    "InvalidRequestError",
    "MalformedResponseError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseTooLargeError",
    "SendGridError",
    "ServerError",
    "TransportError",
    "UnexpectedStatus",
]
