# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from typing import Any

import httpx

from ... import errors
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.response import parse_answer
from ...client import Client
from ...models.v2_timezone import V2Timezone
from ...types import Response

OPERATION = Operation(
    name="list_customer_timezones",
    api="v2",
    method="POST",
    path="/apiv2/reseller.manage.json",
    idempotent=True,
    paginated=False,
)
# The documented discriminators of this call: always sent, never chosen by the caller.
FIXED_FIELDS: dict[str, str] = {
    "method": "timezone",
    "task": "list",
}


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/apiv2/reseller.manage.json",
    }

    _kwargs["data"] = dict(FIXED_FIELDS)
    _kwargs["headers"] = {"Content-Type": "application/x-www-form-urlencoded"}

    return _kwargs


def _parse_response(response: httpx.Response) -> list[V2Timezone]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = V2Timezone.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[list[V2Timezone]]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


def sync_detailed(
    client: Client,
    /,
    *,
    options: RequestOptions | None = None,
) -> Response[list[V2Timezone]]:
    """List the timezones a customer can have

     Returns every timezone that can be assigned to a customer, with its display label and offset.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[list[V2Timezone]]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs()
    response = client.send(OPERATION, kwargs, options)
    return _build_response(response)


def sync(
    client: Client,
    /,
    *,
    options: RequestOptions | None = None,
) -> list[V2Timezone]:
    """List the timezones a customer can have

     Returns every timezone that can be assigned to a customer, with its display label and offset.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        list[V2Timezone]
    """

    return parse_answer(client.send(OPERATION, _get_kwargs(), options), _parse_response)


async def asyncio_detailed(
    client: Client,
    /,
    *,
    options: RequestOptions | None = None,
) -> Response[list[V2Timezone]]:
    """List the timezones a customer can have

     Returns every timezone that can be assigned to a customer, with its display label and offset.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[list[V2Timezone]]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs()
    response = await client.asend(OPERATION, kwargs, options)
    return _build_response(response)


async def asyncio(
    client: Client,
    /,
    *,
    options: RequestOptions | None = None,
) -> list[V2Timezone]:
    """List the timezones a customer can have

     Returns every timezone that can be assigned to a customer, with its display label and offset.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        list[V2Timezone]
    """

    return parse_answer(await client.asend(OPERATION, _get_kwargs(), options), _parse_response)
