# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.response import parse_answer
from ...client import Client
from ...models.sso_certificate import SsoCertificate
from ...models.sso_certificate_update import SsoCertificateUpdate
from ...types import Response

OPERATION = Operation(
    name="update_sso_certificate",
    api="v3",
    method="PATCH",
    path="/v3/sso/certificates/{cert_id}",
    idempotent=False,
    paginated=False,
)


def _get_kwargs(
    cert_id: str,
    *,
    body: SsoCertificateUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v3/sso/certificates/{cert_id}".format(
            cert_id=quote(str(cert_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> SsoCertificate:
    if response.status_code == 200:
        response_200 = SsoCertificate.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[SsoCertificate]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


def sync_detailed(
    client: Client,
    /,
    cert_id: str,
    *,
    body: SsoCertificateUpdate,
    options: RequestOptions | None = None,
) -> Response[SsoCertificate]:
    """Change an SSO certificate

     Replaces the certificate, turns it on or off, or moves it to another integration.

    Args:
        cert_id (str):
        body (SsoCertificateUpdate):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[SsoCertificate]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs(
        cert_id=cert_id,
        body=body,
    )
    response = client.send(OPERATION, kwargs, options)
    return _build_response(response)


def sync(
    client: Client,
    /,
    cert_id: str,
    *,
    body: SsoCertificateUpdate,
    options: RequestOptions | None = None,
) -> SsoCertificate:
    """Change an SSO certificate

     Replaces the certificate, turns it on or off, or moves it to another integration.

    Args:
        cert_id (str):
        body (SsoCertificateUpdate):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        SsoCertificate
    """

    return parse_answer(
        client.send(
            OPERATION,
            _get_kwargs(
                cert_id=cert_id,
                body=body,
            ),
            options,
        ),
        _parse_response,
    )


async def asyncio_detailed(
    client: Client,
    /,
    cert_id: str,
    *,
    body: SsoCertificateUpdate,
    options: RequestOptions | None = None,
) -> Response[SsoCertificate]:
    """Change an SSO certificate

     Replaces the certificate, turns it on or off, or moves it to another integration.

    Args:
        cert_id (str):
        body (SsoCertificateUpdate):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[SsoCertificate]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs(
        cert_id=cert_id,
        body=body,
    )
    response = await client.asend(OPERATION, kwargs, options)
    return _build_response(response)


async def asyncio(
    client: Client,
    /,
    cert_id: str,
    *,
    body: SsoCertificateUpdate,
    options: RequestOptions | None = None,
) -> SsoCertificate:
    """Change an SSO certificate

     Replaces the certificate, turns it on or off, or moves it to another integration.

    Args:
        cert_id (str):
        body (SsoCertificateUpdate):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        SsoCertificate
    """

    return parse_answer(
        await client.asend(
            OPERATION,
            _get_kwargs(
                cert_id=cert_id,
                body=body,
            ),
            options,
        ),
        _parse_response,
    )
