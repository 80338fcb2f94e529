# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from typing import Any

import httpx

from ... import errors
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.response import parse_answer
from ...client import Client
from ...models.verified_sender_steps import VerifiedSenderSteps
from ...types import Response

OPERATION = Operation(
    name="get_verified_sender_steps",
    api="v3",
    method="GET",
    path="/v3/verified_senders/steps_completed",
    idempotent=True,
    paginated=False,
)


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/verified_senders/steps_completed",
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> VerifiedSenderSteps:
    if response.status_code == 200:
        response_200 = VerifiedSenderSteps.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[VerifiedSenderSteps]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


def sync_detailed(
    client: Client,
    /,
    *,
    options: RequestOptions | None = None,
) -> Response[VerifiedSenderSteps]:
    """Sender set-up progress

     Whether the account has verified a single sender and whether it has authenticated a domain.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[VerifiedSenderSteps]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs()
    response = client.send(OPERATION, kwargs, options)
    return _build_response(response)


def sync(
    client: Client,
    /,
    *,
    options: RequestOptions | None = None,
) -> VerifiedSenderSteps:
    """Sender set-up progress

     Whether the account has verified a single sender and whether it has authenticated a domain.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        VerifiedSenderSteps
    """

    return parse_answer(client.send(OPERATION, _get_kwargs(), options), _parse_response)


async def asyncio_detailed(
    client: Client,
    /,
    *,
    options: RequestOptions | None = None,
) -> Response[VerifiedSenderSteps]:
    """Sender set-up progress

     Whether the account has verified a single sender and whether it has authenticated a domain.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[VerifiedSenderSteps]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs()
    response = await client.asend(OPERATION, kwargs, options)
    return _build_response(response)


async def asyncio(
    client: Client,
    /,
    *,
    options: RequestOptions | None = None,
) -> VerifiedSenderSteps:
    """Sender set-up progress

     Whether the account has verified a single sender and whether it has authenticated a domain.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        VerifiedSenderSteps
    """

    return parse_answer(await client.asend(OPERATION, _get_kwargs(), options), _parse_response)
