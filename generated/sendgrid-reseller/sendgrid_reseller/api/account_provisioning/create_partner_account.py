# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from typing import Any

import httpx

from ... import errors
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.response import parse_answer
from ...client import Client
from ...models.partner_account_create import PartnerAccountCreate
from ...models.partner_account_id import PartnerAccountId
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    name="create_partner_account",
    api="v3",
    method="POST",
    path="/v3/partners/accounts",
    idempotent=False,
    paginated=False,
)


def _get_kwargs(
    *,
    body: PartnerAccountCreate,
    t_test_account: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(t_test_account, Unset):
        headers["T-Test-Account"] = t_test_account

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/partners/accounts",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> PartnerAccountId:
    if response.status_code == 201:
        response_201 = PartnerAccountId.from_dict(response.json())

        return response_201

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[PartnerAccountId]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


def sync_detailed(
    client: Client,
    /,
    *,
    body: PartnerAccountCreate,
    t_test_account: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[PartnerAccountId]:
    """Create a customer account

     Opens a customer account with its holder's profile and the offerings it starts with (exactly one
    package).

    Args:
        t_test_account (str | Unset):
        body (PartnerAccountCreate):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[PartnerAccountId]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs(
        body=body,
        t_test_account=t_test_account,
    )
    response = client.send(OPERATION, kwargs, options)
    return _build_response(response)


def sync(
    client: Client,
    /,
    *,
    body: PartnerAccountCreate,
    t_test_account: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> PartnerAccountId:
    """Create a customer account

     Opens a customer account with its holder's profile and the offerings it starts with (exactly one
    package).

    Args:
        t_test_account (str | Unset):
        body (PartnerAccountCreate):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        PartnerAccountId
    """

    return parse_answer(
        client.send(
            OPERATION,
            _get_kwargs(
                body=body,
                t_test_account=t_test_account,
            ),
            options,
        ),
        _parse_response,
    )


async def asyncio_detailed(
    client: Client,
    /,
    *,
    body: PartnerAccountCreate,
    t_test_account: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[PartnerAccountId]:
    """Create a customer account

     Opens a customer account with its holder's profile and the offerings it starts with (exactly one
    package).

    Args:
        t_test_account (str | Unset):
        body (PartnerAccountCreate):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[PartnerAccountId]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs(
        body=body,
        t_test_account=t_test_account,
    )
    response = await client.asend(OPERATION, kwargs, options)
    return _build_response(response)


async def asyncio(
    client: Client,
    /,
    *,
    body: PartnerAccountCreate,
    t_test_account: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> PartnerAccountId:
    """Create a customer account

     Opens a customer account with its holder's profile and the offerings it starts with (exactly one
    package).

    Args:
        t_test_account (str | Unset):
        body (PartnerAccountCreate):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        PartnerAccountId
    """

    return parse_answer(
        await client.asend(
            OPERATION,
            _get_kwargs(
                body=body,
                t_test_account=t_test_account,
            ),
            options,
        ),
        _parse_response,
    )
