# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from typing import Any

import httpx

from ... import errors
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.response import parse_answer
from ...client import Client
from ...models.partner_account_page import PartnerAccountPage
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    name="list_partner_accounts",
    api="v3",
    method="GET",
    path="/v3/partners/accounts",
    idempotent=True,
    paginated=False,
)


def _get_kwargs(
    *,
    offset: str | Unset = UNSET,
    limit: int | Unset = 10,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/partners/accounts",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> PartnerAccountPage:
    if response.status_code == 200:
        response_200 = PartnerAccountPage.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[PartnerAccountPage]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


def sync_detailed(
    client: Client,
    /,
    *,
    offset: str | Unset = UNSET,
    limit: int | Unset = 10,
    options: RequestOptions | None = None,
) -> Response[PartnerAccountPage]:
    """List customer accounts

     The partner's customer accounts, a page at a time; pass the previous page's `pages.last` as
    `offset`.

    Args:
        offset (str | Unset):
        limit (int | Unset):  Default: 10.
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[PartnerAccountPage]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
    )
    response = client.send(OPERATION, kwargs, options)
    return _build_response(response)


def sync(
    client: Client,
    /,
    *,
    offset: str | Unset = UNSET,
    limit: int | Unset = 10,
    options: RequestOptions | None = None,
) -> PartnerAccountPage:
    """List customer accounts

     The partner's customer accounts, a page at a time; pass the previous page's `pages.last` as
    `offset`.

    Args:
        offset (str | Unset):
        limit (int | Unset):  Default: 10.
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        PartnerAccountPage
    """

    return parse_answer(
        client.send(
            OPERATION,
            _get_kwargs(
                offset=offset,
                limit=limit,
            ),
            options,
        ),
        _parse_response,
    )


async def asyncio_detailed(
    client: Client,
    /,
    *,
    offset: str | Unset = UNSET,
    limit: int | Unset = 10,
    options: RequestOptions | None = None,
) -> Response[PartnerAccountPage]:
    """List customer accounts

     The partner's customer accounts, a page at a time; pass the previous page's `pages.last` as
    `offset`.

    Args:
        offset (str | Unset):
        limit (int | Unset):  Default: 10.
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[PartnerAccountPage]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
    )
    response = await client.asend(OPERATION, kwargs, options)
    return _build_response(response)


async def asyncio(
    client: Client,
    /,
    *,
    offset: str | Unset = UNSET,
    limit: int | Unset = 10,
    options: RequestOptions | None = None,
) -> PartnerAccountPage:
    """List customer accounts

     The partner's customer accounts, a page at a time; pass the previous page's `pages.last` as
    `offset`.

    Args:
        offset (str | Unset):
        limit (int | Unset):  Default: 10.
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        PartnerAccountPage
    """

    return parse_answer(
        await client.asend(
            OPERATION,
            _get_kwargs(
                offset=offset,
                limit=limit,
            ),
            options,
        ),
        _parse_response,
    )
