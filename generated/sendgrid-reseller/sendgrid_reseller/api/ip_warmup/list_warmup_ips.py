# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from typing import Any

import httpx

from ... import errors
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.response import parse_answer
from ...client import Client
from ...models.warmup_ip import WarmupIp
from ...types import Response

OPERATION = Operation(
    name="list_warmup_ips",
    api="v3",
    method="GET",
    path="/v3/ips/warmup",
    idempotent=True,
    paginated=False,
)


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/ips/warmup",
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> list[WarmupIp]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = WarmupIp.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[list[WarmupIp]]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


def sync_detailed(
    client: Client,
    /,
    *,
    options: RequestOptions | None = None,
) -> Response[list[WarmupIp]]:
    """List IPs in warm-up

     Every IP currently warming up.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[list[WarmupIp]]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs()
    response = client.send(OPERATION, kwargs, options)
    return _build_response(response)


def sync(
    client: Client,
    /,
    *,
    options: RequestOptions | None = None,
) -> list[WarmupIp]:
    """List IPs in warm-up

     Every IP currently warming up.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        list[WarmupIp]
    """

    return parse_answer(client.send(OPERATION, _get_kwargs(), options), _parse_response)


async def asyncio_detailed(
    client: Client,
    /,
    *,
    options: RequestOptions | None = None,
) -> Response[list[WarmupIp]]:
    """List IPs in warm-up

     Every IP currently warming up.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[list[WarmupIp]]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs()
    response = await client.asend(OPERATION, kwargs, options)
    return _build_response(response)


async def asyncio(
    client: Client,
    /,
    *,
    options: RequestOptions | None = None,
) -> list[WarmupIp]:
    """List IPs in warm-up

     Every IP currently warming up.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        list[WarmupIp]
    """

    return parse_answer(await client.asend(OPERATION, _get_kwargs(), options), _parse_response)
