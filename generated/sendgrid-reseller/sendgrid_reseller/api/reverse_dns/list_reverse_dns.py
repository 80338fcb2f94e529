# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from collections.abc import AsyncIterator, Iterator, Mapping
from typing import Any

import httpx

from ... import errors
from ..._runtime.listing import (
    aeach_decoded_record,
    aeach_page,
    each_decoded_record,
    each_page,
)
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions, call_options
from ..._runtime.page import AsyncPage, SyncPage
from ..._runtime.response import parse_answer, read_json
from ...client import Client
from ...models.reverse_dns import ReverseDns
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    name="list_reverse_dns",
    api="v3",
    method="GET",
    path="/v3/whitelabel/ips",
    idempotent=True,
    paginated=True,
)


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    ip: str | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(on_behalf_of, Unset):
        headers["on-behalf-of"] = on_behalf_of

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["ip"] = ip

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/whitelabel/ips",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> list[ReverseDns]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = read_json(response)
        for response_200_item_data in _response_200:
            response_200_item = ReverseDns.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[list[ReverseDns]]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


def sync_detailed(
    client: Client,
    /,
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    ip: str | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[list[ReverseDns]]:
    """List reverse DNS records.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: GET /v3/whitelabel/ips; the client adds Authorization: Bearer with the API key.

    Args:
        The same as `client.reverse_dns.list` takes; `help()` on it describes each one.

    Returns:
        Response[list[ReverseDns]]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.reverse_dns.list_detailed()
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        ip=ip,
        on_behalf_of=on_behalf_of,
    )
    return _build_response(client.send(OPERATION, kwargs, options))


def sync(
    client: Client,
    /,
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    ip: str | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> list[ReverseDns]:
    """List reverse DNS records.

    The account's reverse DNS records, a page at a time (limit/offset, Link header).

    Wire request: GET /v3/whitelabel/ips; the client adds Authorization: Bearer with the API key.

    Args:
        limit (int | Unset): Records to return in one page. The default and the maximum are both
            500.
        offset (int | Unset): Records to skip before the first one returned.
        ip (str | Unset): Only records whose IP contains this text.
        on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
            of the v2 "user" field.
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        list[ReverseDns]: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.reverse_dns.list()
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        ip=ip,
        on_behalf_of=on_behalf_of,
    )
    return parse_answer(client.send(OPERATION, kwargs, options), _parse_response)


async def asyncio_detailed(
    client: Client,
    /,
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    ip: str | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[list[ReverseDns]]:
    """List reverse DNS records.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: GET /v3/whitelabel/ips; the client adds Authorization: Bearer with the API key.

    Args:
        The same as `client.reverse_dns.list` takes; `help()` on it describes each one.

    Returns:
        Response[list[ReverseDns]]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.reverse_dns.list_detailed()
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        ip=ip,
        on_behalf_of=on_behalf_of,
    )
    return _build_response(await client.asend(OPERATION, kwargs, options))


async def asyncio(
    client: Client,
    /,
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    ip: str | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> list[ReverseDns]:
    """List reverse DNS records.

    The account's reverse DNS records, a page at a time (limit/offset, Link header).

    Wire request: GET /v3/whitelabel/ips; the client adds Authorization: Bearer with the API key.

    Args:
        limit (int | Unset): Records to return in one page. The default and the maximum are both
            500.
        offset (int | Unset): Records to skip before the first one returned.
        ip (str | Unset): Only records whose IP contains this text.
        on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
            of the v2 "user" field.
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        list[ReverseDns]: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.reverse_dns.list()
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        ip=ip,
        on_behalf_of=on_behalf_of,
    )
    return parse_answer(await client.asend(OPERATION, kwargs, options), _parse_response)


def page(
    client: Client,
    /,
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    ip: str | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
    page_token: str | None = None,
) -> SyncPage[ReverseDns]:
    """List reverse DNS records.

    The account's reverse DNS records, a page at a time (limit/offset, Link header).

    Returns the first page (or the one `page_token` names): iterate it for every record across
    pages, or use `pages()`, `has_next_page()`, `next_page()` and `next_page_token`.

    Wire request: GET /v3/whitelabel/ips; the client adds Authorization: Bearer with the API key.

    Args:
        limit (int | Unset): Records to return in one page. The default and the maximum are both
            500.
        offset (int | Unset): Records to skip before the first one returned.
        ip (str | Unset): Only records whose IP contains this text.
        on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
            of the v2 "user" field.
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.
        page_token (str | None): Start at the page an earlier page's `next_page_token` names.

    Returns:
        SyncPage[ReverseDns]: the page; its `items` are this page's records.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        for item in client.reverse_dns.list():  # every record, page after page
            print(item)
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        ip=ip,
        on_behalf_of=on_behalf_of,
    )
    return SyncPage.first(
        client, OPERATION, kwargs, options, _build_response, walk="link", offset_in="params", page_token=page_token
    )


async def apage(
    client: Client,
    /,
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    ip: str | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
    page_token: str | None = None,
) -> AsyncPage[ReverseDns]:
    """List reverse DNS records.

    The account's reverse DNS records, a page at a time (limit/offset, Link header).

    Returns the first page (or the one `page_token` names): iterate it for every record across
    pages, or use `pages()`, `has_next_page()`, `next_page()` and `next_page_token`.

    Wire request: GET /v3/whitelabel/ips; the client adds Authorization: Bearer with the API key.

    Args:
        limit (int | Unset): Records to return in one page. The default and the maximum are both
            500.
        offset (int | Unset): Records to skip before the first one returned.
        ip (str | Unset): Only records whose IP contains this text.
        on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
            of the v2 "user" field.
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.
        page_token (str | None): Start at the page an earlier page's `next_page_token` names.

    Returns:
        AsyncPage[ReverseDns]: the page; its `items` are this page's records.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        page = await client.reverse_dns.list()
        async for item in page:  # every record, page after page
            print(item)
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        ip=ip,
        on_behalf_of=on_behalf_of,
    )
    return await AsyncPage.first(
        client, OPERATION, kwargs, options, _build_response, walk="link", offset_in="params", page_token=page_token
    )


def iter_pages(
    client: Client,
    /,
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    ip: str | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Iterator[Response[list[ReverseDns]]]:
    """List reverse DNS records.

    Yields one `Response` per page, following the Link header's rel="next"; the next page is
    requested only when the previous one has been consumed.

    Wire request: GET /v3/whitelabel/ips; the client adds Authorization: Bearer with the API key.

    Args:
        The same as `client.reverse_dns.list` takes; `help()` on it describes each one.

    Returns:
        Iterator of Response[list[ReverseDns]]: each page with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        for page in client.reverse_dns.list_pages():
            print(page.status_code, len(page.parsed))
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        ip=ip,
        on_behalf_of=on_behalf_of,
    )
    yield from each_page(client.paginate(OPERATION, kwargs, options), _build_response)


def iter_items(
    client: Client,
    /,
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    ip: str | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Iterator[ReverseDns]:
    """List reverse DNS records.

    Yields every record of the list, across all pages (one page in memory at a time).

    Wire request: GET /v3/whitelabel/ips; the client adds Authorization: Bearer with the API key.

    Args:
        The same as `client.reverse_dns.list` takes; `help()` on it describes each one.

    Returns:
        Iterator of ReverseDns: each record.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        for item in client.reverse_dns.list_items():
            print(item)
    """

    def responses() -> Iterator[httpx.Response]:
        nonlocal options
        options = call_options(
            options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
        )

        kwargs = _get_kwargs(
            limit=limit,
            offset=offset,
            ip=ip,
            on_behalf_of=on_behalf_of,
        )
        yield from client.paginate(OPERATION, kwargs, options)

    return each_decoded_record(responses(), ReverseDns.from_dict)


async def aiter_pages(
    client: Client,
    /,
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    ip: str | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> AsyncIterator[Response[list[ReverseDns]]]:
    """List reverse DNS records.

    Yields one `Response` per page, following the Link header's rel="next"; the next page is
    requested only when the previous one has been consumed.

    Wire request: GET /v3/whitelabel/ips; the client adds Authorization: Bearer with the API key.

    Args:
        The same as `client.reverse_dns.list` takes; `help()` on it describes each one.

    Returns:
        Iterator of Response[list[ReverseDns]]: each page with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        async for page in client.reverse_dns.list_pages():
            print(page.status_code, len(page.parsed))
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        ip=ip,
        on_behalf_of=on_behalf_of,
    )
    async for page in aeach_page(client.apaginate(OPERATION, kwargs, options), _build_response):
        yield page
        del page  # one page in memory at a time


async def aiter_items(
    client: Client,
    /,
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    ip: str | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> AsyncIterator[ReverseDns]:
    """List reverse DNS records.

    Yields every record of the list, across all pages (one page in memory at a time).

    Wire request: GET /v3/whitelabel/ips; the client adds Authorization: Bearer with the API key.

    Args:
        The same as `client.reverse_dns.list` takes; `help()` on it describes each one.

    Returns:
        Iterator of ReverseDns: each record.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        async for item in client.reverse_dns.list_items():
            print(item)
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        ip=ip,
        on_behalf_of=on_behalf_of,
    )
    async for item in aeach_decoded_record(client.apaginate(OPERATION, kwargs, options), ReverseDns.from_dict):
        yield item
