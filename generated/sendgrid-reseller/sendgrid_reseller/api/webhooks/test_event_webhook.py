# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from collections.abc import Mapping
from typing import Any, overload

import httpx

from ... import errors
from ..._runtime.arguments import body_from_fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions, call_options
from ..._runtime.response import parse_answer
from ...client import Client
from ...models.event_webhook_test_request import EventWebhookTestRequest
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    name="test_event_webhook",
    api="v3",
    method="POST",
    path="/v3/user/webhooks/event/test",
    idempotent=False,
    paginated=False,
)


def _get_kwargs(
    *,
    body: EventWebhookTestRequest,
    on_behalf_of: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(on_behalf_of, Unset):
        headers["on-behalf-of"] = on_behalf_of

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/user/webhooks/event/test",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Any:
    if response.status_code == 204:
        return None

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[Any]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


@overload
def sync_detailed(
    client: Client,
    /,
    *,
    url: str,
    id: str | Unset = UNSET,
    oauth_client_id: None | str | Unset = UNSET,
    oauth_client_secret: None | str | Unset = UNSET,
    oauth_token_url: None | str | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[Any]: ...


@overload
def sync_detailed(
    client: Client,
    /,
    *,
    body: EventWebhookTestRequest,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[Any]: ...


def sync_detailed(
    client: Client,
    /,
    *,
    url: str | Unset = UNSET,
    id: str | Unset = UNSET,
    oauth_client_id: None | str | Unset = UNSET,
    oauth_client_secret: None | str | Unset = UNSET,
    oauth_token_url: None | str | Unset = UNSET,
    body: EventWebhookTestRequest | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[Any]:
    """Send a test event.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: POST /v3/user/webhooks/event/test; the client adds Authorization: Bearer with the
    API key.

    Args:
        The same as `client.webhooks.event.test` takes; `help()` on it describes each one.

    Returns:
        Response[Any]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.webhooks.event.test_detailed(url=url)
    """

    return _sync_detailed_impl(
        client,
        url=url,
        id=id,
        oauth_client_id=oauth_client_id,
        oauth_client_secret=oauth_client_secret,
        oauth_token_url=oauth_token_url,
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
    url: str | Unset = UNSET,
    id: str | Unset = UNSET,
    oauth_client_id: None | str | Unset = UNSET,
    oauth_client_secret: None | str | Unset = UNSET,
    oauth_token_url: None | str | Unset = UNSET,
    body: EventWebhookTestRequest | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[Any]:
    body = body_from_fields(
        OPERATION,
        EventWebhookTestRequest,
        body,
        {
            "url": url,
            "id": id,
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
        body=body,
        on_behalf_of=on_behalf_of,
    )
    return _build_response(client.send(OPERATION, kwargs, options))


@overload
def sync(
    client: Client,
    /,
    *,
    url: str,
    id: str | Unset = UNSET,
    oauth_client_id: None | str | Unset = UNSET,
    oauth_client_secret: None | str | Unset = UNSET,
    oauth_token_url: None | str | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Any: ...


@overload
def sync(
    client: Client,
    /,
    *,
    body: EventWebhookTestRequest,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Any: ...


def sync(
    client: Client,
    /,
    *,
    url: str | Unset = UNSET,
    id: str | Unset = UNSET,
    oauth_client_id: None | str | Unset = UNSET,
    oauth_client_secret: None | str | Unset = UNSET,
    oauth_token_url: None | str | Unset = UNSET,
    body: EventWebhookTestRequest | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Any:
    """Send a test event.

    POSTs a fake event to the given URL to check the receiving end, including OAuth (a saved
    webhook's secret is reused when only the client id and token URL are given).

    Wire request: POST /v3/user/webhooks/event/test; the client adds Authorization: Bearer with the
    API key.

    Args:
        url (str): The `url` JSON field. Required.
        id (str | Unset): The webhook whose saved OAuth secret to reuse.
        oauth_client_id (None | str | Unset): The `oauth_client_id` JSON field.
        oauth_client_secret (None | str | Unset): The `oauth_client_secret` JSON field.
        oauth_token_url (None | str | Unset): The `oauth_token_url` JSON field.
        body (EventWebhookTestRequest): The whole request as one model, instead of the
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
        Any: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.webhooks.event.test(url=url)
    """

    return _sync_impl(
        client,
        url=url,
        id=id,
        oauth_client_id=oauth_client_id,
        oauth_client_secret=oauth_client_secret,
        oauth_token_url=oauth_token_url,
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
    url: str | Unset = UNSET,
    id: str | Unset = UNSET,
    oauth_client_id: None | str | Unset = UNSET,
    oauth_client_secret: None | str | Unset = UNSET,
    oauth_token_url: None | str | Unset = UNSET,
    body: EventWebhookTestRequest | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Any:
    body = body_from_fields(
        OPERATION,
        EventWebhookTestRequest,
        body,
        {
            "url": url,
            "id": id,
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
        body=body,
        on_behalf_of=on_behalf_of,
    )
    return parse_answer(client.send(OPERATION, kwargs, options), _parse_response)


@overload
async def asyncio_detailed(
    client: Client,
    /,
    *,
    url: str,
    id: str | Unset = UNSET,
    oauth_client_id: None | str | Unset = UNSET,
    oauth_client_secret: None | str | Unset = UNSET,
    oauth_token_url: None | str | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[Any]: ...


@overload
async def asyncio_detailed(
    client: Client,
    /,
    *,
    body: EventWebhookTestRequest,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[Any]: ...


async def asyncio_detailed(
    client: Client,
    /,
    *,
    url: str | Unset = UNSET,
    id: str | Unset = UNSET,
    oauth_client_id: None | str | Unset = UNSET,
    oauth_client_secret: None | str | Unset = UNSET,
    oauth_token_url: None | str | Unset = UNSET,
    body: EventWebhookTestRequest | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[Any]:
    """Send a test event.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: POST /v3/user/webhooks/event/test; the client adds Authorization: Bearer with the
    API key.

    Args:
        The same as `client.webhooks.event.test` takes; `help()` on it describes each one.

    Returns:
        Response[Any]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.webhooks.event.test_detailed(url=url)
    """

    return await _asyncio_detailed_impl(
        client,
        url=url,
        id=id,
        oauth_client_id=oauth_client_id,
        oauth_client_secret=oauth_client_secret,
        oauth_token_url=oauth_token_url,
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
    url: str | Unset = UNSET,
    id: str | Unset = UNSET,
    oauth_client_id: None | str | Unset = UNSET,
    oauth_client_secret: None | str | Unset = UNSET,
    oauth_token_url: None | str | Unset = UNSET,
    body: EventWebhookTestRequest | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[Any]:
    body = body_from_fields(
        OPERATION,
        EventWebhookTestRequest,
        body,
        {
            "url": url,
            "id": id,
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
        body=body,
        on_behalf_of=on_behalf_of,
    )
    return _build_response(await client.asend(OPERATION, kwargs, options))


@overload
async def asyncio(
    client: Client,
    /,
    *,
    url: str,
    id: str | Unset = UNSET,
    oauth_client_id: None | str | Unset = UNSET,
    oauth_client_secret: None | str | Unset = UNSET,
    oauth_token_url: None | str | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Any: ...


@overload
async def asyncio(
    client: Client,
    /,
    *,
    body: EventWebhookTestRequest,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Any: ...


async def asyncio(
    client: Client,
    /,
    *,
    url: str | Unset = UNSET,
    id: str | Unset = UNSET,
    oauth_client_id: None | str | Unset = UNSET,
    oauth_client_secret: None | str | Unset = UNSET,
    oauth_token_url: None | str | Unset = UNSET,
    body: EventWebhookTestRequest | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Any:
    """Send a test event.

    POSTs a fake event to the given URL to check the receiving end, including OAuth (a saved
    webhook's secret is reused when only the client id and token URL are given).

    Wire request: POST /v3/user/webhooks/event/test; the client adds Authorization: Bearer with the
    API key.

    Args:
        url (str): The `url` JSON field. Required.
        id (str | Unset): The webhook whose saved OAuth secret to reuse.
        oauth_client_id (None | str | Unset): The `oauth_client_id` JSON field.
        oauth_client_secret (None | str | Unset): The `oauth_client_secret` JSON field.
        oauth_token_url (None | str | Unset): The `oauth_token_url` JSON field.
        body (EventWebhookTestRequest): The whole request as one model, instead of the
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
        Any: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.webhooks.event.test(url=url)
    """

    return await _asyncio_impl(
        client,
        url=url,
        id=id,
        oauth_client_id=oauth_client_id,
        oauth_client_secret=oauth_client_secret,
        oauth_token_url=oauth_token_url,
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
    url: str | Unset = UNSET,
    id: str | Unset = UNSET,
    oauth_client_id: None | str | Unset = UNSET,
    oauth_client_secret: None | str | Unset = UNSET,
    oauth_token_url: None | str | Unset = UNSET,
    body: EventWebhookTestRequest | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Any:
    body = body_from_fields(
        OPERATION,
        EventWebhookTestRequest,
        body,
        {
            "url": url,
            "id": id,
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
        body=body,
        on_behalf_of=on_behalf_of,
    )
    return parse_answer(await client.asend(OPERATION, kwargs, options), _parse_response)
