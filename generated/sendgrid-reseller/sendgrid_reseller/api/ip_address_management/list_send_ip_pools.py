# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from collections.abc import Mapping
from typing import Any, cast

import httpx

from ... import errors
from ..._runtime.body_paging import BodyPaging, items_at
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions, call_options
from ..._runtime.page import AsyncPage, SyncPage
from ..._runtime.response import parse_answer, read_json
from ...client import Client
from ...models.send_ip_pool_list import SendIpPoolList
from ...models.send_ip_pool_summary import SendIpPoolSummary
from ...models.send_ip_region_filter import SendIpRegionFilter
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    name="list_send_ip_pools",
    api="v3",
    method="GET",
    path="/v3/send_ips/pools",
    idempotent=True,
    paginated=False,
    pagination=BodyPaging(
        cursor="after_key",
        items="/result",
        limit="limit",
        next_params="/_metadata/next_params",
        style="next_params",
    ),
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
        response_200 = SendIpPoolList.from_dict(read_json(response))

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
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[SendIpPoolList]:
    """List IP pools.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: GET /v3/send_ips/pools; the client adds Authorization: Bearer with the API key.

    Args:
        The same as `client.send_ips.pools.list` takes; `help()` on it describes each one.

    Returns:
        Response[SendIpPoolList]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.send_ips.pools.list_detailed()
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        limit=limit,
        after_key=after_key,
        ip=ip,
        region=region,
        include_region=include_region,
    )
    return _build_response(client.send(OPERATION, kwargs, options))


def sync(
    client: Client,
    /,
    *,
    limit: int | Unset = UNSET,
    after_key: str | Unset = UNSET,
    ip: str | Unset = UNSET,
    region: SendIpRegionFilter | Unset = UNSET,
    include_region: bool | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> SendIpPoolList:
    """List IP pools.

    Every pool with up to ten of its IPs and its IP count (an account has at most 100 pools).

    Wire request: GET /v3/send_ips/pools; the client adds Authorization: Bearer with the API key.

    Args:
        limit (int | Unset): Pools per page.
        after_key (str | Unset): Start after this item (the `after_key` of the previous answer's
            next_params).
        ip (str | Unset): Only pools holding this IP.
        region (SendIpRegionFilter | Unset): The `region` query parameter.
        include_region (bool | Unset): Add each IP's region (us or eu) to the answer (default
            false).
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        SendIpPoolList: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.send_ips.pools.list()
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        limit=limit,
        after_key=after_key,
        ip=ip,
        region=region,
        include_region=include_region,
    )
    return parse_answer(client.send(OPERATION, kwargs, options), _parse_response)


async def asyncio_detailed(
    client: Client,
    /,
    *,
    limit: int | Unset = UNSET,
    after_key: str | Unset = UNSET,
    ip: str | Unset = UNSET,
    region: SendIpRegionFilter | Unset = UNSET,
    include_region: bool | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[SendIpPoolList]:
    """List IP pools.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: GET /v3/send_ips/pools; the client adds Authorization: Bearer with the API key.

    Args:
        The same as `client.send_ips.pools.list` takes; `help()` on it describes each one.

    Returns:
        Response[SendIpPoolList]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.send_ips.pools.list_detailed()
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        limit=limit,
        after_key=after_key,
        ip=ip,
        region=region,
        include_region=include_region,
    )
    return _build_response(await client.asend(OPERATION, kwargs, options))


async def asyncio(
    client: Client,
    /,
    *,
    limit: int | Unset = UNSET,
    after_key: str | Unset = UNSET,
    ip: str | Unset = UNSET,
    region: SendIpRegionFilter | Unset = UNSET,
    include_region: bool | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> SendIpPoolList:
    """List IP pools.

    Every pool with up to ten of its IPs and its IP count (an account has at most 100 pools).

    Wire request: GET /v3/send_ips/pools; the client adds Authorization: Bearer with the API key.

    Args:
        limit (int | Unset): Pools per page.
        after_key (str | Unset): Start after this item (the `after_key` of the previous answer's
            next_params).
        ip (str | Unset): Only pools holding this IP.
        region (SendIpRegionFilter | Unset): The `region` query parameter.
        include_region (bool | Unset): Add each IP's region (us or eu) to the answer (default
            false).
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        SendIpPoolList: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.send_ips.pools.list()
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        limit=limit,
        after_key=after_key,
        ip=ip,
        region=region,
        include_region=include_region,
    )
    return parse_answer(await client.asend(OPERATION, kwargs, options), _parse_response)


def _parse_page(response: httpx.Response) -> list[SendIpPoolSummary]:
    return cast(list[SendIpPoolSummary], items_at(_parse_response(response), ("result",)))


def _build_page(response: httpx.Response) -> Response[list[SendIpPoolSummary]]:
    return Response.from_httpx(response, parse_answer(response, _parse_page))


def page(
    client: Client,
    /,
    *,
    limit: int | Unset = UNSET,
    after_key: str | Unset = UNSET,
    ip: str | Unset = UNSET,
    region: SendIpRegionFilter | Unset = UNSET,
    include_region: bool | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
    page_token: str | None = None,
) -> SyncPage[SendIpPoolSummary]:
    """List IP pools.

    Every pool with up to ten of its IPs and its IP count (an account has at most 100 pools).

    Returns the first page (or the one `page_token` names): iterate it for every record across
    pages, or use `pages()`, `has_next_page()`, `next_page()` and `next_page_token`.

    Wire request: GET /v3/send_ips/pools; the client adds Authorization: Bearer with the API key.

    Args:
        limit (int | Unset): Pools per page.
        after_key (str | Unset): Start after this item (the `after_key` of the previous answer's
            next_params).
        ip (str | Unset): Only pools holding this IP.
        region (SendIpRegionFilter | Unset): The `region` query parameter.
        include_region (bool | Unset): Add each IP's region (us or eu) to the answer (default
            false).
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.
        page_token (str | None): Start at the page an earlier page's `next_page_token` names.

    Returns:
        SyncPage[SendIpPoolSummary]: the page; its `items` are this page's records.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        for item in client.send_ips.pools.list():  # every record, page after page
            print(item)
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        limit=limit,
        after_key=after_key,
        ip=ip,
        region=region,
        include_region=include_region,
    )
    return SyncPage.first(
        client, OPERATION, kwargs, options, _build_page, walk="offset", offset_in="params", page_token=page_token
    )


async def apage(
    client: Client,
    /,
    *,
    limit: int | Unset = UNSET,
    after_key: str | Unset = UNSET,
    ip: str | Unset = UNSET,
    region: SendIpRegionFilter | Unset = UNSET,
    include_region: bool | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
    page_token: str | None = None,
) -> AsyncPage[SendIpPoolSummary]:
    """List IP pools.

    Every pool with up to ten of its IPs and its IP count (an account has at most 100 pools).

    Returns the first page (or the one `page_token` names): iterate it for every record across
    pages, or use `pages()`, `has_next_page()`, `next_page()` and `next_page_token`.

    Wire request: GET /v3/send_ips/pools; the client adds Authorization: Bearer with the API key.

    Args:
        limit (int | Unset): Pools per page.
        after_key (str | Unset): Start after this item (the `after_key` of the previous answer's
            next_params).
        ip (str | Unset): Only pools holding this IP.
        region (SendIpRegionFilter | Unset): The `region` query parameter.
        include_region (bool | Unset): Add each IP's region (us or eu) to the answer (default
            false).
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.
        page_token (str | None): Start at the page an earlier page's `next_page_token` names.

    Returns:
        AsyncPage[SendIpPoolSummary]: the page; its `items` are this page's records.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        page = await client.send_ips.pools.list()
        async for item in page:  # every record, page after page
            print(item)
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        limit=limit,
        after_key=after_key,
        ip=ip,
        region=region,
        include_region=include_region,
    )
    return await AsyncPage.first(
        client, OPERATION, kwargs, options, _build_page, walk="offset", offset_in="params", page_token=page_token
    )
