# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions, call_options
from ..._runtime.response import parse_answer, read_json
from ..._runtime.urls import path_segment
from ...client import Client
from ...models.sso_certificate import SsoCertificate
from ...types import Response

OPERATION = Operation(
    name="get_sso_certificate",
    api="v3",
    method="GET",
    path="/v3/sso/certificates/{cert_id}",
    idempotent=True,
    paginated=False,
)


def _get_kwargs(
    cert_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/sso/certificates/{cert_id}".format(
            cert_id=path_segment("cert_id", cert_id),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> SsoCertificate:
    if response.status_code == 200:
        response_200 = SsoCertificate.from_dict(read_json(response))

        return response_200

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[SsoCertificate]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


def sync_detailed(
    client: Client,
    /,
    cert_id: str,
    *,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[SsoCertificate]:
    """Get an SSO certificate.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: GET /v3/sso/certificates/{cert_id}; the client adds Authorization: Bearer with the
    API key.

    Args:
        The same as `client.sso.certificates.get` takes; `help()` on it describes each one.

    Returns:
        Response[SsoCertificate]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.sso.certificates.get_detailed(cert_id)
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        cert_id=cert_id,
    )
    return _build_response(client.send(OPERATION, kwargs, options))


def sync(
    client: Client,
    /,
    cert_id: str,
    *,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> SsoCertificate:
    """Get an SSO certificate.

    The certificate, its validity period and its integration.

    Wire request: GET /v3/sso/certificates/{cert_id}; the client adds Authorization: Bearer with the
    API key.

    Args:
        cert_id (str): The `cert_id` path segment. Required.
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        SsoCertificate: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.sso.certificates.get(cert_id)
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        cert_id=cert_id,
    )
    return parse_answer(client.send(OPERATION, kwargs, options), _parse_response)


async def asyncio_detailed(
    client: Client,
    /,
    cert_id: str,
    *,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[SsoCertificate]:
    """Get an SSO certificate.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: GET /v3/sso/certificates/{cert_id}; the client adds Authorization: Bearer with the
    API key.

    Args:
        The same as `client.sso.certificates.get` takes; `help()` on it describes each one.

    Returns:
        Response[SsoCertificate]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.sso.certificates.get_detailed(cert_id)
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        cert_id=cert_id,
    )
    return _build_response(await client.asend(OPERATION, kwargs, options))


async def asyncio(
    client: Client,
    /,
    cert_id: str,
    *,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> SsoCertificate:
    """Get an SSO certificate.

    The certificate, its validity period and its integration.

    Wire request: GET /v3/sso/certificates/{cert_id}; the client adds Authorization: Bearer with the
    API key.

    Args:
        cert_id (str): The `cert_id` path segment. Required.
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        SsoCertificate: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.sso.certificates.get(cert_id)
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        cert_id=cert_id,
    )
    return parse_answer(await client.asend(OPERATION, kwargs, options), _parse_response)
