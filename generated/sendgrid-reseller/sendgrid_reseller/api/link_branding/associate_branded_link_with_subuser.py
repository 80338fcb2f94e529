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
from ...models.branded_link import BrandedLink
from ...models.branded_link_subuser import BrandedLinkSubuser
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    name="associate_branded_link_with_subuser",
    api="v3",
    method="POST",
    path="/v3/whitelabel/links/{link_id}/subuser",
    idempotent=False,
    paginated=False,
)


def _get_kwargs(
    link_id: int,
    *,
    body: BrandedLinkSubuser,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/whitelabel/links/{link_id}/subuser".format(
            link_id=path_segment("link_id", link_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> BrandedLink:
    if response.status_code == 200:
        response_200 = BrandedLink.from_dict(read_json(response))

        return response_200

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[BrandedLink]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


@overload
def sync_detailed(
    client: Client,
    /,
    link_id: int,
    *,
    username: str,
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
    link_id: int,
    *,
    body: BrandedLinkSubuser,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[BrandedLink]: ...


def sync_detailed(
    client: Client,
    /,
    link_id: int,
    *,
    username: str | Unset = UNSET,
    body: BrandedLinkSubuser | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[BrandedLink]:
    """Give a branded link to a subuser.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: POST /v3/whitelabel/links/{link_id}/subuser; the client adds Authorization: Bearer
    with the API key.

    Args:
        The same as `client.link_branding.subusers.associate` takes; `help()` on it describes each one.

    Returns:
        Response[BrandedLink]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.link_branding.subusers.associate_detailed(link_id, username=username)
    """

    return _sync_detailed_impl(
        client,
        username=username,
        link_id=link_id,
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
    link_id: int,
    *,
    username: str | Unset = UNSET,
    body: BrandedLinkSubuser | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[BrandedLink]:
    body = body_from_fields(
        OPERATION,
        BrandedLinkSubuser,
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
        link_id=link_id,
        body=body,
    )
    return _build_response(client.send(OPERATION, kwargs, options))


@overload
def sync(
    client: Client,
    /,
    link_id: int,
    *,
    username: str,
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
    link_id: int,
    *,
    body: BrandedLinkSubuser,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> BrandedLink: ...


def sync(
    client: Client,
    /,
    link_id: int,
    *,
    username: str | Unset = UNSET,
    body: BrandedLinkSubuser | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> BrandedLink:
    """Give a branded link to a subuser.

    Lets a subuser use one of the parent's validated branded links (a subuser has at most one).

    Wire request: POST /v3/whitelabel/links/{link_id}/subuser; the client adds Authorization: Bearer
    with the API key.

    Args:
        link_id (int): The `link_id` path segment. Required.
        username (str): The `username` JSON field. Required.
        body (BrandedLinkSubuser): The whole request as one model, instead of the
            fields above (not both).
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

        result = client.link_branding.subusers.associate(link_id, username=username)
    """

    return _sync_impl(
        client,
        username=username,
        link_id=link_id,
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
    link_id: int,
    *,
    username: str | Unset = UNSET,
    body: BrandedLinkSubuser | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> BrandedLink:
    body = body_from_fields(
        OPERATION,
        BrandedLinkSubuser,
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
        link_id=link_id,
        body=body,
    )
    return parse_answer(client.send(OPERATION, kwargs, options), _parse_response)


@overload
async def asyncio_detailed(
    client: Client,
    /,
    link_id: int,
    *,
    username: str,
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
    link_id: int,
    *,
    body: BrandedLinkSubuser,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[BrandedLink]: ...


async def asyncio_detailed(
    client: Client,
    /,
    link_id: int,
    *,
    username: str | Unset = UNSET,
    body: BrandedLinkSubuser | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[BrandedLink]:
    """Give a branded link to a subuser.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: POST /v3/whitelabel/links/{link_id}/subuser; the client adds Authorization: Bearer
    with the API key.

    Args:
        The same as `client.link_branding.subusers.associate` takes; `help()` on it describes each one.

    Returns:
        Response[BrandedLink]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.link_branding.subusers.associate_detailed(link_id, username=username)
    """

    return await _asyncio_detailed_impl(
        client,
        username=username,
        link_id=link_id,
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
    link_id: int,
    *,
    username: str | Unset = UNSET,
    body: BrandedLinkSubuser | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[BrandedLink]:
    body = body_from_fields(
        OPERATION,
        BrandedLinkSubuser,
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
        link_id=link_id,
        body=body,
    )
    return _build_response(await client.asend(OPERATION, kwargs, options))


@overload
async def asyncio(
    client: Client,
    /,
    link_id: int,
    *,
    username: str,
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
    link_id: int,
    *,
    body: BrandedLinkSubuser,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> BrandedLink: ...


async def asyncio(
    client: Client,
    /,
    link_id: int,
    *,
    username: str | Unset = UNSET,
    body: BrandedLinkSubuser | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> BrandedLink:
    """Give a branded link to a subuser.

    Lets a subuser use one of the parent's validated branded links (a subuser has at most one).

    Wire request: POST /v3/whitelabel/links/{link_id}/subuser; the client adds Authorization: Bearer
    with the API key.

    Args:
        link_id (int): The `link_id` path segment. Required.
        username (str): The `username` JSON field. Required.
        body (BrandedLinkSubuser): The whole request as one model, instead of the
            fields above (not both).
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

        result = await client.link_branding.subusers.associate(link_id, username=username)
    """

    return await _asyncio_impl(
        client,
        username=username,
        link_id=link_id,
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
    link_id: int,
    *,
    username: str | Unset = UNSET,
    body: BrandedLinkSubuser | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> BrandedLink:
    body = body_from_fields(
        OPERATION,
        BrandedLinkSubuser,
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
        link_id=link_id,
        body=body,
    )
    return parse_answer(await client.asend(OPERATION, kwargs, options), _parse_response)
