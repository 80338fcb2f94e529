# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from typing import Any

import httpx

from ... import errors
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.response import parse_answer
from ...client import Client
from ...models.v2_timezone import V2Timezone
from ...types import UNSET, Response

OPERATION = Operation(
    name="get_customer_timezone",
    api="v2",
    method="POST",
    path="/apiv2/reseller.manage.json",
    idempotent=True,
    paginated=False,
)
# The documented discriminators of this call: always sent, never chosen by the caller.
FIXED_FIELDS: dict[str, str] = {
    "method": "timezone",
    "task": "get",
}


def _get_kwargs(
    *,
    user: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["user"] = user

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/apiv2/reseller.manage.json",
        "params": params,
    }

    _kwargs["data"] = dict(FIXED_FIELDS)
    _kwargs["headers"] = {"Content-Type": "application/x-www-form-urlencoded"}

    return _kwargs


def _parse_response(response: httpx.Response) -> V2Timezone:
    if response.status_code == 200:
        response_200 = V2Timezone.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[V2Timezone]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


def sync_detailed(
    client: Client,
    /,
    *,
    user: str,
    options: RequestOptions | None = None,
) -> Response[V2Timezone]:
    """Get a customer's timezone

     Returns the timezone currently assigned to the customer.

    Args:
        user (str):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[V2Timezone]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs(
        user=user,
    )
    response = client.send(OPERATION, kwargs, options)
    return _build_response(response)


def sync(
    client: Client,
    /,
    *,
    user: str,
    options: RequestOptions | None = None,
) -> V2Timezone:
    """Get a customer's timezone

     Returns the timezone currently assigned to the customer.

    Args:
        user (str):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        V2Timezone
    """

    return parse_answer(
        client.send(
            OPERATION,
            _get_kwargs(
                user=user,
            ),
            options,
        ),
        _parse_response,
    )


async def asyncio_detailed(
    client: Client,
    /,
    *,
    user: str,
    options: RequestOptions | None = None,
) -> Response[V2Timezone]:
    """Get a customer's timezone

     Returns the timezone currently assigned to the customer.

    Args:
        user (str):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[V2Timezone]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs(
        user=user,
    )
    response = await client.asend(OPERATION, kwargs, options)
    return _build_response(response)


async def asyncio(
    client: Client,
    /,
    *,
    user: str,
    options: RequestOptions | None = None,
) -> V2Timezone:
    """Get a customer's timezone

     Returns the timezone currently assigned to the customer.

    Args:
        user (str):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        V2Timezone
    """

    return parse_answer(
        await client.asend(
            OPERATION,
            _get_kwargs(
                user=user,
            ),
            options,
        ),
        _parse_response,
    )
