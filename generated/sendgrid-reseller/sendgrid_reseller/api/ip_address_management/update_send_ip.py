# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ..._runtime.arguments import body_from_fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions, call_options
from ..._runtime.response import parse_answer, read_json
from ..._runtime.urls import path_segment
from ...client import Client
from ...models.update_send_ip_request import UpdateSendIpRequest
from ...models.updated_send_ip import UpdatedSendIp
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    name="update_send_ip",
    api="v3",
    method="PATCH",
    path="/v3/send_ips/ips/{ip}",
    idempotent=False,
    paginated=False,
)


def _get_kwargs(
    ip: str,
    *,
    body: UpdateSendIpRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v3/send_ips/ips/{ip}".format(
            ip=path_segment("ip", ip),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> UpdatedSendIp:
    if response.status_code == 200:
        response_200 = UpdatedSendIp.from_dict(read_json(response))

        return response_200

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[UpdatedSendIp]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


def sync_detailed(
    client: Client,
    /,
    ip: str,
    *,
    is_auto_warmup: bool | Unset = UNSET,
    is_parent_assigned: bool | Unset = UNSET,
    is_enabled: bool | Unset = UNSET,
    body: UpdateSendIpRequest | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[UpdatedSendIp]:
    """Update an IP address.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: PATCH /v3/send_ips/ips/{ip}; the client adds Authorization: Bearer with the API
    key.

    Args:
        The same as `client.send_ips.update` takes; `help()` on it describes each one.

    Returns:
        Response[UpdatedSendIp]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.send_ips.update_detailed(ip)
    """

    body = body_from_fields(
        OPERATION,
        UpdateSendIpRequest,
        body,
        {
            "is_auto_warmup": is_auto_warmup,
            "is_parent_assigned": is_parent_assigned,
            "is_enabled": is_enabled,
        },
        (),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        ip=ip,
        body=body,
    )
    return _build_response(client.send(OPERATION, kwargs, options))


def sync(
    client: Client,
    /,
    ip: str,
    *,
    is_auto_warmup: bool | Unset = UNSET,
    is_parent_assigned: bool | Unset = UNSET,
    is_enabled: bool | Unset = UNSET,
    body: UpdateSendIpRequest | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> UpdatedSendIp:
    """Update an IP address.

    Changes an IP's auto warm-up, parent assignment or enabled flag (send at least one).

    Wire request: PATCH /v3/send_ips/ips/{ip}; the client adds Authorization: Bearer with the API
    key.

    Args:
        ip (str): The `ip` path segment. Required.
        is_auto_warmup (bool | Unset): The `is_auto_warmup` JSON field.
        is_parent_assigned (bool | Unset): The `is_parent_assigned` JSON field.
        is_enabled (bool | Unset): The `is_enabled` JSON field.
        body (UpdateSendIpRequest): The whole request as one model, instead of the
            fields above (not both).
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        extra_body (Mapping[str, Any] | None): More body fields for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        UpdatedSendIp: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.send_ips.update(ip)
    """

    body = body_from_fields(
        OPERATION,
        UpdateSendIpRequest,
        body,
        {
            "is_auto_warmup": is_auto_warmup,
            "is_parent_assigned": is_parent_assigned,
            "is_enabled": is_enabled,
        },
        (),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        ip=ip,
        body=body,
    )
    return parse_answer(client.send(OPERATION, kwargs, options), _parse_response)


async def asyncio_detailed(
    client: Client,
    /,
    ip: str,
    *,
    is_auto_warmup: bool | Unset = UNSET,
    is_parent_assigned: bool | Unset = UNSET,
    is_enabled: bool | Unset = UNSET,
    body: UpdateSendIpRequest | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[UpdatedSendIp]:
    """Update an IP address.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: PATCH /v3/send_ips/ips/{ip}; the client adds Authorization: Bearer with the API
    key.

    Args:
        The same as `client.send_ips.update` takes; `help()` on it describes each one.

    Returns:
        Response[UpdatedSendIp]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.send_ips.update_detailed(ip)
    """

    body = body_from_fields(
        OPERATION,
        UpdateSendIpRequest,
        body,
        {
            "is_auto_warmup": is_auto_warmup,
            "is_parent_assigned": is_parent_assigned,
            "is_enabled": is_enabled,
        },
        (),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        ip=ip,
        body=body,
    )
    return _build_response(await client.asend(OPERATION, kwargs, options))


async def asyncio(
    client: Client,
    /,
    ip: str,
    *,
    is_auto_warmup: bool | Unset = UNSET,
    is_parent_assigned: bool | Unset = UNSET,
    is_enabled: bool | Unset = UNSET,
    body: UpdateSendIpRequest | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> UpdatedSendIp:
    """Update an IP address.

    Changes an IP's auto warm-up, parent assignment or enabled flag (send at least one).

    Wire request: PATCH /v3/send_ips/ips/{ip}; the client adds Authorization: Bearer with the API
    key.

    Args:
        ip (str): The `ip` path segment. Required.
        is_auto_warmup (bool | Unset): The `is_auto_warmup` JSON field.
        is_parent_assigned (bool | Unset): The `is_parent_assigned` JSON field.
        is_enabled (bool | Unset): The `is_enabled` JSON field.
        body (UpdateSendIpRequest): The whole request as one model, instead of the
            fields above (not both).
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        extra_body (Mapping[str, Any] | None): More body fields for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        UpdatedSendIp: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.send_ips.update(ip)
    """

    body = body_from_fields(
        OPERATION,
        UpdateSendIpRequest,
        body,
        {
            "is_auto_warmup": is_auto_warmup,
            "is_parent_assigned": is_parent_assigned,
            "is_enabled": is_enabled,
        },
        (),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        ip=ip,
        body=body,
    )
    return parse_answer(await client.asend(OPERATION, kwargs, options), _parse_response)
