# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from typing import Any

import httpx

from ... import errors
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.response import parse_answer
from ...client import Client
from ...models.send_ip_pool_list import SendIpPoolList
from ...models.send_ip_region_filter import SendIpRegionFilter
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    name="list_send_ip_pools",
    api="v3",
    method="GET",
    path="/v3/send_ips/pools",
    idempotent=True,
    paginated=False,
)


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    after_key: str | Unset = UNSET,
    ip: str | Unset = UNSET,
    region: SendIpRegionFilter | Unset = UNSET,
    include_region: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["after_key"] = after_key

    params["ip"] = ip

    json_region: str | Unset = UNSET
    if not isinstance(region, Unset):
        json_region = region

    params["region"] = json_region

    params["include_region"] = include_region

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/send_ips/pools",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> SendIpPoolList:
    if response.status_code == 200:
        response_200 = SendIpPoolList.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[SendIpPoolList]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


def sync_detailed(
    client: Client,
    /,
    *,
    limit: int | Unset = UNSET,
    after_key: str | Unset = UNSET,
    ip: str | Unset = UNSET,
    region: SendIpRegionFilter | Unset = UNSET,
    include_region: bool | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[SendIpPoolList]:
    """List IP pools

     Every pool with up to ten of its IPs and its IP count (an account has at most 100 pools).

    Args:
        limit (int | Unset):
        after_key (str | Unset):
        ip (str | Unset):
        region (SendIpRegionFilter | Unset):
        include_region (bool | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[SendIpPoolList]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs(
        limit=limit,
        after_key=after_key,
        ip=ip,
        region=region,
        include_region=include_region,
    )
    response = client.send(OPERATION, kwargs, options)
    return _build_response(response)


def sync(
    client: Client,
    /,
    *,
    limit: int | Unset = UNSET,
    after_key: str | Unset = UNSET,
    ip: str | Unset = UNSET,
    region: SendIpRegionFilter | Unset = UNSET,
    include_region: bool | Unset = UNSET,
    options: RequestOptions | None = None,
) -> SendIpPoolList:
    """List IP pools

     Every pool with up to ten of its IPs and its IP count (an account has at most 100 pools).

    Args:
        limit (int | Unset):
        after_key (str | Unset):
        ip (str | Unset):
        region (SendIpRegionFilter | Unset):
        include_region (bool | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        SendIpPoolList
    """

    return parse_answer(
        client.send(
            OPERATION,
            _get_kwargs(
                limit=limit,
                after_key=after_key,
                ip=ip,
                region=region,
                include_region=include_region,
            ),
            options,
        ),
        _parse_response,
    )


async def asyncio_detailed(
    client: Client,
    /,
    *,
    limit: int | Unset = UNSET,
    after_key: str | Unset = UNSET,
    ip: str | Unset = UNSET,
    region: SendIpRegionFilter | Unset = UNSET,
    include_region: bool | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[SendIpPoolList]:
    """List IP pools

     Every pool with up to ten of its IPs and its IP count (an account has at most 100 pools).

    Args:
        limit (int | Unset):
        after_key (str | Unset):
        ip (str | Unset):
        region (SendIpRegionFilter | Unset):
        include_region (bool | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[SendIpPoolList]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs(
        limit=limit,
        after_key=after_key,
        ip=ip,
        region=region,
        include_region=include_region,
    )
    response = await client.asend(OPERATION, kwargs, options)
    return _build_response(response)


async def asyncio(
    client: Client,
    /,
    *,
    limit: int | Unset = UNSET,
    after_key: str | Unset = UNSET,
    ip: str | Unset = UNSET,
    region: SendIpRegionFilter | Unset = UNSET,
    include_region: bool | Unset = UNSET,
    options: RequestOptions | None = None,
) -> SendIpPoolList:
    """List IP pools

     Every pool with up to ten of its IPs and its IP count (an account has at most 100 pools).

    Args:
        limit (int | Unset):
        after_key (str | Unset):
        ip (str | Unset):
        region (SendIpRegionFilter | Unset):
        include_region (bool | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        SendIpPoolList
    """

    return parse_answer(
        await client.asend(
            OPERATION,
            _get_kwargs(
                limit=limit,
                after_key=after_key,
                ip=ip,
                region=region,
                include_region=include_region,
            ),
            options,
        ),
        _parse_response,
    )
