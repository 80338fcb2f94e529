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
from ...models.user_password_change import UserPasswordChange
from ...models.user_password_changed import UserPasswordChanged
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    name="update_user_password",
    api="v3",
    method="PUT",
    path="/v3/user/password",
    idempotent=True,
    paginated=False,
)


def _get_kwargs(
    *,
    body: UserPasswordChange,
    on_behalf_of: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(on_behalf_of, Unset):
        headers["on-behalf-of"] = on_behalf_of

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v3/user/password",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> UserPasswordChanged:
    if response.status_code == 200:
        response_200 = UserPasswordChanged.from_dict(read_json(response))

        return response_200

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[UserPasswordChanged]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


@overload
def sync_detailed(
    client: Client,
    /,
    *,
    new_password: str,
    old_password: str,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[UserPasswordChanged]: ...


@overload
def sync_detailed(
    client: Client,
    /,
    *,
    body: UserPasswordChange,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[UserPasswordChanged]: ...


def sync_detailed(
    client: Client,
    /,
    *,
    new_password: str | Unset = UNSET,
    old_password: str | Unset = UNSET,
    body: UserPasswordChange | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[UserPasswordChanged]:
    """Change the account's password.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: PUT /v3/user/password; the client adds Authorization: Bearer with the API key.

    Args:
        The same as `client.user.password.update` takes; `help()` on it describes each one.

    Returns:
        Response[UserPasswordChanged]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.user.password.update_detailed(new_password=new_password, old_password=old_password)
    """

    return _sync_detailed_impl(
        client,
        new_password=new_password,
        old_password=old_password,
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
    new_password: str | Unset = UNSET,
    old_password: str | Unset = UNSET,
    body: UserPasswordChange | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[UserPasswordChanged]:
    body = body_from_fields(
        OPERATION,
        UserPasswordChange,
        body,
        {
            "new_password": new_password,
            "old_password": old_password,
        },
        (
            "new_password",
            "old_password",
        ),
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
    new_password: str,
    old_password: str,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> UserPasswordChanged: ...


@overload
def sync(
    client: Client,
    /,
    *,
    body: UserPasswordChange,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> UserPasswordChanged: ...


def sync(
    client: Client,
    /,
    *,
    new_password: str | Unset = UNSET,
    old_password: str | Unset = UNSET,
    body: UserPasswordChange | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> UserPasswordChanged:
    """Change the account's password.

    Sets a new web-app password; the current one must be given.

    Wire request: PUT /v3/user/password; the client adds Authorization: Bearer with the API key.

    Args:
        new_password (str): The `new_password` JSON field. Required.
        old_password (str): The `old_password` JSON field. Required.
        body (UserPasswordChange): The whole request as one model, instead of the
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
        UserPasswordChanged: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.user.password.update(new_password=new_password, old_password=old_password)
    """

    return _sync_impl(
        client,
        new_password=new_password,
        old_password=old_password,
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
    new_password: str | Unset = UNSET,
    old_password: str | Unset = UNSET,
    body: UserPasswordChange | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> UserPasswordChanged:
    body = body_from_fields(
        OPERATION,
        UserPasswordChange,
        body,
        {
            "new_password": new_password,
            "old_password": old_password,
        },
        (
            "new_password",
            "old_password",
        ),
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
    new_password: str,
    old_password: str,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[UserPasswordChanged]: ...


@overload
async def asyncio_detailed(
    client: Client,
    /,
    *,
    body: UserPasswordChange,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[UserPasswordChanged]: ...


async def asyncio_detailed(
    client: Client,
    /,
    *,
    new_password: str | Unset = UNSET,
    old_password: str | Unset = UNSET,
    body: UserPasswordChange | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[UserPasswordChanged]:
    """Change the account's password.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: PUT /v3/user/password; the client adds Authorization: Bearer with the API key.

    Args:
        The same as `client.user.password.update` takes; `help()` on it describes each one.

    Returns:
        Response[UserPasswordChanged]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.user.password.update_detailed(new_password=new_password, old_password=old_password)
    """

    return await _asyncio_detailed_impl(
        client,
        new_password=new_password,
        old_password=old_password,
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
    new_password: str | Unset = UNSET,
    old_password: str | Unset = UNSET,
    body: UserPasswordChange | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[UserPasswordChanged]:
    body = body_from_fields(
        OPERATION,
        UserPasswordChange,
        body,
        {
            "new_password": new_password,
            "old_password": old_password,
        },
        (
            "new_password",
            "old_password",
        ),
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
    new_password: str,
    old_password: str,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> UserPasswordChanged: ...


@overload
async def asyncio(
    client: Client,
    /,
    *,
    body: UserPasswordChange,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> UserPasswordChanged: ...


async def asyncio(
    client: Client,
    /,
    *,
    new_password: str | Unset = UNSET,
    old_password: str | Unset = UNSET,
    body: UserPasswordChange | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> UserPasswordChanged:
    """Change the account's password.

    Sets a new web-app password; the current one must be given.

    Wire request: PUT /v3/user/password; the client adds Authorization: Bearer with the API key.

    Args:
        new_password (str): The `new_password` JSON field. Required.
        old_password (str): The `old_password` JSON field. Required.
        body (UserPasswordChange): The whole request as one model, instead of the
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
        UserPasswordChanged: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.user.password.update(new_password=new_password, old_password=old_password)
    """

    return await _asyncio_impl(
        client,
        new_password=new_password,
        old_password=old_password,
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
    new_password: str | Unset = UNSET,
    old_password: str | Unset = UNSET,
    body: UserPasswordChange | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> UserPasswordChanged:
    body = body_from_fields(
        OPERATION,
        UserPasswordChange,
        body,
        {
            "new_password": new_password,
            "old_password": old_password,
        },
        (
            "new_password",
            "old_password",
        ),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        body=body,
        on_behalf_of=on_behalf_of,
    )
    return parse_answer(await client.asend(OPERATION, kwargs, options), _parse_response)
