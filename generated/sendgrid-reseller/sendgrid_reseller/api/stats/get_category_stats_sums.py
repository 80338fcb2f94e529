# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
import datetime
from typing import Any

import httpx

from ... import errors
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.response import parse_answer
from ...client import Client
from ...models.sort_direction import SortDirection
from ...models.stats_aggregation import StatsAggregation
from ...models.subuser_stats_day import SubuserStatsDay
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    name="get_category_stats_sums",
    api="v3",
    method="GET",
    path="/v3/categories/stats/sums",
    idempotent=True,
    paginated=False,
)


def _get_kwargs(
    *,
    sort_by_metric: str | Unset = UNSET,
    sort_by_direction: SortDirection | Unset = UNSET,
    start_date: datetime.date,
    end_date: datetime.date | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    aggregated_by: StatsAggregation | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(on_behalf_of, Unset):
        headers["on-behalf-of"] = on_behalf_of

    params: dict[str, Any] = {}

    params["sort_by_metric"] = sort_by_metric

    json_sort_by_direction: str | Unset = UNSET
    if not isinstance(sort_by_direction, Unset):
        json_sort_by_direction = sort_by_direction

    params["sort_by_direction"] = json_sort_by_direction

    json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date

    params["limit"] = limit

    params["offset"] = offset

    json_aggregated_by: str | Unset = UNSET
    if not isinstance(aggregated_by, Unset):
        json_aggregated_by = aggregated_by

    params["aggregated_by"] = json_aggregated_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/categories/stats/sums",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> SubuserStatsDay:
    if response.status_code == 200:
        response_200 = SubuserStatsDay.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[SubuserStatsDay]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


def sync_detailed(
    client: Client,
    /,
    *,
    sort_by_metric: str | Unset = UNSET,
    sort_by_direction: SortDirection | Unset = UNSET,
    start_date: datetime.date,
    end_date: datetime.date | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    aggregated_by: StatsAggregation | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[SubuserStatsDay]:
    """Totals of every metric per category

     Each category's metrics summed over the period, sorted by a metric.

    Args:
        sort_by_metric (str | Unset):
        sort_by_direction (SortDirection | Unset):
        start_date (datetime.date):
        end_date (datetime.date | Unset):
        limit (int | Unset):
        offset (int | Unset):
        aggregated_by (StatsAggregation | Unset):
        on_behalf_of (str | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[SubuserStatsDay]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs(
        sort_by_metric=sort_by_metric,
        sort_by_direction=sort_by_direction,
        start_date=start_date,
        end_date=end_date,
        limit=limit,
        offset=offset,
        aggregated_by=aggregated_by,
        on_behalf_of=on_behalf_of,
    )
    response = client.send(OPERATION, kwargs, options)
    return _build_response(response)


def sync(
    client: Client,
    /,
    *,
    sort_by_metric: str | Unset = UNSET,
    sort_by_direction: SortDirection | Unset = UNSET,
    start_date: datetime.date,
    end_date: datetime.date | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    aggregated_by: StatsAggregation | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> SubuserStatsDay:
    """Totals of every metric per category

     Each category's metrics summed over the period, sorted by a metric.

    Args:
        sort_by_metric (str | Unset):
        sort_by_direction (SortDirection | Unset):
        start_date (datetime.date):
        end_date (datetime.date | Unset):
        limit (int | Unset):
        offset (int | Unset):
        aggregated_by (StatsAggregation | Unset):
        on_behalf_of (str | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        SubuserStatsDay
    """

    return parse_answer(
        client.send(
            OPERATION,
            _get_kwargs(
                sort_by_metric=sort_by_metric,
                sort_by_direction=sort_by_direction,
                start_date=start_date,
                end_date=end_date,
                limit=limit,
                offset=offset,
                aggregated_by=aggregated_by,
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
    sort_by_metric: str | Unset = UNSET,
    sort_by_direction: SortDirection | Unset = UNSET,
    start_date: datetime.date,
    end_date: datetime.date | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    aggregated_by: StatsAggregation | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[SubuserStatsDay]:
    """Totals of every metric per category

     Each category's metrics summed over the period, sorted by a metric.

    Args:
        sort_by_metric (str | Unset):
        sort_by_direction (SortDirection | Unset):
        start_date (datetime.date):
        end_date (datetime.date | Unset):
        limit (int | Unset):
        offset (int | Unset):
        aggregated_by (StatsAggregation | Unset):
        on_behalf_of (str | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[SubuserStatsDay]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs(
        sort_by_metric=sort_by_metric,
        sort_by_direction=sort_by_direction,
        start_date=start_date,
        end_date=end_date,
        limit=limit,
        offset=offset,
        aggregated_by=aggregated_by,
        on_behalf_of=on_behalf_of,
    )
    response = await client.asend(OPERATION, kwargs, options)
    return _build_response(response)


async def asyncio(
    client: Client,
    /,
    *,
    sort_by_metric: str | Unset = UNSET,
    sort_by_direction: SortDirection | Unset = UNSET,
    start_date: datetime.date,
    end_date: datetime.date | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    aggregated_by: StatsAggregation | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> SubuserStatsDay:
    """Totals of every metric per category

     Each category's metrics summed over the period, sorted by a metric.

    Args:
        sort_by_metric (str | Unset):
        sort_by_direction (SortDirection | Unset):
        start_date (datetime.date):
        end_date (datetime.date | Unset):
        limit (int | Unset):
        offset (int | Unset):
        aggregated_by (StatsAggregation | Unset):
        on_behalf_of (str | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        SubuserStatsDay
    """

    return parse_answer(
        await client.asend(
            OPERATION,
            _get_kwargs(
                sort_by_metric=sort_by_metric,
                sort_by_direction=sort_by_direction,
                start_date=start_date,
                end_date=end_date,
                limit=limit,
                offset=offset,
                aggregated_by=aggregated_by,
                on_behalf_of=on_behalf_of,
            ),
            options,
        ),
        _parse_response,
    )
