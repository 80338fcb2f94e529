# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from typing import Any

import httpx

from ... import errors
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.response import parse_answer
from ...client import Client
from ...models.add_send_ip_request import AddSendIpRequest
from ...models.added_send_ip import AddedSendIp
from ...types import Response

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
        response_201 = AddedSendIp.from_dict(response.json())

        return response_201

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[AddedSendIp]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


def sync_detailed(
    client: Client,
    /,
    *,
    body: AddSendIpRequest,
    options: RequestOptions | None = None,
) -> Response[AddedSendIp]:
    """Add a SendGrid IP address

     Buys one more SendGrid IP, optionally warming it up and giving it to subusers (at most 100).

    Args:
        body (AddSendIpRequest):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[AddedSendIp]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.send(OPERATION, kwargs, options)
    return _build_response(response)


def sync(
    client: Client,
    /,
    *,
    body: AddSendIpRequest,
    options: RequestOptions | None = None,
) -> AddedSendIp:
    """Add a SendGrid IP address

     Buys one more SendGrid IP, optionally warming it up and giving it to subusers (at most 100).

    Args:
        body (AddSendIpRequest):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        AddedSendIp
    """

    return parse_answer(
        client.send(
            OPERATION,
            _get_kwargs(
                body=body,
            ),
            options,
        ),
        _parse_response,
    )


async def asyncio_detailed(
    client: Client,
    /,
    *,
    body: AddSendIpRequest,
    options: RequestOptions | None = None,
) -> Response[AddedSendIp]:
    """Add a SendGrid IP address

     Buys one more SendGrid IP, optionally warming it up and giving it to subusers (at most 100).

    Args:
        body (AddSendIpRequest):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[AddedSendIp]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.asend(OPERATION, kwargs, options)
    return _build_response(response)


async def asyncio(
    client: Client,
    /,
    *,
    body: AddSendIpRequest,
    options: RequestOptions | None = None,
) -> AddedSendIp:
    """Add a SendGrid IP address

     Buys one more SendGrid IP, optionally warming it up and giving it to subusers (at most 100).

    Args:
        body (AddSendIpRequest):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        AddedSendIp
    """

    return parse_answer(
        await client.asend(
            OPERATION,
            _get_kwargs(
                body=body,
            ),
            options,
        ),
        _parse_response,
    )
