# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from collections.abc import Mapping
from typing import Any, overload

import httpx

from ... import errors
from ..._runtime.arguments import body_from_fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions, call_options
from ..._runtime.response import parse_answer, read_json
from ...client import Client
from ...models.add_ips_request import AddIpsRequest
from ...models.added_ips import AddedIps
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    name="add_ips",
    api="v3",
    method="POST",
    path="/v3/ips",
    idempotent=False,
    paginated=False,
)


def _get_kwargs(
    *,
    body: AddIpsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/ips",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> AddedIps:
    if response.status_code == 201:
        response_201 = AddedIps.from_dict(read_json(response))

        return response_201

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[AddedIps]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


@overload
def sync_detailed(
    client: Client,
    /,
    *,
    count: int,
    subusers: list[str] | Unset = UNSET,
    warmup: bool | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[AddedIps]: ...


@overload
def sync_detailed(
    client: Client,
    /,
    *,
    body: AddIpsRequest,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[AddedIps]: ...


def sync_detailed(
    client: Client,
    /,
    *,
    count: int | Unset = UNSET,
    subusers: list[str] | Unset = UNSET,
    warmup: bool | Unset = UNSET,
    body: AddIpsRequest | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[AddedIps]:
    """Add dedicated IPs.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: POST /v3/ips; the client adds Authorization: Bearer with the API key.

    Args:
        The same as `client.ips.add` takes; `help()` on it describes each one.

    Returns:
        Response[AddedIps]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.ips.add_detailed(count=count)
    """

    return _sync_detailed_impl(
        client,
        count=count,
        subusers=subusers,
        warmup=warmup,
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
    *,
    count: int | Unset = UNSET,
    subusers: list[str] | Unset = UNSET,
    warmup: bool | Unset = UNSET,
    body: AddIpsRequest | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[AddedIps]:
    body = body_from_fields(
        OPERATION,
        AddIpsRequest,
        body,
        {
            "count": count,
            "subusers": subusers,
            "warmup": warmup,
        },
        ("count",),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        body=body,
    )
    return _build_response(client.send(OPERATION, kwargs, options))


@overload
def sync(
    client: Client,
    /,
    *,
    count: int,
    subusers: list[str] | Unset = UNSET,
    warmup: bool | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> AddedIps: ...


@overload
def sync(
    client: Client,
    /,
    *,
    body: AddIpsRequest,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> AddedIps: ...


def sync(
    client: Client,
    /,
    *,
    count: int | Unset = UNSET,
    subusers: list[str] | Unset = UNSET,
    warmup: bool | Unset = UNSET,
    body: AddIpsRequest | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> AddedIps:
    """Add dedicated IPs.

    Buys more dedicated IPs for the account, optionally giving them to subusers and warming them up.

    Wire request: POST /v3/ips; the client adds Authorization: Bearer with the API key.

    Args:
        count (int): How many IPs to add. Required.
        subusers (list[str] | Unset): Subusers that may send from the new IPs.
        warmup (bool | Unset): Warm the new IPs up. Default: False.
        body (AddIpsRequest): The whole request as one model, instead of the
            fields above (not both).
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        extra_body (Mapping[str, Any] | None): More body fields for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        AddedIps: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.ips.add(count=count)
    """

    return _sync_impl(
        client,
        count=count,
        subusers=subusers,
        warmup=warmup,
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
    *,
    count: int | Unset = UNSET,
    subusers: list[str] | Unset = UNSET,
    warmup: bool | Unset = UNSET,
    body: AddIpsRequest | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> AddedIps:
    body = body_from_fields(
        OPERATION,
        AddIpsRequest,
        body,
        {
            "count": count,
            "subusers": subusers,
            "warmup": warmup,
        },
        ("count",),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        body=body,
    )
    return parse_answer(client.send(OPERATION, kwargs, options), _parse_response)


@overload
async def asyncio_detailed(
    client: Client,
    /,
    *,
    count: int,
    subusers: list[str] | Unset = UNSET,
    warmup: bool | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[AddedIps]: ...


@overload
async def asyncio_detailed(
    client: Client,
    /,
    *,
    body: AddIpsRequest,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[AddedIps]: ...


async def asyncio_detailed(
    client: Client,
    /,
    *,
    count: int | Unset = UNSET,
    subusers: list[str] | Unset = UNSET,
    warmup: bool | Unset = UNSET,
    body: AddIpsRequest | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[AddedIps]:
    """Add dedicated IPs.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: POST /v3/ips; the client adds Authorization: Bearer with the API key.

    Args:
        The same as `client.ips.add` takes; `help()` on it describes each one.

    Returns:
        Response[AddedIps]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.ips.add_detailed(count=count)
    """

    return await _asyncio_detailed_impl(
        client,
        count=count,
        subusers=subusers,
        warmup=warmup,
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
    *,
    count: int | Unset = UNSET,
    subusers: list[str] | Unset = UNSET,
    warmup: bool | Unset = UNSET,
    body: AddIpsRequest | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[AddedIps]:
    body = body_from_fields(
        OPERATION,
        AddIpsRequest,
        body,
        {
            "count": count,
            "subusers": subusers,
            "warmup": warmup,
        },
        ("count",),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        body=body,
    )
    return _build_response(await client.asend(OPERATION, kwargs, options))


@overload
async def asyncio(
    client: Client,
    /,
    *,
    count: int,
    subusers: list[str] | Unset = UNSET,
    warmup: bool | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> AddedIps: ...


@overload
async def asyncio(
    client: Client,
    /,
    *,
    body: AddIpsRequest,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> AddedIps: ...


async def asyncio(
    client: Client,
    /,
    *,
    count: int | Unset = UNSET,
    subusers: list[str] | Unset = UNSET,
    warmup: bool | Unset = UNSET,
    body: AddIpsRequest | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> AddedIps:
    """Add dedicated IPs.

    Buys more dedicated IPs for the account, optionally giving them to subusers and warming them up.

    Wire request: POST /v3/ips; the client adds Authorization: Bearer with the API key.

    Args:
        count (int): How many IPs to add. Required.
        subusers (list[str] | Unset): Subusers that may send from the new IPs.
        warmup (bool | Unset): Warm the new IPs up. Default: False.
        body (AddIpsRequest): The whole request as one model, instead of the
            fields above (not both).
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        extra_body (Mapping[str, Any] | None): More body fields for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        AddedIps: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.ips.add(count=count)
    """

    return await _asyncio_impl(
        client,
        count=count,
        subusers=subusers,
        warmup=warmup,
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
    *,
    count: int | Unset = UNSET,
    subusers: list[str] | Unset = UNSET,
    warmup: bool | Unset = UNSET,
    body: AddIpsRequest | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> AddedIps:
    body = body_from_fields(
        OPERATION,
        AddIpsRequest,
        body,
        {
            "count": count,
            "subusers": subusers,
            "warmup": warmup,
        },
        ("count",),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        body=body,
    )
    return parse_answer(await client.asend(OPERATION, kwargs, options), _parse_response)
