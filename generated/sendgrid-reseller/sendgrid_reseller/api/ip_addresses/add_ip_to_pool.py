# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from collections.abc import Mapping
from typing import Any, overload

import httpx

from ... import errors
from ..._runtime.arguments import body_from_fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions, call_options
from ..._runtime.response import parse_answer, read_json
from ..._runtime.urls import path_segment
from ...client import Client
from ...models.ip_pool_membership import IpPoolMembership
from ...models.pooled_ip import PooledIp
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    name="add_ip_to_pool",
    api="v3",
    method="POST",
    path="/v3/ips/pools/{pool_name}/ips",
    idempotent=False,
    paginated=False,
)


def _get_kwargs(
    pool_name: str,
    *,
    body: IpPoolMembership,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/ips/pools/{pool_name}/ips".format(
            pool_name=path_segment("pool_name", pool_name),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> PooledIp:
    if response.status_code == 201:
        response_201 = PooledIp.from_dict(read_json(response))

        return response_201

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[PooledIp]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


@overload
def sync_detailed(
    client: Client,
    /,
    pool_name: str,
    *,
    ip: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[PooledIp]: ...


@overload
def sync_detailed(
    client: Client,
    /,
    pool_name: str,
    *,
    body: IpPoolMembership,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[PooledIp]: ...


def sync_detailed(
    client: Client,
    /,
    pool_name: str,
    *,
    ip: str | Unset = UNSET,
    body: IpPoolMembership | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[PooledIp]:
    """Add an IP to a pool.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: POST /v3/ips/pools/{pool_name}/ips; the client adds Authorization: Bearer with the
    API key.

    Args:
        The same as `client.ips.pools.add_ip` takes; `help()` on it describes each one.

    Returns:
        Response[PooledIp]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.ips.pools.add_ip_detailed(pool_name, ip=ip)
    """

    return _sync_detailed_impl(
        client,
        ip=ip,
        pool_name=pool_name,
        body=body,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        options=options,
    )


def _sync_detailed_impl(
    client: Client,
    /,
    pool_name: str,
    *,
    ip: str | Unset = UNSET,
    body: IpPoolMembership | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[PooledIp]:
    body = body_from_fields(
        OPERATION,
        IpPoolMembership,
        body,
        {
            "ip": ip,
        },
        ("ip",),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        pool_name=pool_name,
        body=body,
    )
    return _build_response(client.send(OPERATION, kwargs, options))


@overload
def sync(
    client: Client,
    /,
    pool_name: str,
    *,
    ip: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> PooledIp: ...


@overload
def sync(
    client: Client,
    /,
    pool_name: str,
    *,
    body: IpPoolMembership,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> PooledIp: ...


def sync(
    client: Client,
    /,
    pool_name: str,
    *,
    ip: str | Unset = UNSET,
    body: IpPoolMembership | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> PooledIp:
    """Add an IP to a pool.

    Puts an enabled IP in the pool; it can take up to a minute to show. An IP may be in several
    pools.

    Wire request: POST /v3/ips/pools/{pool_name}/ips; the client adds Authorization: Bearer with the
    API key.

    Args:
        pool_name (str): The `pool_name` path segment. Required.
        ip (str): The `ip` JSON field. Required.
        body (IpPoolMembership): The whole request as one model, instead of the
            fields above (not both).
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        extra_body (Mapping[str, Any] | None): More body fields for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        PooledIp: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.ips.pools.add_ip(pool_name, ip=ip)
    """

    return _sync_impl(
        client,
        ip=ip,
        pool_name=pool_name,
        body=body,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        options=options,
    )


def _sync_impl(
    client: Client,
    /,
    pool_name: str,
    *,
    ip: str | Unset = UNSET,
    body: IpPoolMembership | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> PooledIp:
    body = body_from_fields(
        OPERATION,
        IpPoolMembership,
        body,
        {
            "ip": ip,
        },
        ("ip",),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        pool_name=pool_name,
        body=body,
    )
    return parse_answer(client.send(OPERATION, kwargs, options), _parse_response)


@overload
async def asyncio_detailed(
    client: Client,
    /,
    pool_name: str,
    *,
    ip: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[PooledIp]: ...


@overload
async def asyncio_detailed(
    client: Client,
    /,
    pool_name: str,
    *,
    body: IpPoolMembership,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[PooledIp]: ...


async def asyncio_detailed(
    client: Client,
    /,
    pool_name: str,
    *,
    ip: str | Unset = UNSET,
    body: IpPoolMembership | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[PooledIp]:
    """Add an IP to a pool.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: POST /v3/ips/pools/{pool_name}/ips; the client adds Authorization: Bearer with the
    API key.

    Args:
        The same as `client.ips.pools.add_ip` takes; `help()` on it describes each one.

    Returns:
        Response[PooledIp]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.ips.pools.add_ip_detailed(pool_name, ip=ip)
    """

    return await _asyncio_detailed_impl(
        client,
        ip=ip,
        pool_name=pool_name,
        body=body,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        options=options,
    )


async def _asyncio_detailed_impl(
    client: Client,
    /,
    pool_name: str,
    *,
    ip: str | Unset = UNSET,
    body: IpPoolMembership | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[PooledIp]:
    body = body_from_fields(
        OPERATION,
        IpPoolMembership,
        body,
        {
            "ip": ip,
        },
        ("ip",),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        pool_name=pool_name,
        body=body,
    )
    return _build_response(await client.asend(OPERATION, kwargs, options))


@overload
async def asyncio(
    client: Client,
    /,
    pool_name: str,
    *,
    ip: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> PooledIp: ...


@overload
async def asyncio(
    client: Client,
    /,
    pool_name: str,
    *,
    body: IpPoolMembership,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> PooledIp: ...


async def asyncio(
    client: Client,
    /,
    pool_name: str,
    *,
    ip: str | Unset = UNSET,
    body: IpPoolMembership | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> PooledIp:
    """Add an IP to a pool.

    Puts an enabled IP in the pool; it can take up to a minute to show. An IP may be in several
    pools.

    Wire request: POST /v3/ips/pools/{pool_name}/ips; the client adds Authorization: Bearer with the
    API key.

    Args:
        pool_name (str): The `pool_name` path segment. Required.
        ip (str): The `ip` JSON field. Required.
        body (IpPoolMembership): The whole request as one model, instead of the
            fields above (not both).
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        extra_body (Mapping[str, Any] | None): More body fields for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        PooledIp: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.ips.pools.add_ip(pool_name, ip=ip)
    """

    return await _asyncio_impl(
        client,
        ip=ip,
        pool_name=pool_name,
        body=body,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        options=options,
    )


async def _asyncio_impl(
    client: Client,
    /,
    pool_name: str,
    *,
    ip: str | Unset = UNSET,
    body: IpPoolMembership | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> PooledIp:
    body = body_from_fields(
        OPERATION,
        IpPoolMembership,
        body,
        {
            "ip": ip,
        },
        ("ip",),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        pool_name=pool_name,
        body=body,
    )
    return parse_answer(await client.asend(OPERATION, kwargs, options), _parse_response)
