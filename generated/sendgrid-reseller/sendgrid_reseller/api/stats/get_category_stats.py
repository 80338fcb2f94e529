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
from ...models.stats_aggregation import StatsAggregation
from ...models.subuser_stats_day import SubuserStatsDay
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    name="get_category_stats",
    api="v3",
    method="GET",
    path="/v3/categories/stats",
    idempotent=True,
    paginated=False,
)


def _get_kwargs(
    *,
    categories: list[str],
    start_date: datetime.date,
    end_date: datetime.date | Unset = UNSET,
    aggregated_by: StatsAggregation | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(on_behalf_of, Unset):
        headers["on-behalf-of"] = on_behalf_of

    params: dict[str, Any] = {}

    json_categories = categories

    params["categories"] = json_categories

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

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/categories/stats",
        "params": params,
    }

    _kwargs["headers"] = headers
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
    categories: list[str],
    start_date: datetime.date,
    end_date: datetime.date | Unset = UNSET,
    aggregated_by: StatsAggregation | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[list[SubuserStatsDay]]:
    """Statistics of chosen categories.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: GET /v3/categories/stats; the client adds Authorization: Bearer with the API key.

    Args:
        The same as `client.categories.stats.get` takes; `help()` on it describes each one.

    Returns:
        Response[list[SubuserStatsDay]]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.categories.stats.get_detailed()
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        categories=categories,
        start_date=start_date,
        end_date=end_date,
        aggregated_by=aggregated_by,
        on_behalf_of=on_behalf_of,
    )
    return _build_response(client.send(OPERATION, kwargs, options))


def sync(
    client: Client,
    /,
    *,
    categories: list[str],
    start_date: datetime.date,
    end_date: datetime.date | Unset = UNSET,
    aggregated_by: StatsAggregation | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> list[SubuserStatsDay]:
    """Statistics of chosen categories.

    Email metrics of up to ten categories per day (or week, month) of the period.

    Wire request: GET /v3/categories/stats; the client adds Authorization: Bearer with the API key.

    Args:
        categories (list[str]): The categories to report on (1 to 10); repeat the key for several.
            Required.
        start_date (datetime.date): First day of the period (YYYY-MM-DD). Required.
        end_date (datetime.date | Unset): Last day of the period (YYYY-MM-DD); today when omitted.
        aggregated_by (StatsAggregation | Unset): The `aggregated_by` query parameter.
        on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
            of the v2 "user" field.
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

        result = client.categories.stats.get()
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        categories=categories,
        start_date=start_date,
        end_date=end_date,
        aggregated_by=aggregated_by,
        on_behalf_of=on_behalf_of,
    )
    return parse_answer(client.send(OPERATION, kwargs, options), _parse_response)


async def asyncio_detailed(
    client: Client,
    /,
    *,
    categories: list[str],
    start_date: datetime.date,
    end_date: datetime.date | Unset = UNSET,
    aggregated_by: StatsAggregation | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[list[SubuserStatsDay]]:
    """Statistics of chosen categories.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: GET /v3/categories/stats; the client adds Authorization: Bearer with the API key.

    Args:
        The same as `client.categories.stats.get` takes; `help()` on it describes each one.

    Returns:
        Response[list[SubuserStatsDay]]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.categories.stats.get_detailed()
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        categories=categories,
        start_date=start_date,
        end_date=end_date,
        aggregated_by=aggregated_by,
        on_behalf_of=on_behalf_of,
    )
    return _build_response(await client.asend(OPERATION, kwargs, options))


async def asyncio(
    client: Client,
    /,
    *,
    categories: list[str],
    start_date: datetime.date,
    end_date: datetime.date | Unset = UNSET,
    aggregated_by: StatsAggregation | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> list[SubuserStatsDay]:
    """Statistics of chosen categories.

    Email metrics of up to ten categories per day (or week, month) of the period.

    Wire request: GET /v3/categories/stats; the client adds Authorization: Bearer with the API key.

    Args:
        categories (list[str]): The categories to report on (1 to 10); repeat the key for several.
            Required.
        start_date (datetime.date): First day of the period (YYYY-MM-DD). Required.
        end_date (datetime.date | Unset): Last day of the period (YYYY-MM-DD); today when omitted.
        aggregated_by (StatsAggregation | Unset): The `aggregated_by` query parameter.
        on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
            of the v2 "user" field.
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

        result = await client.categories.stats.get()
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        categories=categories,
        start_date=start_date,
        end_date=end_date,
        aggregated_by=aggregated_by,
        on_behalf_of=on_behalf_of,
    )
    return parse_answer(await client.asend(OPERATION, kwargs, options), _parse_response)
