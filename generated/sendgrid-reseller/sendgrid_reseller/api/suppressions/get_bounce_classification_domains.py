# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
import datetime
from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions, call_options
from ..._runtime.response import parse_answer, read_json
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
        response_200 = BounceClassificationDomains.from_dict(read_json(response))

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
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[BounceClassificationDomains]:
    """Bounces of one classification per receiving domain per day.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: GET /v3/suppression/bounces/classifications/{classification}; the client adds
    Authorization: Bearer with the API key.

    Args:
        The same as `client.suppressions.bounces.classification_domains` takes; `help()` on it describes each one.

    Returns:
        Response[BounceClassificationDomains]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.suppressions.bounces.classification_domains_detailed(classification)
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        classification=classification,
        start_date=start_date,
        end_date=end_date,
        on_behalf_of=on_behalf_of,
    )
    return _build_response(client.send(OPERATION, kwargs, options))


def sync(
    client: Client,
    /,
    classification: BounceClassification,
    *,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> BounceClassificationDomains:
    """Bounces of one classification per receiving domain per day.

    For each day, how many bounces of the classification each receiving domain produced.

    Wire request: GET /v3/suppression/bounces/classifications/{classification}; the client adds
    Authorization: Bearer with the API key.

    Args:
        classification (BounceClassification): The `classification` path segment. Required.
        start_date (datetime.date | Unset): First day (YYYY-MM-DD, inclusive).
        end_date (datetime.date | Unset): Last day (YYYY-MM-DD, inclusive).
        on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
            of the v2 "user" field.
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        BounceClassificationDomains: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.suppressions.bounces.classification_domains(classification)
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        classification=classification,
        start_date=start_date,
        end_date=end_date,
        on_behalf_of=on_behalf_of,
    )
    return parse_answer(client.send(OPERATION, kwargs, options), _parse_response)


async def asyncio_detailed(
    client: Client,
    /,
    classification: BounceClassification,
    *,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[BounceClassificationDomains]:
    """Bounces of one classification per receiving domain per day.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: GET /v3/suppression/bounces/classifications/{classification}; the client adds
    Authorization: Bearer with the API key.

    Args:
        The same as `client.suppressions.bounces.classification_domains` takes; `help()` on it describes each one.

    Returns:
        Response[BounceClassificationDomains]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.suppressions.bounces.classification_domains_detailed(classification)
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        classification=classification,
        start_date=start_date,
        end_date=end_date,
        on_behalf_of=on_behalf_of,
    )
    return _build_response(await client.asend(OPERATION, kwargs, options))


async def asyncio(
    client: Client,
    /,
    classification: BounceClassification,
    *,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> BounceClassificationDomains:
    """Bounces of one classification per receiving domain per day.

    For each day, how many bounces of the classification each receiving domain produced.

    Wire request: GET /v3/suppression/bounces/classifications/{classification}; the client adds
    Authorization: Bearer with the API key.

    Args:
        classification (BounceClassification): The `classification` path segment. Required.
        start_date (datetime.date | Unset): First day (YYYY-MM-DD, inclusive).
        end_date (datetime.date | Unset): Last day (YYYY-MM-DD, inclusive).
        on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
            of the v2 "user" field.
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        BounceClassificationDomains: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.suppressions.bounces.classification_domains(classification)
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        classification=classification,
        start_date=start_date,
        end_date=end_date,
        on_behalf_of=on_behalf_of,
    )
    return parse_answer(await client.asend(OPERATION, kwargs, options), _parse_response)
