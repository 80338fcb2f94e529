# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from typing import Any, cast

import httpx

from ... import errors
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.response import parse_answer
from ..._runtime.urls import path_segment
from ...client import Client
from ...models.recipient_email_list import RecipientEmailList
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    name="search_group_suppressions",
    api="v3",
    method="POST",
    path="/v3/asm/groups/{group_id}/suppressions/search",
    idempotent=False,
    paginated=False,
)


def _get_kwargs(
    group_id: int,
    *,
    body: RecipientEmailList,
    on_behalf_of: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(on_behalf_of, Unset):
        headers["on-behalf-of"] = on_behalf_of

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/asm/groups/{group_id}/suppressions/search".format(
            group_id=path_segment("group_id", group_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> list[str]:
    if response.status_code == 200:
        response_200 = cast(list[str], response.json())

        return response_200

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[list[str]]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


def sync_detailed(
    client: Client,
    /,
    group_id: int,
    *,
    body: RecipientEmailList,
    on_behalf_of: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[list[str]]:
    """Which of these addresses are in an unsubscribe group

     Returns the subset of the given addresses that are unsubscribed from the group.

    Args:
        group_id (int):
        on_behalf_of (str | Unset):
        body (RecipientEmailList):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[list[str]]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        body=body,
        on_behalf_of=on_behalf_of,
    )
    response = client.send(OPERATION, kwargs, options)
    return _build_response(response)


def sync(
    client: Client,
    /,
    group_id: int,
    *,
    body: RecipientEmailList,
    on_behalf_of: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> list[str]:
    """Which of these addresses are in an unsubscribe group

     Returns the subset of the given addresses that are unsubscribed from the group.

    Args:
        group_id (int):
        on_behalf_of (str | Unset):
        body (RecipientEmailList):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        list[str]
    """

    return parse_answer(
        client.send(
            OPERATION,
            _get_kwargs(
                group_id=group_id,
                body=body,
                on_behalf_of=on_behalf_of,
            ),
            options,
        ),
        _parse_response,
    )


async def asyncio_detailed(
    client: Client,
    /,
    group_id: int,
    *,
    body: RecipientEmailList,
    on_behalf_of: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[list[str]]:
    """Which of these addresses are in an unsubscribe group

     Returns the subset of the given addresses that are unsubscribed from the group.

    Args:
        group_id (int):
        on_behalf_of (str | Unset):
        body (RecipientEmailList):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[list[str]]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        body=body,
        on_behalf_of=on_behalf_of,
    )
    response = await client.asend(OPERATION, kwargs, options)
    return _build_response(response)


async def asyncio(
    client: Client,
    /,
    group_id: int,
    *,
    body: RecipientEmailList,
    on_behalf_of: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> list[str]:
    """Which of these addresses are in an unsubscribe group

     Returns the subset of the given addresses that are unsubscribed from the group.

    Args:
        group_id (int):
        on_behalf_of (str | Unset):
        body (RecipientEmailList):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        list[str]
    """

    return parse_answer(
        await client.asend(
            OPERATION,
            _get_kwargs(
                group_id=group_id,
                body=body,
                on_behalf_of=on_behalf_of,
            ),
            options,
        ),
        _parse_response,
    )
