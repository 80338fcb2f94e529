# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ..._runtime.arguments import body_from_fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions, call_options
from ..._runtime.response import parse_answer, read_json
from ...client import Client
from ...models.subscription_tracking_setting import SubscriptionTrackingSetting
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    name="update_subscription_tracking_setting",
    api="v3",
    method="PATCH",
    path="/v3/tracking_settings/subscription",
    idempotent=False,
    paginated=False,
)


def _get_kwargs(
    *,
    body: SubscriptionTrackingSetting,
    on_behalf_of: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(on_behalf_of, Unset):
        headers["on-behalf-of"] = on_behalf_of

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v3/tracking_settings/subscription",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> SubscriptionTrackingSetting:
    if response.status_code == 200:
        response_200 = SubscriptionTrackingSetting.from_dict(read_json(response))

        return response_200

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[SubscriptionTrackingSetting]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


def sync_detailed(
    client: Client,
    /,
    *,
    enabled: bool | Unset = UNSET,
    html_content: str | Unset = UNSET,
    plain_content: str | Unset = UNSET,
    landing: str | Unset = UNSET,
    replace: str | Unset = UNSET,
    url: str | Unset = UNSET,
    body: SubscriptionTrackingSetting | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[SubscriptionTrackingSetting]:
    """Update the subscription tracking setting.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: PATCH /v3/tracking_settings/subscription; the client adds Authorization: Bearer
    with the API key.

    Args:
        The same as `client.tracking_settings.subscription.update` takes; `help()` on it describes each one.

    Returns:
        Response[SubscriptionTrackingSetting]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.tracking_settings.subscription.update_detailed()
    """

    body = body_from_fields(
        OPERATION,
        SubscriptionTrackingSetting,
        body,
        {
            "enabled": enabled,
            "html_content": html_content,
            "plain_content": plain_content,
            "landing": landing,
            "replace": replace,
            "url": url,
        },
        (),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        body=body,
        on_behalf_of=on_behalf_of,
    )
    return _build_response(client.send(OPERATION, kwargs, options))


def sync(
    client: Client,
    /,
    *,
    enabled: bool | Unset = UNSET,
    html_content: str | Unset = UNSET,
    plain_content: str | Unset = UNSET,
    landing: str | Unset = UNSET,
    replace: str | Unset = UNSET,
    url: str | Unset = UNSET,
    body: SubscriptionTrackingSetting | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> SubscriptionTrackingSetting:
    """Update the subscription tracking setting.

    Turns subscription tracking on or off and sets its content.

    Wire request: PATCH /v3/tracking_settings/subscription; the client adds Authorization: Bearer
    with the API key.

    Args:
        enabled (bool | Unset): The `enabled` JSON field.
        html_content (str | Unset): HTML footer; <% %> marks the unsubscribe link.
        plain_content (str | Unset): Plain-text footer; <% %> marks the unsubscribe link.
        landing (str | Unset): HTML of the page shown after unsubscribing.
        replace (str | Unset): A tag in the message that is replaced by the unsubscribe link.
        url (str | Unset): A page of your own to send unsubscribers to instead.
        body (SubscriptionTrackingSetting): The whole request as one model, instead of the
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
        SubscriptionTrackingSetting: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.tracking_settings.subscription.update()
    """

    body = body_from_fields(
        OPERATION,
        SubscriptionTrackingSetting,
        body,
        {
            "enabled": enabled,
            "html_content": html_content,
            "plain_content": plain_content,
            "landing": landing,
            "replace": replace,
            "url": url,
        },
        (),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        body=body,
        on_behalf_of=on_behalf_of,
    )
    return parse_answer(client.send(OPERATION, kwargs, options), _parse_response)


async def asyncio_detailed(
    client: Client,
    /,
    *,
    enabled: bool | Unset = UNSET,
    html_content: str | Unset = UNSET,
    plain_content: str | Unset = UNSET,
    landing: str | Unset = UNSET,
    replace: str | Unset = UNSET,
    url: str | Unset = UNSET,
    body: SubscriptionTrackingSetting | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[SubscriptionTrackingSetting]:
    """Update the subscription tracking setting.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: PATCH /v3/tracking_settings/subscription; the client adds Authorization: Bearer
    with the API key.

    Args:
        The same as `client.tracking_settings.subscription.update` takes; `help()` on it describes each one.

    Returns:
        Response[SubscriptionTrackingSetting]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.tracking_settings.subscription.update_detailed()
    """

    body = body_from_fields(
        OPERATION,
        SubscriptionTrackingSetting,
        body,
        {
            "enabled": enabled,
            "html_content": html_content,
            "plain_content": plain_content,
            "landing": landing,
            "replace": replace,
            "url": url,
        },
        (),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        body=body,
        on_behalf_of=on_behalf_of,
    )
    return _build_response(await client.asend(OPERATION, kwargs, options))


async def asyncio(
    client: Client,
    /,
    *,
    enabled: bool | Unset = UNSET,
    html_content: str | Unset = UNSET,
    plain_content: str | Unset = UNSET,
    landing: str | Unset = UNSET,
    replace: str | Unset = UNSET,
    url: str | Unset = UNSET,
    body: SubscriptionTrackingSetting | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> SubscriptionTrackingSetting:
    """Update the subscription tracking setting.

    Turns subscription tracking on or off and sets its content.

    Wire request: PATCH /v3/tracking_settings/subscription; the client adds Authorization: Bearer
    with the API key.

    Args:
        enabled (bool | Unset): The `enabled` JSON field.
        html_content (str | Unset): HTML footer; <% %> marks the unsubscribe link.
        plain_content (str | Unset): Plain-text footer; <% %> marks the unsubscribe link.
        landing (str | Unset): HTML of the page shown after unsubscribing.
        replace (str | Unset): A tag in the message that is replaced by the unsubscribe link.
        url (str | Unset): A page of your own to send unsubscribers to instead.
        body (SubscriptionTrackingSetting): The whole request as one model, instead of the
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
        SubscriptionTrackingSetting: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.tracking_settings.subscription.update()
    """

    body = body_from_fields(
        OPERATION,
        SubscriptionTrackingSetting,
        body,
        {
            "enabled": enabled,
            "html_content": html_content,
            "plain_content": plain_content,
            "landing": landing,
            "replace": replace,
            "url": url,
        },
        (),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        body=body,
        on_behalf_of=on_behalf_of,
    )
    return parse_answer(await client.asend(OPERATION, kwargs, options), _parse_response)
