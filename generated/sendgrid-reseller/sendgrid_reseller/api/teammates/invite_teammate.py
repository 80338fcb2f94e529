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
from ...models.pending_teammate import PendingTeammate
from ...models.teammate_invite import TeammateInvite
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    name="invite_teammate",
    api="v3",
    method="POST",
    path="/v3/teammates",
    idempotent=False,
    paginated=False,
)


def _get_kwargs(
    *,
    body: TeammateInvite,
    on_behalf_of: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(on_behalf_of, Unset):
        headers["on-behalf-of"] = on_behalf_of

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/teammates",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> PendingTeammate:
    if response.status_code == 201:
        response_201 = PendingTeammate.from_dict(read_json(response))

        return response_201

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[PendingTeammate]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


@overload
def sync_detailed(
    client: Client,
    /,
    *,
    email: str,
    scopes: list[str],
    is_admin: bool,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[PendingTeammate]: ...


@overload
def sync_detailed(
    client: Client,
    /,
    *,
    body: TeammateInvite,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[PendingTeammate]: ...


def sync_detailed(
    client: Client,
    /,
    *,
    email: str | Unset = UNSET,
    scopes: list[str] | Unset = UNSET,
    is_admin: bool | Unset = UNSET,
    body: TeammateInvite | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[PendingTeammate]:
    """Invite a teammate.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: POST /v3/teammates; the client adds Authorization: Bearer with the API key.

    Args:
        The same as `client.teammates.invite` takes; `help()` on it describes each one.

    Returns:
        Response[PendingTeammate]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.teammates.invite_detailed(email=email, scopes=scopes, is_admin=is_admin)
    """

    return _sync_detailed_impl(
        client,
        email=email,
        scopes=scopes,
        is_admin=is_admin,
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
    email: str | Unset = UNSET,
    scopes: list[str] | Unset = UNSET,
    is_admin: bool | Unset = UNSET,
    body: TeammateInvite | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[PendingTeammate]:
    body = body_from_fields(
        OPERATION,
        TeammateInvite,
        body,
        {
            "email": email,
            "scopes": scopes,
            "is_admin": is_admin,
        },
        (
            "email",
            "scopes",
            "is_admin",
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
    email: str,
    scopes: list[str],
    is_admin: bool,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> PendingTeammate: ...


@overload
def sync(
    client: Client,
    /,
    *,
    body: TeammateInvite,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> PendingTeammate: ...


def sync(
    client: Client,
    /,
    *,
    email: str | Unset = UNSET,
    scopes: list[str] | Unset = UNSET,
    is_admin: bool | Unset = UNSET,
    body: TeammateInvite | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> PendingTeammate:
    """Invite a teammate.

    Emails an invitation to join the account with the given scopes (or as an admin). The invitation
    stays pending until accepted, and expires after 7 days.

    Wire request: POST /v3/teammates; the client adds Authorization: Bearer with the API key.

    Args:
        email (str): The `email` JSON field. Required.
        scopes (list[str]): Permission names such as mail.send or user.profile.read. Required.
        is_admin (bool): An admin gets every scope; send an empty scope list. Required.
        body (TeammateInvite): The whole request as one model, instead of the
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
        PendingTeammate: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.teammates.invite(email=email, scopes=scopes, is_admin=is_admin)
    """

    return _sync_impl(
        client,
        email=email,
        scopes=scopes,
        is_admin=is_admin,
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
    email: str | Unset = UNSET,
    scopes: list[str] | Unset = UNSET,
    is_admin: bool | Unset = UNSET,
    body: TeammateInvite | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> PendingTeammate:
    body = body_from_fields(
        OPERATION,
        TeammateInvite,
        body,
        {
            "email": email,
            "scopes": scopes,
            "is_admin": is_admin,
        },
        (
            "email",
            "scopes",
            "is_admin",
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
    email: str,
    scopes: list[str],
    is_admin: bool,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[PendingTeammate]: ...


@overload
async def asyncio_detailed(
    client: Client,
    /,
    *,
    body: TeammateInvite,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[PendingTeammate]: ...


async def asyncio_detailed(
    client: Client,
    /,
    *,
    email: str | Unset = UNSET,
    scopes: list[str] | Unset = UNSET,
    is_admin: bool | Unset = UNSET,
    body: TeammateInvite | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[PendingTeammate]:
    """Invite a teammate.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: POST /v3/teammates; the client adds Authorization: Bearer with the API key.

    Args:
        The same as `client.teammates.invite` takes; `help()` on it describes each one.

    Returns:
        Response[PendingTeammate]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.teammates.invite_detailed(email=email, scopes=scopes, is_admin=is_admin)
    """

    return await _asyncio_detailed_impl(
        client,
        email=email,
        scopes=scopes,
        is_admin=is_admin,
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
    email: str | Unset = UNSET,
    scopes: list[str] | Unset = UNSET,
    is_admin: bool | Unset = UNSET,
    body: TeammateInvite | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[PendingTeammate]:
    body = body_from_fields(
        OPERATION,
        TeammateInvite,
        body,
        {
            "email": email,
            "scopes": scopes,
            "is_admin": is_admin,
        },
        (
            "email",
            "scopes",
            "is_admin",
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
    email: str,
    scopes: list[str],
    is_admin: bool,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> PendingTeammate: ...


@overload
async def asyncio(
    client: Client,
    /,
    *,
    body: TeammateInvite,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> PendingTeammate: ...


async def asyncio(
    client: Client,
    /,
    *,
    email: str | Unset = UNSET,
    scopes: list[str] | Unset = UNSET,
    is_admin: bool | Unset = UNSET,
    body: TeammateInvite | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> PendingTeammate:
    """Invite a teammate.

    Emails an invitation to join the account with the given scopes (or as an admin). The invitation
    stays pending until accepted, and expires after 7 days.

    Wire request: POST /v3/teammates; the client adds Authorization: Bearer with the API key.

    Args:
        email (str): The `email` JSON field. Required.
        scopes (list[str]): Permission names such as mail.send or user.profile.read. Required.
        is_admin (bool): An admin gets every scope; send an empty scope list. Required.
        body (TeammateInvite): The whole request as one model, instead of the
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
        PendingTeammate: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.teammates.invite(email=email, scopes=scopes, is_admin=is_admin)
    """

    return await _asyncio_impl(
        client,
        email=email,
        scopes=scopes,
        is_admin=is_admin,
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
    email: str | Unset = UNSET,
    scopes: list[str] | Unset = UNSET,
    is_admin: bool | Unset = UNSET,
    body: TeammateInvite | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> PendingTeammate:
    body = body_from_fields(
        OPERATION,
        TeammateInvite,
        body,
        {
            "email": email,
            "scopes": scopes,
            "is_admin": is_admin,
        },
        (
            "email",
            "scopes",
            "is_admin",
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
