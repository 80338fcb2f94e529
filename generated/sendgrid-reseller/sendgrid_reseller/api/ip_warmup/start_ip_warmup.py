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
from ...models.warmup_ip import WarmupIp
from ...models.warmup_ip_request import WarmupIpRequest
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    name="start_ip_warmup",
    api="v3",
    method="POST",
    path="/v3/ips/warmup",
    idempotent=False,
    paginated=False,
)


def _get_kwargs(
    *,
    body: WarmupIpRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/ips/warmup",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> list[WarmupIp]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = read_json(response)
        for response_200_item_data in _response_200:
            response_200_item = WarmupIp.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[list[WarmupIp]]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


@overload
def sync_detailed(
    client: Client,
    /,
    *,
    ip: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[list[WarmupIp]]: ...


@overload
def sync_detailed(
    client: Client,
    /,
    *,
    body: WarmupIpRequest,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[list[WarmupIp]]: ...


def sync_detailed(
    client: Client,
    /,
    *,
    ip: str | Unset = UNSET,
    body: WarmupIpRequest | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[list[WarmupIp]]:
    """Start warming up an IP.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: POST /v3/ips/warmup; the client adds Authorization: Bearer with the API key.

    Args:
        The same as `client.ips.warmup.start` takes; `help()` on it describes each one.

    Returns:
        Response[list[WarmupIp]]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.ips.warmup.start_detailed(ip=ip)
    """

    return _sync_detailed_impl(
        client,
        ip=ip,
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
    ip: str | Unset = UNSET,
    body: WarmupIpRequest | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[list[WarmupIp]]:
    body = body_from_fields(
        OPERATION,
        WarmupIpRequest,
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
        body=body,
    )
    return _build_response(client.send(OPERATION, kwargs, options))


@overload
def sync(
    client: Client,
    /,
    *,
    ip: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> list[WarmupIp]: ...


@overload
def sync(
    client: Client,
    /,
    *,
    body: WarmupIpRequest,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> list[WarmupIp]: ...


def sync(
    client: Client,
    /,
    *,
    ip: str | Unset = UNSET,
    body: WarmupIpRequest | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> list[WarmupIp]:
    """Start warming up an IP.

    Puts a dedicated IP on SendGrid's warm-up schedule.

    Wire request: POST /v3/ips/warmup; the client adds Authorization: Bearer with the API key.

    Args:
        ip (str): The `ip` JSON field. Required.
        body (WarmupIpRequest): The whole request as one model, instead of the
            fields above (not both).
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        extra_body (Mapping[str, Any] | None): More body fields for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        list[WarmupIp]: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.ips.warmup.start(ip=ip)
    """

    return _sync_impl(
        client,
        ip=ip,
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
    ip: str | Unset = UNSET,
    body: WarmupIpRequest | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> list[WarmupIp]:
    body = body_from_fields(
        OPERATION,
        WarmupIpRequest,
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
        body=body,
    )
    return parse_answer(client.send(OPERATION, kwargs, options), _parse_response)


@overload
async def asyncio_detailed(
    client: Client,
    /,
    *,
    ip: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[list[WarmupIp]]: ...


@overload
async def asyncio_detailed(
    client: Client,
    /,
    *,
    body: WarmupIpRequest,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[list[WarmupIp]]: ...


async def asyncio_detailed(
    client: Client,
    /,
    *,
    ip: str | Unset = UNSET,
    body: WarmupIpRequest | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[list[WarmupIp]]:
    """Start warming up an IP.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: POST /v3/ips/warmup; the client adds Authorization: Bearer with the API key.

    Args:
        The same as `client.ips.warmup.start` takes; `help()` on it describes each one.

    Returns:
        Response[list[WarmupIp]]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.ips.warmup.start_detailed(ip=ip)
    """

    return await _asyncio_detailed_impl(
        client,
        ip=ip,
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
    ip: str | Unset = UNSET,
    body: WarmupIpRequest | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[list[WarmupIp]]:
    body = body_from_fields(
        OPERATION,
        WarmupIpRequest,
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
        body=body,
    )
    return _build_response(await client.asend(OPERATION, kwargs, options))


@overload
async def asyncio(
    client: Client,
    /,
    *,
    ip: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> list[WarmupIp]: ...


@overload
async def asyncio(
    client: Client,
    /,
    *,
    body: WarmupIpRequest,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> list[WarmupIp]: ...


async def asyncio(
    client: Client,
    /,
    *,
    ip: str | Unset = UNSET,
    body: WarmupIpRequest | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> list[WarmupIp]:
    """Start warming up an IP.

    Puts a dedicated IP on SendGrid's warm-up schedule.

    Wire request: POST /v3/ips/warmup; the client adds Authorization: Bearer with the API key.

    Args:
        ip (str): The `ip` JSON field. Required.
        body (WarmupIpRequest): The whole request as one model, instead of the
            fields above (not both).
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        extra_body (Mapping[str, Any] | None): More body fields for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        list[WarmupIp]: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.ips.warmup.start(ip=ip)
    """

    return await _asyncio_impl(
        client,
        ip=ip,
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
    ip: str | Unset = UNSET,
    body: WarmupIpRequest | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> list[WarmupIp]:
    body = body_from_fields(
        OPERATION,
        WarmupIpRequest,
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
        body=body,
    )
    return parse_answer(await client.asend(OPERATION, kwargs, options), _parse_response)
