# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from typing import Any

import httpx

from ... import errors
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.response import parse_answer
from ...client import Client
from ...models.send_ip_list import SendIpList
from ...models.send_ip_region_filter import SendIpRegionFilter
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    name="list_send_ips",
    api="v3",
    method="GET",
    path="/v3/send_ips/ips",
    idempotent=True,
    paginated=False,
)


def _get_kwargs(
    *,
    ip: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    after_key: str | Unset = UNSET,
    before_key: str | Unset = UNSET,
    is_leased: bool | Unset = UNSET,
    is_enabled: bool | Unset = UNSET,
    is_parent_assigned: bool | Unset = UNSET,
    pool: str | Unset = UNSET,
    start_added_at: int | Unset = UNSET,
    end_added_at: int | Unset = UNSET,
    region: SendIpRegionFilter | Unset = UNSET,
    include_region: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["ip"] = ip

    params["limit"] = limit

    params["after_key"] = after_key

    params["before_key"] = before_key

    params["is_leased"] = is_leased

    params["is_enabled"] = is_enabled

    params["is_parent_assigned"] = is_parent_assigned

    params["pool"] = pool

    params["start_added_at"] = start_added_at

    params["end_added_at"] = end_added_at

    json_region: str | Unset = UNSET
    if not isinstance(region, Unset):
        json_region = region

    params["region"] = json_region

    params["include_region"] = include_region

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/send_ips/ips",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> SendIpList:
    if response.status_code == 200:
        response_200 = SendIpList.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[SendIpList]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


def sync_detailed(
    client: Client,
    /,
    *,
    ip: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    after_key: str | Unset = UNSET,
    before_key: str | Unset = UNSET,
    is_leased: bool | Unset = UNSET,
    is_enabled: bool | Unset = UNSET,
    is_parent_assigned: bool | Unset = UNSET,
    pool: str | Unset = UNSET,
    start_added_at: int | Unset = UNSET,
    end_added_at: int | Unset = UNSET,
    region: SendIpRegionFilter | Unset = UNSET,
    include_region: bool | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[SendIpList]:
    """List the account's IP addresses

     Every IP of the account with its pools, auto warm-up flag, parent assignment and dates, filtered by
    the query; pages follow `_metadata.next_params` (after_key or before_key).

    Args:
        ip (str | Unset):
        limit (int | Unset):
        after_key (str | Unset):
        before_key (str | Unset):
        is_leased (bool | Unset):
        is_enabled (bool | Unset):
        is_parent_assigned (bool | Unset):
        pool (str | Unset):
        start_added_at (int | Unset):
        end_added_at (int | Unset):
        region (SendIpRegionFilter | Unset):
        include_region (bool | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[SendIpList]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs(
        ip=ip,
        limit=limit,
        after_key=after_key,
        before_key=before_key,
        is_leased=is_leased,
        is_enabled=is_enabled,
        is_parent_assigned=is_parent_assigned,
        pool=pool,
        start_added_at=start_added_at,
        end_added_at=end_added_at,
        region=region,
        include_region=include_region,
    )
    response = client.send(OPERATION, kwargs, options)
    return _build_response(response)


def sync(
    client: Client,
    /,
    *,
    ip: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    after_key: str | Unset = UNSET,
    before_key: str | Unset = UNSET,
    is_leased: bool | Unset = UNSET,
    is_enabled: bool | Unset = UNSET,
    is_parent_assigned: bool | Unset = UNSET,
    pool: str | Unset = UNSET,
    start_added_at: int | Unset = UNSET,
    end_added_at: int | Unset = UNSET,
    region: SendIpRegionFilter | Unset = UNSET,
    include_region: bool | Unset = UNSET,
    options: RequestOptions | None = None,
) -> SendIpList:
    """List the account's IP addresses

     Every IP of the account with its pools, auto warm-up flag, parent assignment and dates, filtered by
    the query; pages follow `_metadata.next_params` (after_key or before_key).

    Args:
        ip (str | Unset):
        limit (int | Unset):
        after_key (str | Unset):
        before_key (str | Unset):
        is_leased (bool | Unset):
        is_enabled (bool | Unset):
        is_parent_assigned (bool | Unset):
        pool (str | Unset):
        start_added_at (int | Unset):
        end_added_at (int | Unset):
        region (SendIpRegionFilter | Unset):
        include_region (bool | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        SendIpList
    """

    return parse_answer(
        client.send(
            OPERATION,
            _get_kwargs(
                ip=ip,
                limit=limit,
                after_key=after_key,
                before_key=before_key,
                is_leased=is_leased,
                is_enabled=is_enabled,
                is_parent_assigned=is_parent_assigned,
                pool=pool,
                start_added_at=start_added_at,
                end_added_at=end_added_at,
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
    ip: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    after_key: str | Unset = UNSET,
    before_key: str | Unset = UNSET,
    is_leased: bool | Unset = UNSET,
    is_enabled: bool | Unset = UNSET,
    is_parent_assigned: bool | Unset = UNSET,
    pool: str | Unset = UNSET,
    start_added_at: int | Unset = UNSET,
    end_added_at: int | Unset = UNSET,
    region: SendIpRegionFilter | Unset = UNSET,
    include_region: bool | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[SendIpList]:
    """List the account's IP addresses

     Every IP of the account with its pools, auto warm-up flag, parent assignment and dates, filtered by
    the query; pages follow `_metadata.next_params` (after_key or before_key).

    Args:
        ip (str | Unset):
        limit (int | Unset):
        after_key (str | Unset):
        before_key (str | Unset):
        is_leased (bool | Unset):
        is_enabled (bool | Unset):
        is_parent_assigned (bool | Unset):
        pool (str | Unset):
        start_added_at (int | Unset):
        end_added_at (int | Unset):
        region (SendIpRegionFilter | Unset):
        include_region (bool | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[SendIpList]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs(
        ip=ip,
        limit=limit,
        after_key=after_key,
        before_key=before_key,
        is_leased=is_leased,
        is_enabled=is_enabled,
        is_parent_assigned=is_parent_assigned,
        pool=pool,
        start_added_at=start_added_at,
        end_added_at=end_added_at,
        region=region,
        include_region=include_region,
    )
    response = await client.asend(OPERATION, kwargs, options)
    return _build_response(response)


async def asyncio(
    client: Client,
    /,
    *,
    ip: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    after_key: str | Unset = UNSET,
    before_key: str | Unset = UNSET,
    is_leased: bool | Unset = UNSET,
    is_enabled: bool | Unset = UNSET,
    is_parent_assigned: bool | Unset = UNSET,
    pool: str | Unset = UNSET,
    start_added_at: int | Unset = UNSET,
    end_added_at: int | Unset = UNSET,
    region: SendIpRegionFilter | Unset = UNSET,
    include_region: bool | Unset = UNSET,
    options: RequestOptions | None = None,
) -> SendIpList:
    """List the account's IP addresses

     Every IP of the account with its pools, auto warm-up flag, parent assignment and dates, filtered by
    the query; pages follow `_metadata.next_params` (after_key or before_key).

    Args:
        ip (str | Unset):
        limit (int | Unset):
        after_key (str | Unset):
        before_key (str | Unset):
        is_leased (bool | Unset):
        is_enabled (bool | Unset):
        is_parent_assigned (bool | Unset):
        pool (str | Unset):
        start_added_at (int | Unset):
        end_added_at (int | Unset):
        region (SendIpRegionFilter | Unset):
        include_region (bool | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        SendIpList
    """

    return parse_answer(
        await client.asend(
            OPERATION,
            _get_kwargs(
                ip=ip,
                limit=limit,
                after_key=after_key,
                before_key=before_key,
                is_leased=is_leased,
                is_enabled=is_enabled,
                is_parent_assigned=is_parent_assigned,
                pool=pool,
                start_added_at=start_added_at,
                end_added_at=end_added_at,
                region=region,
                include_region=include_region,
            ),
            options,
        ),
        _parse_response,
    )
