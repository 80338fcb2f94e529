# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions, call_options
from ..._runtime.response import parse_answer, read_json
from ...client import Client
from ...models.v2_monitor_record import V2MonitorRecord
from ...types import Response

# The documented discriminators of this call: always sent (by the runtime, after everything the
# caller gives), never chosen by the caller.
FIXED_FIELDS: dict[str, str] = {
    "method": "monitor",
    "task": "list",
}
OPERATION = Operation(
    name="list_monitor_records",
    api="v2",
    method="POST",
    path="/apiv2/reseller.manage.json",
    idempotent=True,
    paginated=False,
    fixed_fields=FIXED_FIELDS,
    fixed_in="data",
)


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/apiv2/reseller.manage.json",
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> list[V2MonitorRecord]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = read_json(response)
        for response_200_item_data in _response_200:
            response_200_item = V2MonitorRecord.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[list[V2MonitorRecord]]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


def sync_detailed(
    client: Client,
    /,
    *,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[list[V2MonitorRecord]]:
    """List monitor records.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: POST /apiv2/reseller.manage.json with method=monitor, task=list (form fields,
    always sent, never the caller's); the client adds the credentials as the api_user / api_key form
    fields.

    Args:
        The same as `client.reseller.monitors.list` takes; `help()` on it describes each one.

    Returns:
        Response[list[V2MonitorRecord]]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.reseller.monitors.list_detailed()
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs()
    return _build_response(client.send(OPERATION, kwargs, options))


def sync(
    client: Client,
    /,
    *,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> list[V2MonitorRecord]:
    """List monitor records.

    Returns every monitor record of the reseller with the customers attached to it.

    Wire request: POST /apiv2/reseller.manage.json with method=monitor, task=list (form fields,
    always sent, never the caller's); the client adds the credentials as the api_user / api_key form
    fields.

    Args:
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
            fields or the credentials).
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        list[V2MonitorRecord]: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.reseller.monitors.list()
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs()
    return parse_answer(client.send(OPERATION, kwargs, options), _parse_response)


async def asyncio_detailed(
    client: Client,
    /,
    *,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[list[V2MonitorRecord]]:
    """List monitor records.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: POST /apiv2/reseller.manage.json with method=monitor, task=list (form fields,
    always sent, never the caller's); the client adds the credentials as the api_user / api_key form
    fields.

    Args:
        The same as `client.reseller.monitors.list` takes; `help()` on it describes each one.

    Returns:
        Response[list[V2MonitorRecord]]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.reseller.monitors.list_detailed()
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs()
    return _build_response(await client.asend(OPERATION, kwargs, options))


async def asyncio(
    client: Client,
    /,
    *,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> list[V2MonitorRecord]:
    """List monitor records.

    Returns every monitor record of the reseller with the customers attached to it.

    Wire request: POST /apiv2/reseller.manage.json with method=monitor, task=list (form fields,
    always sent, never the caller's); the client adds the credentials as the api_user / api_key form
    fields.

    Args:
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
            fields or the credentials).
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        list[V2MonitorRecord]: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.reseller.monitors.list()
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs()
    return parse_answer(await client.asend(OPERATION, kwargs, options), _parse_response)
