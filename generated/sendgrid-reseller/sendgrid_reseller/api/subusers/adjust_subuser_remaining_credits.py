# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from typing import Any

import httpx

from ... import errors
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.response import parse_answer
from ..._runtime.urls import path_segment
from ...client import Client
from ...models.remaining_credits_adjustment import RemainingCreditsAdjustment
from ...models.subuser_credits import SubuserCredits
from ...types import Response

OPERATION = Operation(
    name="adjust_subuser_remaining_credits",
    api="v3",
    method="PATCH",
    path="/v3/subusers/{subuser_name}/credits/remaining",
    idempotent=False,
    paginated=False,
)


def _get_kwargs(
    subuser_name: str,
    *,
    body: RemainingCreditsAdjustment,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v3/subusers/{subuser_name}/credits/remaining".format(
            subuser_name=path_segment("subuser_name", subuser_name),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> SubuserCredits:
    if response.status_code == 200:
        response_200 = SubuserCredits.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[SubuserCredits]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


def sync_detailed(
    client: Client,
    /,
    subuser_name: str,
    *,
    body: RemainingCreditsAdjustment,
    options: RequestOptions | None = None,
) -> Response[SubuserCredits]:
    """Add to or take from a subuser's remaining credits

     Changes the subuser's remaining credits by a signed amount (positive adds, negative removes).

    Args:
        subuser_name (str):
        body (RemainingCreditsAdjustment):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[SubuserCredits]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs(
        subuser_name=subuser_name,
        body=body,
    )
    response = client.send(OPERATION, kwargs, options)
    return _build_response(response)


def sync(
    client: Client,
    /,
    subuser_name: str,
    *,
    body: RemainingCreditsAdjustment,
    options: RequestOptions | None = None,
) -> SubuserCredits:
    """Add to or take from a subuser's remaining credits

     Changes the subuser's remaining credits by a signed amount (positive adds, negative removes).

    Args:
        subuser_name (str):
        body (RemainingCreditsAdjustment):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        SubuserCredits
    """

    return parse_answer(
        client.send(
            OPERATION,
            _get_kwargs(
                subuser_name=subuser_name,
                body=body,
            ),
            options,
        ),
        _parse_response,
    )


async def asyncio_detailed(
    client: Client,
    /,
    subuser_name: str,
    *,
    body: RemainingCreditsAdjustment,
    options: RequestOptions | None = None,
) -> Response[SubuserCredits]:
    """Add to or take from a subuser's remaining credits

     Changes the subuser's remaining credits by a signed amount (positive adds, negative removes).

    Args:
        subuser_name (str):
        body (RemainingCreditsAdjustment):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[SubuserCredits]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs(
        subuser_name=subuser_name,
        body=body,
    )
    response = await client.asend(OPERATION, kwargs, options)
    return _build_response(response)


async def asyncio(
    client: Client,
    /,
    subuser_name: str,
    *,
    body: RemainingCreditsAdjustment,
    options: RequestOptions | None = None,
) -> SubuserCredits:
    """Add to or take from a subuser's remaining credits

     Changes the subuser's remaining credits by a signed amount (positive adds, negative removes).

    Args:
        subuser_name (str):
        body (RemainingCreditsAdjustment):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        SubuserCredits
    """

    return parse_answer(
        await client.asend(
            OPERATION,
            _get_kwargs(
                subuser_name=subuser_name,
                body=body,
            ),
            options,
        ),
        _parse_response,
    )
