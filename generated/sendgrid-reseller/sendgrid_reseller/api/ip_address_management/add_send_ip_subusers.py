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
from ...models.send_ip_subusers import SendIpSubusers
from ...models.send_ip_subusers_assigned import SendIpSubusersAssigned
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    name="add_send_ip_subusers",
    api="v3",
    method="POST",
    path="/v3/send_ips/ips/{ip}/subusers:batchAdd",
    idempotent=False,
    paginated=False,
)


def _get_kwargs(
    ip: str,
    *,
    body: SendIpSubusers,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/send_ips/ips/{ip}/subusers:batchAdd".format(
            ip=path_segment("ip", ip),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> SendIpSubusersAssigned:
    if response.status_code == 200:
        response_200 = SendIpSubusersAssigned.from_dict(read_json(response))

        return response_200

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[SendIpSubusersAssigned]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


@overload
def sync_detailed(
    client: Client,
    /,
    ip: str,
    *,
    subusers: list[str],
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[SendIpSubusersAssigned]: ...


@overload
def sync_detailed(
    client: Client,
    /,
    ip: str,
    *,
    body: SendIpSubusers,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[SendIpSubusersAssigned]: ...


def sync_detailed(
    client: Client,
    /,
    ip: str,
    *,
    subusers: list[str] | Unset = UNSET,
    body: SendIpSubusers | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[SendIpSubusersAssigned]:
    """Assign subusers to an IP.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: POST /v3/send_ips/ips/{ip}/subusers:batchAdd; the client adds Authorization:
    Bearer with the API key.

    Args:
        The same as `client.send_ips.subusers.add` takes; `help()` on it describes each one.

    Returns:
        Response[SendIpSubusersAssigned]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.send_ips.subusers.add_detailed(ip, subusers=subusers)
    """

    return _sync_detailed_impl(
        client,
        subusers=subusers,
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
    ip: str,
    *,
    subusers: list[str] | Unset = UNSET,
    body: SendIpSubusers | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[SendIpSubusersAssigned]:
    body = body_from_fields(
        OPERATION,
        SendIpSubusers,
        body,
        {
            "subusers": subusers,
        },
        ("subusers",),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        ip=ip,
        body=body,
    )
    return _build_response(client.send(OPERATION, kwargs, options))


@overload
def sync(
    client: Client,
    /,
    ip: str,
    *,
    subusers: list[str],
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> SendIpSubusersAssigned: ...


@overload
def sync(
    client: Client,
    /,
    ip: str,
    *,
    body: SendIpSubusers,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> SendIpSubusersAssigned: ...


def sync(
    client: Client,
    /,
    ip: str,
    *,
    subusers: list[str] | Unset = UNSET,
    body: SendIpSubusers | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> SendIpSubusersAssigned:
    """Assign subusers to an IP.

    Lets a batch of subusers send from the IP; all of them are assigned or the call fails.

    Wire request: POST /v3/send_ips/ips/{ip}/subusers:batchAdd; the client adds Authorization:
    Bearer with the API key.

    Args:
        ip (str): The `ip` path segment. Required.
        subusers (list[str]): Subuser ids. Required.
        body (SendIpSubusers): The whole request as one model, instead of the
            fields above (not both).
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        extra_body (Mapping[str, Any] | None): More body fields for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        SendIpSubusersAssigned: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.send_ips.subusers.add(ip, subusers=subusers)
    """

    return _sync_impl(
        client,
        subusers=subusers,
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
    ip: str,
    *,
    subusers: list[str] | Unset = UNSET,
    body: SendIpSubusers | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> SendIpSubusersAssigned:
    body = body_from_fields(
        OPERATION,
        SendIpSubusers,
        body,
        {
            "subusers": subusers,
        },
        ("subusers",),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        ip=ip,
        body=body,
    )
    return parse_answer(client.send(OPERATION, kwargs, options), _parse_response)


@overload
async def asyncio_detailed(
    client: Client,
    /,
    ip: str,
    *,
    subusers: list[str],
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[SendIpSubusersAssigned]: ...


@overload
async def asyncio_detailed(
    client: Client,
    /,
    ip: str,
    *,
    body: SendIpSubusers,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[SendIpSubusersAssigned]: ...


async def asyncio_detailed(
    client: Client,
    /,
    ip: str,
    *,
    subusers: list[str] | Unset = UNSET,
    body: SendIpSubusers | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[SendIpSubusersAssigned]:
    """Assign subusers to an IP.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: POST /v3/send_ips/ips/{ip}/subusers:batchAdd; the client adds Authorization:
    Bearer with the API key.

    Args:
        The same as `client.send_ips.subusers.add` takes; `help()` on it describes each one.

    Returns:
        Response[SendIpSubusersAssigned]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.send_ips.subusers.add_detailed(ip, subusers=subusers)
    """

    return await _asyncio_detailed_impl(
        client,
        subusers=subusers,
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
    ip: str,
    *,
    subusers: list[str] | Unset = UNSET,
    body: SendIpSubusers | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[SendIpSubusersAssigned]:
    body = body_from_fields(
        OPERATION,
        SendIpSubusers,
        body,
        {
            "subusers": subusers,
        },
        ("subusers",),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        ip=ip,
        body=body,
    )
    return _build_response(await client.asend(OPERATION, kwargs, options))


@overload
async def asyncio(
    client: Client,
    /,
    ip: str,
    *,
    subusers: list[str],
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> SendIpSubusersAssigned: ...


@overload
async def asyncio(
    client: Client,
    /,
    ip: str,
    *,
    body: SendIpSubusers,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> SendIpSubusersAssigned: ...


async def asyncio(
    client: Client,
    /,
    ip: str,
    *,
    subusers: list[str] | Unset = UNSET,
    body: SendIpSubusers | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> SendIpSubusersAssigned:
    """Assign subusers to an IP.

    Lets a batch of subusers send from the IP; all of them are assigned or the call fails.

    Wire request: POST /v3/send_ips/ips/{ip}/subusers:batchAdd; the client adds Authorization:
    Bearer with the API key.

    Args:
        ip (str): The `ip` path segment. Required.
        subusers (list[str]): Subuser ids. Required.
        body (SendIpSubusers): The whole request as one model, instead of the
            fields above (not both).
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        extra_body (Mapping[str, Any] | None): More body fields for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        SendIpSubusersAssigned: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.send_ips.subusers.add(ip, subusers=subusers)
    """

    return await _asyncio_impl(
        client,
        subusers=subusers,
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
    ip: str,
    *,
    subusers: list[str] | Unset = UNSET,
    body: SendIpSubusers | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> SendIpSubusersAssigned:
    body = body_from_fields(
        OPERATION,
        SendIpSubusers,
        body,
        {
            "subusers": subusers,
        },
        ("subusers",),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        ip=ip,
        body=body,
    )
    return parse_answer(await client.asend(OPERATION, kwargs, options), _parse_response)
