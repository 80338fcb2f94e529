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
from ...models.sso_persona import SsoPersona
from ...models.sso_subuser_access_request import SsoSubuserAccessRequest
from ...models.sso_teammate import SsoTeammate
from ...models.sso_teammate_update import SsoTeammateUpdate
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    name="update_sso_teammate",
    api="v3",
    method="PATCH",
    path="/v3/sso/teammates/{username}",
    idempotent=False,
    paginated=False,
)


def _get_kwargs(
    username: str,
    *,
    body: SsoTeammateUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v3/sso/teammates/{username}".format(
            username=path_segment("username", username),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> SsoTeammate:
    if response.status_code == 200:
        response_200 = SsoTeammate.from_dict(read_json(response))

        return response_200

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[SsoTeammate]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


@overload
def sync_detailed(
    client: Client,
    /,
    username: str,
    *,
    first_name: str,
    last_name: str,
    is_admin: bool | Unset = UNSET,
    persona: SsoPersona | Unset = UNSET,
    scopes: list[str] | Unset = UNSET,
    has_restricted_subuser_access: bool | Unset = UNSET,
    subuser_access: list[SsoSubuserAccessRequest] | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[SsoTeammate]: ...


@overload
def sync_detailed(
    client: Client,
    /,
    username: str,
    *,
    body: SsoTeammateUpdate,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[SsoTeammate]: ...


def sync_detailed(
    client: Client,
    /,
    username: str,
    *,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    is_admin: bool | Unset = UNSET,
    persona: SsoPersona | Unset = UNSET,
    scopes: list[str] | Unset = UNSET,
    has_restricted_subuser_access: bool | Unset = UNSET,
    subuser_access: list[SsoSubuserAccessRequest] | Unset = UNSET,
    body: SsoTeammateUpdate | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[SsoTeammate]:
    """Change an SSO teammate.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: PATCH /v3/sso/teammates/{username}; the client adds Authorization: Bearer with the
    API key.

    Args:
        The same as `client.sso.teammates.update` takes; `help()` on it describes each one.

    Returns:
        Response[SsoTeammate]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.sso.teammates.update_detailed(username, first_name=first_name, last_name=last_name)
    """

    return _sync_detailed_impl(
        client,
        first_name=first_name,
        last_name=last_name,
        is_admin=is_admin,
        persona=persona,
        scopes=scopes,
        has_restricted_subuser_access=has_restricted_subuser_access,
        subuser_access=subuser_access,
        username=username,
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
    username: str,
    *,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    is_admin: bool | Unset = UNSET,
    persona: SsoPersona | Unset = UNSET,
    scopes: list[str] | Unset = UNSET,
    has_restricted_subuser_access: bool | Unset = UNSET,
    subuser_access: list[SsoSubuserAccessRequest] | Unset = UNSET,
    body: SsoTeammateUpdate | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[SsoTeammate]:
    body = body_from_fields(
        OPERATION,
        SsoTeammateUpdate,
        body,
        {
            "first_name": first_name,
            "last_name": last_name,
            "is_admin": is_admin,
            "persona": persona,
            "scopes": scopes,
            "has_restricted_subuser_access": has_restricted_subuser_access,
            "subuser_access": subuser_access,
        },
        (
            "first_name",
            "last_name",
        ),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        username=username,
        body=body,
    )
    return _build_response(client.send(OPERATION, kwargs, options))


@overload
def sync(
    client: Client,
    /,
    username: str,
    *,
    first_name: str,
    last_name: str,
    is_admin: bool | Unset = UNSET,
    persona: SsoPersona | Unset = UNSET,
    scopes: list[str] | Unset = UNSET,
    has_restricted_subuser_access: bool | Unset = UNSET,
    subuser_access: list[SsoSubuserAccessRequest] | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> SsoTeammate: ...


@overload
def sync(
    client: Client,
    /,
    username: str,
    *,
    body: SsoTeammateUpdate,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> SsoTeammate: ...


def sync(
    client: Client,
    /,
    username: str,
    *,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    is_admin: bool | Unset = UNSET,
    persona: SsoPersona | Unset = UNSET,
    scopes: list[str] | Unset = UNSET,
    has_restricted_subuser_access: bool | Unset = UNSET,
    subuser_access: list[SsoSubuserAccessRequest] | Unset = UNSET,
    body: SsoTeammateUpdate | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> SsoTeammate:
    """Change an SSO teammate.

    Changes the teammate's name, permissions or subuser access.

    Wire request: PATCH /v3/sso/teammates/{username}; the client adds Authorization: Bearer with the
    API key.

    Args:
        username (str): The teammate's username (their email address). Required.
        first_name (str): The `first_name` JSON field. Required.
        last_name (str): The `last_name` JSON field. Required.
        is_admin (bool | Unset): The `is_admin` JSON field.
        persona (SsoPersona | Unset): The `persona` JSON field.
        scopes (list[str] | Unset): The `scopes` JSON field.
        has_restricted_subuser_access (bool | Unset): The `has_restricted_subuser_access` JSON
            field.
        subuser_access (list[SsoSubuserAccessRequest] | Unset): The `subuser_access` JSON field.
        body (SsoTeammateUpdate): The whole request as one model, instead of the
            fields above (not both).
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        extra_body (Mapping[str, Any] | None): More body fields for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        SsoTeammate: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.sso.teammates.update(username, first_name=first_name, last_name=last_name)
    """

    return _sync_impl(
        client,
        first_name=first_name,
        last_name=last_name,
        is_admin=is_admin,
        persona=persona,
        scopes=scopes,
        has_restricted_subuser_access=has_restricted_subuser_access,
        subuser_access=subuser_access,
        username=username,
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
    username: str,
    *,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    is_admin: bool | Unset = UNSET,
    persona: SsoPersona | Unset = UNSET,
    scopes: list[str] | Unset = UNSET,
    has_restricted_subuser_access: bool | Unset = UNSET,
    subuser_access: list[SsoSubuserAccessRequest] | Unset = UNSET,
    body: SsoTeammateUpdate | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> SsoTeammate:
    body = body_from_fields(
        OPERATION,
        SsoTeammateUpdate,
        body,
        {
            "first_name": first_name,
            "last_name": last_name,
            "is_admin": is_admin,
            "persona": persona,
            "scopes": scopes,
            "has_restricted_subuser_access": has_restricted_subuser_access,
            "subuser_access": subuser_access,
        },
        (
            "first_name",
            "last_name",
        ),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        username=username,
        body=body,
    )
    return parse_answer(client.send(OPERATION, kwargs, options), _parse_response)


@overload
async def asyncio_detailed(
    client: Client,
    /,
    username: str,
    *,
    first_name: str,
    last_name: str,
    is_admin: bool | Unset = UNSET,
    persona: SsoPersona | Unset = UNSET,
    scopes: list[str] | Unset = UNSET,
    has_restricted_subuser_access: bool | Unset = UNSET,
    subuser_access: list[SsoSubuserAccessRequest] | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[SsoTeammate]: ...


@overload
async def asyncio_detailed(
    client: Client,
    /,
    username: str,
    *,
    body: SsoTeammateUpdate,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[SsoTeammate]: ...


async def asyncio_detailed(
    client: Client,
    /,
    username: str,
    *,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    is_admin: bool | Unset = UNSET,
    persona: SsoPersona | Unset = UNSET,
    scopes: list[str] | Unset = UNSET,
    has_restricted_subuser_access: bool | Unset = UNSET,
    subuser_access: list[SsoSubuserAccessRequest] | Unset = UNSET,
    body: SsoTeammateUpdate | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[SsoTeammate]:
    """Change an SSO teammate.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: PATCH /v3/sso/teammates/{username}; the client adds Authorization: Bearer with the
    API key.

    Args:
        The same as `client.sso.teammates.update` takes; `help()` on it describes each one.

    Returns:
        Response[SsoTeammate]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.sso.teammates.update_detailed(username, first_name=first_name, last_name=last_name)
    """

    return await _asyncio_detailed_impl(
        client,
        first_name=first_name,
        last_name=last_name,
        is_admin=is_admin,
        persona=persona,
        scopes=scopes,
        has_restricted_subuser_access=has_restricted_subuser_access,
        subuser_access=subuser_access,
        username=username,
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
    username: str,
    *,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    is_admin: bool | Unset = UNSET,
    persona: SsoPersona | Unset = UNSET,
    scopes: list[str] | Unset = UNSET,
    has_restricted_subuser_access: bool | Unset = UNSET,
    subuser_access: list[SsoSubuserAccessRequest] | Unset = UNSET,
    body: SsoTeammateUpdate | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[SsoTeammate]:
    body = body_from_fields(
        OPERATION,
        SsoTeammateUpdate,
        body,
        {
            "first_name": first_name,
            "last_name": last_name,
            "is_admin": is_admin,
            "persona": persona,
            "scopes": scopes,
            "has_restricted_subuser_access": has_restricted_subuser_access,
            "subuser_access": subuser_access,
        },
        (
            "first_name",
            "last_name",
        ),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        username=username,
        body=body,
    )
    return _build_response(await client.asend(OPERATION, kwargs, options))


@overload
async def asyncio(
    client: Client,
    /,
    username: str,
    *,
    first_name: str,
    last_name: str,
    is_admin: bool | Unset = UNSET,
    persona: SsoPersona | Unset = UNSET,
    scopes: list[str] | Unset = UNSET,
    has_restricted_subuser_access: bool | Unset = UNSET,
    subuser_access: list[SsoSubuserAccessRequest] | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> SsoTeammate: ...


@overload
async def asyncio(
    client: Client,
    /,
    username: str,
    *,
    body: SsoTeammateUpdate,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> SsoTeammate: ...


async def asyncio(
    client: Client,
    /,
    username: str,
    *,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    is_admin: bool | Unset = UNSET,
    persona: SsoPersona | Unset = UNSET,
    scopes: list[str] | Unset = UNSET,
    has_restricted_subuser_access: bool | Unset = UNSET,
    subuser_access: list[SsoSubuserAccessRequest] | Unset = UNSET,
    body: SsoTeammateUpdate | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> SsoTeammate:
    """Change an SSO teammate.

    Changes the teammate's name, permissions or subuser access.

    Wire request: PATCH /v3/sso/teammates/{username}; the client adds Authorization: Bearer with the
    API key.

    Args:
        username (str): The teammate's username (their email address). Required.
        first_name (str): The `first_name` JSON field. Required.
        last_name (str): The `last_name` JSON field. Required.
        is_admin (bool | Unset): The `is_admin` JSON field.
        persona (SsoPersona | Unset): The `persona` JSON field.
        scopes (list[str] | Unset): The `scopes` JSON field.
        has_restricted_subuser_access (bool | Unset): The `has_restricted_subuser_access` JSON
            field.
        subuser_access (list[SsoSubuserAccessRequest] | Unset): The `subuser_access` JSON field.
        body (SsoTeammateUpdate): The whole request as one model, instead of the
            fields above (not both).
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        extra_body (Mapping[str, Any] | None): More body fields for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        SsoTeammate: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.sso.teammates.update(username, first_name=first_name, last_name=last_name)
    """

    return await _asyncio_impl(
        client,
        first_name=first_name,
        last_name=last_name,
        is_admin=is_admin,
        persona=persona,
        scopes=scopes,
        has_restricted_subuser_access=has_restricted_subuser_access,
        subuser_access=subuser_access,
        username=username,
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
    username: str,
    *,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    is_admin: bool | Unset = UNSET,
    persona: SsoPersona | Unset = UNSET,
    scopes: list[str] | Unset = UNSET,
    has_restricted_subuser_access: bool | Unset = UNSET,
    subuser_access: list[SsoSubuserAccessRequest] | Unset = UNSET,
    body: SsoTeammateUpdate | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> SsoTeammate:
    body = body_from_fields(
        OPERATION,
        SsoTeammateUpdate,
        body,
        {
            "first_name": first_name,
            "last_name": last_name,
            "is_admin": is_admin,
            "persona": persona,
            "scopes": scopes,
            "has_restricted_subuser_access": has_restricted_subuser_access,
            "subuser_access": subuser_access,
        },
        (
            "first_name",
            "last_name",
        ),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        username=username,
        body=body,
    )
    return parse_answer(await client.asend(OPERATION, kwargs, options), _parse_response)
