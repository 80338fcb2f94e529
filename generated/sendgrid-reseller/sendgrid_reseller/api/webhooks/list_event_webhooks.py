# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from typing import Any

import httpx

from ... import errors
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.response import parse_answer
from ...client import Client
from ...models.event_webhook_list import EventWebhookList
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    name="list_event_webhooks",
    api="v3",
    method="GET",
    path="/v3/user/webhooks/event/settings/all",
    idempotent=True,
    paginated=False,
)


def _get_kwargs(
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
        "url": "/v3/user/webhooks/event/settings/all",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> EventWebhookList:
    if response.status_code == 200:
        response_200 = EventWebhookList.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[EventWebhookList]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


def sync_detailed(
    client: Client,
    /,
    *,
    include: str | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[EventWebhookList]:
    """List Event Webhooks

     Every Event Webhook of the account and how many the plan allows.

    Args:
        include (str | Unset):
        on_behalf_of (str | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[EventWebhookList]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs(
        include=include,
        on_behalf_of=on_behalf_of,
    )
    response = client.send(OPERATION, kwargs, options)
    return _build_response(response)


def sync(
    client: Client,
    /,
    *,
    include: str | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> EventWebhookList:
    """List Event Webhooks

     Every Event Webhook of the account and how many the plan allows.

    Args:
        include (str | Unset):
        on_behalf_of (str | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        EventWebhookList
    """

    return parse_answer(
        client.send(
            OPERATION,
            _get_kwargs(
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
    *,
    include: str | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[EventWebhookList]:
    """List Event Webhooks

     Every Event Webhook of the account and how many the plan allows.

    Args:
        include (str | Unset):
        on_behalf_of (str | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[EventWebhookList]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs(
        include=include,
        on_behalf_of=on_behalf_of,
    )
    response = await client.asend(OPERATION, kwargs, options)
    return _build_response(response)


async def asyncio(
    client: Client,
    /,
    *,
    include: str | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> EventWebhookList:
    """List Event Webhooks

     Every Event Webhook of the account and how many the plan allows.

    Args:
        include (str | Unset):
        on_behalf_of (str | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        EventWebhookList
    """

    return parse_answer(
        await client.asend(
            OPERATION,
            _get_kwargs(
                include=include,
                on_behalf_of=on_behalf_of,
            ),
            options,
        ),
        _parse_response,
    )
