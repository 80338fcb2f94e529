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
from ...models.advanced_stats_day import AdvancedStatsDay
from ...models.get_geo_stats_country import GetGeoStatsCountry
from ...models.stats_aggregation import StatsAggregation
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    name="get_geo_stats",
    api="v3",
    method="GET",
    path="/v3/geo/stats",
    idempotent=True,
    paginated=True,
)


def _get_kwargs(
    *,
    country: GetGeoStatsCountry | Unset = UNSET,
    start_date: datetime.date,
    end_date: datetime.date | Unset = UNSET,
    aggregated_by: StatsAggregation | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(on_behalf_of, Unset):
        headers["on-behalf-of"] = on_behalf_of

    params: dict[str, Any] = {}

    json_country: str | Unset = UNSET
    if not isinstance(country, Unset):
        json_country = country

    params["country"] = json_country

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
        "url": "/v3/geo/stats",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> list[AdvancedStatsDay]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = read_json(response)
        for response_200_item_data in _response_200:
            response_200_item = AdvancedStatsDay.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[list[AdvancedStatsDay]]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


def sync_detailed(
    client: Client,
    /,
    *,
    country: GetGeoStatsCountry | Unset = UNSET,
    start_date: datetime.date,
    end_date: datetime.date | Unset = UNSET,
    aggregated_by: StatsAggregation | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[list[AdvancedStatsDay]]:
    """Statistics by country and region.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: GET /v3/geo/stats; the client adds Authorization: Bearer with the API key.

    Args:
        The same as `client.stats.geo` takes; `help()` on it describes each one.

    Returns:
        Response[list[AdvancedStatsDay]]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.stats.geo_detailed()
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        country=country,
        start_date=start_date,
        end_date=end_date,
        aggregated_by=aggregated_by,
        limit=limit,
        offset=offset,
        on_behalf_of=on_behalf_of,
    )
    return _build_response(client.send(OPERATION, kwargs, options))


def sync(
    client: Client,
    /,
    *,
    country: GetGeoStatsCountry | Unset = UNSET,
    start_date: datetime.date,
    end_date: datetime.date | Unset = UNSET,
    aggregated_by: StatsAggregation | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> list[AdvancedStatsDay]:
    """Statistics by country and region.

    Opens and clicks per state or province of the US or Canada, per day (or week, month).

    Wire request: GET /v3/geo/stats; the client adds Authorization: Bearer with the API key.

    Args:
        country (GetGeoStatsCountry | Unset): Only this country.
        start_date (datetime.date): First day of the period (YYYY-MM-DD). Required.
        end_date (datetime.date | Unset): Last day of the period (YYYY-MM-DD); today when omitted.
        aggregated_by (StatsAggregation | Unset): The `aggregated_by` query parameter.
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
        list[AdvancedStatsDay]: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.stats.geo()
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        country=country,
        start_date=start_date,
        end_date=end_date,
        aggregated_by=aggregated_by,
        limit=limit,
        offset=offset,
        on_behalf_of=on_behalf_of,
    )
    return parse_answer(client.send(OPERATION, kwargs, options), _parse_response)


async def asyncio_detailed(
    client: Client,
    /,
    *,
    country: GetGeoStatsCountry | Unset = UNSET,
    start_date: datetime.date,
    end_date: datetime.date | Unset = UNSET,
    aggregated_by: StatsAggregation | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[list[AdvancedStatsDay]]:
    """Statistics by country and region.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: GET /v3/geo/stats; the client adds Authorization: Bearer with the API key.

    Args:
        The same as `client.stats.geo` takes; `help()` on it describes each one.

    Returns:
        Response[list[AdvancedStatsDay]]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.stats.geo_detailed()
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        country=country,
        start_date=start_date,
        end_date=end_date,
        aggregated_by=aggregated_by,
        limit=limit,
        offset=offset,
        on_behalf_of=on_behalf_of,
    )
    return _build_response(await client.asend(OPERATION, kwargs, options))


async def asyncio(
    client: Client,
    /,
    *,
    country: GetGeoStatsCountry | Unset = UNSET,
    start_date: datetime.date,
    end_date: datetime.date | Unset = UNSET,
    aggregated_by: StatsAggregation | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> list[AdvancedStatsDay]:
    """Statistics by country and region.

    Opens and clicks per state or province of the US or Canada, per day (or week, month).

    Wire request: GET /v3/geo/stats; the client adds Authorization: Bearer with the API key.

    Args:
        country (GetGeoStatsCountry | Unset): Only this country.
        start_date (datetime.date): First day of the period (YYYY-MM-DD). Required.
        end_date (datetime.date | Unset): Last day of the period (YYYY-MM-DD); today when omitted.
        aggregated_by (StatsAggregation | Unset): The `aggregated_by` query parameter.
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
        list[AdvancedStatsDay]: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.stats.geo()
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        country=country,
        start_date=start_date,
        end_date=end_date,
        aggregated_by=aggregated_by,
        limit=limit,
        offset=offset,
        on_behalf_of=on_behalf_of,
    )
    return parse_answer(await client.asend(OPERATION, kwargs, options), _parse_response)


def page(
    client: Client,
    /,
    *,
    country: GetGeoStatsCountry | Unset = UNSET,
    start_date: datetime.date,
    end_date: datetime.date | Unset = UNSET,
    aggregated_by: StatsAggregation | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
    page_token: str | None = None,
) -> SyncPage[AdvancedStatsDay]:
    """Statistics by country and region.

    Opens and clicks per state or province of the US or Canada, per day (or week, month).

    Returns the first page (or the one `page_token` names): iterate it for every record across
    pages, or use `pages()`, `has_next_page()`, `next_page()` and `next_page_token`.

    Wire request: GET /v3/geo/stats; the client adds Authorization: Bearer with the API key.

    Args:
        country (GetGeoStatsCountry | Unset): Only this country.
        start_date (datetime.date): First day of the period (YYYY-MM-DD). Required.
        end_date (datetime.date | Unset): Last day of the period (YYYY-MM-DD); today when omitted.
        aggregated_by (StatsAggregation | Unset): The `aggregated_by` query parameter.
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
        SyncPage[AdvancedStatsDay]: the page; its `items` are this page's records.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        for item in client.stats.geo():  # every record, page after page
            print(item)
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        country=country,
        start_date=start_date,
        end_date=end_date,
        aggregated_by=aggregated_by,
        limit=limit,
        offset=offset,
        on_behalf_of=on_behalf_of,
    )
    return SyncPage.first(
        client, OPERATION, kwargs, options, _build_response, walk="link", offset_in="params", page_token=page_token
    )


async def apage(
    client: Client,
    /,
    *,
    country: GetGeoStatsCountry | Unset = UNSET,
    start_date: datetime.date,
    end_date: datetime.date | Unset = UNSET,
    aggregated_by: StatsAggregation | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
    page_token: str | None = None,
) -> AsyncPage[AdvancedStatsDay]:
    """Statistics by country and region.

    Opens and clicks per state or province of the US or Canada, per day (or week, month).

    Returns the first page (or the one `page_token` names): iterate it for every record across
    pages, or use `pages()`, `has_next_page()`, `next_page()` and `next_page_token`.

    Wire request: GET /v3/geo/stats; the client adds Authorization: Bearer with the API key.

    Args:
        country (GetGeoStatsCountry | Unset): Only this country.
        start_date (datetime.date): First day of the period (YYYY-MM-DD). Required.
        end_date (datetime.date | Unset): Last day of the period (YYYY-MM-DD); today when omitted.
        aggregated_by (StatsAggregation | Unset): The `aggregated_by` query parameter.
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
        AsyncPage[AdvancedStatsDay]: the page; its `items` are this page's records.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        page = await client.stats.geo()
        async for item in page:  # every record, page after page
            print(item)
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        country=country,
        start_date=start_date,
        end_date=end_date,
        aggregated_by=aggregated_by,
        limit=limit,
        offset=offset,
        on_behalf_of=on_behalf_of,
    )
    return await AsyncPage.first(
        client, OPERATION, kwargs, options, _build_response, walk="link", offset_in="params", page_token=page_token
    )


def iter_pages(
    client: Client,
    /,
    *,
    country: GetGeoStatsCountry | Unset = UNSET,
    start_date: datetime.date,
    end_date: datetime.date | Unset = UNSET,
    aggregated_by: StatsAggregation | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Iterator[Response[list[AdvancedStatsDay]]]:
    """Statistics by country and region.

    Yields one `Response` per page, following the Link header's rel="next"; the next page is
    requested only when the previous one has been consumed.

    Wire request: GET /v3/geo/stats; the client adds Authorization: Bearer with the API key.

    Args:
        The same as `client.stats.geo` takes; `help()` on it describes each one.

    Returns:
        Iterator of Response[list[AdvancedStatsDay]]: each page with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        for page in client.stats.geo_pages():
            print(page.status_code, len(page.parsed))
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        country=country,
        start_date=start_date,
        end_date=end_date,
        aggregated_by=aggregated_by,
        limit=limit,
        offset=offset,
        on_behalf_of=on_behalf_of,
    )
    yield from each_page(client.paginate(OPERATION, kwargs, options), _build_response)


def iter_items(
    client: Client,
    /,
    *,
    country: GetGeoStatsCountry | Unset = UNSET,
    start_date: datetime.date,
    end_date: datetime.date | Unset = UNSET,
    aggregated_by: StatsAggregation | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Iterator[AdvancedStatsDay]:
    """Statistics by country and region.

    Yields every record of the list, across all pages (one page in memory at a time).

    Wire request: GET /v3/geo/stats; the client adds Authorization: Bearer with the API key.

    Args:
        The same as `client.stats.geo` takes; `help()` on it describes each one.

    Returns:
        Iterator of AdvancedStatsDay: each record.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        for item in client.stats.geo_items():
            print(item)
    """

    def responses() -> Iterator[httpx.Response]:
        nonlocal options
        options = call_options(
            options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
        )

        kwargs = _get_kwargs(
            country=country,
            start_date=start_date,
            end_date=end_date,
            aggregated_by=aggregated_by,
            limit=limit,
            offset=offset,
            on_behalf_of=on_behalf_of,
        )
        yield from client.paginate(OPERATION, kwargs, options)

    return each_decoded_record(responses(), AdvancedStatsDay.from_dict)


async def aiter_pages(
    client: Client,
    /,
    *,
    country: GetGeoStatsCountry | Unset = UNSET,
    start_date: datetime.date,
    end_date: datetime.date | Unset = UNSET,
    aggregated_by: StatsAggregation | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> AsyncIterator[Response[list[AdvancedStatsDay]]]:
    """Statistics by country and region.

    Yields one `Response` per page, following the Link header's rel="next"; the next page is
    requested only when the previous one has been consumed.

    Wire request: GET /v3/geo/stats; the client adds Authorization: Bearer with the API key.

    Args:
        The same as `client.stats.geo` takes; `help()` on it describes each one.

    Returns:
        Iterator of Response[list[AdvancedStatsDay]]: each page with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        async for page in client.stats.geo_pages():
            print(page.status_code, len(page.parsed))
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        country=country,
        start_date=start_date,
        end_date=end_date,
        aggregated_by=aggregated_by,
        limit=limit,
        offset=offset,
        on_behalf_of=on_behalf_of,
    )
    async for page in aeach_page(client.apaginate(OPERATION, kwargs, options), _build_response):
        yield page
        del page  # one page in memory at a time


async def aiter_items(
    client: Client,
    /,
    *,
    country: GetGeoStatsCountry | Unset = UNSET,
    start_date: datetime.date,
    end_date: datetime.date | Unset = UNSET,
    aggregated_by: StatsAggregation | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> AsyncIterator[AdvancedStatsDay]:
    """Statistics by country and region.

    Yields every record of the list, across all pages (one page in memory at a time).

    Wire request: GET /v3/geo/stats; the client adds Authorization: Bearer with the API key.

    Args:
        The same as `client.stats.geo` takes; `help()` on it describes each one.

    Returns:
        Iterator of AdvancedStatsDay: each record.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        async for item in client.stats.geo_items():
            print(item)
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        country=country,
        start_date=start_date,
        end_date=end_date,
        aggregated_by=aggregated_by,
        limit=limit,
        offset=offset,
        on_behalf_of=on_behalf_of,
    )
    async for item in aeach_decoded_record(client.apaginate(OPERATION, kwargs, options), AdvancedStatsDay.from_dict):
        yield item
