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
from ...models.api_key import ApiKey
from ...models.api_key_create import ApiKeyCreate
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    name="update_api_key",
    api="v3",
    method="PUT",
    path="/v3/api_keys/{api_key_id}",
    idempotent=True,
    paginated=False,
)


def _get_kwargs(
    api_key_id: str,
    *,
    body: ApiKeyCreate,
    on_behalf_of: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(on_behalf_of, Unset):
        headers["on-behalf-of"] = on_behalf_of

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v3/api_keys/{api_key_id}".format(
            api_key_id=path_segment("api_key_id", api_key_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> ApiKey:
    if response.status_code == 200:
        response_200 = ApiKey.from_dict(read_json(response))

        return response_200

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[ApiKey]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


@overload
def sync_detailed(
    client: Client,
    /,
    api_key_id: str,
    *,
    name: str,
    scopes: list[str] | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[ApiKey]: ...


@overload
def sync_detailed(
    client: Client,
    /,
    api_key_id: str,
    *,
    body: ApiKeyCreate,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[ApiKey]: ...


def sync_detailed(
    client: Client,
    /,
    api_key_id: str,
    *,
    name: str | Unset = UNSET,
    scopes: list[str] | Unset = UNSET,
    body: ApiKeyCreate | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[ApiKey]:
    """Rename and re-scope an API key.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: PUT /v3/api_keys/{api_key_id}; the client adds Authorization: Bearer with the API
    key.

    Args:
        The same as `client.api_keys.update` takes; `help()` on it describes each one.

    Returns:
        Response[ApiKey]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.api_keys.update_detailed(api_key_id, name=name)
    """

    return _sync_detailed_impl(
        client,
        name=name,
        scopes=scopes,
        api_key_id=api_key_id,
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
    api_key_id: str,
    *,
    name: str | Unset = UNSET,
    scopes: list[str] | Unset = UNSET,
    body: ApiKeyCreate | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[ApiKey]:
    body = body_from_fields(
        OPERATION,
        ApiKeyCreate,
        body,
        {
            "name": name,
            "scopes": scopes,
        },
        ("name",),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        api_key_id=api_key_id,
        body=body,
        on_behalf_of=on_behalf_of,
    )
    return _build_response(client.send(OPERATION, kwargs, options))


@overload
def sync(
    client: Client,
    /,
    api_key_id: str,
    *,
    name: str,
    scopes: list[str] | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> ApiKey: ...


@overload
def sync(
    client: Client,
    /,
    api_key_id: str,
    *,
    body: ApiKeyCreate,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> ApiKey: ...


def sync(
    client: Client,
    /,
    api_key_id: str,
    *,
    name: str | Unset = UNSET,
    scopes: list[str] | Unset = UNSET,
    body: ApiKeyCreate | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> ApiKey:
    """Rename and re-scope an API key.

    Replaces the key's name and its scopes.

    Wire request: PUT /v3/api_keys/{api_key_id}; the client adds Authorization: Bearer with the API
    key.

    Args:
        api_key_id (str): The `api_key_id` path segment. Required.
        name (str): The `name` JSON field. Required.
        scopes (list[str] | Unset): The key's permissions; at most the caller's own.
        body (ApiKeyCreate): The whole request as one model, instead of the
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
        ApiKey: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.api_keys.update(api_key_id, name=name)
    """

    return _sync_impl(
        client,
        name=name,
        scopes=scopes,
        api_key_id=api_key_id,
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
    api_key_id: str,
    *,
    name: str | Unset = UNSET,
    scopes: list[str] | Unset = UNSET,
    body: ApiKeyCreate | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> ApiKey:
    body = body_from_fields(
        OPERATION,
        ApiKeyCreate,
        body,
        {
            "name": name,
            "scopes": scopes,
        },
        ("name",),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        api_key_id=api_key_id,
        body=body,
        on_behalf_of=on_behalf_of,
    )
    return parse_answer(client.send(OPERATION, kwargs, options), _parse_response)


@overload
async def asyncio_detailed(
    client: Client,
    /,
    api_key_id: str,
    *,
    name: str,
    scopes: list[str] | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[ApiKey]: ...


@overload
async def asyncio_detailed(
    client: Client,
    /,
    api_key_id: str,
    *,
    body: ApiKeyCreate,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[ApiKey]: ...


async def asyncio_detailed(
    client: Client,
    /,
    api_key_id: str,
    *,
    name: str | Unset = UNSET,
    scopes: list[str] | Unset = UNSET,
    body: ApiKeyCreate | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[ApiKey]:
    """Rename and re-scope an API key.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: PUT /v3/api_keys/{api_key_id}; the client adds Authorization: Bearer with the API
    key.

    Args:
        The same as `client.api_keys.update` takes; `help()` on it describes each one.

    Returns:
        Response[ApiKey]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.api_keys.update_detailed(api_key_id, name=name)
    """

    return await _asyncio_detailed_impl(
        client,
        name=name,
        scopes=scopes,
        api_key_id=api_key_id,
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
    api_key_id: str,
    *,
    name: str | Unset = UNSET,
    scopes: list[str] | Unset = UNSET,
    body: ApiKeyCreate | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[ApiKey]:
    body = body_from_fields(
        OPERATION,
        ApiKeyCreate,
        body,
        {
            "name": name,
            "scopes": scopes,
        },
        ("name",),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        api_key_id=api_key_id,
        body=body,
        on_behalf_of=on_behalf_of,
    )
    return _build_response(await client.asend(OPERATION, kwargs, options))


@overload
async def asyncio(
    client: Client,
    /,
    api_key_id: str,
    *,
    name: str,
    scopes: list[str] | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> ApiKey: ...


@overload
async def asyncio(
    client: Client,
    /,
    api_key_id: str,
    *,
    body: ApiKeyCreate,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> ApiKey: ...


async def asyncio(
    client: Client,
    /,
    api_key_id: str,
    *,
    name: str | Unset = UNSET,
    scopes: list[str] | Unset = UNSET,
    body: ApiKeyCreate | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> ApiKey:
    """Rename and re-scope an API key.

    Replaces the key's name and its scopes.

    Wire request: PUT /v3/api_keys/{api_key_id}; the client adds Authorization: Bearer with the API
    key.

    Args:
        api_key_id (str): The `api_key_id` path segment. Required.
        name (str): The `name` JSON field. Required.
        scopes (list[str] | Unset): The key's permissions; at most the caller's own.
        body (ApiKeyCreate): The whole request as one model, instead of the
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
        ApiKey: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.api_keys.update(api_key_id, name=name)
    """

    return await _asyncio_impl(
        client,
        name=name,
        scopes=scopes,
        api_key_id=api_key_id,
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
    api_key_id: str,
    *,
    name: str | Unset = UNSET,
    scopes: list[str] | Unset = UNSET,
    body: ApiKeyCreate | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> ApiKey:
    body = body_from_fields(
        OPERATION,
        ApiKeyCreate,
        body,
        {
            "name": name,
            "scopes": scopes,
        },
        ("name",),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        api_key_id=api_key_id,
        body=body,
        on_behalf_of=on_behalf_of,
    )
    return parse_answer(await client.asend(OPERATION, kwargs, options), _parse_response)
