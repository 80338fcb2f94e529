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
from ...models.domain_ip import DomainIp
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    name="add_ip_to_domain",
    api="v3",
    method="POST",
    path="/v3/whitelabel/domains/{domain_id}/ips",
    idempotent=False,
    paginated=False,
)


def _get_kwargs(
    domain_id: int,
    *,
    body: DomainIp,
    on_behalf_of: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(on_behalf_of, Unset):
        headers["on-behalf-of"] = on_behalf_of

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/whitelabel/domains/{domain_id}/ips".format(
            domain_id=path_segment("domain_id", domain_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> AuthenticatedDomain:
    if response.status_code == 200:
        response_200 = AuthenticatedDomain.from_dict(read_json(response))

        return response_200

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[AuthenticatedDomain]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


@overload
def sync_detailed(
    client: Client,
    /,
    domain_id: int,
    *,
    ip: str,
    on_behalf_of: str | Unset = UNSET,
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
    body: DomainIp,
    on_behalf_of: str | Unset = UNSET,
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
    ip: str | Unset = UNSET,
    body: DomainIp | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[AuthenticatedDomain]:
    """Add an IP to an authenticated domain.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: POST /v3/whitelabel/domains/{domain_id}/ips; the client adds Authorization: Bearer
    with the API key.

    Args:
        The same as `client.domains.ips.add` takes; `help()` on it describes each one.

    Returns:
        Response[AuthenticatedDomain]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.domains.ips.add_detailed(domain_id, ip=ip)
    """

    return _sync_detailed_impl(
        client,
        ip=ip,
        domain_id=domain_id,
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
    domain_id: int,
    *,
    ip: str | Unset = UNSET,
    body: DomainIp | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[AuthenticatedDomain]:
    body = body_from_fields(
        OPERATION,
        DomainIp,
        body,
        {
            "ip": ip,
        },
        ("ip",),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        domain_id=domain_id,
        body=body,
        on_behalf_of=on_behalf_of,
    )
    return _build_response(client.send(OPERATION, kwargs, options))


@overload
def sync(
    client: Client,
    /,
    domain_id: int,
    *,
    ip: str,
    on_behalf_of: str | Unset = UNSET,
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
    body: DomainIp,
    on_behalf_of: str | Unset = UNSET,
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
    ip: str | Unset = UNSET,
    body: DomainIp | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> AuthenticatedDomain:
    """Add an IP to an authenticated domain.

    Includes the IP in the domain's custom SPF record.

    Wire request: POST /v3/whitelabel/domains/{domain_id}/ips; the client adds Authorization: Bearer
    with the API key.

    Args:
        domain_id (int): The `domain_id` path segment. Required.
        ip (str): The `ip` JSON field. Required.
        body (DomainIp): The whole request as one model, instead of the
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
        AuthenticatedDomain: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.domains.ips.add(domain_id, ip=ip)
    """

    return _sync_impl(
        client,
        ip=ip,
        domain_id=domain_id,
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
    domain_id: int,
    *,
    ip: str | Unset = UNSET,
    body: DomainIp | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> AuthenticatedDomain:
    body = body_from_fields(
        OPERATION,
        DomainIp,
        body,
        {
            "ip": ip,
        },
        ("ip",),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        domain_id=domain_id,
        body=body,
        on_behalf_of=on_behalf_of,
    )
    return parse_answer(client.send(OPERATION, kwargs, options), _parse_response)


@overload
async def asyncio_detailed(
    client: Client,
    /,
    domain_id: int,
    *,
    ip: str,
    on_behalf_of: str | Unset = UNSET,
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
    body: DomainIp,
    on_behalf_of: str | Unset = UNSET,
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
    ip: str | Unset = UNSET,
    body: DomainIp | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[AuthenticatedDomain]:
    """Add an IP to an authenticated domain.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: POST /v3/whitelabel/domains/{domain_id}/ips; the client adds Authorization: Bearer
    with the API key.

    Args:
        The same as `client.domains.ips.add` takes; `help()` on it describes each one.

    Returns:
        Response[AuthenticatedDomain]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.domains.ips.add_detailed(domain_id, ip=ip)
    """

    return await _asyncio_detailed_impl(
        client,
        ip=ip,
        domain_id=domain_id,
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
    domain_id: int,
    *,
    ip: str | Unset = UNSET,
    body: DomainIp | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[AuthenticatedDomain]:
    body = body_from_fields(
        OPERATION,
        DomainIp,
        body,
        {
            "ip": ip,
        },
        ("ip",),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        domain_id=domain_id,
        body=body,
        on_behalf_of=on_behalf_of,
    )
    return _build_response(await client.asend(OPERATION, kwargs, options))


@overload
async def asyncio(
    client: Client,
    /,
    domain_id: int,
    *,
    ip: str,
    on_behalf_of: str | Unset = UNSET,
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
    body: DomainIp,
    on_behalf_of: str | Unset = UNSET,
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
    ip: str | Unset = UNSET,
    body: DomainIp | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> AuthenticatedDomain:
    """Add an IP to an authenticated domain.

    Includes the IP in the domain's custom SPF record.

    Wire request: POST /v3/whitelabel/domains/{domain_id}/ips; the client adds Authorization: Bearer
    with the API key.

    Args:
        domain_id (int): The `domain_id` path segment. Required.
        ip (str): The `ip` JSON field. Required.
        body (DomainIp): The whole request as one model, instead of the
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
        AuthenticatedDomain: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.domains.ips.add(domain_id, ip=ip)
    """

    return await _asyncio_impl(
        client,
        ip=ip,
        domain_id=domain_id,
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
    domain_id: int,
    *,
    ip: str | Unset = UNSET,
    body: DomainIp | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> AuthenticatedDomain:
    body = body_from_fields(
        OPERATION,
        DomainIp,
        body,
        {
            "ip": ip,
        },
        ("ip",),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        domain_id=domain_id,
        body=body,
        on_behalf_of=on_behalf_of,
    )
    return parse_answer(await client.asend(OPERATION, kwargs, options), _parse_response)
