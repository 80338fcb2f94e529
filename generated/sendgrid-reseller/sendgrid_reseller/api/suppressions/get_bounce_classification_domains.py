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
from ...models.bounce_classification import BounceClassification
from ...models.bounce_classification_domains import BounceClassificationDomains
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    name="get_bounce_classification_domains",
    api="v3",
    method="GET",
    path="/v3/suppression/bounces/classifications/{classification}",
    idempotent=True,
    paginated=False,
)


def _get_kwargs(
    classification: BounceClassification,
    *,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(on_behalf_of, Unset):
        headers["on-behalf-of"] = on_behalf_of

    params: dict[str, Any] = {}

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/suppression/bounces/classifications/{classification}".format(
            classification=path_segment("classification", classification),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> BounceClassificationDomains:
    if response.status_code == 200:
        response_200 = BounceClassificationDomains.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[BounceClassificationDomains]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


def sync_detailed(
    client: Client,
    /,
    classification: BounceClassification,
    *,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[BounceClassificationDomains]:
    """Bounces of one classification per receiving domain per day

     For each day, how many bounces of the classification each receiving domain produced.

    Args:
        classification (BounceClassification):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        on_behalf_of (str | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[BounceClassificationDomains]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs(
        classification=classification,
        start_date=start_date,
        end_date=end_date,
        on_behalf_of=on_behalf_of,
    )
    response = client.send(OPERATION, kwargs, options)
    return _build_response(response)


def sync(
    client: Client,
    /,
    classification: BounceClassification,
    *,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> BounceClassificationDomains:
    """Bounces of one classification per receiving domain per day

     For each day, how many bounces of the classification each receiving domain produced.

    Args:
        classification (BounceClassification):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        on_behalf_of (str | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        BounceClassificationDomains
    """

    return parse_answer(
        client.send(
            OPERATION,
            _get_kwargs(
                classification=classification,
                start_date=start_date,
                end_date=end_date,
                on_behalf_of=on_behalf_of,
            ),
            options,
        ),
        _parse_response,
    )


async def asyncio_detailed(
    client: Client,
    /,
    classification: BounceClassification,
    *,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[BounceClassificationDomains]:
    """Bounces of one classification per receiving domain per day

     For each day, how many bounces of the classification each receiving domain produced.

    Args:
        classification (BounceClassification):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        on_behalf_of (str | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[BounceClassificationDomains]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs(
        classification=classification,
        start_date=start_date,
        end_date=end_date,
        on_behalf_of=on_behalf_of,
    )
    response = await client.asend(OPERATION, kwargs, options)
    return _build_response(response)


async def asyncio(
    client: Client,
    /,
    classification: BounceClassification,
    *,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> BounceClassificationDomains:
    """Bounces of one classification per receiving domain per day

     For each day, how many bounces of the classification each receiving domain produced.

    Args:
        classification (BounceClassification):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        on_behalf_of (str | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        BounceClassificationDomains
    """

    return parse_answer(
        await client.asend(
            OPERATION,
            _get_kwargs(
                classification=classification,
                start_date=start_date,
                end_date=end_date,
                on_behalf_of=on_behalf_of,
            ),
            options,
        ),
        _parse_response,
    )
