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
from ...models.event_webhook import EventWebhook
from ...models.event_webhook_settings import EventWebhookSettings
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    name="update_event_webhook",
    api="v3",
    method="PATCH",
    path="/v3/user/webhooks/event/settings/{id}",
    idempotent=False,
    paginated=False,
)


def _get_kwargs(
    id: str,
    *,
    body: EventWebhookSettings,
    include: str | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(on_behalf_of, Unset):
        headers["on-behalf-of"] = on_behalf_of

    params: dict[str, Any] = {}

    params["include"] = include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v3/user/webhooks/event/settings/{id}".format(
            id=path_segment("id", id),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> EventWebhook:
    if response.status_code == 200:
        response_200 = EventWebhook.from_dict(read_json(response))

        return response_200

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[EventWebhook]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


@overload
def sync_detailed(
    client: Client,
    /,
    id: str,
    *,
    url: str,
    enabled: bool | Unset = UNSET,
    group_resubscribe: bool | Unset = UNSET,
    delivered: bool | Unset = UNSET,
    group_unsubscribe: bool | Unset = UNSET,
    spam_report: bool | Unset = UNSET,
    bounce: bool | Unset = UNSET,
    deferred: bool | Unset = UNSET,
    unsubscribe: bool | Unset = UNSET,
    processed: bool | Unset = UNSET,
    open_: bool | Unset = UNSET,
    click: bool | Unset = UNSET,
    dropped: bool | Unset = UNSET,
    account_status_change: bool | Unset = UNSET,
    friendly_name: None | str | Unset = UNSET,
    oauth_client_id: None | str | Unset = UNSET,
    oauth_client_secret: None | str | Unset = UNSET,
    oauth_token_url: None | str | Unset = UNSET,
    include: str | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[EventWebhook]: ...


@overload
def sync_detailed(
    client: Client,
    /,
    id: str,
    *,
    body: EventWebhookSettings,
    include: str | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[EventWebhook]: ...


def sync_detailed(
    client: Client,
    /,
    id: str,
    *,
    url: str | Unset = UNSET,
    enabled: bool | Unset = UNSET,
    group_resubscribe: bool | Unset = UNSET,
    delivered: bool | Unset = UNSET,
    group_unsubscribe: bool | Unset = UNSET,
    spam_report: bool | Unset = UNSET,
    bounce: bool | Unset = UNSET,
    deferred: bool | Unset = UNSET,
    unsubscribe: bool | Unset = UNSET,
    processed: bool | Unset = UNSET,
    open_: bool | Unset = UNSET,
    click: bool | Unset = UNSET,
    dropped: bool | Unset = UNSET,
    account_status_change: bool | Unset = UNSET,
    friendly_name: None | str | Unset = UNSET,
    oauth_client_id: None | str | Unset = UNSET,
    oauth_client_secret: None | str | Unset = UNSET,
    oauth_token_url: None | str | Unset = UNSET,
    body: EventWebhookSettings | Unset = UNSET,
    include: str | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[EventWebhook]:
    """Update an Event Webhook's settings.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: PATCH /v3/user/webhooks/event/settings/{id}; the client adds Authorization: Bearer
    with the API key.

    Args:
        The same as `client.webhooks.event.update_settings` takes; `help()` on it describes each one.

    Returns:
        Response[EventWebhook]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.webhooks.event.update_settings_detailed(id, url=url)
    """

    return _sync_detailed_impl(
        client,
        url=url,
        enabled=enabled,
        group_resubscribe=group_resubscribe,
        delivered=delivered,
        group_unsubscribe=group_unsubscribe,
        spam_report=spam_report,
        bounce=bounce,
        deferred=deferred,
        unsubscribe=unsubscribe,
        processed=processed,
        open_=open_,
        click=click,
        dropped=dropped,
        account_status_change=account_status_change,
        friendly_name=friendly_name,
        oauth_client_id=oauth_client_id,
        oauth_client_secret=oauth_client_secret,
        oauth_token_url=oauth_token_url,
        id=id,
        body=body,
        include=include,
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
    url: str | Unset = UNSET,
    enabled: bool | Unset = UNSET,
    group_resubscribe: bool | Unset = UNSET,
    delivered: bool | Unset = UNSET,
    group_unsubscribe: bool | Unset = UNSET,
    spam_report: bool | Unset = UNSET,
    bounce: bool | Unset = UNSET,
    deferred: bool | Unset = UNSET,
    unsubscribe: bool | Unset = UNSET,
    processed: bool | Unset = UNSET,
    open_: bool | Unset = UNSET,
    click: bool | Unset = UNSET,
    dropped: bool | Unset = UNSET,
    account_status_change: bool | Unset = UNSET,
    friendly_name: None | str | Unset = UNSET,
    oauth_client_id: None | str | Unset = UNSET,
    oauth_client_secret: None | str | Unset = UNSET,
    oauth_token_url: None | str | Unset = UNSET,
    body: EventWebhookSettings | Unset = UNSET,
    include: str | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[EventWebhook]:
    body = body_from_fields(
        OPERATION,
        EventWebhookSettings,
        body,
        {
            "url": url,
            "enabled": enabled,
            "group_resubscribe": group_resubscribe,
            "delivered": delivered,
            "group_unsubscribe": group_unsubscribe,
            "spam_report": spam_report,
            "bounce": bounce,
            "deferred": deferred,
            "unsubscribe": unsubscribe,
            "processed": processed,
            "open_": open_,
            "click": click,
            "dropped": dropped,
            "account_status_change": account_status_change,
            "friendly_name": friendly_name,
            "oauth_client_id": oauth_client_id,
            "oauth_client_secret": oauth_client_secret,
            "oauth_token_url": oauth_token_url,
        },
        ("url",),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        id=id,
        body=body,
        include=include,
        on_behalf_of=on_behalf_of,
    )
    return _build_response(client.send(OPERATION, kwargs, options))


@overload
def sync(
    client: Client,
    /,
    id: str,
    *,
    url: str,
    enabled: bool | Unset = UNSET,
    group_resubscribe: bool | Unset = UNSET,
    delivered: bool | Unset = UNSET,
    group_unsubscribe: bool | Unset = UNSET,
    spam_report: bool | Unset = UNSET,
    bounce: bool | Unset = UNSET,
    deferred: bool | Unset = UNSET,
    unsubscribe: bool | Unset = UNSET,
    processed: bool | Unset = UNSET,
    open_: bool | Unset = UNSET,
    click: bool | Unset = UNSET,
    dropped: bool | Unset = UNSET,
    account_status_change: bool | Unset = UNSET,
    friendly_name: None | str | Unset = UNSET,
    oauth_client_id: None | str | Unset = UNSET,
    oauth_client_secret: None | str | Unset = UNSET,
    oauth_token_url: None | str | Unset = UNSET,
    include: str | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> EventWebhook: ...


@overload
def sync(
    client: Client,
    /,
    id: str,
    *,
    body: EventWebhookSettings,
    include: str | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> EventWebhook: ...


def sync(
    client: Client,
    /,
    id: str,
    *,
    url: str | Unset = UNSET,
    enabled: bool | Unset = UNSET,
    group_resubscribe: bool | Unset = UNSET,
    delivered: bool | Unset = UNSET,
    group_unsubscribe: bool | Unset = UNSET,
    spam_report: bool | Unset = UNSET,
    bounce: bool | Unset = UNSET,
    deferred: bool | Unset = UNSET,
    unsubscribe: bool | Unset = UNSET,
    processed: bool | Unset = UNSET,
    open_: bool | Unset = UNSET,
    click: bool | Unset = UNSET,
    dropped: bool | Unset = UNSET,
    account_status_change: bool | Unset = UNSET,
    friendly_name: None | str | Unset = UNSET,
    oauth_client_id: None | str | Unset = UNSET,
    oauth_client_secret: None | str | Unset = UNSET,
    oauth_token_url: None | str | Unset = UNSET,
    body: EventWebhookSettings | Unset = UNSET,
    include: str | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> EventWebhook:
    """Update an Event Webhook's settings.

    Changes the URL (unique per account), enabled flag, event types, friendly name or OAuth settings
    (empty strings switch OAuth off).

    Wire request: PATCH /v3/user/webhooks/event/settings/{id}; the client adds Authorization: Bearer
    with the API key.

    Args:
        id (str): The `id` path segment. Required.
        url (str): Where SendGrid POSTs the events. Required.
        enabled (bool | Unset): The `enabled` JSON field.
        group_resubscribe (bool | Unset): The `group_resubscribe` JSON field.
        delivered (bool | Unset): The `delivered` JSON field.
        group_unsubscribe (bool | Unset): The `group_unsubscribe` JSON field.
        spam_report (bool | Unset): The `spam_report` JSON field.
        bounce (bool | Unset): The `bounce` JSON field.
        deferred (bool | Unset): The `deferred` JSON field.
        unsubscribe (bool | Unset): The `unsubscribe` JSON field.
        processed (bool | Unset): The `processed` JSON field.
        open_ (bool | Unset): The `open` JSON field.
        click (bool | Unset): The `click` JSON field.
        dropped (bool | Unset): The `dropped` JSON field.
        account_status_change (bool | Unset): Also send account status change (compliance) events.
        friendly_name (None | str | Unset): A label for people; use id in code.
        oauth_client_id (None | str | Unset): The `oauth_client_id` JSON field.
        oauth_client_secret (None | str | Unset): Sent once; SendGrid stores it.
        oauth_token_url (None | str | Unset): The `oauth_token_url` JSON field.
        body (EventWebhookSettings): The whole request as one model, instead of the
            fields above (not both).
        include (str | Unset): Optional fields to add to the answer; `account_status_change` adds
            that flag.
        on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
            of the v2 "user" field.
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        extra_body (Mapping[str, Any] | None): More body fields for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        EventWebhook: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.webhooks.event.update_settings(id, url=url)
    """

    return _sync_impl(
        client,
        url=url,
        enabled=enabled,
        group_resubscribe=group_resubscribe,
        delivered=delivered,
        group_unsubscribe=group_unsubscribe,
        spam_report=spam_report,
        bounce=bounce,
        deferred=deferred,
        unsubscribe=unsubscribe,
        processed=processed,
        open_=open_,
        click=click,
        dropped=dropped,
        account_status_change=account_status_change,
        friendly_name=friendly_name,
        oauth_client_id=oauth_client_id,
        oauth_client_secret=oauth_client_secret,
        oauth_token_url=oauth_token_url,
        id=id,
        body=body,
        include=include,
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
    url: str | Unset = UNSET,
    enabled: bool | Unset = UNSET,
    group_resubscribe: bool | Unset = UNSET,
    delivered: bool | Unset = UNSET,
    group_unsubscribe: bool | Unset = UNSET,
    spam_report: bool | Unset = UNSET,
    bounce: bool | Unset = UNSET,
    deferred: bool | Unset = UNSET,
    unsubscribe: bool | Unset = UNSET,
    processed: bool | Unset = UNSET,
    open_: bool | Unset = UNSET,
    click: bool | Unset = UNSET,
    dropped: bool | Unset = UNSET,
    account_status_change: bool | Unset = UNSET,
    friendly_name: None | str | Unset = UNSET,
    oauth_client_id: None | str | Unset = UNSET,
    oauth_client_secret: None | str | Unset = UNSET,
    oauth_token_url: None | str | Unset = UNSET,
    body: EventWebhookSettings | Unset = UNSET,
    include: str | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> EventWebhook:
    body = body_from_fields(
        OPERATION,
        EventWebhookSettings,
        body,
        {
            "url": url,
            "enabled": enabled,
            "group_resubscribe": group_resubscribe,
            "delivered": delivered,
            "group_unsubscribe": group_unsubscribe,
            "spam_report": spam_report,
            "bounce": bounce,
            "deferred": deferred,
            "unsubscribe": unsubscribe,
            "processed": processed,
            "open_": open_,
            "click": click,
            "dropped": dropped,
            "account_status_change": account_status_change,
            "friendly_name": friendly_name,
            "oauth_client_id": oauth_client_id,
            "oauth_client_secret": oauth_client_secret,
            "oauth_token_url": oauth_token_url,
        },
        ("url",),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        id=id,
        body=body,
        include=include,
        on_behalf_of=on_behalf_of,
    )
    return parse_answer(client.send(OPERATION, kwargs, options), _parse_response)


@overload
async def asyncio_detailed(
    client: Client,
    /,
    id: str,
    *,
    url: str,
    enabled: bool | Unset = UNSET,
    group_resubscribe: bool | Unset = UNSET,
    delivered: bool | Unset = UNSET,
    group_unsubscribe: bool | Unset = UNSET,
    spam_report: bool | Unset = UNSET,
    bounce: bool | Unset = UNSET,
    deferred: bool | Unset = UNSET,
    unsubscribe: bool | Unset = UNSET,
    processed: bool | Unset = UNSET,
    open_: bool | Unset = UNSET,
    click: bool | Unset = UNSET,
    dropped: bool | Unset = UNSET,
    account_status_change: bool | Unset = UNSET,
    friendly_name: None | str | Unset = UNSET,
    oauth_client_id: None | str | Unset = UNSET,
    oauth_client_secret: None | str | Unset = UNSET,
    oauth_token_url: None | str | Unset = UNSET,
    include: str | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[EventWebhook]: ...


@overload
async def asyncio_detailed(
    client: Client,
    /,
    id: str,
    *,
    body: EventWebhookSettings,
    include: str | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[EventWebhook]: ...


async def asyncio_detailed(
    client: Client,
    /,
    id: str,
    *,
    url: str | Unset = UNSET,
    enabled: bool | Unset = UNSET,
    group_resubscribe: bool | Unset = UNSET,
    delivered: bool | Unset = UNSET,
    group_unsubscribe: bool | Unset = UNSET,
    spam_report: bool | Unset = UNSET,
    bounce: bool | Unset = UNSET,
    deferred: bool | Unset = UNSET,
    unsubscribe: bool | Unset = UNSET,
    processed: bool | Unset = UNSET,
    open_: bool | Unset = UNSET,
    click: bool | Unset = UNSET,
    dropped: bool | Unset = UNSET,
    account_status_change: bool | Unset = UNSET,
    friendly_name: None | str | Unset = UNSET,
    oauth_client_id: None | str | Unset = UNSET,
    oauth_client_secret: None | str | Unset = UNSET,
    oauth_token_url: None | str | Unset = UNSET,
    body: EventWebhookSettings | Unset = UNSET,
    include: str | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[EventWebhook]:
    """Update an Event Webhook's settings.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: PATCH /v3/user/webhooks/event/settings/{id}; the client adds Authorization: Bearer
    with the API key.

    Args:
        The same as `client.webhooks.event.update_settings` takes; `help()` on it describes each one.

    Returns:
        Response[EventWebhook]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.webhooks.event.update_settings_detailed(id, url=url)
    """

    return await _asyncio_detailed_impl(
        client,
        url=url,
        enabled=enabled,
        group_resubscribe=group_resubscribe,
        delivered=delivered,
        group_unsubscribe=group_unsubscribe,
        spam_report=spam_report,
        bounce=bounce,
        deferred=deferred,
        unsubscribe=unsubscribe,
        processed=processed,
        open_=open_,
        click=click,
        dropped=dropped,
        account_status_change=account_status_change,
        friendly_name=friendly_name,
        oauth_client_id=oauth_client_id,
        oauth_client_secret=oauth_client_secret,
        oauth_token_url=oauth_token_url,
        id=id,
        body=body,
        include=include,
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
    url: str | Unset = UNSET,
    enabled: bool | Unset = UNSET,
    group_resubscribe: bool | Unset = UNSET,
    delivered: bool | Unset = UNSET,
    group_unsubscribe: bool | Unset = UNSET,
    spam_report: bool | Unset = UNSET,
    bounce: bool | Unset = UNSET,
    deferred: bool | Unset = UNSET,
    unsubscribe: bool | Unset = UNSET,
    processed: bool | Unset = UNSET,
    open_: bool | Unset = UNSET,
    click: bool | Unset = UNSET,
    dropped: bool | Unset = UNSET,
    account_status_change: bool | Unset = UNSET,
    friendly_name: None | str | Unset = UNSET,
    oauth_client_id: None | str | Unset = UNSET,
    oauth_client_secret: None | str | Unset = UNSET,
    oauth_token_url: None | str | Unset = UNSET,
    body: EventWebhookSettings | Unset = UNSET,
    include: str | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[EventWebhook]:
    body = body_from_fields(
        OPERATION,
        EventWebhookSettings,
        body,
        {
            "url": url,
            "enabled": enabled,
            "group_resubscribe": group_resubscribe,
            "delivered": delivered,
            "group_unsubscribe": group_unsubscribe,
            "spam_report": spam_report,
            "bounce": bounce,
            "deferred": deferred,
            "unsubscribe": unsubscribe,
            "processed": processed,
            "open_": open_,
            "click": click,
            "dropped": dropped,
            "account_status_change": account_status_change,
            "friendly_name": friendly_name,
            "oauth_client_id": oauth_client_id,
            "oauth_client_secret": oauth_client_secret,
            "oauth_token_url": oauth_token_url,
        },
        ("url",),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        id=id,
        body=body,
        include=include,
        on_behalf_of=on_behalf_of,
    )
    return _build_response(await client.asend(OPERATION, kwargs, options))


@overload
async def asyncio(
    client: Client,
    /,
    id: str,
    *,
    url: str,
    enabled: bool | Unset = UNSET,
    group_resubscribe: bool | Unset = UNSET,
    delivered: bool | Unset = UNSET,
    group_unsubscribe: bool | Unset = UNSET,
    spam_report: bool | Unset = UNSET,
    bounce: bool | Unset = UNSET,
    deferred: bool | Unset = UNSET,
    unsubscribe: bool | Unset = UNSET,
    processed: bool | Unset = UNSET,
    open_: bool | Unset = UNSET,
    click: bool | Unset = UNSET,
    dropped: bool | Unset = UNSET,
    account_status_change: bool | Unset = UNSET,
    friendly_name: None | str | Unset = UNSET,
    oauth_client_id: None | str | Unset = UNSET,
    oauth_client_secret: None | str | Unset = UNSET,
    oauth_token_url: None | str | Unset = UNSET,
    include: str | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> EventWebhook: ...


@overload
async def asyncio(
    client: Client,
    /,
    id: str,
    *,
    body: EventWebhookSettings,
    include: str | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> EventWebhook: ...


async def asyncio(
    client: Client,
    /,
    id: str,
    *,
    url: str | Unset = UNSET,
    enabled: bool | Unset = UNSET,
    group_resubscribe: bool | Unset = UNSET,
    delivered: bool | Unset = UNSET,
    group_unsubscribe: bool | Unset = UNSET,
    spam_report: bool | Unset = UNSET,
    bounce: bool | Unset = UNSET,
    deferred: bool | Unset = UNSET,
    unsubscribe: bool | Unset = UNSET,
    processed: bool | Unset = UNSET,
    open_: bool | Unset = UNSET,
    click: bool | Unset = UNSET,
    dropped: bool | Unset = UNSET,
    account_status_change: bool | Unset = UNSET,
    friendly_name: None | str | Unset = UNSET,
    oauth_client_id: None | str | Unset = UNSET,
    oauth_client_secret: None | str | Unset = UNSET,
    oauth_token_url: None | str | Unset = UNSET,
    body: EventWebhookSettings | Unset = UNSET,
    include: str | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> EventWebhook:
    """Update an Event Webhook's settings.

    Changes the URL (unique per account), enabled flag, event types, friendly name or OAuth settings
    (empty strings switch OAuth off).

    Wire request: PATCH /v3/user/webhooks/event/settings/{id}; the client adds Authorization: Bearer
    with the API key.

    Args:
        id (str): The `id` path segment. Required.
        url (str): Where SendGrid POSTs the events. Required.
        enabled (bool | Unset): The `enabled` JSON field.
        group_resubscribe (bool | Unset): The `group_resubscribe` JSON field.
        delivered (bool | Unset): The `delivered` JSON field.
        group_unsubscribe (bool | Unset): The `group_unsubscribe` JSON field.
        spam_report (bool | Unset): The `spam_report` JSON field.
        bounce (bool | Unset): The `bounce` JSON field.
        deferred (bool | Unset): The `deferred` JSON field.
        unsubscribe (bool | Unset): The `unsubscribe` JSON field.
        processed (bool | Unset): The `processed` JSON field.
        open_ (bool | Unset): The `open` JSON field.
        click (bool | Unset): The `click` JSON field.
        dropped (bool | Unset): The `dropped` JSON field.
        account_status_change (bool | Unset): Also send account status change (compliance) events.
        friendly_name (None | str | Unset): A label for people; use id in code.
        oauth_client_id (None | str | Unset): The `oauth_client_id` JSON field.
        oauth_client_secret (None | str | Unset): Sent once; SendGrid stores it.
        oauth_token_url (None | str | Unset): The `oauth_token_url` JSON field.
        body (EventWebhookSettings): The whole request as one model, instead of the
            fields above (not both).
        include (str | Unset): Optional fields to add to the answer; `account_status_change` adds
            that flag.
        on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
            of the v2 "user" field.
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        extra_body (Mapping[str, Any] | None): More body fields for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        EventWebhook: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.webhooks.event.update_settings(id, url=url)
    """

    return await _asyncio_impl(
        client,
        url=url,
        enabled=enabled,
        group_resubscribe=group_resubscribe,
        delivered=delivered,
        group_unsubscribe=group_unsubscribe,
        spam_report=spam_report,
        bounce=bounce,
        deferred=deferred,
        unsubscribe=unsubscribe,
        processed=processed,
        open_=open_,
        click=click,
        dropped=dropped,
        account_status_change=account_status_change,
        friendly_name=friendly_name,
        oauth_client_id=oauth_client_id,
        oauth_client_secret=oauth_client_secret,
        oauth_token_url=oauth_token_url,
        id=id,
        body=body,
        include=include,
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
    url: str | Unset = UNSET,
    enabled: bool | Unset = UNSET,
    group_resubscribe: bool | Unset = UNSET,
    delivered: bool | Unset = UNSET,
    group_unsubscribe: bool | Unset = UNSET,
    spam_report: bool | Unset = UNSET,
    bounce: bool | Unset = UNSET,
    deferred: bool | Unset = UNSET,
    unsubscribe: bool | Unset = UNSET,
    processed: bool | Unset = UNSET,
    open_: bool | Unset = UNSET,
    click: bool | Unset = UNSET,
    dropped: bool | Unset = UNSET,
    account_status_change: bool | Unset = UNSET,
    friendly_name: None | str | Unset = UNSET,
    oauth_client_id: None | str | Unset = UNSET,
    oauth_client_secret: None | str | Unset = UNSET,
    oauth_token_url: None | str | Unset = UNSET,
    body: EventWebhookSettings | Unset = UNSET,
    include: str | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> EventWebhook:
    body = body_from_fields(
        OPERATION,
        EventWebhookSettings,
        body,
        {
            "url": url,
            "enabled": enabled,
            "group_resubscribe": group_resubscribe,
            "delivered": delivered,
            "group_unsubscribe": group_unsubscribe,
            "spam_report": spam_report,
            "bounce": bounce,
            "deferred": deferred,
            "unsubscribe": unsubscribe,
            "processed": processed,
            "open_": open_,
            "click": click,
            "dropped": dropped,
            "account_status_change": account_status_change,
            "friendly_name": friendly_name,
            "oauth_client_id": oauth_client_id,
            "oauth_client_secret": oauth_client_secret,
            "oauth_token_url": oauth_token_url,
        },
        ("url",),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        id=id,
        body=body,
        include=include,
        on_behalf_of=on_behalf_of,
    )
    return parse_answer(await client.asend(OPERATION, kwargs, options), _parse_response)
