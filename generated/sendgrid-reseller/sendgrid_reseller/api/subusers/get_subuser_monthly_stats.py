# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
import datetime
from typing import Any

import httpx

from ... import errors
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.response import parse_answer
from ..._runtime.urls import path_segment
from ...client import Client
from ...models.sort_direction import SortDirection
from ...models.subuser_monthly_stats import SubuserMonthlyStats
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    name="get_subuser_monthly_stats",
    api="v3",
    method="GET",
    path="/v3/subusers/{subuser_name}/stats/monthly",
    idempotent=True,
    paginated=False,
)


def _get_kwargs(
    subuser_name: str,
    *,
    date: datetime.date,
    sort_by_metric: str | Unset = "delivered",
    sort_by_direction: SortDirection | Unset = UNSET,
    limit: int | Unset = 5,
    offset: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_date = date.isoformat()
    params["date"] = json_date

    params["sort_by_metric"] = sort_by_metric

    json_sort_by_direction: str | Unset = UNSET
    if not isinstance(sort_by_direction, Unset):
        json_sort_by_direction = sort_by_direction

    params["sort_by_direction"] = json_sort_by_direction

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/subusers/{subuser_name}/stats/monthly".format(
            subuser_name=path_segment("subuser_name", subuser_name),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> SubuserMonthlyStats:
    if response.status_code == 200:
        response_200 = SubuserMonthlyStats.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[SubuserMonthlyStats]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


def sync_detailed(
    client: Client,
    /,
    subuser_name: str,
    *,
    date: datetime.date,
    sort_by_metric: str | Unset = "delivered",
    sort_by_direction: SortDirection | Unset = UNSET,
    limit: int | Unset = 5,
    offset: int | Unset = 0,
    options: RequestOptions | None = None,
) -> Response[SubuserMonthlyStats]:
    """Monthly statistics of one subuser

     One subuser's email metrics for the month containing `date`.

    Args:
        subuser_name (str):
        date (datetime.date):
        sort_by_metric (str | Unset):  Default: 'delivered'.
        sort_by_direction (SortDirection | Unset):
        limit (int | Unset):  Default: 5.
        offset (int | Unset):  Default: 0.
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[SubuserMonthlyStats]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs(
        subuser_name=subuser_name,
        date=date,
        sort_by_metric=sort_by_metric,
        sort_by_direction=sort_by_direction,
        limit=limit,
        offset=offset,
    )
    response = client.send(OPERATION, kwargs, options)
    return _build_response(response)


def sync(
    client: Client,
    /,
    subuser_name: str,
    *,
    date: datetime.date,
    sort_by_metric: str | Unset = "delivered",
    sort_by_direction: SortDirection | Unset = UNSET,
    limit: int | Unset = 5,
    offset: int | Unset = 0,
    options: RequestOptions | None = None,
) -> SubuserMonthlyStats:
    """Monthly statistics of one subuser

     One subuser's email metrics for the month containing `date`.

    Args:
        subuser_name (str):
        date (datetime.date):
        sort_by_metric (str | Unset):  Default: 'delivered'.
        sort_by_direction (SortDirection | Unset):
        limit (int | Unset):  Default: 5.
        offset (int | Unset):  Default: 0.
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        SubuserMonthlyStats
    """

    return parse_answer(
        client.send(
            OPERATION,
            _get_kwargs(
                subuser_name=subuser_name,
                date=date,
                sort_by_metric=sort_by_metric,
                sort_by_direction=sort_by_direction,
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
    subuser_name: str,
    *,
    date: datetime.date,
    sort_by_metric: str | Unset = "delivered",
    sort_by_direction: SortDirection | Unset = UNSET,
    limit: int | Unset = 5,
    offset: int | Unset = 0,
    options: RequestOptions | None = None,
) -> Response[SubuserMonthlyStats]:
    """Monthly statistics of one subuser

     One subuser's email metrics for the month containing `date`.

    Args:
        subuser_name (str):
        date (datetime.date):
        sort_by_metric (str | Unset):  Default: 'delivered'.
        sort_by_direction (SortDirection | Unset):
        limit (int | Unset):  Default: 5.
        offset (int | Unset):  Default: 0.
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[SubuserMonthlyStats]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs(
        subuser_name=subuser_name,
        date=date,
        sort_by_metric=sort_by_metric,
        sort_by_direction=sort_by_direction,
        limit=limit,
        offset=offset,
    )
    response = await client.asend(OPERATION, kwargs, options)
    return _build_response(response)


async def asyncio(
    client: Client,
    /,
    subuser_name: str,
    *,
    date: datetime.date,
    sort_by_metric: str | Unset = "delivered",
    sort_by_direction: SortDirection | Unset = UNSET,
    limit: int | Unset = 5,
    offset: int | Unset = 0,
    options: RequestOptions | None = None,
) -> SubuserMonthlyStats:
    """Monthly statistics of one subuser

     One subuser's email metrics for the month containing `date`.

    Args:
        subuser_name (str):
        date (datetime.date):
        sort_by_metric (str | Unset):  Default: 'delivered'.
        sort_by_direction (SortDirection | Unset):
        limit (int | Unset):  Default: 5.
        offset (int | Unset):  Default: 0.
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        SubuserMonthlyStats
    """

    return parse_answer(
        await client.asend(
            OPERATION,
            _get_kwargs(
                subuser_name=subuser_name,
                date=date,
                sort_by_metric=sort_by_metric,
                sort_by_direction=sort_by_direction,
                limit=limit,
                offset=offset,
            ),
            options,
        ),
        _parse_response,
    )
