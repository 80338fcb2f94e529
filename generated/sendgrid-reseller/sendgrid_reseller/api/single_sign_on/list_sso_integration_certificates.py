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
from ...types import Response

OPERATION = Operation(
    name="list_sso_integration_certificates",
    api="v3",
    method="GET",
    path="/v3/sso/integrations/{integration_id}/certificates",
    idempotent=True,
    paginated=False,
)


def _get_kwargs(
    integration_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/sso/integrations/{integration_id}/certificates".format(
            integration_id=quote(str(integration_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> list[SsoCertificate]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = SsoCertificate.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[list[SsoCertificate]]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


def sync_detailed(
    client: Client,
    /,
    integration_id: str,
    *,
    options: RequestOptions | None = None,
) -> Response[list[SsoCertificate]]:
    """An integration's certificates

     Every certificate uploaded for one integration.

    Args:
        integration_id (str):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[list[SsoCertificate]]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs(
        integration_id=integration_id,
    )
    response = client.send(OPERATION, kwargs, options)
    return _build_response(response)


def sync(
    client: Client,
    /,
    integration_id: str,
    *,
    options: RequestOptions | None = None,
) -> list[SsoCertificate]:
    """An integration's certificates

     Every certificate uploaded for one integration.

    Args:
        integration_id (str):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        list[SsoCertificate]
    """

    return parse_answer(
        client.send(
            OPERATION,
            _get_kwargs(
                integration_id=integration_id,
            ),
            options,
        ),
        _parse_response,
    )


async def asyncio_detailed(
    client: Client,
    /,
    integration_id: str,
    *,
    options: RequestOptions | None = None,
) -> Response[list[SsoCertificate]]:
    """An integration's certificates

     Every certificate uploaded for one integration.

    Args:
        integration_id (str):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[list[SsoCertificate]]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs(
        integration_id=integration_id,
    )
    response = await client.asend(OPERATION, kwargs, options)
    return _build_response(response)


async def asyncio(
    client: Client,
    /,
    integration_id: str,
    *,
    options: RequestOptions | None = None,
) -> list[SsoCertificate]:
    """An integration's certificates

     Every certificate uploaded for one integration.

    Args:
        integration_id (str):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        list[SsoCertificate]
    """

    return parse_answer(
        await client.asend(
            OPERATION,
            _get_kwargs(
                integration_id=integration_id,
            ),
            options,
        ),
        _parse_response,
    )
