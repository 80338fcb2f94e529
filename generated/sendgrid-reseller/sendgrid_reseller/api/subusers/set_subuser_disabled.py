# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from collections.abc import Mapping
from typing import Any, overload
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime.arguments import body_from_fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions, call_options
from ..._runtime.response import parse_answer
from ...client import Client
from ...models.subuser_status_update import SubuserStatusUpdate
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    name="set_subuser_disabled",
    api="v3",
    method="PATCH",
    path="/v3/subusers/{subuser_name}",
    idempotent=False,
    paginated=False,
)


def _get_kwargs(
    subuser_name: str,
    *,
    body: SubuserStatusUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v3/subusers/{subuser_name}".format(
            subuser_name=quote(str(subuser_name), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Any:
    if response.status_code == 204:
        return None

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[Any]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


@overload
def sync_detailed(
    client: Client,
    /,
    subuser_name: str,
    *,
    disabled: bool,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[Any]: ...


@overload
def sync_detailed(
    client: Client,
    /,
    subuser_name: str,
    *,
    body: SubuserStatusUpdate,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[Any]: ...


def sync_detailed(
    client: Client,
    /,
    subuser_name: str,
    *,
    disabled: bool | Unset = UNSET,
    body: SubuserStatusUpdate | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[Any]:
    """Enable or disable a subuser.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: PATCH /v3/subusers/{subuser_name}; the client adds Authorization: Bearer with the
    API key.

    Args:
        The same as `client.subusers.set_disabled` takes; `help()` on it describes each one.

    Returns:
        Response[Any]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.subusers.set_disabled_detailed(subuser_name, disabled=disabled)
    """

    return _sync_detailed_impl(
        client,
        disabled=disabled,
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
    disabled: bool | Unset = UNSET,
    body: SubuserStatusUpdate | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[Any]:
    body = body_from_fields(
        OPERATION,
        SubuserStatusUpdate,
        body,
        {
            "disabled": disabled,
        },
        ("disabled",),
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
    disabled: bool,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Any: ...


@overload
def sync(
    client: Client,
    /,
    subuser_name: str,
    *,
    body: SubuserStatusUpdate,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Any: ...


def sync(
    client: Client,
    /,
    subuser_name: str,
    *,
    disabled: bool | Unset = UNSET,
    body: SubuserStatusUpdate | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Any:
    """Enable or disable a subuser.

    Turns a subuser off (disabled true) or back on (disabled false); the v3 form of the v2
    enable/disable calls.

    Wire request: PATCH /v3/subusers/{subuser_name}; the client adds Authorization: Bearer with the
    API key.

    Args:
        subuser_name (str): The `subuser_name` path segment. Required.
        disabled (bool): true disables the subuser, false enables it. Required.
        body (SubuserStatusUpdate): The whole request as one model, instead of the
            fields above (not both).
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        extra_body (Mapping[str, Any] | None): More body fields for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        Any: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.subusers.set_disabled(subuser_name, disabled=disabled)
    """

    return _sync_impl(
        client,
        disabled=disabled,
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
    disabled: bool | Unset = UNSET,
    body: SubuserStatusUpdate | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Any:
    body = body_from_fields(
        OPERATION,
        SubuserStatusUpdate,
        body,
        {
            "disabled": disabled,
        },
        ("disabled",),
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
    disabled: bool,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[Any]: ...


@overload
async def asyncio_detailed(
    client: Client,
    /,
    subuser_name: str,
    *,
    body: SubuserStatusUpdate,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[Any]: ...


async def asyncio_detailed(
    client: Client,
    /,
    subuser_name: str,
    *,
    disabled: bool | Unset = UNSET,
    body: SubuserStatusUpdate | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[Any]:
    """Enable or disable a subuser.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: PATCH /v3/subusers/{subuser_name}; the client adds Authorization: Bearer with the
    API key.

    Args:
        The same as `client.subusers.set_disabled` takes; `help()` on it describes each one.

    Returns:
        Response[Any]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.subusers.set_disabled_detailed(subuser_name, disabled=disabled)
    """

    return await _asyncio_detailed_impl(
        client,
        disabled=disabled,
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
    disabled: bool | Unset = UNSET,
    body: SubuserStatusUpdate | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[Any]:
    body = body_from_fields(
        OPERATION,
        SubuserStatusUpdate,
        body,
        {
            "disabled": disabled,
        },
        ("disabled",),
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
    disabled: bool,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Any: ...


@overload
async def asyncio(
    client: Client,
    /,
    subuser_name: str,
    *,
    body: SubuserStatusUpdate,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Any: ...


async def asyncio(
    client: Client,
    /,
    subuser_name: str,
    *,
    disabled: bool | Unset = UNSET,
    body: SubuserStatusUpdate | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Any:
    """Enable or disable a subuser.

    Turns a subuser off (disabled true) or back on (disabled false); the v3 form of the v2
    enable/disable calls.

    Wire request: PATCH /v3/subusers/{subuser_name}; the client adds Authorization: Bearer with the
    API key.

    Args:
        subuser_name (str): The `subuser_name` path segment. Required.
        disabled (bool): true disables the subuser, false enables it. Required.
        body (SubuserStatusUpdate): The whole request as one model, instead of the
            fields above (not both).
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        extra_body (Mapping[str, Any] | None): More body fields for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        Any: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.subusers.set_disabled(subuser_name, disabled=disabled)
    """

    return await _asyncio_impl(
        client,
        disabled=disabled,
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
    disabled: bool | Unset = UNSET,
    body: SubuserStatusUpdate | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Any:
    body = body_from_fields(
        OPERATION,
        SubuserStatusUpdate,
        body,
        {
            "disabled": disabled,
        },
        ("disabled",),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        subuser_name=subuser_name,
        body=body,
    )
    return parse_answer(await client.asend(OPERATION, kwargs, options), _parse_response)
