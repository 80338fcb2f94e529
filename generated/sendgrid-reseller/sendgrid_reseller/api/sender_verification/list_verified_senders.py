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
from ...models.verified_sender import VerifiedSender
from ...models.verified_sender_list import VerifiedSenderList
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    name="list_verified_senders",
    api="v3",
    method="GET",
    path="/v3/verified_senders",
    idempotent=True,
    paginated=False,
    pagination=BodyPaging(
        cursor="lastSeenID",
        cursor_field="id",
        items="/results",
        limit="limit",
        style="cursor",
    ),
)


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    last_seen_id: int | Unset = UNSET,
    id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["lastSeenID"] = last_seen_id

    params["id"] = id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/verified_senders",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> VerifiedSenderList:
    if response.status_code == 200:
        response_200 = VerifiedSenderList.from_dict(read_json(response))

        return response_200

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[VerifiedSenderList]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


def sync_detailed(
    client: Client,
    /,
    *,
    limit: int | Unset = UNSET,
    last_seen_id: int | Unset = UNSET,
    id: int | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[VerifiedSenderList]:
    """List verified senders.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: GET /v3/verified_senders; the client adds Authorization: Bearer with the API key.

    Args:
        The same as `client.verified_senders.list` takes; `help()` on it describes each one.

    Returns:
        Response[VerifiedSenderList]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.verified_senders.list_detailed()
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        limit=limit,
        last_seen_id=last_seen_id,
        id=id,
    )
    return _build_response(client.send(OPERATION, kwargs, options))


def sync(
    client: Client,
    /,
    *,
    limit: int | Unset = UNSET,
    last_seen_id: int | Unset = UNSET,
    id: int | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> VerifiedSenderList:
    """List verified senders.

    The account's senders, verified or pending, in id order; the next page starts after the id
    passed as lastSeenID.

    Wire request: GET /v3/verified_senders; the client adds Authorization: Bearer with the API key.

    Args:
        limit (int | Unset): Senders per page.
        last_seen_id (int | Unset): The id of the last sender of the previous page.
        id (int | Unset): Only the sender with this id.
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        VerifiedSenderList: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.verified_senders.list()
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        limit=limit,
        last_seen_id=last_seen_id,
        id=id,
    )
    return parse_answer(client.send(OPERATION, kwargs, options), _parse_response)


async def asyncio_detailed(
    client: Client,
    /,
    *,
    limit: int | Unset = UNSET,
    last_seen_id: int | Unset = UNSET,
    id: int | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[VerifiedSenderList]:
    """List verified senders.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: GET /v3/verified_senders; the client adds Authorization: Bearer with the API key.

    Args:
        The same as `client.verified_senders.list` takes; `help()` on it describes each one.

    Returns:
        Response[VerifiedSenderList]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.verified_senders.list_detailed()
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        limit=limit,
        last_seen_id=last_seen_id,
        id=id,
    )
    return _build_response(await client.asend(OPERATION, kwargs, options))


async def asyncio(
    client: Client,
    /,
    *,
    limit: int | Unset = UNSET,
    last_seen_id: int | Unset = UNSET,
    id: int | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> VerifiedSenderList:
    """List verified senders.

    The account's senders, verified or pending, in id order; the next page starts after the id
    passed as lastSeenID.

    Wire request: GET /v3/verified_senders; the client adds Authorization: Bearer with the API key.

    Args:
        limit (int | Unset): Senders per page.
        last_seen_id (int | Unset): The id of the last sender of the previous page.
        id (int | Unset): Only the sender with this id.
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        VerifiedSenderList: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.verified_senders.list()
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        limit=limit,
        last_seen_id=last_seen_id,
        id=id,
    )
    return parse_answer(await client.asend(OPERATION, kwargs, options), _parse_response)


def _parse_page(response: httpx.Response) -> list[VerifiedSender]:
    return cast(list[VerifiedSender], items_at(_parse_response(response), ("results",)))


def _build_page(response: httpx.Response) -> Response[list[VerifiedSender]]:
    return Response.from_httpx(response, parse_answer(response, _parse_page))


def page(
    client: Client,
    /,
    *,
    limit: int | Unset = UNSET,
    last_seen_id: int | Unset = UNSET,
    id: int | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
    page_token: str | None = None,
) -> SyncPage[VerifiedSender]:
    """List verified senders.

    The account's senders, verified or pending, in id order; the next page starts after the id
    passed as lastSeenID.

    Returns the first page (or the one `page_token` names): iterate it for every record across
    pages, or use `pages()`, `has_next_page()`, `next_page()` and `next_page_token`.

    Wire request: GET /v3/verified_senders; the client adds Authorization: Bearer with the API key.

    Args:
        limit (int | Unset): Senders per page.
        last_seen_id (int | Unset): The id of the last sender of the previous page.
        id (int | Unset): Only the sender with this id.
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.
        page_token (str | None): Start at the page an earlier page's `next_page_token` names.

    Returns:
        SyncPage[VerifiedSender]: the page; its `items` are this page's records.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        for item in client.verified_senders.list():  # every record, page after page
            print(item)
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        limit=limit,
        last_seen_id=last_seen_id,
        id=id,
    )
    return SyncPage.first(
        client, OPERATION, kwargs, options, _build_page, walk="offset", offset_in="params", page_token=page_token
    )


async def apage(
    client: Client,
    /,
    *,
    limit: int | Unset = UNSET,
    last_seen_id: int | Unset = UNSET,
    id: int | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
    page_token: str | None = None,
) -> AsyncPage[VerifiedSender]:
    """List verified senders.

    The account's senders, verified or pending, in id order; the next page starts after the id
    passed as lastSeenID.

    Returns the first page (or the one `page_token` names): iterate it for every record across
    pages, or use `pages()`, `has_next_page()`, `next_page()` and `next_page_token`.

    Wire request: GET /v3/verified_senders; the client adds Authorization: Bearer with the API key.

    Args:
        limit (int | Unset): Senders per page.
        last_seen_id (int | Unset): The id of the last sender of the previous page.
        id (int | Unset): Only the sender with this id.
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.
        page_token (str | None): Start at the page an earlier page's `next_page_token` names.

    Returns:
        AsyncPage[VerifiedSender]: the page; its `items` are this page's records.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        page = await client.verified_senders.list()
        async for item in page:  # every record, page after page
            print(item)
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        limit=limit,
        last_seen_id=last_seen_id,
        id=id,
    )
    return await AsyncPage.first(
        client, OPERATION, kwargs, options, _build_page, walk="offset", offset_in="params", page_token=page_token
    )
