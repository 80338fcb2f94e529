# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from collections.abc import Mapping
from typing import Any, overload

import httpx

from ... import errors
from ..._runtime.arguments import body_from_fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions, call_options
from ..._runtime.response import parse_answer, read_json
from ...client import Client
from ...models.partner_account_create import PartnerAccountCreate
from ...models.partner_account_id import PartnerAccountId
from ...models.partner_account_profile import PartnerAccountProfile
from ...models.partner_offering import PartnerOffering
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
        response_201 = PartnerAccountId.from_dict(read_json(response))

        return response_201

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[PartnerAccountId]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


@overload
def sync_detailed(
    client: Client,
    /,
    *,
    offerings: list[PartnerOffering],
    profile: PartnerAccountProfile | Unset = UNSET,
    t_test_account: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[PartnerAccountId]: ...


@overload
def sync_detailed(
    client: Client,
    /,
    *,
    body: PartnerAccountCreate,
    t_test_account: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[PartnerAccountId]: ...


def sync_detailed(
    client: Client,
    /,
    *,
    offerings: list[PartnerOffering] | Unset = UNSET,
    profile: PartnerAccountProfile | Unset = UNSET,
    body: PartnerAccountCreate | Unset = UNSET,
    t_test_account: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[PartnerAccountId]:
    """Create a customer account.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: POST /v3/partners/accounts; the client adds Authorization: Bearer with the API
    key.

    Args:
        The same as `client.accounts.create` takes; `help()` on it describes each one.

    Returns:
        Response[PartnerAccountId]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.accounts.create_detailed(offerings=offerings)
    """

    return _sync_detailed_impl(
        client,
        offerings=offerings,
        profile=profile,
        body=body,
        t_test_account=t_test_account,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        options=options,
    )


def _sync_detailed_impl(
    client: Client,
    /,
    *,
    offerings: list[PartnerOffering] | Unset = UNSET,
    profile: PartnerAccountProfile | Unset = UNSET,
    body: PartnerAccountCreate | Unset = UNSET,
    t_test_account: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[PartnerAccountId]:
    body = body_from_fields(
        OPERATION,
        PartnerAccountCreate,
        body,
        {
            "offerings": offerings,
            "profile": profile,
        },
        ("offerings",),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        body=body,
        t_test_account=t_test_account,
    )
    return _build_response(client.send(OPERATION, kwargs, options))


@overload
def sync(
    client: Client,
    /,
    *,
    offerings: list[PartnerOffering],
    profile: PartnerAccountProfile | Unset = UNSET,
    t_test_account: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> PartnerAccountId: ...


@overload
def sync(
    client: Client,
    /,
    *,
    body: PartnerAccountCreate,
    t_test_account: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> PartnerAccountId: ...


def sync(
    client: Client,
    /,
    *,
    offerings: list[PartnerOffering] | Unset = UNSET,
    profile: PartnerAccountProfile | Unset = UNSET,
    body: PartnerAccountCreate | Unset = UNSET,
    t_test_account: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> PartnerAccountId:
    """Create a customer account.

    Opens a customer account with its holder's profile and the offerings it starts with (exactly one
    package).

    Wire request: POST /v3/partners/accounts; the client adds Authorization: Bearer with the API
    key.

    Args:
        offerings (list[PartnerOffering]): The `offerings` JSON field. Required.
        profile (PartnerAccountProfile | Unset): The `profile` JSON field.
        body (PartnerAccountCreate): The whole request as one model, instead of the
            fields above (not both).
        t_test_account (str | Unset): Set (to any value) to create a test account, which is never
            billed.
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        extra_body (Mapping[str, Any] | None): More body fields for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        PartnerAccountId: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.accounts.create(offerings=offerings)
    """

    return _sync_impl(
        client,
        offerings=offerings,
        profile=profile,
        body=body,
        t_test_account=t_test_account,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        options=options,
    )


def _sync_impl(
    client: Client,
    /,
    *,
    offerings: list[PartnerOffering] | Unset = UNSET,
    profile: PartnerAccountProfile | Unset = UNSET,
    body: PartnerAccountCreate | Unset = UNSET,
    t_test_account: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> PartnerAccountId:
    body = body_from_fields(
        OPERATION,
        PartnerAccountCreate,
        body,
        {
            "offerings": offerings,
            "profile": profile,
        },
        ("offerings",),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        body=body,
        t_test_account=t_test_account,
    )
    return parse_answer(client.send(OPERATION, kwargs, options), _parse_response)


@overload
async def asyncio_detailed(
    client: Client,
    /,
    *,
    offerings: list[PartnerOffering],
    profile: PartnerAccountProfile | Unset = UNSET,
    t_test_account: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[PartnerAccountId]: ...


@overload
async def asyncio_detailed(
    client: Client,
    /,
    *,
    body: PartnerAccountCreate,
    t_test_account: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[PartnerAccountId]: ...


async def asyncio_detailed(
    client: Client,
    /,
    *,
    offerings: list[PartnerOffering] | Unset = UNSET,
    profile: PartnerAccountProfile | Unset = UNSET,
    body: PartnerAccountCreate | Unset = UNSET,
    t_test_account: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[PartnerAccountId]:
    """Create a customer account.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: POST /v3/partners/accounts; the client adds Authorization: Bearer with the API
    key.

    Args:
        The same as `client.accounts.create` takes; `help()` on it describes each one.

    Returns:
        Response[PartnerAccountId]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.accounts.create_detailed(offerings=offerings)
    """

    return await _asyncio_detailed_impl(
        client,
        offerings=offerings,
        profile=profile,
        body=body,
        t_test_account=t_test_account,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        options=options,
    )


async def _asyncio_detailed_impl(
    client: Client,
    /,
    *,
    offerings: list[PartnerOffering] | Unset = UNSET,
    profile: PartnerAccountProfile | Unset = UNSET,
    body: PartnerAccountCreate | Unset = UNSET,
    t_test_account: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[PartnerAccountId]:
    body = body_from_fields(
        OPERATION,
        PartnerAccountCreate,
        body,
        {
            "offerings": offerings,
            "profile": profile,
        },
        ("offerings",),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        body=body,
        t_test_account=t_test_account,
    )
    return _build_response(await client.asend(OPERATION, kwargs, options))


@overload
async def asyncio(
    client: Client,
    /,
    *,
    offerings: list[PartnerOffering],
    profile: PartnerAccountProfile | Unset = UNSET,
    t_test_account: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> PartnerAccountId: ...


@overload
async def asyncio(
    client: Client,
    /,
    *,
    body: PartnerAccountCreate,
    t_test_account: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> PartnerAccountId: ...


async def asyncio(
    client: Client,
    /,
    *,
    offerings: list[PartnerOffering] | Unset = UNSET,
    profile: PartnerAccountProfile | Unset = UNSET,
    body: PartnerAccountCreate | Unset = UNSET,
    t_test_account: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> PartnerAccountId:
    """Create a customer account.

    Opens a customer account with its holder's profile and the offerings it starts with (exactly one
    package).

    Wire request: POST /v3/partners/accounts; the client adds Authorization: Bearer with the API
    key.

    Args:
        offerings (list[PartnerOffering]): The `offerings` JSON field. Required.
        profile (PartnerAccountProfile | Unset): The `profile` JSON field.
        body (PartnerAccountCreate): The whole request as one model, instead of the
            fields above (not both).
        t_test_account (str | Unset): Set (to any value) to create a test account, which is never
            billed.
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        extra_body (Mapping[str, Any] | None): More body fields for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        PartnerAccountId: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.accounts.create(offerings=offerings)
    """

    return await _asyncio_impl(
        client,
        offerings=offerings,
        profile=profile,
        body=body,
        t_test_account=t_test_account,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        options=options,
    )


async def _asyncio_impl(
    client: Client,
    /,
    *,
    offerings: list[PartnerOffering] | Unset = UNSET,
    profile: PartnerAccountProfile | Unset = UNSET,
    body: PartnerAccountCreate | Unset = UNSET,
    t_test_account: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> PartnerAccountId:
    body = body_from_fields(
        OPERATION,
        PartnerAccountCreate,
        body,
        {
            "offerings": offerings,
            "profile": profile,
        },
        ("offerings",),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        body=body,
        t_test_account=t_test_account,
    )
    return parse_answer(await client.asend(OPERATION, kwargs, options), _parse_response)
