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
from ...models.authenticate_domain_request import AuthenticateDomainRequest
from ...models.authenticate_domain_request_region import AuthenticateDomainRequestRegion
from ...models.authenticated_domain import AuthenticatedDomain
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    name="authenticate_domain",
    api="v3",
    method="POST",
    path="/v3/whitelabel/domains",
    idempotent=False,
    paginated=False,
)


def _get_kwargs(
    *,
    body: AuthenticateDomainRequest,
    on_behalf_of: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(on_behalf_of, Unset):
        headers["on-behalf-of"] = on_behalf_of

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/whitelabel/domains",
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
    *,
    domain: str,
    subdomain: str | Unset = UNSET,
    username: str | Unset = UNSET,
    ips: list[str] | Unset = UNSET,
    custom_spf: bool | Unset = UNSET,
    default: bool | Unset = UNSET,
    automatic_security: bool | Unset = UNSET,
    custom_dkim_selector: str | Unset = UNSET,
    region: AuthenticateDomainRequestRegion | Unset = UNSET,
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
    *,
    body: AuthenticateDomainRequest,
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
    *,
    domain: str | Unset = UNSET,
    subdomain: str | Unset = UNSET,
    username: str | Unset = UNSET,
    ips: list[str] | Unset = UNSET,
    custom_spf: bool | Unset = UNSET,
    default: bool | Unset = UNSET,
    automatic_security: bool | Unset = UNSET,
    custom_dkim_selector: str | Unset = UNSET,
    region: AuthenticateDomainRequestRegion | Unset = UNSET,
    body: AuthenticateDomainRequest | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[AuthenticatedDomain]:
    """Authenticate a domain.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: POST /v3/whitelabel/domains; the client adds Authorization: Bearer with the API
    key.

    Args:
        The same as `client.domains.create` takes; `help()` on it describes each one.

    Returns:
        Response[AuthenticatedDomain]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.domains.create_detailed(domain=domain)
    """

    return _sync_detailed_impl(
        client,
        domain=domain,
        subdomain=subdomain,
        username=username,
        ips=ips,
        custom_spf=custom_spf,
        default=default,
        automatic_security=automatic_security,
        custom_dkim_selector=custom_dkim_selector,
        region=region,
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
    domain: str | Unset = UNSET,
    subdomain: str | Unset = UNSET,
    username: str | Unset = UNSET,
    ips: list[str] | Unset = UNSET,
    custom_spf: bool | Unset = UNSET,
    default: bool | Unset = UNSET,
    automatic_security: bool | Unset = UNSET,
    custom_dkim_selector: str | Unset = UNSET,
    region: AuthenticateDomainRequestRegion | Unset = UNSET,
    body: AuthenticateDomainRequest | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[AuthenticatedDomain]:
    body = body_from_fields(
        OPERATION,
        AuthenticateDomainRequest,
        body,
        {
            "domain": domain,
            "subdomain": subdomain,
            "username": username,
            "ips": ips,
            "custom_spf": custom_spf,
            "default": default,
            "automatic_security": automatic_security,
            "custom_dkim_selector": custom_dkim_selector,
            "region": region,
        },
        ("domain",),
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
    domain: str,
    subdomain: str | Unset = UNSET,
    username: str | Unset = UNSET,
    ips: list[str] | Unset = UNSET,
    custom_spf: bool | Unset = UNSET,
    default: bool | Unset = UNSET,
    automatic_security: bool | Unset = UNSET,
    custom_dkim_selector: str | Unset = UNSET,
    region: AuthenticateDomainRequestRegion | Unset = UNSET,
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
    *,
    body: AuthenticateDomainRequest,
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
    *,
    domain: str | Unset = UNSET,
    subdomain: str | Unset = UNSET,
    username: str | Unset = UNSET,
    ips: list[str] | Unset = UNSET,
    custom_spf: bool | Unset = UNSET,
    default: bool | Unset = UNSET,
    automatic_security: bool | Unset = UNSET,
    custom_dkim_selector: str | Unset = UNSET,
    region: AuthenticateDomainRequestRegion | Unset = UNSET,
    body: AuthenticateDomainRequest | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> AuthenticatedDomain:
    """Authenticate a domain.

    Starts authenticating a sending domain and returns the DNS records to publish. Passing username
    creates it for (and visible to) that subuser; associating is the alternative.

    Wire request: POST /v3/whitelabel/domains; the client adds Authorization: Bearer with the API
    key.

    Args:
        domain (str): The `domain` JSON field. Required.
        subdomain (str | Unset): The `subdomain` JSON field.
        username (str | Unset): Create the domain for this subuser.
        ips (list[str] | Unset): IPs to list in a custom SPF record.
        custom_spf (bool | Unset): Use a custom SPF record (manual security only).
        default (bool | Unset): Use this domain when none matches the From address.
        automatic_security (bool | Unset): Let SendGrid manage SPF, DKIM and key rotation (CNAME
            records).
        custom_dkim_selector (str | Unset): Three letters or digits.
        region (AuthenticateDomainRequestRegion | Unset): The `region` JSON field.
        body (AuthenticateDomainRequest): The whole request as one model, instead of the
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

        result = client.domains.create(domain=domain)
    """

    return _sync_impl(
        client,
        domain=domain,
        subdomain=subdomain,
        username=username,
        ips=ips,
        custom_spf=custom_spf,
        default=default,
        automatic_security=automatic_security,
        custom_dkim_selector=custom_dkim_selector,
        region=region,
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
    domain: str | Unset = UNSET,
    subdomain: str | Unset = UNSET,
    username: str | Unset = UNSET,
    ips: list[str] | Unset = UNSET,
    custom_spf: bool | Unset = UNSET,
    default: bool | Unset = UNSET,
    automatic_security: bool | Unset = UNSET,
    custom_dkim_selector: str | Unset = UNSET,
    region: AuthenticateDomainRequestRegion | Unset = UNSET,
    body: AuthenticateDomainRequest | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> AuthenticatedDomain:
    body = body_from_fields(
        OPERATION,
        AuthenticateDomainRequest,
        body,
        {
            "domain": domain,
            "subdomain": subdomain,
            "username": username,
            "ips": ips,
            "custom_spf": custom_spf,
            "default": default,
            "automatic_security": automatic_security,
            "custom_dkim_selector": custom_dkim_selector,
            "region": region,
        },
        ("domain",),
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
    domain: str,
    subdomain: str | Unset = UNSET,
    username: str | Unset = UNSET,
    ips: list[str] | Unset = UNSET,
    custom_spf: bool | Unset = UNSET,
    default: bool | Unset = UNSET,
    automatic_security: bool | Unset = UNSET,
    custom_dkim_selector: str | Unset = UNSET,
    region: AuthenticateDomainRequestRegion | Unset = UNSET,
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
    *,
    body: AuthenticateDomainRequest,
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
    *,
    domain: str | Unset = UNSET,
    subdomain: str | Unset = UNSET,
    username: str | Unset = UNSET,
    ips: list[str] | Unset = UNSET,
    custom_spf: bool | Unset = UNSET,
    default: bool | Unset = UNSET,
    automatic_security: bool | Unset = UNSET,
    custom_dkim_selector: str | Unset = UNSET,
    region: AuthenticateDomainRequestRegion | Unset = UNSET,
    body: AuthenticateDomainRequest | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[AuthenticatedDomain]:
    """Authenticate a domain.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: POST /v3/whitelabel/domains; the client adds Authorization: Bearer with the API
    key.

    Args:
        The same as `client.domains.create` takes; `help()` on it describes each one.

    Returns:
        Response[AuthenticatedDomain]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.domains.create_detailed(domain=domain)
    """

    return await _asyncio_detailed_impl(
        client,
        domain=domain,
        subdomain=subdomain,
        username=username,
        ips=ips,
        custom_spf=custom_spf,
        default=default,
        automatic_security=automatic_security,
        custom_dkim_selector=custom_dkim_selector,
        region=region,
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
    domain: str | Unset = UNSET,
    subdomain: str | Unset = UNSET,
    username: str | Unset = UNSET,
    ips: list[str] | Unset = UNSET,
    custom_spf: bool | Unset = UNSET,
    default: bool | Unset = UNSET,
    automatic_security: bool | Unset = UNSET,
    custom_dkim_selector: str | Unset = UNSET,
    region: AuthenticateDomainRequestRegion | Unset = UNSET,
    body: AuthenticateDomainRequest | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[AuthenticatedDomain]:
    body = body_from_fields(
        OPERATION,
        AuthenticateDomainRequest,
        body,
        {
            "domain": domain,
            "subdomain": subdomain,
            "username": username,
            "ips": ips,
            "custom_spf": custom_spf,
            "default": default,
            "automatic_security": automatic_security,
            "custom_dkim_selector": custom_dkim_selector,
            "region": region,
        },
        ("domain",),
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
    domain: str,
    subdomain: str | Unset = UNSET,
    username: str | Unset = UNSET,
    ips: list[str] | Unset = UNSET,
    custom_spf: bool | Unset = UNSET,
    default: bool | Unset = UNSET,
    automatic_security: bool | Unset = UNSET,
    custom_dkim_selector: str | Unset = UNSET,
    region: AuthenticateDomainRequestRegion | Unset = UNSET,
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
    *,
    body: AuthenticateDomainRequest,
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
    *,
    domain: str | Unset = UNSET,
    subdomain: str | Unset = UNSET,
    username: str | Unset = UNSET,
    ips: list[str] | Unset = UNSET,
    custom_spf: bool | Unset = UNSET,
    default: bool | Unset = UNSET,
    automatic_security: bool | Unset = UNSET,
    custom_dkim_selector: str | Unset = UNSET,
    region: AuthenticateDomainRequestRegion | Unset = UNSET,
    body: AuthenticateDomainRequest | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> AuthenticatedDomain:
    """Authenticate a domain.

    Starts authenticating a sending domain and returns the DNS records to publish. Passing username
    creates it for (and visible to) that subuser; associating is the alternative.

    Wire request: POST /v3/whitelabel/domains; the client adds Authorization: Bearer with the API
    key.

    Args:
        domain (str): The `domain` JSON field. Required.
        subdomain (str | Unset): The `subdomain` JSON field.
        username (str | Unset): Create the domain for this subuser.
        ips (list[str] | Unset): IPs to list in a custom SPF record.
        custom_spf (bool | Unset): Use a custom SPF record (manual security only).
        default (bool | Unset): Use this domain when none matches the From address.
        automatic_security (bool | Unset): Let SendGrid manage SPF, DKIM and key rotation (CNAME
            records).
        custom_dkim_selector (str | Unset): Three letters or digits.
        region (AuthenticateDomainRequestRegion | Unset): The `region` JSON field.
        body (AuthenticateDomainRequest): The whole request as one model, instead of the
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

        result = await client.domains.create(domain=domain)
    """

    return await _asyncio_impl(
        client,
        domain=domain,
        subdomain=subdomain,
        username=username,
        ips=ips,
        custom_spf=custom_spf,
        default=default,
        automatic_security=automatic_security,
        custom_dkim_selector=custom_dkim_selector,
        region=region,
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
    domain: str | Unset = UNSET,
    subdomain: str | Unset = UNSET,
    username: str | Unset = UNSET,
    ips: list[str] | Unset = UNSET,
    custom_spf: bool | Unset = UNSET,
    default: bool | Unset = UNSET,
    automatic_security: bool | Unset = UNSET,
    custom_dkim_selector: str | Unset = UNSET,
    region: AuthenticateDomainRequestRegion | Unset = UNSET,
    body: AuthenticateDomainRequest | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> AuthenticatedDomain:
    body = body_from_fields(
        OPERATION,
        AuthenticateDomainRequest,
        body,
        {
            "domain": domain,
            "subdomain": subdomain,
            "username": username,
            "ips": ips,
            "custom_spf": custom_spf,
            "default": default,
            "automatic_security": automatic_security,
            "custom_dkim_selector": custom_dkim_selector,
            "region": region,
        },
        ("domain",),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        body=body,
        on_behalf_of=on_behalf_of,
    )
    return parse_answer(await client.asend(OPERATION, kwargs, options), _parse_response)
