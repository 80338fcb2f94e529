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
from ...models.authenticated_domain import AuthenticatedDomain
from ...models.subuser_username import SubuserUsername
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    name="associate_domain_with_subuser",
    api="v3",
    method="POST",
    path="/v3/whitelabel/domains/{domain_id}/subuser",
    idempotent=False,
    paginated=False,
)


def _get_kwargs(
    domain_id: int,
    *,
    body: SubuserUsername,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/whitelabel/domains/{domain_id}/subuser".format(
            domain_id=path_segment("domain_id", domain_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> AuthenticatedDomain:
    if response.status_code == 201:
        response_201 = AuthenticatedDomain.from_dict(read_json(response))

        return response_201

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[AuthenticatedDomain]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


@overload
def sync_detailed(
    client: Client,
    /,
    domain_id: int,
    *,
    username: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[AuthenticatedDomain]: ...


@overload
def sync_detailed(
    client: Client,
    /,
    domain_id: int,
    *,
    body: SubuserUsername,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[AuthenticatedDomain]: ...


def sync_detailed(
    client: Client,
    /,
    domain_id: int,
    *,
    username: str | Unset = UNSET,
    body: SubuserUsername | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[AuthenticatedDomain]:
    """Assign a domain to a subuser.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: POST /v3/whitelabel/domains/{domain_id}/subuser; the client adds Authorization:
    Bearer with the API key.

    Args:
        The same as `client.domains.subusers.associate` takes; `help()` on it describes each one.

    Returns:
        Response[AuthenticatedDomain]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.domains.subusers.associate_detailed(domain_id, username=username)
    """

    return _sync_detailed_impl(
        client,
        username=username,
        domain_id=domain_id,
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
    domain_id: int,
    *,
    username: str | Unset = UNSET,
    body: SubuserUsername | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[AuthenticatedDomain]:
    body = body_from_fields(
        OPERATION,
        SubuserUsername,
        body,
        {
            "username": username,
        },
        ("username",),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        domain_id=domain_id,
        body=body,
    )
    return _build_response(client.send(OPERATION, kwargs, options))


@overload
def sync(
    client: Client,
    /,
    domain_id: int,
    *,
    username: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> AuthenticatedDomain: ...


@overload
def sync(
    client: Client,
    /,
    domain_id: int,
    *,
    body: SubuserUsername,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> AuthenticatedDomain: ...


def sync(
    client: Client,
    /,
    domain_id: int,
    *,
    username: str | Unset = UNSET,
    body: SubuserUsername | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> AuthenticatedDomain:
    """Assign a domain to a subuser.

    Lets a subuser send with the parent's validated domain (the subuser cannot see or change it).
    This is the one-domain association; see add_subuser_domain for up to five.

    Wire request: POST /v3/whitelabel/domains/{domain_id}/subuser; the client adds Authorization:
    Bearer with the API key.

    Args:
        domain_id (int): The `domain_id` path segment. Required.
        username (str): The `username` JSON field. Required.
        body (SubuserUsername): The whole request as one model, instead of the
            fields above (not both).
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        extra_body (Mapping[str, Any] | None): More body fields for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        AuthenticatedDomain: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.domains.subusers.associate(domain_id, username=username)
    """

    return _sync_impl(
        client,
        username=username,
        domain_id=domain_id,
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
    domain_id: int,
    *,
    username: str | Unset = UNSET,
    body: SubuserUsername | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> AuthenticatedDomain:
    body = body_from_fields(
        OPERATION,
        SubuserUsername,
        body,
        {
            "username": username,
        },
        ("username",),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        domain_id=domain_id,
        body=body,
    )
    return parse_answer(client.send(OPERATION, kwargs, options), _parse_response)


@overload
async def asyncio_detailed(
    client: Client,
    /,
    domain_id: int,
    *,
    username: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[AuthenticatedDomain]: ...


@overload
async def asyncio_detailed(
    client: Client,
    /,
    domain_id: int,
    *,
    body: SubuserUsername,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[AuthenticatedDomain]: ...


async def asyncio_detailed(
    client: Client,
    /,
    domain_id: int,
    *,
    username: str | Unset = UNSET,
    body: SubuserUsername | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[AuthenticatedDomain]:
    """Assign a domain to a subuser.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: POST /v3/whitelabel/domains/{domain_id}/subuser; the client adds Authorization:
    Bearer with the API key.

    Args:
        The same as `client.domains.subusers.associate` takes; `help()` on it describes each one.

    Returns:
        Response[AuthenticatedDomain]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.domains.subusers.associate_detailed(domain_id, username=username)
    """

    return await _asyncio_detailed_impl(
        client,
        username=username,
        domain_id=domain_id,
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
    domain_id: int,
    *,
    username: str | Unset = UNSET,
    body: SubuserUsername | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[AuthenticatedDomain]:
    body = body_from_fields(
        OPERATION,
        SubuserUsername,
        body,
        {
            "username": username,
        },
        ("username",),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        domain_id=domain_id,
        body=body,
    )
    return _build_response(await client.asend(OPERATION, kwargs, options))


@overload
async def asyncio(
    client: Client,
    /,
    domain_id: int,
    *,
    username: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> AuthenticatedDomain: ...


@overload
async def asyncio(
    client: Client,
    /,
    domain_id: int,
    *,
    body: SubuserUsername,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> AuthenticatedDomain: ...


async def asyncio(
    client: Client,
    /,
    domain_id: int,
    *,
    username: str | Unset = UNSET,
    body: SubuserUsername | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> AuthenticatedDomain:
    """Assign a domain to a subuser.

    Lets a subuser send with the parent's validated domain (the subuser cannot see or change it).
    This is the one-domain association; see add_subuser_domain for up to five.

    Wire request: POST /v3/whitelabel/domains/{domain_id}/subuser; the client adds Authorization:
    Bearer with the API key.

    Args:
        domain_id (int): The `domain_id` path segment. Required.
        username (str): The `username` JSON field. Required.
        body (SubuserUsername): The whole request as one model, instead of the
            fields above (not both).
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        extra_body (Mapping[str, Any] | None): More body fields for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        AuthenticatedDomain: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.domains.subusers.associate(domain_id, username=username)
    """

    return await _asyncio_impl(
        client,
        username=username,
        domain_id=domain_id,
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
    domain_id: int,
    *,
    username: str | Unset = UNSET,
    body: SubuserUsername | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> AuthenticatedDomain:
    body = body_from_fields(
        OPERATION,
        SubuserUsername,
        body,
        {
            "username": username,
        },
        ("username",),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        domain_id=domain_id,
        body=body,
    )
    return parse_answer(await client.asend(OPERATION, kwargs, options), _parse_response)
