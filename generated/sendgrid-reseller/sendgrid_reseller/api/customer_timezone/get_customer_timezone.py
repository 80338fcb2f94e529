# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions, call_options
from ..._runtime.response import parse_answer, read_json
from ...client import Client
from ...models.v2_timezone import V2Timezone
from ...types import UNSET, Response

# The documented discriminators of this call: always sent (by the runtime, after everything the
# caller gives), never chosen by the caller.
FIXED_FIELDS: dict[str, str] = {
    "method": "timezone",
    "task": "get",
}
OPERATION = Operation(
    name="get_customer_timezone",
    api="v2",
    method="POST",
    path="/apiv2/reseller.manage.json",
    idempotent=True,
    paginated=False,
    fixed_fields=FIXED_FIELDS,
    fixed_in="data",
)


def _get_kwargs(
    *,
    user: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["user"] = user

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/apiv2/reseller.manage.json",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> V2Timezone:
    if response.status_code == 200:
        response_200 = V2Timezone.from_dict(read_json(response))

        return response_200

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[V2Timezone]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


def sync_detailed(
    client: Client,
    /,
    *,
    user: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[V2Timezone]:
    """Get a customer's timezone.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: POST /apiv2/reseller.manage.json with method=timezone, task=get (form fields,
    always sent, never the caller's); the client adds the credentials as the api_user / api_key form
    fields.

    Args:
        The same as `client.reseller.timezones.get` takes; `help()` on it describes each one.

    Returns:
        Response[V2Timezone]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.reseller.timezones.get_detailed()
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        user=user,
    )
    return _build_response(client.send(OPERATION, kwargs, options))


def sync(
    client: Client,
    /,
    *,
    user: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> V2Timezone:
    """Get a customer's timezone.

    Returns the timezone currently assigned to the customer.

    Wire request: POST /apiv2/reseller.manage.json with method=timezone, task=get (form fields,
    always sent, never the caller's); the client adds the credentials as the api_user / api_key form
    fields.

    Args:
        user (str): Username of the customer. Required.
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
            fields or the credentials).
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        V2Timezone: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.reseller.timezones.get()
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        user=user,
    )
    return parse_answer(client.send(OPERATION, kwargs, options), _parse_response)


async def asyncio_detailed(
    client: Client,
    /,
    *,
    user: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[V2Timezone]:
    """Get a customer's timezone.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: POST /apiv2/reseller.manage.json with method=timezone, task=get (form fields,
    always sent, never the caller's); the client adds the credentials as the api_user / api_key form
    fields.

    Args:
        The same as `client.reseller.timezones.get` takes; `help()` on it describes each one.

    Returns:
        Response[V2Timezone]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.reseller.timezones.get_detailed()
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        user=user,
    )
    return _build_response(await client.asend(OPERATION, kwargs, options))


async def asyncio(
    client: Client,
    /,
    *,
    user: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> V2Timezone:
    """Get a customer's timezone.

    Returns the timezone currently assigned to the customer.

    Wire request: POST /apiv2/reseller.manage.json with method=timezone, task=get (form fields,
    always sent, never the caller's); the client adds the credentials as the api_user / api_key form
    fields.

    Args:
        user (str): Username of the customer. Required.
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
            fields or the credentials).
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        V2Timezone: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.reseller.timezones.get()
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        user=user,
    )
    return parse_answer(await client.asend(OPERATION, kwargs, options), _parse_response)
