# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.response import parse_answer
from ...client import Client
from ...models.partner_account_ip_page import PartnerAccountIpPage
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    name="list_partner_account_ips",
    api="v3",
    method="GET",
    path="/v3/partners/accounts/{accountID}/ips",
    idempotent=True,
    paginated=False,
)


def _get_kwargs(
    account_id: str,
    *,
    limit: int | Unset = 10,
    offset: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/partners/accounts/{account_id}/ips".format(
            account_id=quote(str(account_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> PartnerAccountIpPage:
    if response.status_code == 200:
        response_200 = PartnerAccountIpPage.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[PartnerAccountIpPage]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


def sync_detailed(
    client: Client,
    /,
    account_id: str,
    *,
    limit: int | Unset = 10,
    offset: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[PartnerAccountIpPage]:
    """An account's dedicated IPs

     The account's dedicated IPs and their regions, a page at a time; pass the previous page's
    `pages.last` as `offset`.

    Args:
        account_id (str):
        limit (int | Unset):  Default: 10.
        offset (str | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[PartnerAccountIpPage]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        limit=limit,
        offset=offset,
    )
    response = client.send(OPERATION, kwargs, options)
    return _build_response(response)


def sync(
    client: Client,
    /,
    account_id: str,
    *,
    limit: int | Unset = 10,
    offset: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> PartnerAccountIpPage:
    """An account's dedicated IPs

     The account's dedicated IPs and their regions, a page at a time; pass the previous page's
    `pages.last` as `offset`.

    Args:
        account_id (str):
        limit (int | Unset):  Default: 10.
        offset (str | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        PartnerAccountIpPage
    """

    return parse_answer(
        client.send(
            OPERATION,
            _get_kwargs(
                account_id=account_id,
                limit=limit,
                offset=offset,
            ),
            options,
        ),
        _parse_response,
    )


async def asyncio_detailed(
    client: Client,
    /,
    account_id: str,
    *,
    limit: int | Unset = 10,
    offset: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[PartnerAccountIpPage]:
    """An account's dedicated IPs

     The account's dedicated IPs and their regions, a page at a time; pass the previous page's
    `pages.last` as `offset`.

    Args:
        account_id (str):
        limit (int | Unset):  Default: 10.
        offset (str | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[PartnerAccountIpPage]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        limit=limit,
        offset=offset,
    )
    response = await client.asend(OPERATION, kwargs, options)
    return _build_response(response)


async def asyncio(
    client: Client,
    /,
    account_id: str,
    *,
    limit: int | Unset = 10,
    offset: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> PartnerAccountIpPage:
    """An account's dedicated IPs

     The account's dedicated IPs and their regions, a page at a time; pass the previous page's
    `pages.last` as `offset`.

    Args:
        account_id (str):
        limit (int | Unset):  Default: 10.
        offset (str | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        PartnerAccountIpPage
    """

    return parse_answer(
        await client.asend(
            OPERATION,
            _get_kwargs(
                account_id=account_id,
                limit=limit,
                offset=offset,
            ),
            options,
        ),
        _parse_response,
    )
