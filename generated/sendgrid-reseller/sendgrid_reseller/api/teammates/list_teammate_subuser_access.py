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
from ..._runtime.urls import path_segment
from ...client import Client
from ...models.teammate_subuser_access import TeammateSubuserAccess
from ...models.teammate_subuser_access_page import TeammateSubuserAccessPage
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    name="list_teammate_subuser_access",
    api="v3",
    method="GET",
    path="/v3/teammates/{teammate_name}/subuser_access",
    idempotent=True,
    paginated=False,
    pagination=BodyPaging(
        items="/subuser_access",
        limit="limit",
        next_params="/_metadata/next_params",
        style="next_params",
    ),
)


def _get_kwargs(
    teammate_name: str,
    *,
    after_subuser_id: int | Unset = UNSET,
    limit: int | Unset = 100,
    username: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["after_subuser_id"] = after_subuser_id

    params["limit"] = limit

    params["username"] = username

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/teammates/{teammate_name}/subuser_access".format(
            teammate_name=path_segment("teammate_name", teammate_name),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> TeammateSubuserAccessPage:
    if response.status_code == 200:
        response_200 = TeammateSubuserAccessPage.from_dict(read_json(response))

        return response_200

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[TeammateSubuserAccessPage]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


def sync_detailed(
    client: Client,
    /,
    teammate_name: str,
    *,
    after_subuser_id: int | Unset = UNSET,
    limit: int | Unset = 100,
    username: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[TeammateSubuserAccessPage]:
    """A teammate's subuser access.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: GET /v3/teammates/{teammate_name}/subuser_access; the client adds Authorization:
    Bearer with the API key.

    Args:
        The same as `client.teammates.subuser_access.list` takes; `help()` on it describes each one.

    Returns:
        Response[TeammateSubuserAccessPage]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.teammates.subuser_access.list_detailed(teammate_name)
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        teammate_name=teammate_name,
        after_subuser_id=after_subuser_id,
        limit=limit,
        username=username,
    )
    return _build_response(client.send(OPERATION, kwargs, options))


def sync(
    client: Client,
    /,
    teammate_name: str,
    *,
    after_subuser_id: int | Unset = UNSET,
    limit: int | Unset = 100,
    username: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> TeammateSubuserAccessPage:
    """A teammate's subuser access.

    The subusers a teammate may act for and with which permission. Pages by subuser id: the answer's
    `_metadata.next_params` holds the parameters of the next request.

    Wire request: GET /v3/teammates/{teammate_name}/subuser_access; the client adds Authorization:
    Bearer with the API key.

    Args:
        teammate_name (str): The teammate's username. Required.
        after_subuser_id (int | Unset): Start after the subuser with this id.
        limit (int | Unset): Subusers per page (100 when omitted). Default: 100.
        username (str | Unset): Only the subuser with this username.
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        TeammateSubuserAccessPage: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.teammates.subuser_access.list(teammate_name)
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        teammate_name=teammate_name,
        after_subuser_id=after_subuser_id,
        limit=limit,
        username=username,
    )
    return parse_answer(client.send(OPERATION, kwargs, options), _parse_response)


async def asyncio_detailed(
    client: Client,
    /,
    teammate_name: str,
    *,
    after_subuser_id: int | Unset = UNSET,
    limit: int | Unset = 100,
    username: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[TeammateSubuserAccessPage]:
    """A teammate's subuser access.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: GET /v3/teammates/{teammate_name}/subuser_access; the client adds Authorization:
    Bearer with the API key.

    Args:
        The same as `client.teammates.subuser_access.list` takes; `help()` on it describes each one.

    Returns:
        Response[TeammateSubuserAccessPage]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.teammates.subuser_access.list_detailed(teammate_name)
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        teammate_name=teammate_name,
        after_subuser_id=after_subuser_id,
        limit=limit,
        username=username,
    )
    return _build_response(await client.asend(OPERATION, kwargs, options))


async def asyncio(
    client: Client,
    /,
    teammate_name: str,
    *,
    after_subuser_id: int | Unset = UNSET,
    limit: int | Unset = 100,
    username: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> TeammateSubuserAccessPage:
    """A teammate's subuser access.

    The subusers a teammate may act for and with which permission. Pages by subuser id: the answer's
    `_metadata.next_params` holds the parameters of the next request.

    Wire request: GET /v3/teammates/{teammate_name}/subuser_access; the client adds Authorization:
    Bearer with the API key.

    Args:
        teammate_name (str): The teammate's username. Required.
        after_subuser_id (int | Unset): Start after the subuser with this id.
        limit (int | Unset): Subusers per page (100 when omitted). Default: 100.
        username (str | Unset): Only the subuser with this username.
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        TeammateSubuserAccessPage: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.teammates.subuser_access.list(teammate_name)
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        teammate_name=teammate_name,
        after_subuser_id=after_subuser_id,
        limit=limit,
        username=username,
    )
    return parse_answer(await client.asend(OPERATION, kwargs, options), _parse_response)


def _parse_page(response: httpx.Response) -> list[TeammateSubuserAccess]:
    return cast(list[TeammateSubuserAccess], items_at(_parse_response(response), ("subuser_access",)))


def _build_page(response: httpx.Response) -> Response[list[TeammateSubuserAccess]]:
    return Response.from_httpx(response, parse_answer(response, _parse_page))


def page(
    client: Client,
    /,
    teammate_name: str,
    *,
    after_subuser_id: int | Unset = UNSET,
    limit: int | Unset = 100,
    username: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
    page_token: str | None = None,
) -> SyncPage[TeammateSubuserAccess]:
    """A teammate's subuser access.

    The subusers a teammate may act for and with which permission. Pages by subuser id: the answer's
    `_metadata.next_params` holds the parameters of the next request.

    Returns the first page (or the one `page_token` names): iterate it for every record across
    pages, or use `pages()`, `has_next_page()`, `next_page()` and `next_page_token`.

    Wire request: GET /v3/teammates/{teammate_name}/subuser_access; the client adds Authorization:
    Bearer with the API key.

    Args:
        teammate_name (str): The teammate's username. Required.
        after_subuser_id (int | Unset): Start after the subuser with this id.
        limit (int | Unset): Subusers per page (100 when omitted). Default: 100.
        username (str | Unset): Only the subuser with this username.
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.
        page_token (str | None): Start at the page an earlier page's `next_page_token` names.

    Returns:
        SyncPage[TeammateSubuserAccess]: the page; its `items` are this page's records.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        for item in client.teammates.subuser_access.list(teammate_name):  # every record, page after page
            print(item)
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        teammate_name=teammate_name,
        after_subuser_id=after_subuser_id,
        limit=limit,
        username=username,
    )
    return SyncPage.first(
        client, OPERATION, kwargs, options, _build_page, walk="offset", offset_in="params", page_token=page_token
    )


async def apage(
    client: Client,
    /,
    teammate_name: str,
    *,
    after_subuser_id: int | Unset = UNSET,
    limit: int | Unset = 100,
    username: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
    page_token: str | None = None,
) -> AsyncPage[TeammateSubuserAccess]:
    """A teammate's subuser access.

    The subusers a teammate may act for and with which permission. Pages by subuser id: the answer's
    `_metadata.next_params` holds the parameters of the next request.

    Returns the first page (or the one `page_token` names): iterate it for every record across
    pages, or use `pages()`, `has_next_page()`, `next_page()` and `next_page_token`.

    Wire request: GET /v3/teammates/{teammate_name}/subuser_access; the client adds Authorization:
    Bearer with the API key.

    Args:
        teammate_name (str): The teammate's username. Required.
        after_subuser_id (int | Unset): Start after the subuser with this id.
        limit (int | Unset): Subusers per page (100 when omitted). Default: 100.
        username (str | Unset): Only the subuser with this username.
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.
        page_token (str | None): Start at the page an earlier page's `next_page_token` names.

    Returns:
        AsyncPage[TeammateSubuserAccess]: the page; its `items` are this page's records.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        page = await client.teammates.subuser_access.list(teammate_name)
        async for item in page:  # every record, page after page
            print(item)
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        teammate_name=teammate_name,
        after_subuser_id=after_subuser_id,
        limit=limit,
        username=username,
    )
    return await AsyncPage.first(
        client, OPERATION, kwargs, options, _build_page, walk="offset", offset_in="params", page_token=page_token
    )
