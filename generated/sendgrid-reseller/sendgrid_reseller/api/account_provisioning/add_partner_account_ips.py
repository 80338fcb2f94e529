# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.response import parse_answer
from ...client import Client
from ...models.partner_account_ip_request import PartnerAccountIpRequest
from ...models.partner_account_ips_added import PartnerAccountIpsAdded
from ...types import Response

OPERATION = Operation(
    name="add_partner_account_ips",
    api="v3",
    method="POST",
    path="/v3/partners/accounts/{accountID}/ips",
    idempotent=False,
    paginated=False,
)


def _get_kwargs(
    account_id: str,
    *,
    body: PartnerAccountIpRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/partners/accounts/{account_id}/ips".format(
            account_id=quote(str(account_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> PartnerAccountIpsAdded:
    if response.status_code == 201:
        response_201 = PartnerAccountIpsAdded.from_dict(response.json())

        return response_201

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[PartnerAccountIpsAdded]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


def sync_detailed(
    client: Client,
    /,
    account_id: str,
    *,
    body: PartnerAccountIpRequest,
    options: RequestOptions | None = None,
) -> Response[PartnerAccountIpsAdded]:
    """Give an account dedicated IPs

     Allocates new dedicated IPs in a region to the account; the answer lists them.

    Args:
        account_id (str):
        body (PartnerAccountIpRequest):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[PartnerAccountIpsAdded]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        body=body,
    )
    response = client.send(OPERATION, kwargs, options)
    return _build_response(response)


def sync(
    client: Client,
    /,
    account_id: str,
    *,
    body: PartnerAccountIpRequest,
    options: RequestOptions | None = None,
) -> PartnerAccountIpsAdded:
    """Give an account dedicated IPs

     Allocates new dedicated IPs in a region to the account; the answer lists them.

    Args:
        account_id (str):
        body (PartnerAccountIpRequest):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        PartnerAccountIpsAdded
    """

    return parse_answer(
        client.send(
            OPERATION,
            _get_kwargs(
                account_id=account_id,
                body=body,
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
    body: PartnerAccountIpRequest,
    options: RequestOptions | None = None,
) -> Response[PartnerAccountIpsAdded]:
    """Give an account dedicated IPs

     Allocates new dedicated IPs in a region to the account; the answer lists them.

    Args:
        account_id (str):
        body (PartnerAccountIpRequest):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[PartnerAccountIpsAdded]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        body=body,
    )
    response = await client.asend(OPERATION, kwargs, options)
    return _build_response(response)


async def asyncio(
    client: Client,
    /,
    account_id: str,
    *,
    body: PartnerAccountIpRequest,
    options: RequestOptions | None = None,
) -> PartnerAccountIpsAdded:
    """Give an account dedicated IPs

     Allocates new dedicated IPs in a region to the account; the answer lists them.

    Args:
        account_id (str):
        body (PartnerAccountIpRequest):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        PartnerAccountIpsAdded
    """

    return parse_answer(
        await client.asend(
            OPERATION,
            _get_kwargs(
                account_id=account_id,
                body=body,
            ),
            options,
        ),
        _parse_response,
    )
