# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from collections.abc import Mapping
from typing import Any, overload

import httpx

from ... import errors
from ..._runtime.arguments import body_from_fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions, call_options
from ..._runtime.response import parse_answer, read_json
from ..._runtime.urls import path_segment
from ...client import Client
from ...models.partner_offering import PartnerOffering
from ...models.partner_offering_list import PartnerOfferingList
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    name="update_partner_account_offerings",
    api="v3",
    method="PUT",
    path="/v3/partners/accounts/{accountID}/offerings",
    idempotent=True,
    paginated=False,
)


def _get_kwargs(
    account_id: str,
    *,
    body: PartnerOfferingList,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v3/partners/accounts/{account_id}/offerings".format(
            account_id=path_segment("account_id", account_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> PartnerOfferingList:
    if response.status_code == 200:
        response_200 = PartnerOfferingList.from_dict(read_json(response))

        return response_200

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[PartnerOfferingList]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


@overload
def sync_detailed(
    client: Client,
    /,
    account_id: str,
    *,
    offerings: list[PartnerOffering],
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[PartnerOfferingList]: ...


@overload
def sync_detailed(
    client: Client,
    /,
    account_id: str,
    *,
    body: PartnerOfferingList,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[PartnerOfferingList]: ...


def sync_detailed(
    client: Client,
    /,
    account_id: str,
    *,
    offerings: list[PartnerOffering] | Unset = UNSET,
    body: PartnerOfferingList | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[PartnerOfferingList]:
    """Change an account's offerings.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: PUT /v3/partners/accounts/{accountID}/offerings; the client adds Authorization:
    Bearer with the API key.

    Args:
        The same as `client.accounts.offerings.update` takes; `help()` on it describes each one.

    Returns:
        Response[PartnerOfferingList]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.accounts.offerings.update_detailed(account_id, offerings=offerings)
    """

    return _sync_detailed_impl(
        client,
        offerings=offerings,
        account_id=account_id,
        body=body,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        options=options,
    )


def _sync_detailed_impl(
    client: Client,
    /,
    account_id: str,
    *,
    offerings: list[PartnerOffering] | Unset = UNSET,
    body: PartnerOfferingList | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[PartnerOfferingList]:
    body = body_from_fields(
        OPERATION,
        PartnerOfferingList,
        body,
        {
            "offerings": offerings,
        },
        ("offerings",),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        account_id=account_id,
        body=body,
    )
    return _build_response(client.send(OPERATION, kwargs, options))


@overload
def sync(
    client: Client,
    /,
    account_id: str,
    *,
    offerings: list[PartnerOffering],
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> PartnerOfferingList: ...


@overload
def sync(
    client: Client,
    /,
    account_id: str,
    *,
    body: PartnerOfferingList,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> PartnerOfferingList: ...


def sync(
    client: Client,
    /,
    account_id: str,
    *,
    offerings: list[PartnerOffering] | Unset = UNSET,
    body: PartnerOfferingList | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> PartnerOfferingList:
    """Change an account's offerings.

    Switches the account's package (it holds exactly one) and attaches add-ons such as Marketing
    Campaigns or dedicated IPs.

    Wire request: PUT /v3/partners/accounts/{accountID}/offerings; the client adds Authorization:
    Bearer with the API key.

    Args:
        account_id (str): The `accountID` path segment. Required.
        offerings (list[PartnerOffering]): The `offerings` JSON field. Required.
        body (PartnerOfferingList): The whole request as one model, instead of the
            fields above (not both).
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        extra_body (Mapping[str, Any] | None): More body fields for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        PartnerOfferingList: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.accounts.offerings.update(account_id, offerings=offerings)
    """

    return _sync_impl(
        client,
        offerings=offerings,
        account_id=account_id,
        body=body,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        options=options,
    )


def _sync_impl(
    client: Client,
    /,
    account_id: str,
    *,
    offerings: list[PartnerOffering] | Unset = UNSET,
    body: PartnerOfferingList | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> PartnerOfferingList:
    body = body_from_fields(
        OPERATION,
        PartnerOfferingList,
        body,
        {
            "offerings": offerings,
        },
        ("offerings",),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        account_id=account_id,
        body=body,
    )
    return parse_answer(client.send(OPERATION, kwargs, options), _parse_response)


@overload
async def asyncio_detailed(
    client: Client,
    /,
    account_id: str,
    *,
    offerings: list[PartnerOffering],
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[PartnerOfferingList]: ...


@overload
async def asyncio_detailed(
    client: Client,
    /,
    account_id: str,
    *,
    body: PartnerOfferingList,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[PartnerOfferingList]: ...


async def asyncio_detailed(
    client: Client,
    /,
    account_id: str,
    *,
    offerings: list[PartnerOffering] | Unset = UNSET,
    body: PartnerOfferingList | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[PartnerOfferingList]:
    """Change an account's offerings.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: PUT /v3/partners/accounts/{accountID}/offerings; the client adds Authorization:
    Bearer with the API key.

    Args:
        The same as `client.accounts.offerings.update` takes; `help()` on it describes each one.

    Returns:
        Response[PartnerOfferingList]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.accounts.offerings.update_detailed(account_id, offerings=offerings)
    """

    return await _asyncio_detailed_impl(
        client,
        offerings=offerings,
        account_id=account_id,
        body=body,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        options=options,
    )


async def _asyncio_detailed_impl(
    client: Client,
    /,
    account_id: str,
    *,
    offerings: list[PartnerOffering] | Unset = UNSET,
    body: PartnerOfferingList | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[PartnerOfferingList]:
    body = body_from_fields(
        OPERATION,
        PartnerOfferingList,
        body,
        {
            "offerings": offerings,
        },
        ("offerings",),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        account_id=account_id,
        body=body,
    )
    return _build_response(await client.asend(OPERATION, kwargs, options))


@overload
async def asyncio(
    client: Client,
    /,
    account_id: str,
    *,
    offerings: list[PartnerOffering],
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> PartnerOfferingList: ...


@overload
async def asyncio(
    client: Client,
    /,
    account_id: str,
    *,
    body: PartnerOfferingList,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> PartnerOfferingList: ...


async def asyncio(
    client: Client,
    /,
    account_id: str,
    *,
    offerings: list[PartnerOffering] | Unset = UNSET,
    body: PartnerOfferingList | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> PartnerOfferingList:
    """Change an account's offerings.

    Switches the account's package (it holds exactly one) and attaches add-ons such as Marketing
    Campaigns or dedicated IPs.

    Wire request: PUT /v3/partners/accounts/{accountID}/offerings; the client adds Authorization:
    Bearer with the API key.

    Args:
        account_id (str): The `accountID` path segment. Required.
        offerings (list[PartnerOffering]): The `offerings` JSON field. Required.
        body (PartnerOfferingList): The whole request as one model, instead of the
            fields above (not both).
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        extra_body (Mapping[str, Any] | None): More body fields for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        PartnerOfferingList: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.accounts.offerings.update(account_id, offerings=offerings)
    """

    return await _asyncio_impl(
        client,
        offerings=offerings,
        account_id=account_id,
        body=body,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        options=options,
    )


async def _asyncio_impl(
    client: Client,
    /,
    account_id: str,
    *,
    offerings: list[PartnerOffering] | Unset = UNSET,
    body: PartnerOfferingList | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> PartnerOfferingList:
    body = body_from_fields(
        OPERATION,
        PartnerOfferingList,
        body,
        {
            "offerings": offerings,
        },
        ("offerings",),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        account_id=account_id,
        body=body,
    )
    return parse_answer(await client.asend(OPERATION, kwargs, options), _parse_response)
