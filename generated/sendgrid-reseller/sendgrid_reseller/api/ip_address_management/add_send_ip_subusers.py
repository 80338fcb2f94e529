# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.response import parse_answer
from ...client import Client
from ...models.send_ip_subusers import SendIpSubusers
from ...models.send_ip_subusers_assigned import SendIpSubusersAssigned
from ...types import Response

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
            ip=quote(str(ip), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> SendIpSubusersAssigned:
    if response.status_code == 200:
        response_200 = SendIpSubusersAssigned.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[SendIpSubusersAssigned]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


def sync_detailed(
    client: Client,
    /,
    ip: str,
    *,
    body: SendIpSubusers,
    options: RequestOptions | None = None,
) -> Response[SendIpSubusersAssigned]:
    """Assign subusers to an IP

     Lets a batch of subusers send from the IP; all of them are assigned or the call fails.

    Args:
        ip (str):
        body (SendIpSubusers):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[SendIpSubusersAssigned]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs(
        ip=ip,
        body=body,
    )
    response = client.send(OPERATION, kwargs, options)
    return _build_response(response)


def sync(
    client: Client,
    /,
    ip: str,
    *,
    body: SendIpSubusers,
    options: RequestOptions | None = None,
) -> SendIpSubusersAssigned:
    """Assign subusers to an IP

     Lets a batch of subusers send from the IP; all of them are assigned or the call fails.

    Args:
        ip (str):
        body (SendIpSubusers):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        SendIpSubusersAssigned
    """

    return parse_answer(
        client.send(
            OPERATION,
            _get_kwargs(
                ip=ip,
                body=body,
            ),
            options,
        ),
        _parse_response,
    )


async def asyncio_detailed(
    client: Client,
    /,
    ip: str,
    *,
    body: SendIpSubusers,
    options: RequestOptions | None = None,
) -> Response[SendIpSubusersAssigned]:
    """Assign subusers to an IP

     Lets a batch of subusers send from the IP; all of them are assigned or the call fails.

    Args:
        ip (str):
        body (SendIpSubusers):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[SendIpSubusersAssigned]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs(
        ip=ip,
        body=body,
    )
    response = await client.asend(OPERATION, kwargs, options)
    return _build_response(response)


async def asyncio(
    client: Client,
    /,
    ip: str,
    *,
    body: SendIpSubusers,
    options: RequestOptions | None = None,
) -> SendIpSubusersAssigned:
    """Assign subusers to an IP

     Lets a batch of subusers send from the IP; all of them are assigned or the call fails.

    Args:
        ip (str):
        body (SendIpSubusers):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        SendIpSubusersAssigned
    """

    return parse_answer(
        await client.asend(
            OPERATION,
            _get_kwargs(
                ip=ip,
                body=body,
            ),
            options,
        ),
        _parse_response,
    )
