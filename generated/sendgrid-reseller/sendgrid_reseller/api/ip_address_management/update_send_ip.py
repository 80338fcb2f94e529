# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.response import parse_answer
from ...client import Client
from ...models.update_send_ip_request import UpdateSendIpRequest
from ...models.updated_send_ip import UpdatedSendIp
from ...types import Response

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
            ip=quote(str(ip), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> UpdatedSendIp:
    if response.status_code == 200:
        response_200 = UpdatedSendIp.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[UpdatedSendIp]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


def sync_detailed(
    client: Client,
    /,
    ip: str,
    *,
    body: UpdateSendIpRequest,
    options: RequestOptions | None = None,
) -> Response[UpdatedSendIp]:
    """Update an IP address

     Changes an IP's auto warm-up, parent assignment or enabled flag (send at least one).

    Args:
        ip (str):
        body (UpdateSendIpRequest):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[UpdatedSendIp]: the decoded body with status, headers and rate limit.
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
    body: UpdateSendIpRequest,
    options: RequestOptions | None = None,
) -> UpdatedSendIp:
    """Update an IP address

     Changes an IP's auto warm-up, parent assignment or enabled flag (send at least one).

    Args:
        ip (str):
        body (UpdateSendIpRequest):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        UpdatedSendIp
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
    body: UpdateSendIpRequest,
    options: RequestOptions | None = None,
) -> Response[UpdatedSendIp]:
    """Update an IP address

     Changes an IP's auto warm-up, parent assignment or enabled flag (send at least one).

    Args:
        ip (str):
        body (UpdateSendIpRequest):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[UpdatedSendIp]: the decoded body with status, headers and rate limit.
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
    body: UpdateSendIpRequest,
    options: RequestOptions | None = None,
) -> UpdatedSendIp:
    """Update an IP address

     Changes an IP's auto warm-up, parent assignment or enabled flag (send at least one).

    Args:
        ip (str):
        body (UpdateSendIpRequest):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        UpdatedSendIp
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
