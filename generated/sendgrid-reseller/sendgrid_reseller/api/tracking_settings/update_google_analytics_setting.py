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
from ...models.google_analytics_setting import GoogleAnalyticsSetting
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    name="update_google_analytics_setting",
    api="v3",
    method="PATCH",
    path="/v3/tracking_settings/google_analytics",
    idempotent=False,
    paginated=False,
)


def _get_kwargs(
    *,
    body: GoogleAnalyticsSetting,
    on_behalf_of: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(on_behalf_of, Unset):
        headers["on-behalf-of"] = on_behalf_of

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v3/tracking_settings/google_analytics",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> GoogleAnalyticsSetting:
    if response.status_code == 200:
        response_200 = GoogleAnalyticsSetting.from_dict(read_json(response))

        return response_200

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[GoogleAnalyticsSetting]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


def sync_detailed(
    client: Client,
    /,
    *,
    enabled: bool | Unset = UNSET,
    utm_source: str | Unset = UNSET,
    utm_medium: str | Unset = UNSET,
    utm_term: str | Unset = UNSET,
    utm_content: str | Unset = UNSET,
    utm_campaign: str | Unset = UNSET,
    body: GoogleAnalyticsSetting | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[GoogleAnalyticsSetting]:
    """Update the Google Analytics setting.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: PATCH /v3/tracking_settings/google_analytics; the client adds Authorization:
    Bearer with the API key.

    Args:
        The same as `client.tracking_settings.google_analytics.update` takes; `help()` on it describes each one.

    Returns:
        Response[GoogleAnalyticsSetting]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.tracking_settings.google_analytics.update_detailed()
    """

    body = body_from_fields(
        OPERATION,
        GoogleAnalyticsSetting,
        body,
        {
            "enabled": enabled,
            "utm_source": utm_source,
            "utm_medium": utm_medium,
            "utm_term": utm_term,
            "utm_content": utm_content,
            "utm_campaign": utm_campaign,
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
    utm_source: str | Unset = UNSET,
    utm_medium: str | Unset = UNSET,
    utm_term: str | Unset = UNSET,
    utm_content: str | Unset = UNSET,
    utm_campaign: str | Unset = UNSET,
    body: GoogleAnalyticsSetting | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> GoogleAnalyticsSetting:
    """Update the Google Analytics setting.

    Turns Google Analytics tracking on or off and sets the UTM values.

    Wire request: PATCH /v3/tracking_settings/google_analytics; the client adds Authorization:
    Bearer with the API key.

    Args:
        enabled (bool | Unset): The `enabled` JSON field.
        utm_source (str | Unset): The `utm_source` JSON field.
        utm_medium (str | Unset): The `utm_medium` JSON field.
        utm_term (str | Unset): The `utm_term` JSON field.
        utm_content (str | Unset): The `utm_content` JSON field.
        utm_campaign (str | Unset): The `utm_campaign` JSON field.
        body (GoogleAnalyticsSetting): The whole request as one model, instead of the
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
        GoogleAnalyticsSetting: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.tracking_settings.google_analytics.update()
    """

    body = body_from_fields(
        OPERATION,
        GoogleAnalyticsSetting,
        body,
        {
            "enabled": enabled,
            "utm_source": utm_source,
            "utm_medium": utm_medium,
            "utm_term": utm_term,
            "utm_content": utm_content,
            "utm_campaign": utm_campaign,
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
    utm_source: str | Unset = UNSET,
    utm_medium: str | Unset = UNSET,
    utm_term: str | Unset = UNSET,
    utm_content: str | Unset = UNSET,
    utm_campaign: str | Unset = UNSET,
    body: GoogleAnalyticsSetting | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[GoogleAnalyticsSetting]:
    """Update the Google Analytics setting.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: PATCH /v3/tracking_settings/google_analytics; the client adds Authorization:
    Bearer with the API key.

    Args:
        The same as `client.tracking_settings.google_analytics.update` takes; `help()` on it describes each one.

    Returns:
        Response[GoogleAnalyticsSetting]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.tracking_settings.google_analytics.update_detailed()
    """

    body = body_from_fields(
        OPERATION,
        GoogleAnalyticsSetting,
        body,
        {
            "enabled": enabled,
            "utm_source": utm_source,
            "utm_medium": utm_medium,
            "utm_term": utm_term,
            "utm_content": utm_content,
            "utm_campaign": utm_campaign,
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
    utm_source: str | Unset = UNSET,
    utm_medium: str | Unset = UNSET,
    utm_term: str | Unset = UNSET,
    utm_content: str | Unset = UNSET,
    utm_campaign: str | Unset = UNSET,
    body: GoogleAnalyticsSetting | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> GoogleAnalyticsSetting:
    """Update the Google Analytics setting.

    Turns Google Analytics tracking on or off and sets the UTM values.

    Wire request: PATCH /v3/tracking_settings/google_analytics; the client adds Authorization:
    Bearer with the API key.

    Args:
        enabled (bool | Unset): The `enabled` JSON field.
        utm_source (str | Unset): The `utm_source` JSON field.
        utm_medium (str | Unset): The `utm_medium` JSON field.
        utm_term (str | Unset): The `utm_term` JSON field.
        utm_content (str | Unset): The `utm_content` JSON field.
        utm_campaign (str | Unset): The `utm_campaign` JSON field.
        body (GoogleAnalyticsSetting): The whole request as one model, instead of the
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
        GoogleAnalyticsSetting: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.tracking_settings.google_analytics.update()
    """

    body = body_from_fields(
        OPERATION,
        GoogleAnalyticsSetting,
        body,
        {
            "enabled": enabled,
            "utm_source": utm_source,
            "utm_medium": utm_medium,
            "utm_term": utm_term,
            "utm_content": utm_content,
            "utm_campaign": utm_campaign,
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
