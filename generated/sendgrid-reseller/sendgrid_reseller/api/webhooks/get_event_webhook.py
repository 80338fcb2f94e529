# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from typing import Any

import httpx

from ... import errors
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.response import parse_answer
from ..._runtime.urls import path_segment
from ...client import Client
from ...models.event_webhook import EventWebhook
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    name="get_event_webhook",
    api="v3",
    method="GET",
    path="/v3/user/webhooks/event/settings/{id}",
    idempotent=True,
    paginated=False,
)


def _get_kwargs(
    id: str,
    *,
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
        "method": "get",
        "url": "/v3/user/webhooks/event/settings/{id}".format(
            id=path_segment("id", id),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> EventWebhook:
    if response.status_code == 200:
        response_200 = EventWebhook.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[EventWebhook]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


def sync_detailed(
    client: Client,
    /,
    id: str,
    *,
    include: str | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[EventWebhook]:
    """Get an Event Webhook's settings

     One Event Webhook's URL, event types, OAuth settings and (when signing is on) public key.

    Args:
        id (str):
        include (str | Unset):
        on_behalf_of (str | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[EventWebhook]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs(
        id=id,
        include=include,
        on_behalf_of=on_behalf_of,
    )
    response = client.send(OPERATION, kwargs, options)
    return _build_response(response)


def sync(
    client: Client,
    /,
    id: str,
    *,
    include: str | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> EventWebhook:
    """Get an Event Webhook's settings

     One Event Webhook's URL, event types, OAuth settings and (when signing is on) public key.

    Args:
        id (str):
        include (str | Unset):
        on_behalf_of (str | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        EventWebhook
    """

    return parse_answer(
        client.send(
            OPERATION,
            _get_kwargs(
                id=id,
                include=include,
                on_behalf_of=on_behalf_of,
            ),
            options,
        ),
        _parse_response,
    )


async def asyncio_detailed(
    client: Client,
    /,
    id: str,
    *,
    include: str | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[EventWebhook]:
    """Get an Event Webhook's settings

     One Event Webhook's URL, event types, OAuth settings and (when signing is on) public key.

    Args:
        id (str):
        include (str | Unset):
        on_behalf_of (str | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[EventWebhook]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs(
        id=id,
        include=include,
        on_behalf_of=on_behalf_of,
    )
    response = await client.asend(OPERATION, kwargs, options)
    return _build_response(response)


async def asyncio(
    client: Client,
    /,
    id: str,
    *,
    include: str | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> EventWebhook:
    """Get an Event Webhook's settings

     One Event Webhook's URL, event types, OAuth settings and (when signing is on) public key.

    Args:
        id (str):
        include (str | Unset):
        on_behalf_of (str | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        EventWebhook
    """

    return parse_answer(
        await client.asend(
            OPERATION,
            _get_kwargs(
                id=id,
                include=include,
                on_behalf_of=on_behalf_of,
            ),
            options,
        ),
        _parse_response,
    )
