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
from ...models.remaining_credits_adjustment import RemainingCreditsAdjustment
from ...models.subuser_credits import SubuserCredits
from ...types import UNSET, Response, Unset

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
        response_200 = SubuserCredits.from_dict(read_json(response))

        return response_200

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[SubuserCredits]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


@overload
def sync_detailed(
    client: Client,
    /,
    subuser_name: str,
    *,
    allocation_update: int,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[SubuserCredits]: ...


@overload
def sync_detailed(
    client: Client,
    /,
    subuser_name: str,
    *,
    body: RemainingCreditsAdjustment,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[SubuserCredits]: ...


def sync_detailed(
    client: Client,
    /,
    subuser_name: str,
    *,
    allocation_update: int | Unset = UNSET,
    body: RemainingCreditsAdjustment | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[SubuserCredits]:
    """Add to or take from a subuser's remaining credits.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: PATCH /v3/subusers/{subuser_name}/credits/remaining; the client adds
    Authorization: Bearer with the API key.

    Args:
        The same as `client.subusers.credits.adjust_remaining` takes; `help()` on it describes each one.

    Returns:
        Response[SubuserCredits]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.subusers.credits.adjust_remaining_detailed(subuser_name, allocation_update=allocation_update)
    """

    return _sync_detailed_impl(
        client,
        allocation_update=allocation_update,
        subuser_name=subuser_name,
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
    subuser_name: str,
    *,
    allocation_update: int | Unset = UNSET,
    body: RemainingCreditsAdjustment | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[SubuserCredits]:
    body = body_from_fields(
        OPERATION,
        RemainingCreditsAdjustment,
        body,
        {
            "allocation_update": allocation_update,
        },
        ("allocation_update",),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        subuser_name=subuser_name,
        body=body,
    )
    return _build_response(client.send(OPERATION, kwargs, options))


@overload
def sync(
    client: Client,
    /,
    subuser_name: str,
    *,
    allocation_update: int,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> SubuserCredits: ...


@overload
def sync(
    client: Client,
    /,
    subuser_name: str,
    *,
    body: RemainingCreditsAdjustment,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> SubuserCredits: ...


def sync(
    client: Client,
    /,
    subuser_name: str,
    *,
    allocation_update: int | Unset = UNSET,
    body: RemainingCreditsAdjustment | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> SubuserCredits:
    """Add to or take from a subuser's remaining credits.

    Changes the subuser's remaining credits by a signed amount (positive adds, negative removes).

    Wire request: PATCH /v3/subusers/{subuser_name}/credits/remaining; the client adds
    Authorization: Bearer with the API key.

    Args:
        subuser_name (str): The `subuser_name` path segment. Required.
        allocation_update (int): Credits to add (positive) or remove (negative). Required.
        body (RemainingCreditsAdjustment): The whole request as one model, instead of the
            fields above (not both).
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        extra_body (Mapping[str, Any] | None): More body fields for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        SubuserCredits: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.subusers.credits.adjust_remaining(subuser_name, allocation_update=allocation_update)
    """

    return _sync_impl(
        client,
        allocation_update=allocation_update,
        subuser_name=subuser_name,
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
    subuser_name: str,
    *,
    allocation_update: int | Unset = UNSET,
    body: RemainingCreditsAdjustment | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> SubuserCredits:
    body = body_from_fields(
        OPERATION,
        RemainingCreditsAdjustment,
        body,
        {
            "allocation_update": allocation_update,
        },
        ("allocation_update",),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        subuser_name=subuser_name,
        body=body,
    )
    return parse_answer(client.send(OPERATION, kwargs, options), _parse_response)


@overload
async def asyncio_detailed(
    client: Client,
    /,
    subuser_name: str,
    *,
    allocation_update: int,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[SubuserCredits]: ...


@overload
async def asyncio_detailed(
    client: Client,
    /,
    subuser_name: str,
    *,
    body: RemainingCreditsAdjustment,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[SubuserCredits]: ...


async def asyncio_detailed(
    client: Client,
    /,
    subuser_name: str,
    *,
    allocation_update: int | Unset = UNSET,
    body: RemainingCreditsAdjustment | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[SubuserCredits]:
    """Add to or take from a subuser's remaining credits.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: PATCH /v3/subusers/{subuser_name}/credits/remaining; the client adds
    Authorization: Bearer with the API key.

    Args:
        The same as `client.subusers.credits.adjust_remaining` takes; `help()` on it describes each one.

    Returns:
        Response[SubuserCredits]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.subusers.credits.adjust_remaining_detailed(subuser_name, allocation_update=allocation_update)
    """

    return await _asyncio_detailed_impl(
        client,
        allocation_update=allocation_update,
        subuser_name=subuser_name,
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
    subuser_name: str,
    *,
    allocation_update: int | Unset = UNSET,
    body: RemainingCreditsAdjustment | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[SubuserCredits]:
    body = body_from_fields(
        OPERATION,
        RemainingCreditsAdjustment,
        body,
        {
            "allocation_update": allocation_update,
        },
        ("allocation_update",),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        subuser_name=subuser_name,
        body=body,
    )
    return _build_response(await client.asend(OPERATION, kwargs, options))


@overload
async def asyncio(
    client: Client,
    /,
    subuser_name: str,
    *,
    allocation_update: int,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> SubuserCredits: ...


@overload
async def asyncio(
    client: Client,
    /,
    subuser_name: str,
    *,
    body: RemainingCreditsAdjustment,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> SubuserCredits: ...


async def asyncio(
    client: Client,
    /,
    subuser_name: str,
    *,
    allocation_update: int | Unset = UNSET,
    body: RemainingCreditsAdjustment | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> SubuserCredits:
    """Add to or take from a subuser's remaining credits.

    Changes the subuser's remaining credits by a signed amount (positive adds, negative removes).

    Wire request: PATCH /v3/subusers/{subuser_name}/credits/remaining; the client adds
    Authorization: Bearer with the API key.

    Args:
        subuser_name (str): The `subuser_name` path segment. Required.
        allocation_update (int): Credits to add (positive) or remove (negative). Required.
        body (RemainingCreditsAdjustment): The whole request as one model, instead of the
            fields above (not both).
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        extra_body (Mapping[str, Any] | None): More body fields for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        SubuserCredits: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.subusers.credits.adjust_remaining(subuser_name, allocation_update=allocation_update)
    """

    return await _asyncio_impl(
        client,
        allocation_update=allocation_update,
        subuser_name=subuser_name,
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
    subuser_name: str,
    *,
    allocation_update: int | Unset = UNSET,
    body: RemainingCreditsAdjustment | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> SubuserCredits:
    body = body_from_fields(
        OPERATION,
        RemainingCreditsAdjustment,
        body,
        {
            "allocation_update": allocation_update,
        },
        ("allocation_update",),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        subuser_name=subuser_name,
        body=body,
    )
    return parse_answer(await client.asend(OPERATION, kwargs, options), _parse_response)
