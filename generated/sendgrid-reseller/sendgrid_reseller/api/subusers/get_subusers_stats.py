# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
import datetime
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx

from ... import errors
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.response import parse_answer
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
        _response_200 = response.json()
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
    options: RequestOptions | None = None,
) -> Response[list[SubuserStatsDay]]:
    """Statistics of chosen subusers

     Daily (or weekly, monthly) email metrics of up to ten subusers over a date range, one entry per
    date. Paged with limit/offset; SendGrid does not document a Link header here, so page iteration
    stops after one page when none is sent.

    Args:
        subusers (list[str]):
        start_date (datetime.date):
        end_date (datetime.date | Unset):
        aggregated_by (StatsAggregation | Unset):
        limit (int | Unset):
        offset (int | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[list[SubuserStatsDay]]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs(
        subusers=subusers,
        start_date=start_date,
        end_date=end_date,
        aggregated_by=aggregated_by,
        limit=limit,
        offset=offset,
    )
    response = client.send(OPERATION, kwargs, options)
    return _build_response(response)


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
    options: RequestOptions | None = None,
) -> list[SubuserStatsDay]:
    """Statistics of chosen subusers

     Daily (or weekly, monthly) email metrics of up to ten subusers over a date range, one entry per
    date. Paged with limit/offset; SendGrid does not document a Link header here, so page iteration
    stops after one page when none is sent.

    Args:
        subusers (list[str]):
        start_date (datetime.date):
        end_date (datetime.date | Unset):
        aggregated_by (StatsAggregation | Unset):
        limit (int | Unset):
        offset (int | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        list[SubuserStatsDay]
    """

    return parse_answer(
        client.send(
            OPERATION,
            _get_kwargs(
                subusers=subusers,
                start_date=start_date,
                end_date=end_date,
                aggregated_by=aggregated_by,
                limit=limit,
                offset=offset,
            ),
            options,
        ),
        _parse_response,
    )


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
    options: RequestOptions | None = None,
) -> Response[list[SubuserStatsDay]]:
    """Statistics of chosen subusers

     Daily (or weekly, monthly) email metrics of up to ten subusers over a date range, one entry per
    date. Paged with limit/offset; SendGrid does not document a Link header here, so page iteration
    stops after one page when none is sent.

    Args:
        subusers (list[str]):
        start_date (datetime.date):
        end_date (datetime.date | Unset):
        aggregated_by (StatsAggregation | Unset):
        limit (int | Unset):
        offset (int | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[list[SubuserStatsDay]]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs(
        subusers=subusers,
        start_date=start_date,
        end_date=end_date,
        aggregated_by=aggregated_by,
        limit=limit,
        offset=offset,
    )
    response = await client.asend(OPERATION, kwargs, options)
    return _build_response(response)


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
    options: RequestOptions | None = None,
) -> list[SubuserStatsDay]:
    """Statistics of chosen subusers

     Daily (or weekly, monthly) email metrics of up to ten subusers over a date range, one entry per
    date. Paged with limit/offset; SendGrid does not document a Link header here, so page iteration
    stops after one page when none is sent.

    Args:
        subusers (list[str]):
        start_date (datetime.date):
        end_date (datetime.date | Unset):
        aggregated_by (StatsAggregation | Unset):
        limit (int | Unset):
        offset (int | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        list[SubuserStatsDay]
    """

    return parse_answer(
        await client.asend(
            OPERATION,
            _get_kwargs(
                subusers=subusers,
                start_date=start_date,
                end_date=end_date,
                aggregated_by=aggregated_by,
                limit=limit,
                offset=offset,
            ),
            options,
        ),
        _parse_response,
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
    options: RequestOptions | None = None,
) -> Iterator[Response[list[SubuserStatsDay]]]:
    """Every page of this list, following the Link header's rel="next", one page in memory at a time."""
    kwargs = _get_kwargs(
        subusers=subusers,
        start_date=start_date,
        end_date=end_date,
        aggregated_by=aggregated_by,
        limit=limit,
        offset=offset,
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
    subusers: list[str],
    start_date: datetime.date,
    end_date: datetime.date | Unset = UNSET,
    aggregated_by: StatsAggregation | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Iterator[SubuserStatsDay]:
    """Every record of this list, across all pages."""
    for page in iter_pages(
        client,
        subusers=subusers,
        start_date=start_date,
        end_date=end_date,
        aggregated_by=aggregated_by,
        limit=limit,
        offset=offset,
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
    subusers: list[str],
    start_date: datetime.date,
    end_date: datetime.date | Unset = UNSET,
    aggregated_by: StatsAggregation | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    options: RequestOptions | None = None,
) -> AsyncIterator[Response[list[SubuserStatsDay]]]:
    """Every page of this list (async), following the Link header's rel="next"."""
    kwargs = _get_kwargs(
        subusers=subusers,
        start_date=start_date,
        end_date=end_date,
        aggregated_by=aggregated_by,
        limit=limit,
        offset=offset,
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
    subusers: list[str],
    start_date: datetime.date,
    end_date: datetime.date | Unset = UNSET,
    aggregated_by: StatsAggregation | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    options: RequestOptions | None = None,
) -> AsyncIterator[SubuserStatsDay]:
    """Every record of this list (async), across all pages."""
    async for page in aiter_pages(
        client,
        subusers=subusers,
        start_date=start_date,
        end_date=end_date,
        aggregated_by=aggregated_by,
        limit=limit,
        offset=offset,
        options=options,
    ):
        records = page.parsed
        del page
        for item in records:
            yield item
        del records
