# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from collections.abc import Mapping
from typing import Any, cast

import httpx

from ... import errors
from ..._runtime.body_paging import BodyPaging, items_at
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions, call_options
from ..._runtime.page import AsyncPage, SyncPage
from ..._runtime.response import parse_answer, read_json
from ...client import Client
from ...models.partner_account import PartnerAccount
from ...models.partner_account_page import PartnerAccountPage
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    name="list_partner_accounts",
    api="v3",
    method="GET",
    path="/v3/partners/accounts",
    idempotent=True,
    paginated=False,
    pagination=BodyPaging(
        cursor="offset",
        items="/accounts",
        limit="limit",
        next_cursor="/pages/last",
        style="cursor",
    ),
)


def _get_kwargs(
    *,
    offset: str | Unset = UNSET,
    limit: int | Unset = 10,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/partners/accounts",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> PartnerAccountPage:
    if response.status_code == 200:
        response_200 = PartnerAccountPage.from_dict(read_json(response))

        return response_200

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[PartnerAccountPage]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


def sync_detailed(
    client: Client,
    /,
    *,
    offset: str | Unset = UNSET,
    limit: int | Unset = 10,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[PartnerAccountPage]:
    """List customer accounts.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: GET /v3/partners/accounts; the client adds Authorization: Bearer with the API key.

    Args:
        The same as `client.accounts.list` takes; `help()` on it describes each one.

    Returns:
        Response[PartnerAccountPage]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.accounts.list_detailed()
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
    )
    return _build_response(client.send(OPERATION, kwargs, options))


def sync(
    client: Client,
    /,
    *,
    offset: str | Unset = UNSET,
    limit: int | Unset = 10,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> PartnerAccountPage:
    """List customer accounts.

    The partner's customer accounts, a page at a time; pass the previous page's `pages.last` as
    `offset`.

    Wire request: GET /v3/partners/accounts; the client adds Authorization: Bearer with the API key.

    Args:
        offset (str | Unset): The cursor; the id of the last account of the previous page.
        limit (int | Unset): Items per page (at most 100; 10 when omitted). Default: 10.
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        PartnerAccountPage: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.accounts.list()
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
    )
    return parse_answer(client.send(OPERATION, kwargs, options), _parse_response)


async def asyncio_detailed(
    client: Client,
    /,
    *,
    offset: str | Unset = UNSET,
    limit: int | Unset = 10,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[PartnerAccountPage]:
    """List customer accounts.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: GET /v3/partners/accounts; the client adds Authorization: Bearer with the API key.

    Args:
        The same as `client.accounts.list` takes; `help()` on it describes each one.

    Returns:
        Response[PartnerAccountPage]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.accounts.list_detailed()
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
    )
    return _build_response(await client.asend(OPERATION, kwargs, options))


async def asyncio(
    client: Client,
    /,
    *,
    offset: str | Unset = UNSET,
    limit: int | Unset = 10,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> PartnerAccountPage:
    """List customer accounts.

    The partner's customer accounts, a page at a time; pass the previous page's `pages.last` as
    `offset`.

    Wire request: GET /v3/partners/accounts; the client adds Authorization: Bearer with the API key.

    Args:
        offset (str | Unset): The cursor; the id of the last account of the previous page.
        limit (int | Unset): Items per page (at most 100; 10 when omitted). Default: 10.
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        PartnerAccountPage: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.accounts.list()
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
    )
    return parse_answer(await client.asend(OPERATION, kwargs, options), _parse_response)


def _parse_page(response: httpx.Response) -> list[PartnerAccount]:
    return cast(list[PartnerAccount], items_at(_parse_response(response), ("accounts",)))


def _build_page(response: httpx.Response) -> Response[list[PartnerAccount]]:
    return Response.from_httpx(response, parse_answer(response, _parse_page))


def page(
    client: Client,
    /,
    *,
    offset: str | Unset = UNSET,
    limit: int | Unset = 10,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
    page_token: str | None = None,
) -> SyncPage[PartnerAccount]:
    """List customer accounts.

    The partner's customer accounts, a page at a time; pass the previous page's `pages.last` as
    `offset`.

    Returns the first page (or the one `page_token` names): iterate it for every record across
    pages, or use `pages()`, `has_next_page()`, `next_page()` and `next_page_token`.

    Wire request: GET /v3/partners/accounts; the client adds Authorization: Bearer with the API key.

    Args:
        offset (str | Unset): The cursor; the id of the last account of the previous page.
        limit (int | Unset): Items per page (at most 100; 10 when omitted). Default: 10.
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.
        page_token (str | None): Start at the page an earlier page's `next_page_token` names.

    Returns:
        SyncPage[PartnerAccount]: the page; its `items` are this page's records.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        for item in client.accounts.list():  # every record, page after page
            print(item)
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
    )
    return SyncPage.first(
        client, OPERATION, kwargs, options, _build_page, walk="offset", offset_in="params", page_token=page_token
    )


async def apage(
    client: Client,
    /,
    *,
    offset: str | Unset = UNSET,
    limit: int | Unset = 10,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
    page_token: str | None = None,
) -> AsyncPage[PartnerAccount]:
    """List customer accounts.

    The partner's customer accounts, a page at a time; pass the previous page's `pages.last` as
    `offset`.

    Returns the first page (or the one `page_token` names): iterate it for every record across
    pages, or use `pages()`, `has_next_page()`, `next_page()` and `next_page_token`.

    Wire request: GET /v3/partners/accounts; the client adds Authorization: Bearer with the API key.

    Args:
        offset (str | Unset): The cursor; the id of the last account of the previous page.
        limit (int | Unset): Items per page (at most 100; 10 when omitted). Default: 10.
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.
        page_token (str | None): Start at the page an earlier page's `next_page_token` names.

    Returns:
        AsyncPage[PartnerAccount]: the page; its `items` are this page's records.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        page = await client.accounts.list()
        async for item in page:  # every record, page after page
            print(item)
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
    )
    return await AsyncPage.first(
        client, OPERATION, kwargs, options, _build_page, walk="offset", offset_in="params", page_token=page_token
    )
