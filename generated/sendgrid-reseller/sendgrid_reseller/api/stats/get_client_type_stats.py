# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
import datetime
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.response import parse_answer
from ...client import Client
from ...models.advanced_stats_day import AdvancedStatsDay
from ...models.client_type import ClientType
from ...models.stats_aggregation import StatsAggregation
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    name="get_client_type_stats",
    api="v3",
    method="GET",
    path="/v3/clients/{client_type}/stats",
    idempotent=True,
    paginated=False,
)


def _get_kwargs(
    client_type: ClientType,
    *,
    start_date: datetime.date,
    end_date: datetime.date | Unset = UNSET,
    aggregated_by: StatsAggregation | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(on_behalf_of, Unset):
        headers["on-behalf-of"] = on_behalf_of

    params: dict[str, Any] = {}

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
        "url": "/v3/clients/{client_type}/stats".format(
            client_type=quote(str(client_type), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> list[AdvancedStatsDay]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
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
    client_type: ClientType,
    *,
    start_date: datetime.date,
    end_date: datetime.date | Unset = UNSET,
    aggregated_by: StatsAggregation | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[list[AdvancedStatsDay]]:
    """Statistics of one kind of email client

     Opens and unique opens of phone, tablet, webmail or desktop clients, per day (or week, month).

    Args:
        client_type (ClientType):
        start_date (datetime.date):
        end_date (datetime.date | Unset):
        aggregated_by (StatsAggregation | Unset):
        on_behalf_of (str | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[list[AdvancedStatsDay]]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs(
        client_type=client_type,
        start_date=start_date,
        end_date=end_date,
        aggregated_by=aggregated_by,
        on_behalf_of=on_behalf_of,
    )
    response = client.send(OPERATION, kwargs, options)
    return _build_response(response)


def sync(
    client: Client,
    /,
    client_type: ClientType,
    *,
    start_date: datetime.date,
    end_date: datetime.date | Unset = UNSET,
    aggregated_by: StatsAggregation | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> list[AdvancedStatsDay]:
    """Statistics of one kind of email client

     Opens and unique opens of phone, tablet, webmail or desktop clients, per day (or week, month).

    Args:
        client_type (ClientType):
        start_date (datetime.date):
        end_date (datetime.date | Unset):
        aggregated_by (StatsAggregation | Unset):
        on_behalf_of (str | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        list[AdvancedStatsDay]
    """

    return parse_answer(
        client.send(
            OPERATION,
            _get_kwargs(
                client_type=client_type,
                start_date=start_date,
                end_date=end_date,
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
    client_type: ClientType,
    *,
    start_date: datetime.date,
    end_date: datetime.date | Unset = UNSET,
    aggregated_by: StatsAggregation | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[list[AdvancedStatsDay]]:
    """Statistics of one kind of email client

     Opens and unique opens of phone, tablet, webmail or desktop clients, per day (or week, month).

    Args:
        client_type (ClientType):
        start_date (datetime.date):
        end_date (datetime.date | Unset):
        aggregated_by (StatsAggregation | Unset):
        on_behalf_of (str | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[list[AdvancedStatsDay]]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs(
        client_type=client_type,
        start_date=start_date,
        end_date=end_date,
        aggregated_by=aggregated_by,
        on_behalf_of=on_behalf_of,
    )
    response = await client.asend(OPERATION, kwargs, options)
    return _build_response(response)


async def asyncio(
    client: Client,
    /,
    client_type: ClientType,
    *,
    start_date: datetime.date,
    end_date: datetime.date | Unset = UNSET,
    aggregated_by: StatsAggregation | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> list[AdvancedStatsDay]:
    """Statistics of one kind of email client

     Opens and unique opens of phone, tablet, webmail or desktop clients, per day (or week, month).

    Args:
        client_type (ClientType):
        start_date (datetime.date):
        end_date (datetime.date | Unset):
        aggregated_by (StatsAggregation | Unset):
        on_behalf_of (str | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        list[AdvancedStatsDay]
    """

    return parse_answer(
        await client.asend(
            OPERATION,
            _get_kwargs(
                client_type=client_type,
                start_date=start_date,
                end_date=end_date,
                aggregated_by=aggregated_by,
                on_behalf_of=on_behalf_of,
            ),
            options,
        ),
        _parse_response,
    )
