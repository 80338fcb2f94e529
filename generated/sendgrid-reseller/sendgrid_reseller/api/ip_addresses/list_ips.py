# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx

from ... import errors
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.response import parse_answer
from ...client import Client
from ...models.ip_address import IpAddress
from ...models.sort_direction import SortDirection
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    name="list_ips",
    api="v3",
    method="GET",
    path="/v3/ips",
    idempotent=True,
    paginated=True,
)


def _get_kwargs(
    *,
    ip: str | Unset = UNSET,
    exclude_whitelabels: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    subuser: str | Unset = UNSET,
    sort_by_direction: SortDirection | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["ip"] = ip

    params["exclude_whitelabels"] = exclude_whitelabels

    params["limit"] = limit

    params["offset"] = offset

    params["subuser"] = subuser

    json_sort_by_direction: str | Unset = UNSET
    if not isinstance(sort_by_direction, Unset):
        json_sort_by_direction = sort_by_direction

    params["sort_by_direction"] = json_sort_by_direction

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/ips",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> list[IpAddress]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = IpAddress.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[list[IpAddress]]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


def sync_detailed(
    client: Client,
    /,
    *,
    ip: str | Unset = UNSET,
    exclude_whitelabels: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    subuser: str | Unset = UNSET,
    sort_by_direction: SortDirection | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[list[IpAddress]]:
    """List IP addresses

     Every assigned and unassigned IP with its warm-up state, pools, subusers and reverse DNS, a page at
    a time (limit/offset, Link header).

    Args:
        ip (str | Unset):
        exclude_whitelabels (bool | Unset):
        limit (int | Unset):
        offset (int | Unset):
        subuser (str | Unset):
        sort_by_direction (SortDirection | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[list[IpAddress]]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs(
        ip=ip,
        exclude_whitelabels=exclude_whitelabels,
        limit=limit,
        offset=offset,
        subuser=subuser,
        sort_by_direction=sort_by_direction,
    )
    response = client.send(OPERATION, kwargs, options)
    return _build_response(response)


def sync(
    client: Client,
    /,
    *,
    ip: str | Unset = UNSET,
    exclude_whitelabels: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    subuser: str | Unset = UNSET,
    sort_by_direction: SortDirection | Unset = UNSET,
    options: RequestOptions | None = None,
) -> list[IpAddress]:
    """List IP addresses

     Every assigned and unassigned IP with its warm-up state, pools, subusers and reverse DNS, a page at
    a time (limit/offset, Link header).

    Args:
        ip (str | Unset):
        exclude_whitelabels (bool | Unset):
        limit (int | Unset):
        offset (int | Unset):
        subuser (str | Unset):
        sort_by_direction (SortDirection | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        list[IpAddress]
    """

    return parse_answer(
        client.send(
            OPERATION,
            _get_kwargs(
                ip=ip,
                exclude_whitelabels=exclude_whitelabels,
                limit=limit,
                offset=offset,
                subuser=subuser,
                sort_by_direction=sort_by_direction,
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
    exclude_whitelabels: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    subuser: str | Unset = UNSET,
    sort_by_direction: SortDirection | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[list[IpAddress]]:
    """List IP addresses

     Every assigned and unassigned IP with its warm-up state, pools, subusers and reverse DNS, a page at
    a time (limit/offset, Link header).

    Args:
        ip (str | Unset):
        exclude_whitelabels (bool | Unset):
        limit (int | Unset):
        offset (int | Unset):
        subuser (str | Unset):
        sort_by_direction (SortDirection | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[list[IpAddress]]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs(
        ip=ip,
        exclude_whitelabels=exclude_whitelabels,
        limit=limit,
        offset=offset,
        subuser=subuser,
        sort_by_direction=sort_by_direction,
    )
    response = await client.asend(OPERATION, kwargs, options)
    return _build_response(response)


async def asyncio(
    client: Client,
    /,
    *,
    ip: str | Unset = UNSET,
    exclude_whitelabels: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    subuser: str | Unset = UNSET,
    sort_by_direction: SortDirection | Unset = UNSET,
    options: RequestOptions | None = None,
) -> list[IpAddress]:
    """List IP addresses

     Every assigned and unassigned IP with its warm-up state, pools, subusers and reverse DNS, a page at
    a time (limit/offset, Link header).

    Args:
        ip (str | Unset):
        exclude_whitelabels (bool | Unset):
        limit (int | Unset):
        offset (int | Unset):
        subuser (str | Unset):
        sort_by_direction (SortDirection | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        list[IpAddress]
    """

    return parse_answer(
        await client.asend(
            OPERATION,
            _get_kwargs(
                ip=ip,
                exclude_whitelabels=exclude_whitelabels,
                limit=limit,
                offset=offset,
                subuser=subuser,
                sort_by_direction=sort_by_direction,
            ),
            options,
        ),
        _parse_response,
    )


def iter_pages(
    client: Client,
    /,
    *,
    ip: str | Unset = UNSET,
    exclude_whitelabels: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    subuser: str | Unset = UNSET,
    sort_by_direction: SortDirection | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Iterator[Response[list[IpAddress]]]:
    """Every page of this list, following the Link header's rel="next", one page in memory at a time."""
    kwargs = _get_kwargs(
        ip=ip,
        exclude_whitelabels=exclude_whitelabels,
        limit=limit,
        offset=offset,
        subuser=subuser,
        sort_by_direction=sort_by_direction,
    )
    for response in client.paginate(OPERATION, kwargs, options):
        page = _build_response(response)
        del response  # one page in memory at a time
        yield page
        del page


def iter_items(
    client: Client,
    /,
    *,
    ip: str | Unset = UNSET,
    exclude_whitelabels: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    subuser: str | Unset = UNSET,
    sort_by_direction: SortDirection | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Iterator[IpAddress]:
    """Every record of this list, across all pages."""
    for page in iter_pages(
        client,
        ip=ip,
        exclude_whitelabels=exclude_whitelabels,
        limit=limit,
        offset=offset,
        subuser=subuser,
        sort_by_direction=sort_by_direction,
        options=options,
    ):
        records = page.parsed
        del page  # the records outlive their page only until the next one is fetched
        yield from records
        del records


async def aiter_pages(
    client: Client,
    /,
    *,
    ip: str | Unset = UNSET,
    exclude_whitelabels: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    subuser: str | Unset = UNSET,
    sort_by_direction: SortDirection | Unset = UNSET,
    options: RequestOptions | None = None,
) -> AsyncIterator[Response[list[IpAddress]]]:
    """Every page of this list (async), following the Link header's rel="next"."""
    kwargs = _get_kwargs(
        ip=ip,
        exclude_whitelabels=exclude_whitelabels,
        limit=limit,
        offset=offset,
        subuser=subuser,
        sort_by_direction=sort_by_direction,
    )
    async for response in client.apaginate(OPERATION, kwargs, options):
        page = _build_response(response)
        del response  # one page in memory at a time
        yield page
        del page


async def aiter_items(
    client: Client,
    /,
    *,
    ip: str | Unset = UNSET,
    exclude_whitelabels: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    subuser: str | Unset = UNSET,
    sort_by_direction: SortDirection | Unset = UNSET,
    options: RequestOptions | None = None,
) -> AsyncIterator[IpAddress]:
    """Every record of this list (async), across all pages."""
    async for page in aiter_pages(
        client,
        ip=ip,
        exclude_whitelabels=exclude_whitelabels,
        limit=limit,
        offset=offset,
        subuser=subuser,
        sort_by_direction=sort_by_direction,
        options=options,
    ):
        records = page.parsed
        del page
        for item in records:
            yield item
        del records
