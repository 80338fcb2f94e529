# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from collections.abc import Mapping
from typing import Any, overload

import httpx

from ... import errors
from ..._runtime.arguments import body_from_fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions, call_options
from ..._runtime.response import parse_answer, read_json
from ...client import Client
from ...models.sso_certificate import SsoCertificate
from ...models.sso_certificate_create import SsoCertificateCreate
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    name="create_sso_certificate",
    api="v3",
    method="POST",
    path="/v3/sso/certificates",
    idempotent=False,
    paginated=False,
)


def _get_kwargs(
    *,
    body: SsoCertificateCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/sso/certificates",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> SsoCertificate:
    if response.status_code == 200:
        response_200 = SsoCertificate.from_dict(read_json(response))

        return response_200

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[SsoCertificate]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


@overload
def sync_detailed(
    client: Client,
    /,
    *,
    public_certificate: str,
    integration_id: str,
    enabled: bool | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[SsoCertificate]: ...


@overload
def sync_detailed(
    client: Client,
    /,
    *,
    body: SsoCertificateCreate,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[SsoCertificate]: ...


def sync_detailed(
    client: Client,
    /,
    *,
    public_certificate: str | Unset = UNSET,
    integration_id: str | Unset = UNSET,
    enabled: bool | Unset = UNSET,
    body: SsoCertificateCreate | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[SsoCertificate]:
    """Add an SSO certificate.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: POST /v3/sso/certificates; the client adds Authorization: Bearer with the API key.

    Args:
        The same as `client.sso.certificates.create` takes; `help()` on it describes each one.

    Returns:
        Response[SsoCertificate]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.sso.certificates.create_detailed(public_certificate=public_certificate, integration_id=integration_id)
    """

    return _sync_detailed_impl(
        client,
        public_certificate=public_certificate,
        integration_id=integration_id,
        enabled=enabled,
        body=body,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        options=options,
    )


def _sync_detailed_impl(
    client: Client,
    /,
    *,
    public_certificate: str | Unset = UNSET,
    integration_id: str | Unset = UNSET,
    enabled: bool | Unset = UNSET,
    body: SsoCertificateCreate | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[SsoCertificate]:
    body = body_from_fields(
        OPERATION,
        SsoCertificateCreate,
        body,
        {
            "public_certificate": public_certificate,
            "integration_id": integration_id,
            "enabled": enabled,
        },
        (
            "public_certificate",
            "integration_id",
        ),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        body=body,
    )
    return _build_response(client.send(OPERATION, kwargs, options))


@overload
def sync(
    client: Client,
    /,
    *,
    public_certificate: str,
    integration_id: str,
    enabled: bool | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> SsoCertificate: ...


@overload
def sync(
    client: Client,
    /,
    *,
    body: SsoCertificateCreate,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> SsoCertificate: ...


def sync(
    client: Client,
    /,
    *,
    public_certificate: str | Unset = UNSET,
    integration_id: str | Unset = UNSET,
    enabled: bool | Unset = UNSET,
    body: SsoCertificateCreate | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> SsoCertificate:
    """Add an SSO certificate.

    Uploads the identity provider's x509 signing certificate for an integration.

    Wire request: POST /v3/sso/certificates; the client adds Authorization: Bearer with the API key.

    Args:
        public_certificate (str): The x509 certificate (PEM). Required.
        integration_id (str): The `integration_id` JSON field. Required.
        enabled (bool | Unset): The `enabled` JSON field.
        body (SsoCertificateCreate): The whole request as one model, instead of the
            fields above (not both).
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        extra_body (Mapping[str, Any] | None): More body fields for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        SsoCertificate: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.sso.certificates.create(public_certificate=public_certificate, integration_id=integration_id)
    """

    return _sync_impl(
        client,
        public_certificate=public_certificate,
        integration_id=integration_id,
        enabled=enabled,
        body=body,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        options=options,
    )


def _sync_impl(
    client: Client,
    /,
    *,
    public_certificate: str | Unset = UNSET,
    integration_id: str | Unset = UNSET,
    enabled: bool | Unset = UNSET,
    body: SsoCertificateCreate | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> SsoCertificate:
    body = body_from_fields(
        OPERATION,
        SsoCertificateCreate,
        body,
        {
            "public_certificate": public_certificate,
            "integration_id": integration_id,
            "enabled": enabled,
        },
        (
            "public_certificate",
            "integration_id",
        ),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        body=body,
    )
    return parse_answer(client.send(OPERATION, kwargs, options), _parse_response)


@overload
async def asyncio_detailed(
    client: Client,
    /,
    *,
    public_certificate: str,
    integration_id: str,
    enabled: bool | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[SsoCertificate]: ...


@overload
async def asyncio_detailed(
    client: Client,
    /,
    *,
    body: SsoCertificateCreate,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[SsoCertificate]: ...


async def asyncio_detailed(
    client: Client,
    /,
    *,
    public_certificate: str | Unset = UNSET,
    integration_id: str | Unset = UNSET,
    enabled: bool | Unset = UNSET,
    body: SsoCertificateCreate | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[SsoCertificate]:
    """Add an SSO certificate.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: POST /v3/sso/certificates; the client adds Authorization: Bearer with the API key.

    Args:
        The same as `client.sso.certificates.create` takes; `help()` on it describes each one.

    Returns:
        Response[SsoCertificate]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.sso.certificates.create_detailed(public_certificate=public_certificate, integration_id=integration_id)
    """

    return await _asyncio_detailed_impl(
        client,
        public_certificate=public_certificate,
        integration_id=integration_id,
        enabled=enabled,
        body=body,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        options=options,
    )


async def _asyncio_detailed_impl(
    client: Client,
    /,
    *,
    public_certificate: str | Unset = UNSET,
    integration_id: str | Unset = UNSET,
    enabled: bool | Unset = UNSET,
    body: SsoCertificateCreate | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[SsoCertificate]:
    body = body_from_fields(
        OPERATION,
        SsoCertificateCreate,
        body,
        {
            "public_certificate": public_certificate,
            "integration_id": integration_id,
            "enabled": enabled,
        },
        (
            "public_certificate",
            "integration_id",
        ),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        body=body,
    )
    return _build_response(await client.asend(OPERATION, kwargs, options))


@overload
async def asyncio(
    client: Client,
    /,
    *,
    public_certificate: str,
    integration_id: str,
    enabled: bool | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> SsoCertificate: ...


@overload
async def asyncio(
    client: Client,
    /,
    *,
    body: SsoCertificateCreate,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> SsoCertificate: ...


async def asyncio(
    client: Client,
    /,
    *,
    public_certificate: str | Unset = UNSET,
    integration_id: str | Unset = UNSET,
    enabled: bool | Unset = UNSET,
    body: SsoCertificateCreate | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> SsoCertificate:
    """Add an SSO certificate.

    Uploads the identity provider's x509 signing certificate for an integration.

    Wire request: POST /v3/sso/certificates; the client adds Authorization: Bearer with the API key.

    Args:
        public_certificate (str): The x509 certificate (PEM). Required.
        integration_id (str): The `integration_id` JSON field. Required.
        enabled (bool | Unset): The `enabled` JSON field.
        body (SsoCertificateCreate): The whole request as one model, instead of the
            fields above (not both).
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        extra_body (Mapping[str, Any] | None): More body fields for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        SsoCertificate: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.sso.certificates.create(public_certificate=public_certificate, integration_id=integration_id)
    """

    return await _asyncio_impl(
        client,
        public_certificate=public_certificate,
        integration_id=integration_id,
        enabled=enabled,
        body=body,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        options=options,
    )


async def _asyncio_impl(
    client: Client,
    /,
    *,
    public_certificate: str | Unset = UNSET,
    integration_id: str | Unset = UNSET,
    enabled: bool | Unset = UNSET,
    body: SsoCertificateCreate | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> SsoCertificate:
    body = body_from_fields(
        OPERATION,
        SsoCertificateCreate,
        body,
        {
            "public_certificate": public_certificate,
            "integration_id": integration_id,
            "enabled": enabled,
        },
        (
            "public_certificate",
            "integration_id",
        ),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        body=body,
    )
    return parse_answer(await client.asend(OPERATION, kwargs, options), _parse_response)
