# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from typing import Any

import httpx

from ... import errors
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.response import parse_answer
from ...client import Client
from ...models.subuser_reputation import SubuserReputation
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    name="list_subuser_reputations",
    api="v3",
    method="GET",
    path="/v3/subusers/reputations",
    idempotent=True,
    paginated=False,
)


def _get_kwargs(
    *,
    usernames: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_usernames: list[str] | Unset = UNSET
    if not isinstance(usernames, Unset):
        json_usernames = usernames

    params["usernames"] = json_usernames

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/subusers/reputations",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> list[SubuserReputation]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = SubuserReputation.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[list[SubuserReputation]]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


def sync_detailed(
    client: Client,
    /,
    *,
    usernames: list[str] | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[list[SubuserReputation]]:
    """Subuser sender reputations

     The sender reputation score (0-100) of each named subuser, or of all subusers when none is named.

    Args:
        usernames (list[str] | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[list[SubuserReputation]]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs(
        usernames=usernames,
    )
    response = client.send(OPERATION, kwargs, options)
    return _build_response(response)


def sync(
    client: Client,
    /,
    *,
    usernames: list[str] | Unset = UNSET,
    options: RequestOptions | None = None,
) -> list[SubuserReputation]:
    """Subuser sender reputations

     The sender reputation score (0-100) of each named subuser, or of all subusers when none is named.

    Args:
        usernames (list[str] | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        list[SubuserReputation]
    """

    return parse_answer(
        client.send(
            OPERATION,
            _get_kwargs(
                usernames=usernames,
            ),
            options,
        ),
        _parse_response,
    )


async def asyncio_detailed(
    client: Client,
    /,
    *,
    usernames: list[str] | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[list[SubuserReputation]]:
    """Subuser sender reputations

     The sender reputation score (0-100) of each named subuser, or of all subusers when none is named.

    Args:
        usernames (list[str] | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[list[SubuserReputation]]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs(
        usernames=usernames,
    )
    response = await client.asend(OPERATION, kwargs, options)
    return _build_response(response)


async def asyncio(
    client: Client,
    /,
    *,
    usernames: list[str] | Unset = UNSET,
    options: RequestOptions | None = None,
) -> list[SubuserReputation]:
    """Subuser sender reputations

     The sender reputation score (0-100) of each named subuser, or of all subusers when none is named.

    Args:
        usernames (list[str] | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        list[SubuserReputation]
    """

    return parse_answer(
        await client.asend(
            OPERATION,
            _get_kwargs(
                usernames=usernames,
            ),
            options,
        ),
        _parse_response,
    )
