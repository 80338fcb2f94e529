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
from ...models.list_templates_generations import ListTemplatesGenerations
from ...models.template import Template
from ...models.template_page import TemplatePage
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    name="list_templates",
    api="v3",
    method="GET",
    path="/v3/templates",
    idempotent=True,
    paginated=False,
    pagination=BodyPaging(
        items="/result",
        limit="page_size",
        next_url="/_metadata/next",
        style="next_url",
    ),
)


def _get_kwargs(
    *,
    generations: ListTemplatesGenerations | Unset = UNSET,
    page_size: int,
    page_token_query: str | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(on_behalf_of, Unset):
        headers["on-behalf-of"] = on_behalf_of

    params: dict[str, Any] = {}

    json_generations: str | Unset = UNSET
    if not isinstance(generations, Unset):
        json_generations = generations

    params["generations"] = json_generations

    params["page_size"] = page_size

    params["page_token"] = page_token_query

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/templates",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> TemplatePage:
    if response.status_code == 200:
        response_200 = TemplatePage.from_dict(read_json(response))

        return response_200

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[TemplatePage]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


def sync_detailed(
    client: Client,
    /,
    *,
    generations: ListTemplatesGenerations | Unset = UNSET,
    page_size: int,
    page_token_query: str | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[TemplatePage]:
    """List templates.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: GET /v3/templates; the client adds Authorization: Bearer with the API key.

    Args:
        The same as `client.templates.list` takes; `help()` on it describes each one.

    Returns:
        Response[TemplatePage]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.templates.list_detailed()
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        generations=generations,
        page_size=page_size,
        page_token_query=page_token_query,
        on_behalf_of=on_behalf_of,
    )
    return _build_response(client.send(OPERATION, kwargs, options))


def sync(
    client: Client,
    /,
    *,
    generations: ListTemplatesGenerations | Unset = UNSET,
    page_size: int,
    page_token_query: str | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> TemplatePage:
    """List templates.

    The account's templates, a page at a time; `_metadata.next` is the next page's URL.

    Wire request: GET /v3/templates; the client adds Authorization: Bearer with the API key.

    Args:
        generations (ListTemplatesGenerations | Unset): Which generation to list; legacy when
            omitted.
        page_size (int): Templates per page (1 to 200). Required.
        page_token_query (str | Unset): The page to fetch, as given in the previous page's
            `_metadata`.
        on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
            of the v2 "user" field.
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        TemplatePage: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.templates.list()
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        generations=generations,
        page_size=page_size,
        page_token_query=page_token_query,
        on_behalf_of=on_behalf_of,
    )
    return parse_answer(client.send(OPERATION, kwargs, options), _parse_response)


async def asyncio_detailed(
    client: Client,
    /,
    *,
    generations: ListTemplatesGenerations | Unset = UNSET,
    page_size: int,
    page_token_query: str | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[TemplatePage]:
    """List templates.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: GET /v3/templates; the client adds Authorization: Bearer with the API key.

    Args:
        The same as `client.templates.list` takes; `help()` on it describes each one.

    Returns:
        Response[TemplatePage]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.templates.list_detailed()
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        generations=generations,
        page_size=page_size,
        page_token_query=page_token_query,
        on_behalf_of=on_behalf_of,
    )
    return _build_response(await client.asend(OPERATION, kwargs, options))


async def asyncio(
    client: Client,
    /,
    *,
    generations: ListTemplatesGenerations | Unset = UNSET,
    page_size: int,
    page_token_query: str | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> TemplatePage:
    """List templates.

    The account's templates, a page at a time; `_metadata.next` is the next page's URL.

    Wire request: GET /v3/templates; the client adds Authorization: Bearer with the API key.

    Args:
        generations (ListTemplatesGenerations | Unset): Which generation to list; legacy when
            omitted.
        page_size (int): Templates per page (1 to 200). Required.
        page_token_query (str | Unset): The page to fetch, as given in the previous page's
            `_metadata`.
        on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
            of the v2 "user" field.
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        TemplatePage: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.templates.list()
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        generations=generations,
        page_size=page_size,
        page_token_query=page_token_query,
        on_behalf_of=on_behalf_of,
    )
    return parse_answer(await client.asend(OPERATION, kwargs, options), _parse_response)


def _parse_page(response: httpx.Response) -> list[Template]:
    return cast(list[Template], items_at(_parse_response(response), ("result",)))


def _build_page(response: httpx.Response) -> Response[list[Template]]:
    return Response.from_httpx(response, parse_answer(response, _parse_page))


def page(
    client: Client,
    /,
    *,
    generations: ListTemplatesGenerations | Unset = UNSET,
    page_size: int,
    page_token_query: str | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
    page_token: str | None = None,
) -> SyncPage[Template]:
    """List templates.

    The account's templates, a page at a time; `_metadata.next` is the next page's URL.

    Returns the first page (or the one `page_token` names): iterate it for every record across
    pages, or use `pages()`, `has_next_page()`, `next_page()` and `next_page_token`.

    Wire request: GET /v3/templates; the client adds Authorization: Bearer with the API key.

    Args:
        generations (ListTemplatesGenerations | Unset): Which generation to list; legacy when
            omitted.
        page_size (int): Templates per page (1 to 200). Required.
        page_token_query (str | Unset): The page to fetch, as given in the previous page's
            `_metadata`.
        on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
            of the v2 "user" field.
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.
        page_token (str | None): Start at the page an earlier page's `next_page_token` names.

    Returns:
        SyncPage[Template]: the page; its `items` are this page's records.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        for item in client.templates.list():  # every record, page after page
            print(item)
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        generations=generations,
        page_size=page_size,
        page_token_query=page_token_query,
        on_behalf_of=on_behalf_of,
    )
    return SyncPage.first(
        client, OPERATION, kwargs, options, _build_page, walk="offset", offset_in="params", page_token=page_token
    )


async def apage(
    client: Client,
    /,
    *,
    generations: ListTemplatesGenerations | Unset = UNSET,
    page_size: int,
    page_token_query: str | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
    page_token: str | None = None,
) -> AsyncPage[Template]:
    """List templates.

    The account's templates, a page at a time; `_metadata.next` is the next page's URL.

    Returns the first page (or the one `page_token` names): iterate it for every record across
    pages, or use `pages()`, `has_next_page()`, `next_page()` and `next_page_token`.

    Wire request: GET /v3/templates; the client adds Authorization: Bearer with the API key.

    Args:
        generations (ListTemplatesGenerations | Unset): Which generation to list; legacy when
            omitted.
        page_size (int): Templates per page (1 to 200). Required.
        page_token_query (str | Unset): The page to fetch, as given in the previous page's
            `_metadata`.
        on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
            of the v2 "user" field.
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.
        page_token (str | None): Start at the page an earlier page's `next_page_token` names.

    Returns:
        AsyncPage[Template]: the page; its `items` are this page's records.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        page = await client.templates.list()
        async for item in page:  # every record, page after page
            print(item)
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        generations=generations,
        page_size=page_size,
        page_token_query=page_token_query,
        on_behalf_of=on_behalf_of,
    )
    return await AsyncPage.first(
        client, OPERATION, kwargs, options, _build_page, walk="offset", offset_in="params", page_token=page_token
    )
