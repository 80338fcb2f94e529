# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx

from ... import errors
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.response import parse_answer
from ...client import Client
from ...models.stats_category import StatsCategory
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    name="list_categories",
    api="v3",
    method="GET",
    path="/v3/categories",
    idempotent=True,
    paginated=True,
)


def _get_kwargs(
    *,
    category: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(on_behalf_of, Unset):
        headers["on-behalf-of"] = on_behalf_of

    params: dict[str, Any] = {}

    params["category"] = category

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/categories",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> list[StatsCategory]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = StatsCategory.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[list[StatsCategory]]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


def sync_detailed(
    client: Client,
    /,
    *,
    category: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[list[StatsCategory]]:
    """List categories

     The categories the account has sent with, a page at a time (limit/offset, Link header).

    Args:
        category (str | Unset):
        limit (int | Unset):
        offset (int | Unset):
        on_behalf_of (str | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[list[StatsCategory]]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs(
        category=category,
        limit=limit,
        offset=offset,
        on_behalf_of=on_behalf_of,
    )
    response = client.send(OPERATION, kwargs, options)
    return _build_response(response)


def sync(
    client: Client,
    /,
    *,
    category: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> list[StatsCategory]:
    """List categories

     The categories the account has sent with, a page at a time (limit/offset, Link header).

    Args:
        category (str | Unset):
        limit (int | Unset):
        offset (int | Unset):
        on_behalf_of (str | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        list[StatsCategory]
    """

    return parse_answer(
        client.send(
            OPERATION,
            _get_kwargs(
                category=category,
                limit=limit,
                offset=offset,
                on_behalf_of=on_behalf_of,
            ),
            options,
        ),
        _parse_response,
    )


async def asyncio_detailed(
    client: Client,
    /,
    *,
    category: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[list[StatsCategory]]:
    """List categories

     The categories the account has sent with, a page at a time (limit/offset, Link header).

    Args:
        category (str | Unset):
        limit (int | Unset):
        offset (int | Unset):
        on_behalf_of (str | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[list[StatsCategory]]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs(
        category=category,
        limit=limit,
        offset=offset,
        on_behalf_of=on_behalf_of,
    )
    response = await client.asend(OPERATION, kwargs, options)
    return _build_response(response)


async def asyncio(
    client: Client,
    /,
    *,
    category: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> list[StatsCategory]:
    """List categories

     The categories the account has sent with, a page at a time (limit/offset, Link header).

    Args:
        category (str | Unset):
        limit (int | Unset):
        offset (int | Unset):
        on_behalf_of (str | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        list[StatsCategory]
    """

    return parse_answer(
        await client.asend(
            OPERATION,
            _get_kwargs(
                category=category,
                limit=limit,
                offset=offset,
                on_behalf_of=on_behalf_of,
            ),
            options,
        ),
        _parse_response,
    )


def iter_pages(
    client: Client,
    /,
    *,
    category: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Iterator[Response[list[StatsCategory]]]:
    """Every page of this list, following the Link header's rel="next", one page in memory at a time."""
    kwargs = _get_kwargs(
        category=category,
        limit=limit,
        offset=offset,
        on_behalf_of=on_behalf_of,
    )
    for response in client.paginate(OPERATION, kwargs, options):
        page = _build_response(response)
        del response  # one page in memory at a time
        yield page
        del page


def iter_items(
    client: Client,
    /,
    *,
    category: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Iterator[StatsCategory]:
    """Every record of this list, across all pages."""
    for page in iter_pages(
        client,
        category=category,
        limit=limit,
        offset=offset,
        on_behalf_of=on_behalf_of,
        options=options,
    ):
        records = page.parsed
        del page  # the records outlive their page only until the next one is fetched
        yield from records
        del records


async def aiter_pages(
    client: Client,
    /,
    *,
    category: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> AsyncIterator[Response[list[StatsCategory]]]:
    """Every page of this list (async), following the Link header's rel="next"."""
    kwargs = _get_kwargs(
        category=category,
        limit=limit,
        offset=offset,
        on_behalf_of=on_behalf_of,
    )
    async for response in client.apaginate(OPERATION, kwargs, options):
        page = _build_response(response)
        del response  # one page in memory at a time
        yield page
        del page


async def aiter_items(
    client: Client,
    /,
    *,
    category: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> AsyncIterator[StatsCategory]:
    """Every record of this list (async), across all pages."""
    async for page in aiter_pages(
        client,
        category=category,
        limit=limit,
        offset=offset,
        on_behalf_of=on_behalf_of,
        options=options,
    ):
        records = page.parsed
        del page
        for item in records:
            yield item
        del records
