# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
import datetime
from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions, call_options
from ..._runtime.response import parse_answer, read_json
from ...client import Client
from ...models.sort_direction import SortDirection
from ...models.subuser_monthly_stats import SubuserMonthlyStats
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    name="get_subusers_monthly_stats",
    api="v3",
    method="GET",
    path="/v3/subusers/stats/monthly",
    idempotent=True,
    paginated=False,
)


def _get_kwargs(
    *,
    date: datetime.date,
    subuser: str | Unset = UNSET,
    sort_by_metric: str | Unset = "delivered",
    sort_by_direction: SortDirection | Unset = UNSET,
    limit: int | Unset = 5,
    offset: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_date = date.isoformat()
    params["date"] = json_date

    params["subuser"] = subuser

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
        "url": "/v3/subusers/stats/monthly",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> SubuserMonthlyStats:
    if response.status_code == 200:
        response_200 = SubuserMonthlyStats.from_dict(read_json(response))

        return response_200

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[SubuserMonthlyStats]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


def sync_detailed(
    client: Client,
    /,
    *,
    date: datetime.date,
    subuser: str | Unset = UNSET,
    sort_by_metric: str | Unset = "delivered",
    sort_by_direction: SortDirection | Unset = UNSET,
    limit: int | Unset = 5,
    offset: int | Unset = 0,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[SubuserMonthlyStats]:
    """Monthly statistics of all subusers.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: GET /v3/subusers/stats/monthly; the client adds Authorization: Bearer with the API
    key.

    Args:
        The same as `client.subusers.stats.monthly` takes; `help()` on it describes each one.

    Returns:
        Response[SubuserMonthlyStats]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.subusers.stats.monthly_detailed()
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        date=date,
        subuser=subuser,
        sort_by_metric=sort_by_metric,
        sort_by_direction=sort_by_direction,
        limit=limit,
        offset=offset,
    )
    return _build_response(client.send(OPERATION, kwargs, options))


def sync(
    client: Client,
    /,
    *,
    date: datetime.date,
    subuser: str | Unset = UNSET,
    sort_by_metric: str | Unset = "delivered",
    sort_by_direction: SortDirection | Unset = UNSET,
    limit: int | Unset = 5,
    offset: int | Unset = 0,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> SubuserMonthlyStats:
    """Monthly statistics of all subusers.

    Every subuser's email metrics for the month containing `date`, optionally filtered by a username
    substring.

    Wire request: GET /v3/subusers/stats/monthly; the client adds Authorization: Bearer with the API
    key.

    Args:
        date (datetime.date): Any day (YYYY-MM-DD) of the month to report on. Required.
        subuser (str | Unset): Only subusers whose username contains this text.
        sort_by_metric (str | Unset): The metric to sort by: blocks, bounces, clicks, delivered,
            opens, requests, unique_clicks, unique_opens or unsubscribes (the other metrics cannot be
            sorted on). Default: 'delivered'.
        sort_by_direction (SortDirection | Unset): The `sort_by_direction` query parameter.
        limit (int | Unset): How many subusers to report on (the statistics are not Link-
            paginated). Default: 5.
        offset (int | Unset): How many subusers to skip. Default: 0.
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        SubuserMonthlyStats: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.subusers.stats.monthly()
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        date=date,
        subuser=subuser,
        sort_by_metric=sort_by_metric,
        sort_by_direction=sort_by_direction,
        limit=limit,
        offset=offset,
    )
    return parse_answer(client.send(OPERATION, kwargs, options), _parse_response)


async def asyncio_detailed(
    client: Client,
    /,
    *,
    date: datetime.date,
    subuser: str | Unset = UNSET,
    sort_by_metric: str | Unset = "delivered",
    sort_by_direction: SortDirection | Unset = UNSET,
    limit: int | Unset = 5,
    offset: int | Unset = 0,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[SubuserMonthlyStats]:
    """Monthly statistics of all subusers.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: GET /v3/subusers/stats/monthly; the client adds Authorization: Bearer with the API
    key.

    Args:
        The same as `client.subusers.stats.monthly` takes; `help()` on it describes each one.

    Returns:
        Response[SubuserMonthlyStats]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.subusers.stats.monthly_detailed()
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        date=date,
        subuser=subuser,
        sort_by_metric=sort_by_metric,
        sort_by_direction=sort_by_direction,
        limit=limit,
        offset=offset,
    )
    return _build_response(await client.asend(OPERATION, kwargs, options))


async def asyncio(
    client: Client,
    /,
    *,
    date: datetime.date,
    subuser: str | Unset = UNSET,
    sort_by_metric: str | Unset = "delivered",
    sort_by_direction: SortDirection | Unset = UNSET,
    limit: int | Unset = 5,
    offset: int | Unset = 0,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> SubuserMonthlyStats:
    """Monthly statistics of all subusers.

    Every subuser's email metrics for the month containing `date`, optionally filtered by a username
    substring.

    Wire request: GET /v3/subusers/stats/monthly; the client adds Authorization: Bearer with the API
    key.

    Args:
        date (datetime.date): Any day (YYYY-MM-DD) of the month to report on. Required.
        subuser (str | Unset): Only subusers whose username contains this text.
        sort_by_metric (str | Unset): The metric to sort by: blocks, bounces, clicks, delivered,
            opens, requests, unique_clicks, unique_opens or unsubscribes (the other metrics cannot be
            sorted on). Default: 'delivered'.
        sort_by_direction (SortDirection | Unset): The `sort_by_direction` query parameter.
        limit (int | Unset): How many subusers to report on (the statistics are not Link-
            paginated). Default: 5.
        offset (int | Unset): How many subusers to skip. Default: 0.
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        SubuserMonthlyStats: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.subusers.stats.monthly()
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        date=date,
        subuser=subuser,
        sort_by_metric=sort_by_metric,
        sort_by_direction=sort_by_direction,
        limit=limit,
        offset=offset,
    )
    return parse_answer(await client.asend(OPERATION, kwargs, options), _parse_response)
