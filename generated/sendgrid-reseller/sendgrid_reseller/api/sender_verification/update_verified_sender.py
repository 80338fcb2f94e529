# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.response import parse_answer
from ...client import Client
from ...models.verified_sender import VerifiedSender
from ...models.verified_sender_update import VerifiedSenderUpdate
from ...types import Response

OPERATION = Operation(
    name="update_verified_sender",
    api="v3",
    method="PATCH",
    path="/v3/verified_senders/{id}",
    idempotent=False,
    paginated=False,
)


def _get_kwargs(
    id: int,
    *,
    body: VerifiedSenderUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v3/verified_senders/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> VerifiedSender:
    if response.status_code == 200:
        response_200 = VerifiedSender.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[VerifiedSender]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


def sync_detailed(
    client: Client,
    /,
    id: int,
    *,
    body: VerifiedSenderUpdate,
    options: RequestOptions | None = None,
) -> Response[VerifiedSender]:
    """Edit a verified sender

     Changes the sender's details; a changed From address must be verified again.

    Args:
        id (int):
        body (VerifiedSenderUpdate): The fields to change.
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[VerifiedSender]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )
    response = client.send(OPERATION, kwargs, options)
    return _build_response(response)


def sync(
    client: Client,
    /,
    id: int,
    *,
    body: VerifiedSenderUpdate,
    options: RequestOptions | None = None,
) -> VerifiedSender:
    """Edit a verified sender

     Changes the sender's details; a changed From address must be verified again.

    Args:
        id (int):
        body (VerifiedSenderUpdate): The fields to change.
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        VerifiedSender
    """

    return parse_answer(
        client.send(
            OPERATION,
            _get_kwargs(
                id=id,
                body=body,
            ),
            options,
        ),
        _parse_response,
    )


async def asyncio_detailed(
    client: Client,
    /,
    id: int,
    *,
    body: VerifiedSenderUpdate,
    options: RequestOptions | None = None,
) -> Response[VerifiedSender]:
    """Edit a verified sender

     Changes the sender's details; a changed From address must be verified again.

    Args:
        id (int):
        body (VerifiedSenderUpdate): The fields to change.
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[VerifiedSender]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )
    response = await client.asend(OPERATION, kwargs, options)
    return _build_response(response)


async def asyncio(
    client: Client,
    /,
    id: int,
    *,
    body: VerifiedSenderUpdate,
    options: RequestOptions | None = None,
) -> VerifiedSender:
    """Edit a verified sender

     Changes the sender's details; a changed From address must be verified again.

    Args:
        id (int):
        body (VerifiedSenderUpdate): The fields to change.
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        VerifiedSender
    """

    return parse_answer(
        await client.asend(
            OPERATION,
            _get_kwargs(
                id=id,
                body=body,
            ),
            options,
        ),
        _parse_response,
    )
