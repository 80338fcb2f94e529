# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from collections.abc import Mapping
from typing import Any, overload

import httpx

from ... import errors
from ..._runtime.arguments import body_from_fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions, call_options
from ..._runtime.response import parse_answer, read_json
from ...client import Client
from ...models.get_customer_unsubscribes_form import GetCustomerUnsubscribesForm
from ...models.get_customer_unsubscribes_form_date import GetCustomerUnsubscribesFormDate
from ...models.v2_unsubscribe import V2Unsubscribe
from ...types import UNSET, Response, Unset

# The documented discriminators of this call: always sent (by the runtime, after everything the
# caller gives), never chosen by the caller.
FIXED_FIELDS: dict[str, str] = {
    "method": "unsubscribes",
    "task": "get",
}
OPERATION = Operation(
    name="get_customer_unsubscribes",
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
    body: GetCustomerUnsubscribesForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/apiv2/reseller.manage.json",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> list[V2Unsubscribe]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = read_json(response)
        for response_200_item_data in _response_200:
            response_200_item = V2Unsubscribe.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[list[V2Unsubscribe]]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


@overload
def sync_detailed(
    client: Client,
    /,
    *,
    user: str,
    date: GetCustomerUnsubscribesFormDate | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[list[V2Unsubscribe]]: ...


@overload
def sync_detailed(
    client: Client,
    /,
    *,
    body: GetCustomerUnsubscribesForm,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[list[V2Unsubscribe]]: ...


def sync_detailed(
    client: Client,
    /,
    *,
    user: str | Unset = UNSET,
    date: GetCustomerUnsubscribesFormDate | Unset = UNSET,
    body: GetCustomerUnsubscribesForm | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[list[V2Unsubscribe]]:
    """List a customer's unsubscribes.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: POST /apiv2/reseller.manage.json with method=unsubscribes, task=get (form fields,
    always sent, never the caller's); the client adds the credentials as the api_user / api_key form
    fields.

    Args:
        The same as `client.reseller.unsubscribes.get` takes; `help()` on it describes each one.

    Returns:
        Response[list[V2Unsubscribe]]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.reseller.unsubscribes.get_detailed(user=user)
    """

    return _sync_detailed_impl(
        client,
        user=user,
        date=date,
        body=body,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        options=options,
    )


def _sync_detailed_impl(
    client: Client,
    /,
    *,
    user: str | Unset = UNSET,
    date: GetCustomerUnsubscribesFormDate | Unset = UNSET,
    body: GetCustomerUnsubscribesForm | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[list[V2Unsubscribe]]:
    body = body_from_fields(
        OPERATION,
        GetCustomerUnsubscribesForm,
        body,
        {
            "user": user,
            "date": date,
        },
        ("user",),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        body=body,
    )
    return _build_response(client.send(OPERATION, kwargs, options))


@overload
def sync(
    client: Client,
    /,
    *,
    user: str,
    date: GetCustomerUnsubscribesFormDate | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> list[V2Unsubscribe]: ...


@overload
def sync(
    client: Client,
    /,
    *,
    body: GetCustomerUnsubscribesForm,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> list[V2Unsubscribe]: ...


def sync(
    client: Client,
    /,
    *,
    user: str | Unset = UNSET,
    date: GetCustomerUnsubscribesFormDate | Unset = UNSET,
    body: GetCustomerUnsubscribesForm | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> list[V2Unsubscribe]:
    """List a customer's unsubscribes.

    Returns the addresses that unsubscribed from the customer's mail.

    Wire request: POST /apiv2/reseller.manage.json with method=unsubscribes, task=get (form fields,
    always sent, never the caller's); the client adds the credentials as the api_user / api_key form
    fields.

    Args:
        user (str): Username of the customer. Required.
        date (GetCustomerUnsubscribesFormDate | Unset): Send "1" to get each record's creation
            time (YYYY-MM-DD HH:MM:SS) in created.
        body (GetCustomerUnsubscribesForm): The whole request as one model, instead of the
            fields above (not both).
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
            fields or the credentials).
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        list[V2Unsubscribe]: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.reseller.unsubscribes.get(user=user)
    """

    return _sync_impl(
        client,
        user=user,
        date=date,
        body=body,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        options=options,
    )


def _sync_impl(
    client: Client,
    /,
    *,
    user: str | Unset = UNSET,
    date: GetCustomerUnsubscribesFormDate | Unset = UNSET,
    body: GetCustomerUnsubscribesForm | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> list[V2Unsubscribe]:
    body = body_from_fields(
        OPERATION,
        GetCustomerUnsubscribesForm,
        body,
        {
            "user": user,
            "date": date,
        },
        ("user",),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        body=body,
    )
    return parse_answer(client.send(OPERATION, kwargs, options), _parse_response)


@overload
async def asyncio_detailed(
    client: Client,
    /,
    *,
    user: str,
    date: GetCustomerUnsubscribesFormDate | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[list[V2Unsubscribe]]: ...


@overload
async def asyncio_detailed(
    client: Client,
    /,
    *,
    body: GetCustomerUnsubscribesForm,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[list[V2Unsubscribe]]: ...


async def asyncio_detailed(
    client: Client,
    /,
    *,
    user: str | Unset = UNSET,
    date: GetCustomerUnsubscribesFormDate | Unset = UNSET,
    body: GetCustomerUnsubscribesForm | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[list[V2Unsubscribe]]:
    """List a customer's unsubscribes.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: POST /apiv2/reseller.manage.json with method=unsubscribes, task=get (form fields,
    always sent, never the caller's); the client adds the credentials as the api_user / api_key form
    fields.

    Args:
        The same as `client.reseller.unsubscribes.get` takes; `help()` on it describes each one.

    Returns:
        Response[list[V2Unsubscribe]]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.reseller.unsubscribes.get_detailed(user=user)
    """

    return await _asyncio_detailed_impl(
        client,
        user=user,
        date=date,
        body=body,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        options=options,
    )


async def _asyncio_detailed_impl(
    client: Client,
    /,
    *,
    user: str | Unset = UNSET,
    date: GetCustomerUnsubscribesFormDate | Unset = UNSET,
    body: GetCustomerUnsubscribesForm | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[list[V2Unsubscribe]]:
    body = body_from_fields(
        OPERATION,
        GetCustomerUnsubscribesForm,
        body,
        {
            "user": user,
            "date": date,
        },
        ("user",),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        body=body,
    )
    return _build_response(await client.asend(OPERATION, kwargs, options))


@overload
async def asyncio(
    client: Client,
    /,
    *,
    user: str,
    date: GetCustomerUnsubscribesFormDate | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> list[V2Unsubscribe]: ...


@overload
async def asyncio(
    client: Client,
    /,
    *,
    body: GetCustomerUnsubscribesForm,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> list[V2Unsubscribe]: ...


async def asyncio(
    client: Client,
    /,
    *,
    user: str | Unset = UNSET,
    date: GetCustomerUnsubscribesFormDate | Unset = UNSET,
    body: GetCustomerUnsubscribesForm | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> list[V2Unsubscribe]:
    """List a customer's unsubscribes.

    Returns the addresses that unsubscribed from the customer's mail.

    Wire request: POST /apiv2/reseller.manage.json with method=unsubscribes, task=get (form fields,
    always sent, never the caller's); the client adds the credentials as the api_user / api_key form
    fields.

    Args:
        user (str): Username of the customer. Required.
        date (GetCustomerUnsubscribesFormDate | Unset): Send "1" to get each record's creation
            time (YYYY-MM-DD HH:MM:SS) in created.
        body (GetCustomerUnsubscribesForm): The whole request as one model, instead of the
            fields above (not both).
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
            fields or the credentials).
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        list[V2Unsubscribe]: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.reseller.unsubscribes.get(user=user)
    """

    return await _asyncio_impl(
        client,
        user=user,
        date=date,
        body=body,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        options=options,
    )


async def _asyncio_impl(
    client: Client,
    /,
    *,
    user: str | Unset = UNSET,
    date: GetCustomerUnsubscribesFormDate | Unset = UNSET,
    body: GetCustomerUnsubscribesForm | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> list[V2Unsubscribe]:
    body = body_from_fields(
        OPERATION,
        GetCustomerUnsubscribesForm,
        body,
        {
            "user": user,
            "date": date,
        },
        ("user",),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        body=body,
    )
    return parse_answer(await client.asend(OPERATION, kwargs, options), _parse_response)
