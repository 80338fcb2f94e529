# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from collections.abc import Mapping
from typing import Any, overload

import httpx

from ... import errors
from ..._runtime.arguments import body_from_fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions, call_options
from ..._runtime.response import parse_answer, read_json
from ..._runtime.urls import path_segment
from ...client import Client
from ...models.event_webhook_public_key import EventWebhookPublicKey
from ...models.event_webhook_signing import EventWebhookSigning
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    name="set_event_webhook_signing",
    api="v3",
    method="PATCH",
    path="/v3/user/webhooks/event/settings/signed/{id}",
    idempotent=False,
    paginated=False,
)


def _get_kwargs(
    id: str,
    *,
    body: EventWebhookSigning,
    on_behalf_of: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(on_behalf_of, Unset):
        headers["on-behalf-of"] = on_behalf_of

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v3/user/webhooks/event/settings/signed/{id}".format(
            id=path_segment("id", id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> EventWebhookPublicKey:
    if response.status_code == 200:
        response_200 = EventWebhookPublicKey.from_dict(read_json(response))

        return response_200

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[EventWebhookPublicKey]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


@overload
def sync_detailed(
    client: Client,
    /,
    id: str,
    *,
    enabled: bool,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[EventWebhookPublicKey]: ...


@overload
def sync_detailed(
    client: Client,
    /,
    id: str,
    *,
    body: EventWebhookSigning,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[EventWebhookPublicKey]: ...


def sync_detailed(
    client: Client,
    /,
    id: str,
    *,
    enabled: bool | Unset = UNSET,
    body: EventWebhookSigning | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[EventWebhookPublicKey]:
    """Turn signature verification on or off.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: PATCH /v3/user/webhooks/event/settings/signed/{id}; the client adds Authorization:
    Bearer with the API key.

    Args:
        The same as `client.webhooks.event.set_signing` takes; `help()` on it describes each one.

    Returns:
        Response[EventWebhookPublicKey]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.webhooks.event.set_signing_detailed(id, enabled=enabled)
    """

    return _sync_detailed_impl(
        client,
        enabled=enabled,
        id=id,
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
    id: str,
    *,
    enabled: bool | Unset = UNSET,
    body: EventWebhookSigning | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[EventWebhookPublicKey]:
    body = body_from_fields(
        OPERATION,
        EventWebhookSigning,
        body,
        {
            "enabled": enabled,
        },
        ("enabled",),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        id=id,
        body=body,
        on_behalf_of=on_behalf_of,
    )
    return _build_response(client.send(OPERATION, kwargs, options))


@overload
def sync(
    client: Client,
    /,
    id: str,
    *,
    enabled: bool,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> EventWebhookPublicKey: ...


@overload
def sync(
    client: Client,
    /,
    id: str,
    *,
    body: EventWebhookSigning,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> EventWebhookPublicKey: ...


def sync(
    client: Client,
    /,
    id: str,
    *,
    enabled: bool | Unset = UNSET,
    body: EventWebhookSigning | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> EventWebhookPublicKey:
    """Turn signature verification on or off.

    Switches request signing for one Event Webhook; returns its public key, or an empty one when
    off.

    Wire request: PATCH /v3/user/webhooks/event/settings/signed/{id}; the client adds Authorization:
    Bearer with the API key.

    Args:
        id (str): The `id` path segment. Required.
        enabled (bool): The `enabled` JSON field. Required.
        body (EventWebhookSigning): The whole request as one model, instead of the
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
        EventWebhookPublicKey: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.webhooks.event.set_signing(id, enabled=enabled)
    """

    return _sync_impl(
        client,
        enabled=enabled,
        id=id,
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
    id: str,
    *,
    enabled: bool | Unset = UNSET,
    body: EventWebhookSigning | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> EventWebhookPublicKey:
    body = body_from_fields(
        OPERATION,
        EventWebhookSigning,
        body,
        {
            "enabled": enabled,
        },
        ("enabled",),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        id=id,
        body=body,
        on_behalf_of=on_behalf_of,
    )
    return parse_answer(client.send(OPERATION, kwargs, options), _parse_response)


@overload
async def asyncio_detailed(
    client: Client,
    /,
    id: str,
    *,
    enabled: bool,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[EventWebhookPublicKey]: ...


@overload
async def asyncio_detailed(
    client: Client,
    /,
    id: str,
    *,
    body: EventWebhookSigning,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[EventWebhookPublicKey]: ...


async def asyncio_detailed(
    client: Client,
    /,
    id: str,
    *,
    enabled: bool | Unset = UNSET,
    body: EventWebhookSigning | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[EventWebhookPublicKey]:
    """Turn signature verification on or off.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: PATCH /v3/user/webhooks/event/settings/signed/{id}; the client adds Authorization:
    Bearer with the API key.

    Args:
        The same as `client.webhooks.event.set_signing` takes; `help()` on it describes each one.

    Returns:
        Response[EventWebhookPublicKey]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.webhooks.event.set_signing_detailed(id, enabled=enabled)
    """

    return await _asyncio_detailed_impl(
        client,
        enabled=enabled,
        id=id,
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
    id: str,
    *,
    enabled: bool | Unset = UNSET,
    body: EventWebhookSigning | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[EventWebhookPublicKey]:
    body = body_from_fields(
        OPERATION,
        EventWebhookSigning,
        body,
        {
            "enabled": enabled,
        },
        ("enabled",),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        id=id,
        body=body,
        on_behalf_of=on_behalf_of,
    )
    return _build_response(await client.asend(OPERATION, kwargs, options))


@overload
async def asyncio(
    client: Client,
    /,
    id: str,
    *,
    enabled: bool,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> EventWebhookPublicKey: ...


@overload
async def asyncio(
    client: Client,
    /,
    id: str,
    *,
    body: EventWebhookSigning,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> EventWebhookPublicKey: ...


async def asyncio(
    client: Client,
    /,
    id: str,
    *,
    enabled: bool | Unset = UNSET,
    body: EventWebhookSigning | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> EventWebhookPublicKey:
    """Turn signature verification on or off.

    Switches request signing for one Event Webhook; returns its public key, or an empty one when
    off.

    Wire request: PATCH /v3/user/webhooks/event/settings/signed/{id}; the client adds Authorization:
    Bearer with the API key.

    Args:
        id (str): The `id` path segment. Required.
        enabled (bool): The `enabled` JSON field. Required.
        body (EventWebhookSigning): The whole request as one model, instead of the
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
        EventWebhookPublicKey: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.webhooks.event.set_signing(id, enabled=enabled)
    """

    return await _asyncio_impl(
        client,
        enabled=enabled,
        id=id,
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
    id: str,
    *,
    enabled: bool | Unset = UNSET,
    body: EventWebhookSigning | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> EventWebhookPublicKey:
    body = body_from_fields(
        OPERATION,
        EventWebhookSigning,
        body,
        {
            "enabled": enabled,
        },
        ("enabled",),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        id=id,
        body=body,
        on_behalf_of=on_behalf_of,
    )
    return parse_answer(await client.asend(OPERATION, kwargs, options), _parse_response)
