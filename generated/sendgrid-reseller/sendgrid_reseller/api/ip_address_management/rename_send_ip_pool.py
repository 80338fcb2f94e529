# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.response import parse_answer
from ...client import Client
from ...models.send_ip_pool import SendIpPool
from ...models.send_ip_pool_name import SendIpPoolName
from ...types import Response

OPERATION = Operation(
    name="rename_send_ip_pool",
    api="v3",
    method="PUT",
    path="/v3/send_ips/pools/{poolid}",
    idempotent=True,
    paginated=False,
)


def _get_kwargs(
    poolid: str,
    *,
    body: SendIpPoolName,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v3/send_ips/pools/{poolid}".format(
            poolid=quote(str(poolid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> SendIpPool:
    if response.status_code == 200:
        response_200 = SendIpPool.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[SendIpPool]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


def sync_detailed(
    client: Client,
    /,
    poolid: str,
    *,
    body: SendIpPoolName,
    options: RequestOptions | None = None,
) -> Response[SendIpPool]:
    """Rename an IP pool

     Gives the pool a new name (2 to 64 characters, not starting with a dot or a space).

    Args:
        poolid (str):
        body (SendIpPoolName):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[SendIpPool]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs(
        poolid=poolid,
        body=body,
    )
    response = client.send(OPERATION, kwargs, options)
    return _build_response(response)


def sync(
    client: Client,
    /,
    poolid: str,
    *,
    body: SendIpPoolName,
    options: RequestOptions | None = None,
) -> SendIpPool:
    """Rename an IP pool

     Gives the pool a new name (2 to 64 characters, not starting with a dot or a space).

    Args:
        poolid (str):
        body (SendIpPoolName):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        SendIpPool
    """

    return parse_answer(
        client.send(
            OPERATION,
            _get_kwargs(
                poolid=poolid,
                body=body,
            ),
            options,
        ),
        _parse_response,
    )


async def asyncio_detailed(
    client: Client,
    /,
    poolid: str,
    *,
    body: SendIpPoolName,
    options: RequestOptions | None = None,
) -> Response[SendIpPool]:
    """Rename an IP pool

     Gives the pool a new name (2 to 64 characters, not starting with a dot or a space).

    Args:
        poolid (str):
        body (SendIpPoolName):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[SendIpPool]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs(
        poolid=poolid,
        body=body,
    )
    response = await client.asend(OPERATION, kwargs, options)
    return _build_response(response)


async def asyncio(
    client: Client,
    /,
    poolid: str,
    *,
    body: SendIpPoolName,
    options: RequestOptions | None = None,
) -> SendIpPool:
    """Rename an IP pool

     Gives the pool a new name (2 to 64 characters, not starting with a dot or a space).

    Args:
        poolid (str):
        body (SendIpPoolName):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        SendIpPool
    """

    return parse_answer(
        await client.asend(
            OPERATION,
            _get_kwargs(
                poolid=poolid,
                body=body,
            ),
            options,
        ),
        _parse_response,
    )
