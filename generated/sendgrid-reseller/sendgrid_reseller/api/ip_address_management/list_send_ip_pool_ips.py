# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.response import parse_answer
from ...client import Client
from ...models.send_ip_pool_ip_list import SendIpPoolIpList
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    name="list_send_ip_pool_ips",
    api="v3",
    method="GET",
    path="/v3/send_ips/pools/{poolid}/ips",
    idempotent=True,
    paginated=False,
)


def _get_kwargs(
    poolid: str,
    *,
    limit: int | Unset = UNSET,
    after_key: str | Unset = UNSET,
    include_region: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["after_key"] = after_key

    params["include_region"] = include_region

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/send_ips/pools/{poolid}/ips".format(
            poolid=quote(str(poolid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> SendIpPoolIpList:
    if response.status_code == 200:
        response_200 = SendIpPoolIpList.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[SendIpPoolIpList]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


def sync_detailed(
    client: Client,
    /,
    poolid: str,
    *,
    limit: int | Unset = UNSET,
    after_key: str | Unset = UNSET,
    include_region: bool | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[SendIpPoolIpList]:
    """List the IPs of a pool

     Every IP in the pool with the pools each belongs to.

    Args:
        poolid (str):
        limit (int | Unset):
        after_key (str | Unset):
        include_region (bool | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[SendIpPoolIpList]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs(
        poolid=poolid,
        limit=limit,
        after_key=after_key,
        include_region=include_region,
    )
    response = client.send(OPERATION, kwargs, options)
    return _build_response(response)


def sync(
    client: Client,
    /,
    poolid: str,
    *,
    limit: int | Unset = UNSET,
    after_key: str | Unset = UNSET,
    include_region: bool | Unset = UNSET,
    options: RequestOptions | None = None,
) -> SendIpPoolIpList:
    """List the IPs of a pool

     Every IP in the pool with the pools each belongs to.

    Args:
        poolid (str):
        limit (int | Unset):
        after_key (str | Unset):
        include_region (bool | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        SendIpPoolIpList
    """

    return parse_answer(
        client.send(
            OPERATION,
            _get_kwargs(
                poolid=poolid,
                limit=limit,
                after_key=after_key,
                include_region=include_region,
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
    limit: int | Unset = UNSET,
    after_key: str | Unset = UNSET,
    include_region: bool | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[SendIpPoolIpList]:
    """List the IPs of a pool

     Every IP in the pool with the pools each belongs to.

    Args:
        poolid (str):
        limit (int | Unset):
        after_key (str | Unset):
        include_region (bool | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[SendIpPoolIpList]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs(
        poolid=poolid,
        limit=limit,
        after_key=after_key,
        include_region=include_region,
    )
    response = await client.asend(OPERATION, kwargs, options)
    return _build_response(response)


async def asyncio(
    client: Client,
    /,
    poolid: str,
    *,
    limit: int | Unset = UNSET,
    after_key: str | Unset = UNSET,
    include_region: bool | Unset = UNSET,
    options: RequestOptions | None = None,
) -> SendIpPoolIpList:
    """List the IPs of a pool

     Every IP in the pool with the pools each belongs to.

    Args:
        poolid (str):
        limit (int | Unset):
        after_key (str | Unset):
        include_region (bool | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        SendIpPoolIpList
    """

    return parse_answer(
        await client.asend(
            OPERATION,
            _get_kwargs(
                poolid=poolid,
                limit=limit,
                after_key=after_key,
                include_region=include_region,
            ),
            options,
        ),
        _parse_response,
    )
