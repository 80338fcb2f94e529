# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from typing import Any

import httpx

from ... import errors
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.response import parse_answer
from ...client import Client
from ...models.list_free_reseller_ips_form import ListFreeResellerIpsForm
from ...models.v2_ip import V2Ip
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    name="list_free_reseller_ips",
    api="v2",
    method="POST",
    path="/apiv2/reseller.ip.json",
    idempotent=True,
    paginated=False,
)
# The documented discriminators of this call: always sent, never chosen by the caller.
FIXED_FIELDS: dict[str, str] = {
    "task": "free",
}


def _get_kwargs(
    *,
    body: ListFreeResellerIpsForm | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/apiv2/reseller.ip.json",
    }

    if not isinstance(body, Unset):
        _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"
    _kwargs["data"] = {**FIXED_FIELDS, **_kwargs.get("data", {})}

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> list[V2Ip]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = V2Ip.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[list[V2Ip]]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


def sync_detailed(
    client: Client,
    /,
    *,
    body: ListFreeResellerIpsForm | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[list[V2Ip]]:
    """List free IPs

     Returns the reseller's IPs that no user uses and no IP group holds.

    Args:
        body (ListFreeResellerIpsForm | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[list[V2Ip]]: the decoded body with status, headers and rate limit.
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
    body: ListFreeResellerIpsForm | Unset = UNSET,
    options: RequestOptions | None = None,
) -> list[V2Ip]:
    """List free IPs

     Returns the reseller's IPs that no user uses and no IP group holds.

    Args:
        body (ListFreeResellerIpsForm | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        list[V2Ip]
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
    body: ListFreeResellerIpsForm | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[list[V2Ip]]:
    """List free IPs

     Returns the reseller's IPs that no user uses and no IP group holds.

    Args:
        body (ListFreeResellerIpsForm | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[list[V2Ip]]: the decoded body with status, headers and rate limit.
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
    body: ListFreeResellerIpsForm | Unset = UNSET,
    options: RequestOptions | None = None,
) -> list[V2Ip]:
    """List free IPs

     Returns the reseller's IPs that no user uses and no IP group holds.

    Args:
        body (ListFreeResellerIpsForm | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        list[V2Ip]
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
