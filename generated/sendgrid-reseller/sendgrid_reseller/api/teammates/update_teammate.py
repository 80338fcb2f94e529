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
from ...models.teammate import Teammate
from ...models.teammate_permissions import TeammatePermissions
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    name="update_teammate",
    api="v3",
    method="PATCH",
    path="/v3/teammates/{username}",
    idempotent=False,
    paginated=False,
)


def _get_kwargs(
    username: str,
    *,
    body: TeammatePermissions,
    on_behalf_of: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(on_behalf_of, Unset):
        headers["on-behalf-of"] = on_behalf_of

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v3/teammates/{username}".format(
            username=path_segment("username", username),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Teammate:
    if response.status_code == 200:
        response_200 = Teammate.from_dict(read_json(response))

        return response_200

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[Teammate]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


@overload
def sync_detailed(
    client: Client,
    /,
    username: str,
    *,
    scopes: list[str],
    is_admin: bool,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[Teammate]: ...


@overload
def sync_detailed(
    client: Client,
    /,
    username: str,
    *,
    body: TeammatePermissions,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[Teammate]: ...


def sync_detailed(
    client: Client,
    /,
    username: str,
    *,
    scopes: list[str] | Unset = UNSET,
    is_admin: bool | Unset = UNSET,
    body: TeammatePermissions | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[Teammate]:
    """Change a teammate's permissions.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: PATCH /v3/teammates/{username}; the client adds Authorization: Bearer with the API
    key.

    Args:
        The same as `client.teammates.update` takes; `help()` on it describes each one.

    Returns:
        Response[Teammate]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.teammates.update_detailed(username, scopes=scopes, is_admin=is_admin)
    """

    return _sync_detailed_impl(
        client,
        scopes=scopes,
        is_admin=is_admin,
        username=username,
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
    username: str,
    *,
    scopes: list[str] | Unset = UNSET,
    is_admin: bool | Unset = UNSET,
    body: TeammatePermissions | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[Teammate]:
    body = body_from_fields(
        OPERATION,
        TeammatePermissions,
        body,
        {
            "scopes": scopes,
            "is_admin": is_admin,
        },
        (
            "scopes",
            "is_admin",
        ),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        username=username,
        body=body,
        on_behalf_of=on_behalf_of,
    )
    return _build_response(client.send(OPERATION, kwargs, options))


@overload
def sync(
    client: Client,
    /,
    username: str,
    *,
    scopes: list[str],
    is_admin: bool,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Teammate: ...


@overload
def sync(
    client: Client,
    /,
    username: str,
    *,
    body: TeammatePermissions,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Teammate: ...


def sync(
    client: Client,
    /,
    username: str,
    *,
    scopes: list[str] | Unset = UNSET,
    is_admin: bool | Unset = UNSET,
    body: TeammatePermissions | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Teammate:
    """Change a teammate's permissions.

    Replaces the teammate's scopes, or makes them an admin (an admin's scopes are ignored).

    Wire request: PATCH /v3/teammates/{username}; the client adds Authorization: Bearer with the API
    key.

    Args:
        username (str): The `username` path segment. Required.
        scopes (list[str]): Permission names such as mail.send or user.profile.read. Required.
        is_admin (bool): The `is_admin` JSON field. Required.
        body (TeammatePermissions): The whole request as one model, instead of the
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
        Teammate: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.teammates.update(username, scopes=scopes, is_admin=is_admin)
    """

    return _sync_impl(
        client,
        scopes=scopes,
        is_admin=is_admin,
        username=username,
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
    username: str,
    *,
    scopes: list[str] | Unset = UNSET,
    is_admin: bool | Unset = UNSET,
    body: TeammatePermissions | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Teammate:
    body = body_from_fields(
        OPERATION,
        TeammatePermissions,
        body,
        {
            "scopes": scopes,
            "is_admin": is_admin,
        },
        (
            "scopes",
            "is_admin",
        ),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        username=username,
        body=body,
        on_behalf_of=on_behalf_of,
    )
    return parse_answer(client.send(OPERATION, kwargs, options), _parse_response)


@overload
async def asyncio_detailed(
    client: Client,
    /,
    username: str,
    *,
    scopes: list[str],
    is_admin: bool,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[Teammate]: ...


@overload
async def asyncio_detailed(
    client: Client,
    /,
    username: str,
    *,
    body: TeammatePermissions,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[Teammate]: ...


async def asyncio_detailed(
    client: Client,
    /,
    username: str,
    *,
    scopes: list[str] | Unset = UNSET,
    is_admin: bool | Unset = UNSET,
    body: TeammatePermissions | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[Teammate]:
    """Change a teammate's permissions.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: PATCH /v3/teammates/{username}; the client adds Authorization: Bearer with the API
    key.

    Args:
        The same as `client.teammates.update` takes; `help()` on it describes each one.

    Returns:
        Response[Teammate]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.teammates.update_detailed(username, scopes=scopes, is_admin=is_admin)
    """

    return await _asyncio_detailed_impl(
        client,
        scopes=scopes,
        is_admin=is_admin,
        username=username,
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
    username: str,
    *,
    scopes: list[str] | Unset = UNSET,
    is_admin: bool | Unset = UNSET,
    body: TeammatePermissions | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[Teammate]:
    body = body_from_fields(
        OPERATION,
        TeammatePermissions,
        body,
        {
            "scopes": scopes,
            "is_admin": is_admin,
        },
        (
            "scopes",
            "is_admin",
        ),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        username=username,
        body=body,
        on_behalf_of=on_behalf_of,
    )
    return _build_response(await client.asend(OPERATION, kwargs, options))


@overload
async def asyncio(
    client: Client,
    /,
    username: str,
    *,
    scopes: list[str],
    is_admin: bool,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Teammate: ...


@overload
async def asyncio(
    client: Client,
    /,
    username: str,
    *,
    body: TeammatePermissions,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Teammate: ...


async def asyncio(
    client: Client,
    /,
    username: str,
    *,
    scopes: list[str] | Unset = UNSET,
    is_admin: bool | Unset = UNSET,
    body: TeammatePermissions | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Teammate:
    """Change a teammate's permissions.

    Replaces the teammate's scopes, or makes them an admin (an admin's scopes are ignored).

    Wire request: PATCH /v3/teammates/{username}; the client adds Authorization: Bearer with the API
    key.

    Args:
        username (str): The `username` path segment. Required.
        scopes (list[str]): Permission names such as mail.send or user.profile.read. Required.
        is_admin (bool): The `is_admin` JSON field. Required.
        body (TeammatePermissions): The whole request as one model, instead of the
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
        Teammate: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.teammates.update(username, scopes=scopes, is_admin=is_admin)
    """

    return await _asyncio_impl(
        client,
        scopes=scopes,
        is_admin=is_admin,
        username=username,
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
    username: str,
    *,
    scopes: list[str] | Unset = UNSET,
    is_admin: bool | Unset = UNSET,
    body: TeammatePermissions | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Teammate:
    body = body_from_fields(
        OPERATION,
        TeammatePermissions,
        body,
        {
            "scopes": scopes,
            "is_admin": is_admin,
        },
        (
            "scopes",
            "is_admin",
        ),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        username=username,
        body=body,
        on_behalf_of=on_behalf_of,
    )
    return parse_answer(await client.asend(OPERATION, kwargs, options), _parse_response)
