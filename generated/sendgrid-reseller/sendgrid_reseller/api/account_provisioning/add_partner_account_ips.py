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
from ...models.partner_account_ip_request import PartnerAccountIpRequest
from ...models.partner_account_ips_added import PartnerAccountIpsAdded
from ...models.partner_ip_region import PartnerIpRegion
from ...types import UNSET, Response, Unset

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
            account_id=path_segment("account_id", account_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> PartnerAccountIpsAdded:
    if response.status_code == 201:
        response_201 = PartnerAccountIpsAdded.from_dict(read_json(response))

        return response_201

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[PartnerAccountIpsAdded]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


@overload
def sync_detailed(
    client: Client,
    /,
    account_id: str,
    *,
    count: int,
    region: PartnerIpRegion,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[PartnerAccountIpsAdded]: ...


@overload
def sync_detailed(
    client: Client,
    /,
    account_id: str,
    *,
    body: PartnerAccountIpRequest,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[PartnerAccountIpsAdded]: ...


def sync_detailed(
    client: Client,
    /,
    account_id: str,
    *,
    count: int | Unset = UNSET,
    region: PartnerIpRegion | Unset = UNSET,
    body: PartnerAccountIpRequest | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[PartnerAccountIpsAdded]:
    """Give an account dedicated IPs.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: POST /v3/partners/accounts/{accountID}/ips; the client adds Authorization: Bearer
    with the API key.

    Args:
        The same as `client.accounts.ips.add` takes; `help()` on it describes each one.

    Returns:
        Response[PartnerAccountIpsAdded]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.accounts.ips.add_detailed(account_id, count=count, region=region)
    """

    return _sync_detailed_impl(
        client,
        count=count,
        region=region,
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
    count: int | Unset = UNSET,
    region: PartnerIpRegion | Unset = UNSET,
    body: PartnerAccountIpRequest | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[PartnerAccountIpsAdded]:
    body = body_from_fields(
        OPERATION,
        PartnerAccountIpRequest,
        body,
        {
            "count": count,
            "region": region,
        },
        (
            "count",
            "region",
        ),
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
    count: int,
    region: PartnerIpRegion,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> PartnerAccountIpsAdded: ...


@overload
def sync(
    client: Client,
    /,
    account_id: str,
    *,
    body: PartnerAccountIpRequest,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> PartnerAccountIpsAdded: ...


def sync(
    client: Client,
    /,
    account_id: str,
    *,
    count: int | Unset = UNSET,
    region: PartnerIpRegion | Unset = UNSET,
    body: PartnerAccountIpRequest | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> PartnerAccountIpsAdded:
    """Give an account dedicated IPs.

    Allocates new dedicated IPs in a region to the account; the answer lists them.

    Wire request: POST /v3/partners/accounts/{accountID}/ips; the client adds Authorization: Bearer
    with the API key.

    Args:
        account_id (str): The `accountID` path segment. Required.
        count (int): How many IPs to add. Required.
        region (PartnerIpRegion): The `region` JSON field. Required.
        body (PartnerAccountIpRequest): The whole request as one model, instead of the
            fields above (not both).
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        extra_body (Mapping[str, Any] | None): More body fields for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        PartnerAccountIpsAdded: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.accounts.ips.add(account_id, count=count, region=region)
    """

    return _sync_impl(
        client,
        count=count,
        region=region,
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
    count: int | Unset = UNSET,
    region: PartnerIpRegion | Unset = UNSET,
    body: PartnerAccountIpRequest | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> PartnerAccountIpsAdded:
    body = body_from_fields(
        OPERATION,
        PartnerAccountIpRequest,
        body,
        {
            "count": count,
            "region": region,
        },
        (
            "count",
            "region",
        ),
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
    count: int,
    region: PartnerIpRegion,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[PartnerAccountIpsAdded]: ...


@overload
async def asyncio_detailed(
    client: Client,
    /,
    account_id: str,
    *,
    body: PartnerAccountIpRequest,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[PartnerAccountIpsAdded]: ...


async def asyncio_detailed(
    client: Client,
    /,
    account_id: str,
    *,
    count: int | Unset = UNSET,
    region: PartnerIpRegion | Unset = UNSET,
    body: PartnerAccountIpRequest | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[PartnerAccountIpsAdded]:
    """Give an account dedicated IPs.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: POST /v3/partners/accounts/{accountID}/ips; the client adds Authorization: Bearer
    with the API key.

    Args:
        The same as `client.accounts.ips.add` takes; `help()` on it describes each one.

    Returns:
        Response[PartnerAccountIpsAdded]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.accounts.ips.add_detailed(account_id, count=count, region=region)
    """

    return await _asyncio_detailed_impl(
        client,
        count=count,
        region=region,
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
    count: int | Unset = UNSET,
    region: PartnerIpRegion | Unset = UNSET,
    body: PartnerAccountIpRequest | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[PartnerAccountIpsAdded]:
    body = body_from_fields(
        OPERATION,
        PartnerAccountIpRequest,
        body,
        {
            "count": count,
            "region": region,
        },
        (
            "count",
            "region",
        ),
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
    count: int,
    region: PartnerIpRegion,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> PartnerAccountIpsAdded: ...


@overload
async def asyncio(
    client: Client,
    /,
    account_id: str,
    *,
    body: PartnerAccountIpRequest,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> PartnerAccountIpsAdded: ...


async def asyncio(
    client: Client,
    /,
    account_id: str,
    *,
    count: int | Unset = UNSET,
    region: PartnerIpRegion | Unset = UNSET,
    body: PartnerAccountIpRequest | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> PartnerAccountIpsAdded:
    """Give an account dedicated IPs.

    Allocates new dedicated IPs in a region to the account; the answer lists them.

    Wire request: POST /v3/partners/accounts/{accountID}/ips; the client adds Authorization: Bearer
    with the API key.

    Args:
        account_id (str): The `accountID` path segment. Required.
        count (int): How many IPs to add. Required.
        region (PartnerIpRegion): The `region` JSON field. Required.
        body (PartnerAccountIpRequest): The whole request as one model, instead of the
            fields above (not both).
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        extra_body (Mapping[str, Any] | None): More body fields for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        PartnerAccountIpsAdded: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.accounts.ips.add(account_id, count=count, region=region)
    """

    return await _asyncio_impl(
        client,
        count=count,
        region=region,
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
    count: int | Unset = UNSET,
    region: PartnerIpRegion | Unset = UNSET,
    body: PartnerAccountIpRequest | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> PartnerAccountIpsAdded:
    body = body_from_fields(
        OPERATION,
        PartnerAccountIpRequest,
        body,
        {
            "count": count,
            "region": region,
        },
        (
            "count",
            "region",
        ),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        account_id=account_id,
        body=body,
    )
    return parse_answer(await client.asend(OPERATION, kwargs, options), _parse_response)
