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
from ...models.add_send_ip_request import AddSendIpRequest
from ...models.added_send_ip import AddedSendIp
from ...models.send_ip_region import SendIpRegion
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    name="add_send_ip",
    api="v3",
    method="POST",
    path="/v3/send_ips/ips",
    idempotent=False,
    paginated=False,
)


def _get_kwargs(
    *,
    body: AddSendIpRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/send_ips/ips",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> AddedSendIp:
    if response.status_code == 201:
        response_201 = AddedSendIp.from_dict(read_json(response))

        return response_201

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[AddedSendIp]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


@overload
def sync_detailed(
    client: Client,
    /,
    *,
    is_auto_warmup: bool,
    is_parent_assigned: bool,
    subusers: list[str] | Unset = UNSET,
    region: SendIpRegion | Unset = UNSET,
    include_region: bool | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[AddedSendIp]: ...


@overload
def sync_detailed(
    client: Client,
    /,
    *,
    body: AddSendIpRequest,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[AddedSendIp]: ...


def sync_detailed(
    client: Client,
    /,
    *,
    is_auto_warmup: bool | Unset = UNSET,
    is_parent_assigned: bool | Unset = UNSET,
    subusers: list[str] | Unset = UNSET,
    region: SendIpRegion | Unset = UNSET,
    include_region: bool | Unset = UNSET,
    body: AddSendIpRequest | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[AddedSendIp]:
    """Add a SendGrid IP address.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: POST /v3/send_ips/ips; the client adds Authorization: Bearer with the API key.

    Args:
        The same as `client.send_ips.add` takes; `help()` on it describes each one.

    Returns:
        Response[AddedSendIp]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.send_ips.add_detailed(is_auto_warmup=is_auto_warmup, is_parent_assigned=is_parent_assigned)
    """

    return _sync_detailed_impl(
        client,
        is_auto_warmup=is_auto_warmup,
        is_parent_assigned=is_parent_assigned,
        subusers=subusers,
        region=region,
        include_region=include_region,
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
    is_auto_warmup: bool | Unset = UNSET,
    is_parent_assigned: bool | Unset = UNSET,
    subusers: list[str] | Unset = UNSET,
    region: SendIpRegion | Unset = UNSET,
    include_region: bool | Unset = UNSET,
    body: AddSendIpRequest | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[AddedSendIp]:
    body = body_from_fields(
        OPERATION,
        AddSendIpRequest,
        body,
        {
            "is_auto_warmup": is_auto_warmup,
            "is_parent_assigned": is_parent_assigned,
            "subusers": subusers,
            "region": region,
            "include_region": include_region,
        },
        (
            "is_auto_warmup",
            "is_parent_assigned",
        ),
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
    is_auto_warmup: bool,
    is_parent_assigned: bool,
    subusers: list[str] | Unset = UNSET,
    region: SendIpRegion | Unset = UNSET,
    include_region: bool | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> AddedSendIp: ...


@overload
def sync(
    client: Client,
    /,
    *,
    body: AddSendIpRequest,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> AddedSendIp: ...


def sync(
    client: Client,
    /,
    *,
    is_auto_warmup: bool | Unset = UNSET,
    is_parent_assigned: bool | Unset = UNSET,
    subusers: list[str] | Unset = UNSET,
    region: SendIpRegion | Unset = UNSET,
    include_region: bool | Unset = UNSET,
    body: AddSendIpRequest | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> AddedSendIp:
    """Add a SendGrid IP address.

    Buys one more SendGrid IP, optionally warming it up and giving it to subusers (at most 100).

    Wire request: POST /v3/send_ips/ips; the client adds Authorization: Bearer with the API key.

    Args:
        is_auto_warmup (bool): The `is_auto_warmup` JSON field. Required.
        is_parent_assigned (bool): The `is_parent_assigned` JSON field. Required.
        subusers (list[str] | Unset): Ids of subusers that may send from the new IP.
        region (SendIpRegion | Unset): The `region` JSON field.
        include_region (bool | Unset): Add the IP's region to the answer (default false).
        body (AddSendIpRequest): The whole request as one model, instead of the
            fields above (not both).
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        extra_body (Mapping[str, Any] | None): More body fields for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        AddedSendIp: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.send_ips.add(is_auto_warmup=is_auto_warmup, is_parent_assigned=is_parent_assigned)
    """

    return _sync_impl(
        client,
        is_auto_warmup=is_auto_warmup,
        is_parent_assigned=is_parent_assigned,
        subusers=subusers,
        region=region,
        include_region=include_region,
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
    is_auto_warmup: bool | Unset = UNSET,
    is_parent_assigned: bool | Unset = UNSET,
    subusers: list[str] | Unset = UNSET,
    region: SendIpRegion | Unset = UNSET,
    include_region: bool | Unset = UNSET,
    body: AddSendIpRequest | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> AddedSendIp:
    body = body_from_fields(
        OPERATION,
        AddSendIpRequest,
        body,
        {
            "is_auto_warmup": is_auto_warmup,
            "is_parent_assigned": is_parent_assigned,
            "subusers": subusers,
            "region": region,
            "include_region": include_region,
        },
        (
            "is_auto_warmup",
            "is_parent_assigned",
        ),
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
    is_auto_warmup: bool,
    is_parent_assigned: bool,
    subusers: list[str] | Unset = UNSET,
    region: SendIpRegion | Unset = UNSET,
    include_region: bool | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[AddedSendIp]: ...


@overload
async def asyncio_detailed(
    client: Client,
    /,
    *,
    body: AddSendIpRequest,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[AddedSendIp]: ...


async def asyncio_detailed(
    client: Client,
    /,
    *,
    is_auto_warmup: bool | Unset = UNSET,
    is_parent_assigned: bool | Unset = UNSET,
    subusers: list[str] | Unset = UNSET,
    region: SendIpRegion | Unset = UNSET,
    include_region: bool | Unset = UNSET,
    body: AddSendIpRequest | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[AddedSendIp]:
    """Add a SendGrid IP address.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: POST /v3/send_ips/ips; the client adds Authorization: Bearer with the API key.

    Args:
        The same as `client.send_ips.add` takes; `help()` on it describes each one.

    Returns:
        Response[AddedSendIp]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.send_ips.add_detailed(is_auto_warmup=is_auto_warmup, is_parent_assigned=is_parent_assigned)
    """

    return await _asyncio_detailed_impl(
        client,
        is_auto_warmup=is_auto_warmup,
        is_parent_assigned=is_parent_assigned,
        subusers=subusers,
        region=region,
        include_region=include_region,
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
    is_auto_warmup: bool | Unset = UNSET,
    is_parent_assigned: bool | Unset = UNSET,
    subusers: list[str] | Unset = UNSET,
    region: SendIpRegion | Unset = UNSET,
    include_region: bool | Unset = UNSET,
    body: AddSendIpRequest | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[AddedSendIp]:
    body = body_from_fields(
        OPERATION,
        AddSendIpRequest,
        body,
        {
            "is_auto_warmup": is_auto_warmup,
            "is_parent_assigned": is_parent_assigned,
            "subusers": subusers,
            "region": region,
            "include_region": include_region,
        },
        (
            "is_auto_warmup",
            "is_parent_assigned",
        ),
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
    is_auto_warmup: bool,
    is_parent_assigned: bool,
    subusers: list[str] | Unset = UNSET,
    region: SendIpRegion | Unset = UNSET,
    include_region: bool | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> AddedSendIp: ...


@overload
async def asyncio(
    client: Client,
    /,
    *,
    body: AddSendIpRequest,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> AddedSendIp: ...


async def asyncio(
    client: Client,
    /,
    *,
    is_auto_warmup: bool | Unset = UNSET,
    is_parent_assigned: bool | Unset = UNSET,
    subusers: list[str] | Unset = UNSET,
    region: SendIpRegion | Unset = UNSET,
    include_region: bool | Unset = UNSET,
    body: AddSendIpRequest | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> AddedSendIp:
    """Add a SendGrid IP address.

    Buys one more SendGrid IP, optionally warming it up and giving it to subusers (at most 100).

    Wire request: POST /v3/send_ips/ips; the client adds Authorization: Bearer with the API key.

    Args:
        is_auto_warmup (bool): The `is_auto_warmup` JSON field. Required.
        is_parent_assigned (bool): The `is_parent_assigned` JSON field. Required.
        subusers (list[str] | Unset): Ids of subusers that may send from the new IP.
        region (SendIpRegion | Unset): The `region` JSON field.
        include_region (bool | Unset): Add the IP's region to the answer (default false).
        body (AddSendIpRequest): The whole request as one model, instead of the
            fields above (not both).
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        extra_body (Mapping[str, Any] | None): More body fields for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        AddedSendIp: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.send_ips.add(is_auto_warmup=is_auto_warmup, is_parent_assigned=is_parent_assigned)
    """

    return await _asyncio_impl(
        client,
        is_auto_warmup=is_auto_warmup,
        is_parent_assigned=is_parent_assigned,
        subusers=subusers,
        region=region,
        include_region=include_region,
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
    is_auto_warmup: bool | Unset = UNSET,
    is_parent_assigned: bool | Unset = UNSET,
    subusers: list[str] | Unset = UNSET,
    region: SendIpRegion | Unset = UNSET,
    include_region: bool | Unset = UNSET,
    body: AddSendIpRequest | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> AddedSendIp:
    body = body_from_fields(
        OPERATION,
        AddSendIpRequest,
        body,
        {
            "is_auto_warmup": is_auto_warmup,
            "is_parent_assigned": is_parent_assigned,
            "subusers": subusers,
            "region": region,
            "include_region": include_region,
        },
        (
            "is_auto_warmup",
            "is_parent_assigned",
        ),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        body=body,
    )
    return parse_answer(await client.asend(OPERATION, kwargs, options), _parse_response)
