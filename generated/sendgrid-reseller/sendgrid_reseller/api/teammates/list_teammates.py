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
from ...models.teammate_list import TeammateList
from ...models.teammate_profile import TeammateProfile
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    name="list_teammates",
    api="v3",
    method="GET",
    path="/v3/teammates",
    idempotent=True,
    paginated=False,
    pagination=BodyPaging(
        items="/result",
        limit="limit",
        offset="offset",
        style="offset",
    ),
)


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(on_behalf_of, Unset):
        headers["on-behalf-of"] = on_behalf_of

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/teammates",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> TeammateList:
    if response.status_code == 200:
        response_200 = TeammateList.from_dict(read_json(response))

        return response_200

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[TeammateList]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


def sync_detailed(
    client: Client,
    /,
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[TeammateList]:
    """List teammates.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: GET /v3/teammates; the client adds Authorization: Bearer with the API key.

    Args:
        The same as `client.teammates.list` takes; `help()` on it describes each one.

    Returns:
        Response[TeammateList]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.teammates.list_detailed()
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        on_behalf_of=on_behalf_of,
    )
    return _build_response(client.send(OPERATION, kwargs, options))


def sync(
    client: Client,
    /,
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> TeammateList:
    """List teammates.

    The account's teammates (the owner included), a page at a time.

    Wire request: GET /v3/teammates; the client adds Authorization: Bearer with the API key.

    Args:
        limit (int | Unset): Records to return in one page. The default and the maximum are both
            500.
        offset (int | Unset): Records to skip before the first one returned.
        on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
            of the v2 "user" field.
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        TeammateList: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.teammates.list()
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        on_behalf_of=on_behalf_of,
    )
    return parse_answer(client.send(OPERATION, kwargs, options), _parse_response)


async def asyncio_detailed(
    client: Client,
    /,
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[TeammateList]:
    """List teammates.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: GET /v3/teammates; the client adds Authorization: Bearer with the API key.

    Args:
        The same as `client.teammates.list` takes; `help()` on it describes each one.

    Returns:
        Response[TeammateList]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.teammates.list_detailed()
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        on_behalf_of=on_behalf_of,
    )
    return _build_response(await client.asend(OPERATION, kwargs, options))


async def asyncio(
    client: Client,
    /,
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> TeammateList:
    """List teammates.

    The account's teammates (the owner included), a page at a time.

    Wire request: GET /v3/teammates; the client adds Authorization: Bearer with the API key.

    Args:
        limit (int | Unset): Records to return in one page. The default and the maximum are both
            500.
        offset (int | Unset): Records to skip before the first one returned.
        on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
            of the v2 "user" field.
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        TeammateList: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.teammates.list()
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        on_behalf_of=on_behalf_of,
    )
    return parse_answer(await client.asend(OPERATION, kwargs, options), _parse_response)


def _parse_page(response: httpx.Response) -> list[TeammateProfile]:
    return cast(list[TeammateProfile], items_at(_parse_response(response), ("result",)))


def _build_page(response: httpx.Response) -> Response[list[TeammateProfile]]:
    return Response.from_httpx(response, parse_answer(response, _parse_page))


def page(
    client: Client,
    /,
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
    page_token: str | None = None,
) -> SyncPage[TeammateProfile]:
    """List teammates.

    The account's teammates (the owner included), a page at a time.

    Returns the first page (or the one `page_token` names): iterate it for every record across
    pages, or use `pages()`, `has_next_page()`, `next_page()` and `next_page_token`.

    Wire request: GET /v3/teammates; the client adds Authorization: Bearer with the API key.

    Args:
        limit (int | Unset): Records to return in one page. The default and the maximum are both
            500.
        offset (int | Unset): Records to skip before the first one returned.
        on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
            of the v2 "user" field.
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.
        page_token (str | None): Start at the page an earlier page's `next_page_token` names.

    Returns:
        SyncPage[TeammateProfile]: the page; its `items` are this page's records.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        for item in client.teammates.list():  # every record, page after page
            print(item)
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        on_behalf_of=on_behalf_of,
    )
    return SyncPage.first(
        client, OPERATION, kwargs, options, _build_page, walk="offset", offset_in="params", page_token=page_token
    )


async def apage(
    client: Client,
    /,
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
    page_token: str | None = None,
) -> AsyncPage[TeammateProfile]:
    """List teammates.

    The account's teammates (the owner included), a page at a time.

    Returns the first page (or the one `page_token` names): iterate it for every record across
    pages, or use `pages()`, `has_next_page()`, `next_page()` and `next_page_token`.

    Wire request: GET /v3/teammates; the client adds Authorization: Bearer with the API key.

    Args:
        limit (int | Unset): Records to return in one page. The default and the maximum are both
            500.
        offset (int | Unset): Records to skip before the first one returned.
        on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
            of the v2 "user" field.
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.
        page_token (str | None): Start at the page an earlier page's `next_page_token` names.

    Returns:
        AsyncPage[TeammateProfile]: the page; its `items` are this page's records.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        page = await client.teammates.list()
        async for item in page:  # every record, page after page
            print(item)
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        on_behalf_of=on_behalf_of,
    )
    return await AsyncPage.first(
        client, OPERATION, kwargs, options, _build_page, walk="offset", offset_in="params", page_token=page_token
    )
