# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
import datetime
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
from ...models.stats_aggregation import StatsAggregation
from ...models.subuser_stats_day import SubuserStatsDay
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    name="get_subusers_stats",
    api="v3",
    method="GET",
    path="/v3/subusers/stats",
    idempotent=True,
    paginated=True,
)


def _get_kwargs(
    *,
    subusers: list[str],
    start_date: datetime.date,
    end_date: datetime.date | Unset = UNSET,
    aggregated_by: StatsAggregation | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_subusers = subusers

    params["subusers"] = json_subusers

    json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date

    json_aggregated_by: str | Unset = UNSET
    if not isinstance(aggregated_by, Unset):
        json_aggregated_by = aggregated_by

    params["aggregated_by"] = json_aggregated_by

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/subusers/stats",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> list[SubuserStatsDay]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = read_json(response)
        for response_200_item_data in _response_200:
            response_200_item = SubuserStatsDay.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[list[SubuserStatsDay]]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


def sync_detailed(
    client: Client,
    /,
    *,
    subusers: list[str],
    start_date: datetime.date,
    end_date: datetime.date | Unset = UNSET,
    aggregated_by: StatsAggregation | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[list[SubuserStatsDay]]:
    """Statistics of chosen subusers.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: GET /v3/subusers/stats; the client adds Authorization: Bearer with the API key.

    Args:
        The same as `client.subusers.stats.get` takes; `help()` on it describes each one.

    Returns:
        Response[list[SubuserStatsDay]]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.subusers.stats.get_detailed()
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        subusers=subusers,
        start_date=start_date,
        end_date=end_date,
        aggregated_by=aggregated_by,
        limit=limit,
        offset=offset,
    )
    return _build_response(client.send(OPERATION, kwargs, options))


def sync(
    client: Client,
    /,
    *,
    subusers: list[str],
    start_date: datetime.date,
    end_date: datetime.date | Unset = UNSET,
    aggregated_by: StatsAggregation | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> list[SubuserStatsDay]:
    """Statistics of chosen subusers.

    Daily (or weekly, monthly) email metrics of up to ten subusers over a date range, one entry per
    date. Paged with limit/offset; SendGrid does not document a Link header here, so page iteration
    stops after one page when none is sent.

    Wire request: GET /v3/subusers/stats; the client adds Authorization: Bearer with the API key.

    Args:
        subusers (list[str]): The subusers to report on (1 to 10); repeat the key for several.
            Required.
        start_date (datetime.date): First day of the period (YYYY-MM-DD). Required.
        end_date (datetime.date | Unset): Last day of the period (YYYY-MM-DD); today when omitted.
        aggregated_by (StatsAggregation | Unset): The `aggregated_by` query parameter.
        limit (int | Unset): Records to return in one page. The default and the maximum are both
            500.
        offset (int | Unset): Records to skip before the first one returned.
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        list[SubuserStatsDay]: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.subusers.stats.get()
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        subusers=subusers,
        start_date=start_date,
        end_date=end_date,
        aggregated_by=aggregated_by,
        limit=limit,
        offset=offset,
    )
    return parse_answer(client.send(OPERATION, kwargs, options), _parse_response)


async def asyncio_detailed(
    client: Client,
    /,
    *,
    subusers: list[str],
    start_date: datetime.date,
    end_date: datetime.date | Unset = UNSET,
    aggregated_by: StatsAggregation | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[list[SubuserStatsDay]]:
    """Statistics of chosen subusers.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: GET /v3/subusers/stats; the client adds Authorization: Bearer with the API key.

    Args:
        The same as `client.subusers.stats.get` takes; `help()` on it describes each one.

    Returns:
        Response[list[SubuserStatsDay]]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.subusers.stats.get_detailed()
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        subusers=subusers,
        start_date=start_date,
        end_date=end_date,
        aggregated_by=aggregated_by,
        limit=limit,
        offset=offset,
    )
    return _build_response(await client.asend(OPERATION, kwargs, options))


async def asyncio(
    client: Client,
    /,
    *,
    subusers: list[str],
    start_date: datetime.date,
    end_date: datetime.date | Unset = UNSET,
    aggregated_by: StatsAggregation | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> list[SubuserStatsDay]:
    """Statistics of chosen subusers.

    Daily (or weekly, monthly) email metrics of up to ten subusers over a date range, one entry per
    date. Paged with limit/offset; SendGrid does not document a Link header here, so page iteration
    stops after one page when none is sent.

    Wire request: GET /v3/subusers/stats; the client adds Authorization: Bearer with the API key.

    Args:
        subusers (list[str]): The subusers to report on (1 to 10); repeat the key for several.
            Required.
        start_date (datetime.date): First day of the period (YYYY-MM-DD). Required.
        end_date (datetime.date | Unset): Last day of the period (YYYY-MM-DD); today when omitted.
        aggregated_by (StatsAggregation | Unset): The `aggregated_by` query parameter.
        limit (int | Unset): Records to return in one page. The default and the maximum are both
            500.
        offset (int | Unset): Records to skip before the first one returned.
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        list[SubuserStatsDay]: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.subusers.stats.get()
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        subusers=subusers,
        start_date=start_date,
        end_date=end_date,
        aggregated_by=aggregated_by,
        limit=limit,
        offset=offset,
    )
    return parse_answer(await client.asend(OPERATION, kwargs, options), _parse_response)


def page(
    client: Client,
    /,
    *,
    subusers: list[str],
    start_date: datetime.date,
    end_date: datetime.date | Unset = UNSET,
    aggregated_by: StatsAggregation | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
    page_token: str | None = None,
) -> SyncPage[SubuserStatsDay]:
    """Statistics of chosen subusers.

    Daily (or weekly, monthly) email metrics of up to ten subusers over a date range, one entry per
    date. Paged with limit/offset; SendGrid does not document a Link header here, so page iteration
    stops after one page when none is sent.

    Returns the first page (or the one `page_token` names): iterate it for every record across
    pages, or use `pages()`, `has_next_page()`, `next_page()` and `next_page_token`.

    Wire request: GET /v3/subusers/stats; the client adds Authorization: Bearer with the API key.

    Args:
        subusers (list[str]): The subusers to report on (1 to 10); repeat the key for several.
            Required.
        start_date (datetime.date): First day of the period (YYYY-MM-DD). Required.
        end_date (datetime.date | Unset): Last day of the period (YYYY-MM-DD); today when omitted.
        aggregated_by (StatsAggregation | Unset): The `aggregated_by` query parameter.
        limit (int | Unset): Records to return in one page. The default and the maximum are both
            500.
        offset (int | Unset): Records to skip before the first one returned.
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.
        page_token (str | None): Start at the page an earlier page's `next_page_token` names.

    Returns:
        SyncPage[SubuserStatsDay]: the page; its `items` are this page's records.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        for item in client.subusers.stats.get():  # every record, page after page
            print(item)
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        subusers=subusers,
        start_date=start_date,
        end_date=end_date,
        aggregated_by=aggregated_by,
        limit=limit,
        offset=offset,
    )
    return SyncPage.first(
        client, OPERATION, kwargs, options, _build_response, walk="link", offset_in="params", page_token=page_token
    )


async def apage(
    client: Client,
    /,
    *,
    subusers: list[str],
    start_date: datetime.date,
    end_date: datetime.date | Unset = UNSET,
    aggregated_by: StatsAggregation | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
    page_token: str | None = None,
) -> AsyncPage[SubuserStatsDay]:
    """Statistics of chosen subusers.

    Daily (or weekly, monthly) email metrics of up to ten subusers over a date range, one entry per
    date. Paged with limit/offset; SendGrid does not document a Link header here, so page iteration
    stops after one page when none is sent.

    Returns the first page (or the one `page_token` names): iterate it for every record across
    pages, or use `pages()`, `has_next_page()`, `next_page()` and `next_page_token`.

    Wire request: GET /v3/subusers/stats; the client adds Authorization: Bearer with the API key.

    Args:
        subusers (list[str]): The subusers to report on (1 to 10); repeat the key for several.
            Required.
        start_date (datetime.date): First day of the period (YYYY-MM-DD). Required.
        end_date (datetime.date | Unset): Last day of the period (YYYY-MM-DD); today when omitted.
        aggregated_by (StatsAggregation | Unset): The `aggregated_by` query parameter.
        limit (int | Unset): Records to return in one page. The default and the maximum are both
            500.
        offset (int | Unset): Records to skip before the first one returned.
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.
        page_token (str | None): Start at the page an earlier page's `next_page_token` names.

    Returns:
        AsyncPage[SubuserStatsDay]: the page; its `items` are this page's records.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        page = await client.subusers.stats.get()
        async for item in page:  # every record, page after page
            print(item)
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        subusers=subusers,
        start_date=start_date,
        end_date=end_date,
        aggregated_by=aggregated_by,
        limit=limit,
        offset=offset,
    )
    return await AsyncPage.first(
        client, OPERATION, kwargs, options, _build_response, walk="link", offset_in="params", page_token=page_token
    )


def iter_pages(
    client: Client,
    /,
    *,
    subusers: list[str],
    start_date: datetime.date,
    end_date: datetime.date | Unset = UNSET,
    aggregated_by: StatsAggregation | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Iterator[Response[list[SubuserStatsDay]]]:
    """Statistics of chosen subusers.

    Yields one `Response` per page, following the Link header's rel="next"; the next page is
    requested only when the previous one has been consumed.

    Wire request: GET /v3/subusers/stats; the client adds Authorization: Bearer with the API key.

    Args:
        The same as `client.subusers.stats.get` takes; `help()` on it describes each one.

    Returns:
        Iterator of Response[list[SubuserStatsDay]]: each page with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        for page in client.subusers.stats.get_pages():
            print(page.status_code, len(page.parsed))
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        subusers=subusers,
        start_date=start_date,
        end_date=end_date,
        aggregated_by=aggregated_by,
        limit=limit,
        offset=offset,
    )
    yield from each_page(client.paginate(OPERATION, kwargs, options), _build_response)


def iter_items(
    client: Client,
    /,
    *,
    subusers: list[str],
    start_date: datetime.date,
    end_date: datetime.date | Unset = UNSET,
    aggregated_by: StatsAggregation | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Iterator[SubuserStatsDay]:
    """Statistics of chosen subusers.

    Yields every record of the list, across all pages (one page in memory at a time).

    Wire request: GET /v3/subusers/stats; the client adds Authorization: Bearer with the API key.

    Args:
        The same as `client.subusers.stats.get` takes; `help()` on it describes each one.

    Returns:
        Iterator of SubuserStatsDay: each record.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        for item in client.subusers.stats.get_items():
            print(item)
    """

    def responses() -> Iterator[httpx.Response]:
        nonlocal options
        options = call_options(
            options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
        )

        kwargs = _get_kwargs(
            subusers=subusers,
            start_date=start_date,
            end_date=end_date,
            aggregated_by=aggregated_by,
            limit=limit,
            offset=offset,
        )
        yield from client.paginate(OPERATION, kwargs, options)

    return each_decoded_record(responses(), SubuserStatsDay.from_dict)


async def aiter_pages(
    client: Client,
    /,
    *,
    subusers: list[str],
    start_date: datetime.date,
    end_date: datetime.date | Unset = UNSET,
    aggregated_by: StatsAggregation | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> AsyncIterator[Response[list[SubuserStatsDay]]]:
    """Statistics of chosen subusers.

    Yields one `Response` per page, following the Link header's rel="next"; the next page is
    requested only when the previous one has been consumed.

    Wire request: GET /v3/subusers/stats; the client adds Authorization: Bearer with the API key.

    Args:
        The same as `client.subusers.stats.get` takes; `help()` on it describes each one.

    Returns:
        Iterator of Response[list[SubuserStatsDay]]: each page with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        async for page in client.subusers.stats.get_pages():
            print(page.status_code, len(page.parsed))
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        subusers=subusers,
        start_date=start_date,
        end_date=end_date,
        aggregated_by=aggregated_by,
        limit=limit,
        offset=offset,
    )
    async for page in aeach_page(client.apaginate(OPERATION, kwargs, options), _build_response):
        yield page
        del page  # one page in memory at a time


async def aiter_items(
    client: Client,
    /,
    *,
    subusers: list[str],
    start_date: datetime.date,
    end_date: datetime.date | Unset = UNSET,
    aggregated_by: StatsAggregation | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> AsyncIterator[SubuserStatsDay]:
    """Statistics of chosen subusers.

    Yields every record of the list, across all pages (one page in memory at a time).

    Wire request: GET /v3/subusers/stats; the client adds Authorization: Bearer with the API key.

    Args:
        The same as `client.subusers.stats.get` takes; `help()` on it describes each one.

    Returns:
        Iterator of SubuserStatsDay: each record.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        async for item in client.subusers.stats.get_items():
            print(item)
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        subusers=subusers,
        start_date=start_date,
        end_date=end_date,
        aggregated_by=aggregated_by,
        limit=limit,
        offset=offset,
    )
    async for item in aeach_decoded_record(client.apaginate(OPERATION, kwargs, options), SubuserStatsDay.from_dict):
        yield item
