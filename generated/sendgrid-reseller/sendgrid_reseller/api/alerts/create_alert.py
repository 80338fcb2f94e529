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
from ...models.alert import Alert
from ...models.alert_create import AlertCreate
from ...models.alert_frequency import AlertFrequency
from ...models.alert_type import AlertType
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    name="create_alert",
    api="v3",
    method="POST",
    path="/v3/alerts",
    idempotent=False,
    paginated=False,
)


def _get_kwargs(
    *,
    body: AlertCreate,
    on_behalf_of: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(on_behalf_of, Unset):
        headers["on-behalf-of"] = on_behalf_of

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/alerts",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Alert:
    if response.status_code == 201:
        response_201 = Alert.from_dict(read_json(response))

        return response_201

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[Alert]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


@overload
def sync_detailed(
    client: Client,
    /,
    *,
    type_: AlertType,
    email_to: None | str,
    frequency: AlertFrequency | Unset = UNSET,
    percentage: int | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[Alert]: ...


@overload
def sync_detailed(
    client: Client,
    /,
    *,
    body: AlertCreate,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[Alert]: ...


def sync_detailed(
    client: Client,
    /,
    *,
    type_: AlertType | Unset = UNSET,
    email_to: None | str | Unset = UNSET,
    frequency: AlertFrequency | Unset = UNSET,
    percentage: int | Unset = UNSET,
    body: AlertCreate | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[Alert]:
    """Create an alert.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: POST /v3/alerts; the client adds Authorization: Bearer with the API key.

    Args:
        The same as `client.alerts.create` takes; `help()` on it describes each one.

    Returns:
        Response[Alert]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.alerts.create_detailed(type_=type_, email_to=email_to)
    """

    return _sync_detailed_impl(
        client,
        type_=type_,
        email_to=email_to,
        frequency=frequency,
        percentage=percentage,
        body=body,
        on_behalf_of=on_behalf_of,
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
    type_: AlertType | Unset = UNSET,
    email_to: None | str | Unset = UNSET,
    frequency: AlertFrequency | Unset = UNSET,
    percentage: int | Unset = UNSET,
    body: AlertCreate | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[Alert]:
    body = body_from_fields(
        OPERATION,
        AlertCreate,
        body,
        {
            "type_": type_,
            "email_to": email_to,
            "frequency": frequency,
            "percentage": percentage,
        },
        (
            "type_",
            "email_to",
        ),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        body=body,
        on_behalf_of=on_behalf_of,
    )
    return _build_response(client.send(OPERATION, kwargs, options))


@overload
def sync(
    client: Client,
    /,
    *,
    type_: AlertType,
    email_to: None | str,
    frequency: AlertFrequency | Unset = UNSET,
    percentage: int | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Alert: ...


@overload
def sync(
    client: Client,
    /,
    *,
    body: AlertCreate,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Alert: ...


def sync(
    client: Client,
    /,
    *,
    type_: AlertType | Unset = UNSET,
    email_to: None | str | Unset = UNSET,
    frequency: AlertFrequency | Unset = UNSET,
    percentage: int | Unset = UNSET,
    body: AlertCreate | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Alert:
    """Create an alert.

    A usage_limit alert mails `email_to` when `percentage` of the credits are used; a
    stats_notification alert mails statistics daily, weekly or monthly (`frequency`).

    Wire request: POST /v3/alerts; the client adds Authorization: Bearer with the API key.

    Args:
        type_ (AlertType): The `type` JSON field. Required.
        email_to (None | str): Who receives the alert. Required.
        frequency (AlertFrequency | Unset): The `frequency` JSON field.
        percentage (int | Unset): usage_limit: the share of credits used that triggers it.
        body (AlertCreate): The whole request as one model, instead of the
            fields above (not both).
        on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
            of the v2 "user" field.
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        extra_body (Mapping[str, Any] | None): More body fields for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        Alert: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.alerts.create(type_=type_, email_to=email_to)
    """

    return _sync_impl(
        client,
        type_=type_,
        email_to=email_to,
        frequency=frequency,
        percentage=percentage,
        body=body,
        on_behalf_of=on_behalf_of,
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
    type_: AlertType | Unset = UNSET,
    email_to: None | str | Unset = UNSET,
    frequency: AlertFrequency | Unset = UNSET,
    percentage: int | Unset = UNSET,
    body: AlertCreate | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Alert:
    body = body_from_fields(
        OPERATION,
        AlertCreate,
        body,
        {
            "type_": type_,
            "email_to": email_to,
            "frequency": frequency,
            "percentage": percentage,
        },
        (
            "type_",
            "email_to",
        ),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        body=body,
        on_behalf_of=on_behalf_of,
    )
    return parse_answer(client.send(OPERATION, kwargs, options), _parse_response)


@overload
async def asyncio_detailed(
    client: Client,
    /,
    *,
    type_: AlertType,
    email_to: None | str,
    frequency: AlertFrequency | Unset = UNSET,
    percentage: int | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[Alert]: ...


@overload
async def asyncio_detailed(
    client: Client,
    /,
    *,
    body: AlertCreate,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[Alert]: ...


async def asyncio_detailed(
    client: Client,
    /,
    *,
    type_: AlertType | Unset = UNSET,
    email_to: None | str | Unset = UNSET,
    frequency: AlertFrequency | Unset = UNSET,
    percentage: int | Unset = UNSET,
    body: AlertCreate | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[Alert]:
    """Create an alert.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: POST /v3/alerts; the client adds Authorization: Bearer with the API key.

    Args:
        The same as `client.alerts.create` takes; `help()` on it describes each one.

    Returns:
        Response[Alert]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.alerts.create_detailed(type_=type_, email_to=email_to)
    """

    return await _asyncio_detailed_impl(
        client,
        type_=type_,
        email_to=email_to,
        frequency=frequency,
        percentage=percentage,
        body=body,
        on_behalf_of=on_behalf_of,
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
    type_: AlertType | Unset = UNSET,
    email_to: None | str | Unset = UNSET,
    frequency: AlertFrequency | Unset = UNSET,
    percentage: int | Unset = UNSET,
    body: AlertCreate | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[Alert]:
    body = body_from_fields(
        OPERATION,
        AlertCreate,
        body,
        {
            "type_": type_,
            "email_to": email_to,
            "frequency": frequency,
            "percentage": percentage,
        },
        (
            "type_",
            "email_to",
        ),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        body=body,
        on_behalf_of=on_behalf_of,
    )
    return _build_response(await client.asend(OPERATION, kwargs, options))


@overload
async def asyncio(
    client: Client,
    /,
    *,
    type_: AlertType,
    email_to: None | str,
    frequency: AlertFrequency | Unset = UNSET,
    percentage: int | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Alert: ...


@overload
async def asyncio(
    client: Client,
    /,
    *,
    body: AlertCreate,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Alert: ...


async def asyncio(
    client: Client,
    /,
    *,
    type_: AlertType | Unset = UNSET,
    email_to: None | str | Unset = UNSET,
    frequency: AlertFrequency | Unset = UNSET,
    percentage: int | Unset = UNSET,
    body: AlertCreate | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Alert:
    """Create an alert.

    A usage_limit alert mails `email_to` when `percentage` of the credits are used; a
    stats_notification alert mails statistics daily, weekly or monthly (`frequency`).

    Wire request: POST /v3/alerts; the client adds Authorization: Bearer with the API key.

    Args:
        type_ (AlertType): The `type` JSON field. Required.
        email_to (None | str): Who receives the alert. Required.
        frequency (AlertFrequency | Unset): The `frequency` JSON field.
        percentage (int | Unset): usage_limit: the share of credits used that triggers it.
        body (AlertCreate): The whole request as one model, instead of the
            fields above (not both).
        on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
            of the v2 "user" field.
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        extra_body (Mapping[str, Any] | None): More body fields for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        Alert: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.alerts.create(type_=type_, email_to=email_to)
    """

    return await _asyncio_impl(
        client,
        type_=type_,
        email_to=email_to,
        frequency=frequency,
        percentage=percentage,
        body=body,
        on_behalf_of=on_behalf_of,
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
    type_: AlertType | Unset = UNSET,
    email_to: None | str | Unset = UNSET,
    frequency: AlertFrequency | Unset = UNSET,
    percentage: int | Unset = UNSET,
    body: AlertCreate | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Alert:
    body = body_from_fields(
        OPERATION,
        AlertCreate,
        body,
        {
            "type_": type_,
            "email_to": email_to,
            "frequency": frequency,
            "percentage": percentage,
        },
        (
            "type_",
            "email_to",
        ),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        body=body,
        on_behalf_of=on_behalf_of,
    )
    return parse_answer(await client.asend(OPERATION, kwargs, options), _parse_response)
