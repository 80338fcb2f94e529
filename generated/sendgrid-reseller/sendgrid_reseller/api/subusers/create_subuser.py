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
from ...models.create_subuser_request import CreateSubuserRequest
from ...models.create_subuser_request_region import CreateSubuserRequestRegion
from ...models.created_subuser import CreatedSubuser
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    name="create_subuser",
    api="v3",
    method="POST",
    path="/v3/subusers",
    idempotent=False,
    paginated=False,
)


def _get_kwargs(
    *,
    body: CreateSubuserRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/subusers",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> CreatedSubuser:
    if response.status_code == 200:
        response_200 = CreatedSubuser.from_dict(read_json(response))

        return response_200

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[CreatedSubuser]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


@overload
def sync_detailed(
    client: Client,
    /,
    *,
    username: str,
    email: str,
    password: str,
    ips: list[str],
    region: CreateSubuserRequestRegion | Unset = UNSET,
    include_region: bool | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[CreatedSubuser]: ...


@overload
def sync_detailed(
    client: Client,
    /,
    *,
    body: CreateSubuserRequest,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[CreatedSubuser]: ...


def sync_detailed(
    client: Client,
    /,
    *,
    username: str | Unset = UNSET,
    email: str | Unset = UNSET,
    password: str | Unset = UNSET,
    ips: list[str] | Unset = UNSET,
    region: CreateSubuserRequestRegion | Unset = UNSET,
    include_region: bool | Unset = UNSET,
    body: CreateSubuserRequest | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[CreatedSubuser]:
    """Create a subuser.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: POST /v3/subusers; the client adds Authorization: Bearer with the API key.

    Args:
        The same as `client.subusers.create` takes; `help()` on it describes each one.

    Returns:
        Response[CreatedSubuser]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.subusers.create_detailed(username=username, email=email, password=password, ips=ips)
    """

    return _sync_detailed_impl(
        client,
        username=username,
        email=email,
        password=password,
        ips=ips,
        region=region,
        include_region=include_region,
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
    *,
    username: str | Unset = UNSET,
    email: str | Unset = UNSET,
    password: str | Unset = UNSET,
    ips: list[str] | Unset = UNSET,
    region: CreateSubuserRequestRegion | Unset = UNSET,
    include_region: bool | Unset = UNSET,
    body: CreateSubuserRequest | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[CreatedSubuser]:
    body = body_from_fields(
        OPERATION,
        CreateSubuserRequest,
        body,
        {
            "username": username,
            "email": email,
            "password": password,
            "ips": ips,
            "region": region,
            "include_region": include_region,
        },
        (
            "username",
            "email",
            "password",
            "ips",
        ),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        body=body,
    )
    return _build_response(client.send(OPERATION, kwargs, options))


@overload
def sync(
    client: Client,
    /,
    *,
    username: str,
    email: str,
    password: str,
    ips: list[str],
    region: CreateSubuserRequestRegion | Unset = UNSET,
    include_region: bool | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> CreatedSubuser: ...


@overload
def sync(
    client: Client,
    /,
    *,
    body: CreateSubuserRequest,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> CreatedSubuser: ...


def sync(
    client: Client,
    /,
    *,
    username: str | Unset = UNSET,
    email: str | Unset = UNSET,
    password: str | Unset = UNSET,
    ips: list[str] | Unset = UNSET,
    region: CreateSubuserRequestRegion | Unset = UNSET,
    include_region: bool | Unset = UNSET,
    body: CreateSubuserRequest | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> CreatedSubuser:
    """Create a subuser.

    Creates a subuser account under the parent, with its login, contact address and sending IPs.

    Wire request: POST /v3/subusers; the client adds Authorization: Bearer with the API key.

    Args:
        username (str): Login name of the new subuser. Required.
        email (str): Contact address of the subuser. Required.
        password (str): The subuser's password for the web app. Required.
        ips (list[str]): Dedicated IPs the subuser sends from. Required.
        region (CreateSubuserRequestRegion | Unset): Data residency region (default global).
        include_region (bool | Unset): Return the region in the response.
        body (CreateSubuserRequest): The whole request as one model, instead of the
            fields above (not both).
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        extra_body (Mapping[str, Any] | None): More body fields for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        CreatedSubuser: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.subusers.create(username=username, email=email, password=password, ips=ips)
    """

    return _sync_impl(
        client,
        username=username,
        email=email,
        password=password,
        ips=ips,
        region=region,
        include_region=include_region,
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
    *,
    username: str | Unset = UNSET,
    email: str | Unset = UNSET,
    password: str | Unset = UNSET,
    ips: list[str] | Unset = UNSET,
    region: CreateSubuserRequestRegion | Unset = UNSET,
    include_region: bool | Unset = UNSET,
    body: CreateSubuserRequest | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> CreatedSubuser:
    body = body_from_fields(
        OPERATION,
        CreateSubuserRequest,
        body,
        {
            "username": username,
            "email": email,
            "password": password,
            "ips": ips,
            "region": region,
            "include_region": include_region,
        },
        (
            "username",
            "email",
            "password",
            "ips",
        ),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        body=body,
    )
    return parse_answer(client.send(OPERATION, kwargs, options), _parse_response)


@overload
async def asyncio_detailed(
    client: Client,
    /,
    *,
    username: str,
    email: str,
    password: str,
    ips: list[str],
    region: CreateSubuserRequestRegion | Unset = UNSET,
    include_region: bool | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[CreatedSubuser]: ...


@overload
async def asyncio_detailed(
    client: Client,
    /,
    *,
    body: CreateSubuserRequest,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[CreatedSubuser]: ...


async def asyncio_detailed(
    client: Client,
    /,
    *,
    username: str | Unset = UNSET,
    email: str | Unset = UNSET,
    password: str | Unset = UNSET,
    ips: list[str] | Unset = UNSET,
    region: CreateSubuserRequestRegion | Unset = UNSET,
    include_region: bool | Unset = UNSET,
    body: CreateSubuserRequest | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[CreatedSubuser]:
    """Create a subuser.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: POST /v3/subusers; the client adds Authorization: Bearer with the API key.

    Args:
        The same as `client.subusers.create` takes; `help()` on it describes each one.

    Returns:
        Response[CreatedSubuser]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.subusers.create_detailed(username=username, email=email, password=password, ips=ips)
    """

    return await _asyncio_detailed_impl(
        client,
        username=username,
        email=email,
        password=password,
        ips=ips,
        region=region,
        include_region=include_region,
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
    *,
    username: str | Unset = UNSET,
    email: str | Unset = UNSET,
    password: str | Unset = UNSET,
    ips: list[str] | Unset = UNSET,
    region: CreateSubuserRequestRegion | Unset = UNSET,
    include_region: bool | Unset = UNSET,
    body: CreateSubuserRequest | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[CreatedSubuser]:
    body = body_from_fields(
        OPERATION,
        CreateSubuserRequest,
        body,
        {
            "username": username,
            "email": email,
            "password": password,
            "ips": ips,
            "region": region,
            "include_region": include_region,
        },
        (
            "username",
            "email",
            "password",
            "ips",
        ),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        body=body,
    )
    return _build_response(await client.asend(OPERATION, kwargs, options))


@overload
async def asyncio(
    client: Client,
    /,
    *,
    username: str,
    email: str,
    password: str,
    ips: list[str],
    region: CreateSubuserRequestRegion | Unset = UNSET,
    include_region: bool | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> CreatedSubuser: ...


@overload
async def asyncio(
    client: Client,
    /,
    *,
    body: CreateSubuserRequest,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> CreatedSubuser: ...


async def asyncio(
    client: Client,
    /,
    *,
    username: str | Unset = UNSET,
    email: str | Unset = UNSET,
    password: str | Unset = UNSET,
    ips: list[str] | Unset = UNSET,
    region: CreateSubuserRequestRegion | Unset = UNSET,
    include_region: bool | Unset = UNSET,
    body: CreateSubuserRequest | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> CreatedSubuser:
    """Create a subuser.

    Creates a subuser account under the parent, with its login, contact address and sending IPs.

    Wire request: POST /v3/subusers; the client adds Authorization: Bearer with the API key.

    Args:
        username (str): Login name of the new subuser. Required.
        email (str): Contact address of the subuser. Required.
        password (str): The subuser's password for the web app. Required.
        ips (list[str]): Dedicated IPs the subuser sends from. Required.
        region (CreateSubuserRequestRegion | Unset): Data residency region (default global).
        include_region (bool | Unset): Return the region in the response.
        body (CreateSubuserRequest): The whole request as one model, instead of the
            fields above (not both).
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        extra_body (Mapping[str, Any] | None): More body fields for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        CreatedSubuser: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.subusers.create(username=username, email=email, password=password, ips=ips)
    """

    return await _asyncio_impl(
        client,
        username=username,
        email=email,
        password=password,
        ips=ips,
        region=region,
        include_region=include_region,
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
    *,
    username: str | Unset = UNSET,
    email: str | Unset = UNSET,
    password: str | Unset = UNSET,
    ips: list[str] | Unset = UNSET,
    region: CreateSubuserRequestRegion | Unset = UNSET,
    include_region: bool | Unset = UNSET,
    body: CreateSubuserRequest | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> CreatedSubuser:
    body = body_from_fields(
        OPERATION,
        CreateSubuserRequest,
        body,
        {
            "username": username,
            "email": email,
            "password": password,
            "ips": ips,
            "region": region,
            "include_region": include_region,
        },
        (
            "username",
            "email",
            "password",
            "ips",
        ),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        body=body,
    )
    return parse_answer(await client.asend(OPERATION, kwargs, options), _parse_response)
