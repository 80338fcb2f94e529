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
from ...models.credit_reset_frequency import CreditResetFrequency
from ...models.subuser_credits import SubuserCredits
from ...models.subuser_credits_update import SubuserCreditsUpdate
from ...models.subuser_credits_update_type import SubuserCreditsUpdateType
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    name="update_subuser_credits",
    api="v3",
    method="PUT",
    path="/v3/subusers/{subuser_name}/credits",
    idempotent=True,
    paginated=False,
)


def _get_kwargs(
    subuser_name: str,
    *,
    body: SubuserCreditsUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v3/subusers/{subuser_name}/credits".format(
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
    type_: SubuserCreditsUpdateType,
    reset_frequency: CreditResetFrequency | Unset = UNSET,
    total: int | Unset = UNSET,
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
    body: SubuserCreditsUpdate,
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
    type_: SubuserCreditsUpdateType | Unset = UNSET,
    reset_frequency: CreditResetFrequency | Unset = UNSET,
    total: int | Unset = UNSET,
    body: SubuserCreditsUpdate | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[SubuserCredits]:
    """Set a subuser's credits.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: PUT /v3/subusers/{subuser_name}/credits; the client adds Authorization: Bearer
    with the API key.

    Args:
        The same as `client.subusers.credits.update` takes; `help()` on it describes each one.

    Returns:
        Response[SubuserCredits]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.subusers.credits.update_detailed(subuser_name, type_=type_)
    """

    return _sync_detailed_impl(
        client,
        type_=type_,
        reset_frequency=reset_frequency,
        total=total,
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
    type_: SubuserCreditsUpdateType | Unset = UNSET,
    reset_frequency: CreditResetFrequency | Unset = UNSET,
    total: int | Unset = UNSET,
    body: SubuserCreditsUpdate | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[SubuserCredits]:
    body = body_from_fields(
        OPERATION,
        SubuserCreditsUpdate,
        body,
        {
            "type_": type_,
            "reset_frequency": reset_frequency,
            "total": total,
        },
        ("type_",),
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
    type_: SubuserCreditsUpdateType,
    reset_frequency: CreditResetFrequency | Unset = UNSET,
    total: int | Unset = UNSET,
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
    body: SubuserCreditsUpdate,
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
    type_: SubuserCreditsUpdateType | Unset = UNSET,
    reset_frequency: CreditResetFrequency | Unset = UNSET,
    total: int | Unset = UNSET,
    body: SubuserCreditsUpdate | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> SubuserCredits:
    """Set a subuser's credits.

    Replaces the subuser's credit allowance and its reset schedule.

    Wire request: PUT /v3/subusers/{subuser_name}/credits; the client adds Authorization: Bearer
    with the API key.

    Args:
        subuser_name (str): The `subuser_name` path segment. Required.
        type_ (SubuserCreditsUpdateType): The `type` JSON field. Required.
        reset_frequency (CreditResetFrequency | Unset): The `reset_frequency` JSON field.
        total (int | Unset): The allowance to reset to; omit with type unlimited.
        body (SubuserCreditsUpdate): The whole request as one model, instead of the
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

        result = client.subusers.credits.update(subuser_name, type_=type_)
    """

    return _sync_impl(
        client,
        type_=type_,
        reset_frequency=reset_frequency,
        total=total,
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
    type_: SubuserCreditsUpdateType | Unset = UNSET,
    reset_frequency: CreditResetFrequency | Unset = UNSET,
    total: int | Unset = UNSET,
    body: SubuserCreditsUpdate | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> SubuserCredits:
    body = body_from_fields(
        OPERATION,
        SubuserCreditsUpdate,
        body,
        {
            "type_": type_,
            "reset_frequency": reset_frequency,
            "total": total,
        },
        ("type_",),
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
    type_: SubuserCreditsUpdateType,
    reset_frequency: CreditResetFrequency | Unset = UNSET,
    total: int | Unset = UNSET,
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
    body: SubuserCreditsUpdate,
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
    type_: SubuserCreditsUpdateType | Unset = UNSET,
    reset_frequency: CreditResetFrequency | Unset = UNSET,
    total: int | Unset = UNSET,
    body: SubuserCreditsUpdate | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[SubuserCredits]:
    """Set a subuser's credits.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: PUT /v3/subusers/{subuser_name}/credits; the client adds Authorization: Bearer
    with the API key.

    Args:
        The same as `client.subusers.credits.update` takes; `help()` on it describes each one.

    Returns:
        Response[SubuserCredits]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.subusers.credits.update_detailed(subuser_name, type_=type_)
    """

    return await _asyncio_detailed_impl(
        client,
        type_=type_,
        reset_frequency=reset_frequency,
        total=total,
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
    type_: SubuserCreditsUpdateType | Unset = UNSET,
    reset_frequency: CreditResetFrequency | Unset = UNSET,
    total: int | Unset = UNSET,
    body: SubuserCreditsUpdate | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[SubuserCredits]:
    body = body_from_fields(
        OPERATION,
        SubuserCreditsUpdate,
        body,
        {
            "type_": type_,
            "reset_frequency": reset_frequency,
            "total": total,
        },
        ("type_",),
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
    type_: SubuserCreditsUpdateType,
    reset_frequency: CreditResetFrequency | Unset = UNSET,
    total: int | Unset = UNSET,
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
    body: SubuserCreditsUpdate,
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
    type_: SubuserCreditsUpdateType | Unset = UNSET,
    reset_frequency: CreditResetFrequency | Unset = UNSET,
    total: int | Unset = UNSET,
    body: SubuserCreditsUpdate | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> SubuserCredits:
    """Set a subuser's credits.

    Replaces the subuser's credit allowance and its reset schedule.

    Wire request: PUT /v3/subusers/{subuser_name}/credits; the client adds Authorization: Bearer
    with the API key.

    Args:
        subuser_name (str): The `subuser_name` path segment. Required.
        type_ (SubuserCreditsUpdateType): The `type` JSON field. Required.
        reset_frequency (CreditResetFrequency | Unset): The `reset_frequency` JSON field.
        total (int | Unset): The allowance to reset to; omit with type unlimited.
        body (SubuserCreditsUpdate): The whole request as one model, instead of the
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

        result = await client.subusers.credits.update(subuser_name, type_=type_)
    """

    return await _asyncio_impl(
        client,
        type_=type_,
        reset_frequency=reset_frequency,
        total=total,
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
    type_: SubuserCreditsUpdateType | Unset = UNSET,
    reset_frequency: CreditResetFrequency | Unset = UNSET,
    total: int | Unset = UNSET,
    body: SubuserCreditsUpdate | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> SubuserCredits:
    body = body_from_fields(
        OPERATION,
        SubuserCreditsUpdate,
        body,
        {
            "type_": type_,
            "reset_frequency": reset_frequency,
            "total": total,
        },
        ("type_",),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        subuser_name=subuser_name,
        body=body,
    )
    return parse_answer(await client.asend(OPERATION, kwargs, options), _parse_response)
