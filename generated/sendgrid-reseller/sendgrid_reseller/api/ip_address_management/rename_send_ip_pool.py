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
from ...models.send_ip_pool import SendIpPool
from ...models.send_ip_pool_name import SendIpPoolName
from ...types import UNSET, Response, Unset

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
            poolid=path_segment("poolid", poolid),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> SendIpPool:
    if response.status_code == 200:
        response_200 = SendIpPool.from_dict(read_json(response))

        return response_200

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[SendIpPool]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


@overload
def sync_detailed(
    client: Client,
    /,
    poolid: str,
    *,
    name: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[SendIpPool]: ...


@overload
def sync_detailed(
    client: Client,
    /,
    poolid: str,
    *,
    body: SendIpPoolName,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[SendIpPool]: ...


def sync_detailed(
    client: Client,
    /,
    poolid: str,
    *,
    name: str | Unset = UNSET,
    body: SendIpPoolName | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[SendIpPool]:
    """Rename an IP pool.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: PUT /v3/send_ips/pools/{poolid}; the client adds Authorization: Bearer with the
    API key.

    Args:
        The same as `client.send_ips.pools.rename` takes; `help()` on it describes each one.

    Returns:
        Response[SendIpPool]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.send_ips.pools.rename_detailed(poolid, name=name)
    """

    return _sync_detailed_impl(
        client,
        name=name,
        poolid=poolid,
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
    poolid: str,
    *,
    name: str | Unset = UNSET,
    body: SendIpPoolName | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[SendIpPool]:
    body = body_from_fields(
        OPERATION,
        SendIpPoolName,
        body,
        {
            "name": name,
        },
        ("name",),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        poolid=poolid,
        body=body,
    )
    return _build_response(client.send(OPERATION, kwargs, options))


@overload
def sync(
    client: Client,
    /,
    poolid: str,
    *,
    name: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> SendIpPool: ...


@overload
def sync(
    client: Client,
    /,
    poolid: str,
    *,
    body: SendIpPoolName,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> SendIpPool: ...


def sync(
    client: Client,
    /,
    poolid: str,
    *,
    name: str | Unset = UNSET,
    body: SendIpPoolName | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> SendIpPool:
    """Rename an IP pool.

    Gives the pool a new name (2 to 64 characters, not starting with a dot or a space).

    Wire request: PUT /v3/send_ips/pools/{poolid}; the client adds Authorization: Bearer with the
    API key.

    Args:
        poolid (str): The `poolid` path segment. Required.
        name (str): The `name` JSON field. Required.
        body (SendIpPoolName): The whole request as one model, instead of the
            fields above (not both).
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        extra_body (Mapping[str, Any] | None): More body fields for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        SendIpPool: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.send_ips.pools.rename(poolid, name=name)
    """

    return _sync_impl(
        client,
        name=name,
        poolid=poolid,
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
    poolid: str,
    *,
    name: str | Unset = UNSET,
    body: SendIpPoolName | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> SendIpPool:
    body = body_from_fields(
        OPERATION,
        SendIpPoolName,
        body,
        {
            "name": name,
        },
        ("name",),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        poolid=poolid,
        body=body,
    )
    return parse_answer(client.send(OPERATION, kwargs, options), _parse_response)


@overload
async def asyncio_detailed(
    client: Client,
    /,
    poolid: str,
    *,
    name: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[SendIpPool]: ...


@overload
async def asyncio_detailed(
    client: Client,
    /,
    poolid: str,
    *,
    body: SendIpPoolName,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[SendIpPool]: ...


async def asyncio_detailed(
    client: Client,
    /,
    poolid: str,
    *,
    name: str | Unset = UNSET,
    body: SendIpPoolName | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[SendIpPool]:
    """Rename an IP pool.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: PUT /v3/send_ips/pools/{poolid}; the client adds Authorization: Bearer with the
    API key.

    Args:
        The same as `client.send_ips.pools.rename` takes; `help()` on it describes each one.

    Returns:
        Response[SendIpPool]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.send_ips.pools.rename_detailed(poolid, name=name)
    """

    return await _asyncio_detailed_impl(
        client,
        name=name,
        poolid=poolid,
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
    poolid: str,
    *,
    name: str | Unset = UNSET,
    body: SendIpPoolName | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[SendIpPool]:
    body = body_from_fields(
        OPERATION,
        SendIpPoolName,
        body,
        {
            "name": name,
        },
        ("name",),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        poolid=poolid,
        body=body,
    )
    return _build_response(await client.asend(OPERATION, kwargs, options))


@overload
async def asyncio(
    client: Client,
    /,
    poolid: str,
    *,
    name: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> SendIpPool: ...


@overload
async def asyncio(
    client: Client,
    /,
    poolid: str,
    *,
    body: SendIpPoolName,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> SendIpPool: ...


async def asyncio(
    client: Client,
    /,
    poolid: str,
    *,
    name: str | Unset = UNSET,
    body: SendIpPoolName | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> SendIpPool:
    """Rename an IP pool.

    Gives the pool a new name (2 to 64 characters, not starting with a dot or a space).

    Wire request: PUT /v3/send_ips/pools/{poolid}; the client adds Authorization: Bearer with the
    API key.

    Args:
        poolid (str): The `poolid` path segment. Required.
        name (str): The `name` JSON field. Required.
        body (SendIpPoolName): The whole request as one model, instead of the
            fields above (not both).
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        extra_body (Mapping[str, Any] | None): More body fields for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        SendIpPool: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.send_ips.pools.rename(poolid, name=name)
    """

    return await _asyncio_impl(
        client,
        name=name,
        poolid=poolid,
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
    poolid: str,
    *,
    name: str | Unset = UNSET,
    body: SendIpPoolName | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> SendIpPool:
    body = body_from_fields(
        OPERATION,
        SendIpPoolName,
        body,
        {
            "name": name,
        },
        ("name",),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        poolid=poolid,
        body=body,
    )
    return parse_answer(await client.asend(OPERATION, kwargs, options), _parse_response)
