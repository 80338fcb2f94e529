# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from typing import Any

import httpx

from ... import errors
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.response import parse_answer
from ...client import Client
from ...models.verified_sender_list import VerifiedSenderList
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    name="list_verified_senders",
    api="v3",
    method="GET",
    path="/v3/verified_senders",
    idempotent=True,
    paginated=False,
)


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    last_seen_id: int | Unset = UNSET,
    id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["lastSeenID"] = last_seen_id

    params["id"] = id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/verified_senders",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> VerifiedSenderList:
    if response.status_code == 200:
        response_200 = VerifiedSenderList.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[VerifiedSenderList]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


def sync_detailed(
    client: Client,
    /,
    *,
    limit: int | Unset = UNSET,
    last_seen_id: int | Unset = UNSET,
    id: int | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[VerifiedSenderList]:
    """List verified senders

     The account's senders, verified or pending, in id order; the next page starts after the id passed as
    lastSeenID.

    Args:
        limit (int | Unset):
        last_seen_id (int | Unset):
        id (int | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[VerifiedSenderList]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs(
        limit=limit,
        last_seen_id=last_seen_id,
        id=id,
    )
    response = client.send(OPERATION, kwargs, options)
    return _build_response(response)


def sync(
    client: Client,
    /,
    *,
    limit: int | Unset = UNSET,
    last_seen_id: int | Unset = UNSET,
    id: int | Unset = UNSET,
    options: RequestOptions | None = None,
) -> VerifiedSenderList:
    """List verified senders

     The account's senders, verified or pending, in id order; the next page starts after the id passed as
    lastSeenID.

    Args:
        limit (int | Unset):
        last_seen_id (int | Unset):
        id (int | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        VerifiedSenderList
    """

    return parse_answer(
        client.send(
            OPERATION,
            _get_kwargs(
                limit=limit,
                last_seen_id=last_seen_id,
                id=id,
            ),
            options,
        ),
        _parse_response,
    )


async def asyncio_detailed(
    client: Client,
    /,
    *,
    limit: int | Unset = UNSET,
    last_seen_id: int | Unset = UNSET,
    id: int | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[VerifiedSenderList]:
    """List verified senders

     The account's senders, verified or pending, in id order; the next page starts after the id passed as
    lastSeenID.

    Args:
        limit (int | Unset):
        last_seen_id (int | Unset):
        id (int | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[VerifiedSenderList]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs(
        limit=limit,
        last_seen_id=last_seen_id,
        id=id,
    )
    response = await client.asend(OPERATION, kwargs, options)
    return _build_response(response)


async def asyncio(
    client: Client,
    /,
    *,
    limit: int | Unset = UNSET,
    last_seen_id: int | Unset = UNSET,
    id: int | Unset = UNSET,
    options: RequestOptions | None = None,
) -> VerifiedSenderList:
    """List verified senders

     The account's senders, verified or pending, in id order; the next page starts after the id passed as
    lastSeenID.

    Args:
        limit (int | Unset):
        last_seen_id (int | Unset):
        id (int | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        VerifiedSenderList
    """

    return parse_answer(
        await client.asend(
            OPERATION,
            _get_kwargs(
                limit=limit,
                last_seen_id=last_seen_id,
                id=id,
            ),
            options,
        ),
        _parse_response,
    )
