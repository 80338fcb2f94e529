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
from ...models.allowed_ip_entry import AllowedIpEntry
from ...models.allowed_ip_list import AllowedIpList
from ...models.allowed_ips_add import AllowedIpsAdd
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    name="add_allowed_ips",
    api="v3",
    method="POST",
    path="/v3/access_settings/whitelist",
    idempotent=False,
    paginated=False,
)


def _get_kwargs(
    *,
    body: AllowedIpsAdd,
    on_behalf_of: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(on_behalf_of, Unset):
        headers["on-behalf-of"] = on_behalf_of

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/access_settings/whitelist",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> AllowedIpList:
    if response.status_code == 201:
        response_201 = AllowedIpList.from_dict(read_json(response))

        return response_201

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[AllowedIpList]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


@overload
def sync_detailed(
    client: Client,
    /,
    *,
    ips: list[AllowedIpEntry],
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[AllowedIpList]: ...


@overload
def sync_detailed(
    client: Client,
    /,
    *,
    body: AllowedIpsAdd,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[AllowedIpList]: ...


def sync_detailed(
    client: Client,
    /,
    *,
    ips: list[AllowedIpEntry] | Unset = UNSET,
    body: AllowedIpsAdd | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[AllowedIpList]:
    """Allow IPs to sign in.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: POST /v3/access_settings/whitelist; the client adds Authorization: Bearer with the
    API key.

    Args:
        The same as `client.ip_access.allow_list.add` takes; `help()` on it describes each one.

    Returns:
        Response[AllowedIpList]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.ip_access.allow_list.add_detailed(ips=ips)
    """

    return _sync_detailed_impl(
        client,
        ips=ips,
        body=body,
        on_behalf_of=on_behalf_of,
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
    ips: list[AllowedIpEntry] | Unset = UNSET,
    body: AllowedIpsAdd | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[AllowedIpList]:
    body = body_from_fields(
        OPERATION,
        AllowedIpsAdd,
        body,
        {
            "ips": ips,
        },
        ("ips",),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        body=body,
        on_behalf_of=on_behalf_of,
    )
    return _build_response(client.send(OPERATION, kwargs, options))


@overload
def sync(
    client: Client,
    /,
    *,
    ips: list[AllowedIpEntry],
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> AllowedIpList: ...


@overload
def sync(
    client: Client,
    /,
    *,
    body: AllowedIpsAdd,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> AllowedIpList: ...


def sync(
    client: Client,
    /,
    *,
    ips: list[AllowedIpEntry] | Unset = UNSET,
    body: AllowedIpsAdd | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> AllowedIpList:
    """Allow IPs to sign in.

    Adds IPs or CIDR ranges to the allow list. Once the list has an entry, only listed IPs may sign
    in: add your own first.

    Wire request: POST /v3/access_settings/whitelist; the client adds Authorization: Bearer with the
    API key.

    Args:
        ips (list[AllowedIpEntry]): The `ips` JSON field. Required.
        body (AllowedIpsAdd): The whole request as one model, instead of the
            fields above (not both).
        on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
            of the v2 "user" field.
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        extra_body (Mapping[str, Any] | None): More body fields for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        AllowedIpList: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.ip_access.allow_list.add(ips=ips)
    """

    return _sync_impl(
        client,
        ips=ips,
        body=body,
        on_behalf_of=on_behalf_of,
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
    ips: list[AllowedIpEntry] | Unset = UNSET,
    body: AllowedIpsAdd | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> AllowedIpList:
    body = body_from_fields(
        OPERATION,
        AllowedIpsAdd,
        body,
        {
            "ips": ips,
        },
        ("ips",),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        body=body,
        on_behalf_of=on_behalf_of,
    )
    return parse_answer(client.send(OPERATION, kwargs, options), _parse_response)


@overload
async def asyncio_detailed(
    client: Client,
    /,
    *,
    ips: list[AllowedIpEntry],
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[AllowedIpList]: ...


@overload
async def asyncio_detailed(
    client: Client,
    /,
    *,
    body: AllowedIpsAdd,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[AllowedIpList]: ...


async def asyncio_detailed(
    client: Client,
    /,
    *,
    ips: list[AllowedIpEntry] | Unset = UNSET,
    body: AllowedIpsAdd | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[AllowedIpList]:
    """Allow IPs to sign in.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: POST /v3/access_settings/whitelist; the client adds Authorization: Bearer with the
    API key.

    Args:
        The same as `client.ip_access.allow_list.add` takes; `help()` on it describes each one.

    Returns:
        Response[AllowedIpList]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.ip_access.allow_list.add_detailed(ips=ips)
    """

    return await _asyncio_detailed_impl(
        client,
        ips=ips,
        body=body,
        on_behalf_of=on_behalf_of,
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
    ips: list[AllowedIpEntry] | Unset = UNSET,
    body: AllowedIpsAdd | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[AllowedIpList]:
    body = body_from_fields(
        OPERATION,
        AllowedIpsAdd,
        body,
        {
            "ips": ips,
        },
        ("ips",),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        body=body,
        on_behalf_of=on_behalf_of,
    )
    return _build_response(await client.asend(OPERATION, kwargs, options))


@overload
async def asyncio(
    client: Client,
    /,
    *,
    ips: list[AllowedIpEntry],
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> AllowedIpList: ...


@overload
async def asyncio(
    client: Client,
    /,
    *,
    body: AllowedIpsAdd,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> AllowedIpList: ...


async def asyncio(
    client: Client,
    /,
    *,
    ips: list[AllowedIpEntry] | Unset = UNSET,
    body: AllowedIpsAdd | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> AllowedIpList:
    """Allow IPs to sign in.

    Adds IPs or CIDR ranges to the allow list. Once the list has an entry, only listed IPs may sign
    in: add your own first.

    Wire request: POST /v3/access_settings/whitelist; the client adds Authorization: Bearer with the
    API key.

    Args:
        ips (list[AllowedIpEntry]): The `ips` JSON field. Required.
        body (AllowedIpsAdd): The whole request as one model, instead of the
            fields above (not both).
        on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
            of the v2 "user" field.
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        extra_body (Mapping[str, Any] | None): More body fields for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        AllowedIpList: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.ip_access.allow_list.add(ips=ips)
    """

    return await _asyncio_impl(
        client,
        ips=ips,
        body=body,
        on_behalf_of=on_behalf_of,
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
    ips: list[AllowedIpEntry] | Unset = UNSET,
    body: AllowedIpsAdd | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> AllowedIpList:
    body = body_from_fields(
        OPERATION,
        AllowedIpsAdd,
        body,
        {
            "ips": ips,
        },
        ("ips",),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        body=body,
        on_behalf_of=on_behalf_of,
    )
    return parse_answer(await client.asend(OPERATION, kwargs, options), _parse_response)
