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
from ...models.branded_link import BrandedLink
from ...models.create_branded_link_request import CreateBrandedLinkRequest
from ...models.create_branded_link_request_region import CreateBrandedLinkRequestRegion
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    name="create_branded_link",
    api="v3",
    method="POST",
    path="/v3/whitelabel/links",
    idempotent=False,
    paginated=False,
)


def _get_kwargs(
    *,
    body: CreateBrandedLinkRequest,
    on_behalf_of: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(on_behalf_of, Unset):
        headers["on-behalf-of"] = on_behalf_of

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/whitelabel/links",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> BrandedLink:
    if response.status_code == 201:
        response_201 = BrandedLink.from_dict(read_json(response))

        return response_201

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[BrandedLink]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


@overload
def sync_detailed(
    client: Client,
    /,
    *,
    domain: str,
    subdomain: str | Unset = UNSET,
    default: bool | Unset = UNSET,
    region: CreateBrandedLinkRequestRegion | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[BrandedLink]: ...


@overload
def sync_detailed(
    client: Client,
    /,
    *,
    body: CreateBrandedLinkRequest,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[BrandedLink]: ...


def sync_detailed(
    client: Client,
    /,
    *,
    domain: str | Unset = UNSET,
    subdomain: str | Unset = UNSET,
    default: bool | Unset = UNSET,
    region: CreateBrandedLinkRequestRegion | Unset = UNSET,
    body: CreateBrandedLinkRequest | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[BrandedLink]:
    """Create a branded link.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: POST /v3/whitelabel/links; the client adds Authorization: Bearer with the API key.

    Args:
        The same as `client.link_branding.create` takes; `help()` on it describes each one.

    Returns:
        Response[BrandedLink]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.link_branding.create_detailed(domain=domain)
    """

    return _sync_detailed_impl(
        client,
        domain=domain,
        subdomain=subdomain,
        default=default,
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
    default: bool | Unset = UNSET,
    region: CreateBrandedLinkRequestRegion | Unset = UNSET,
    body: CreateBrandedLinkRequest | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[BrandedLink]:
    body = body_from_fields(
        OPERATION,
        CreateBrandedLinkRequest,
        body,
        {
            "domain": domain,
            "subdomain": subdomain,
            "default": default,
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
    default: bool | Unset = UNSET,
    region: CreateBrandedLinkRequestRegion | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> BrandedLink: ...


@overload
def sync(
    client: Client,
    /,
    *,
    body: CreateBrandedLinkRequest,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> BrandedLink: ...


def sync(
    client: Client,
    /,
    *,
    domain: str | Unset = UNSET,
    subdomain: str | Unset = UNSET,
    default: bool | Unset = UNSET,
    region: CreateBrandedLinkRequestRegion | Unset = UNSET,
    body: CreateBrandedLinkRequest | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> BrandedLink:
    """Create a branded link.

    Brands tracked links with a domain (and subdomain); the answer holds the CNAMEs to publish.

    Wire request: POST /v3/whitelabel/links; the client adds Authorization: Bearer with the API key.

    Args:
        domain (str): The `domain` JSON field. Required.
        subdomain (str | Unset): The part before the domain; SendGrid picks one when omitted.
        default (bool | Unset): Make this the default link.
        region (CreateBrandedLinkRequestRegion | Unset): The data region of the link.
        body (CreateBrandedLinkRequest): The whole request as one model, instead of the
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
        BrandedLink: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.link_branding.create(domain=domain)
    """

    return _sync_impl(
        client,
        domain=domain,
        subdomain=subdomain,
        default=default,
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
    default: bool | Unset = UNSET,
    region: CreateBrandedLinkRequestRegion | Unset = UNSET,
    body: CreateBrandedLinkRequest | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> BrandedLink:
    body = body_from_fields(
        OPERATION,
        CreateBrandedLinkRequest,
        body,
        {
            "domain": domain,
            "subdomain": subdomain,
            "default": default,
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
    default: bool | Unset = UNSET,
    region: CreateBrandedLinkRequestRegion | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[BrandedLink]: ...


@overload
async def asyncio_detailed(
    client: Client,
    /,
    *,
    body: CreateBrandedLinkRequest,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[BrandedLink]: ...


async def asyncio_detailed(
    client: Client,
    /,
    *,
    domain: str | Unset = UNSET,
    subdomain: str | Unset = UNSET,
    default: bool | Unset = UNSET,
    region: CreateBrandedLinkRequestRegion | Unset = UNSET,
    body: CreateBrandedLinkRequest | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[BrandedLink]:
    """Create a branded link.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: POST /v3/whitelabel/links; the client adds Authorization: Bearer with the API key.

    Args:
        The same as `client.link_branding.create` takes; `help()` on it describes each one.

    Returns:
        Response[BrandedLink]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.link_branding.create_detailed(domain=domain)
    """

    return await _asyncio_detailed_impl(
        client,
        domain=domain,
        subdomain=subdomain,
        default=default,
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
    default: bool | Unset = UNSET,
    region: CreateBrandedLinkRequestRegion | Unset = UNSET,
    body: CreateBrandedLinkRequest | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[BrandedLink]:
    body = body_from_fields(
        OPERATION,
        CreateBrandedLinkRequest,
        body,
        {
            "domain": domain,
            "subdomain": subdomain,
            "default": default,
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
    default: bool | Unset = UNSET,
    region: CreateBrandedLinkRequestRegion | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> BrandedLink: ...


@overload
async def asyncio(
    client: Client,
    /,
    *,
    body: CreateBrandedLinkRequest,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> BrandedLink: ...


async def asyncio(
    client: Client,
    /,
    *,
    domain: str | Unset = UNSET,
    subdomain: str | Unset = UNSET,
    default: bool | Unset = UNSET,
    region: CreateBrandedLinkRequestRegion | Unset = UNSET,
    body: CreateBrandedLinkRequest | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> BrandedLink:
    """Create a branded link.

    Brands tracked links with a domain (and subdomain); the answer holds the CNAMEs to publish.

    Wire request: POST /v3/whitelabel/links; the client adds Authorization: Bearer with the API key.

    Args:
        domain (str): The `domain` JSON field. Required.
        subdomain (str | Unset): The part before the domain; SendGrid picks one when omitted.
        default (bool | Unset): Make this the default link.
        region (CreateBrandedLinkRequestRegion | Unset): The data region of the link.
        body (CreateBrandedLinkRequest): The whole request as one model, instead of the
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
        BrandedLink: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.link_branding.create(domain=domain)
    """

    return await _asyncio_impl(
        client,
        domain=domain,
        subdomain=subdomain,
        default=default,
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
    default: bool | Unset = UNSET,
    region: CreateBrandedLinkRequestRegion | Unset = UNSET,
    body: CreateBrandedLinkRequest | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> BrandedLink:
    body = body_from_fields(
        OPERATION,
        CreateBrandedLinkRequest,
        body,
        {
            "domain": domain,
            "subdomain": subdomain,
            "default": default,
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
