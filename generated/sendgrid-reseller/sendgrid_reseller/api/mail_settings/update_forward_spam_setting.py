# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from typing import Any

import httpx

from ... import errors
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.response import parse_answer
from ...client import Client
from ...models.forward_spam_setting import ForwardSpamSetting
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    name="update_forward_spam_setting",
    api="v3",
    method="PATCH",
    path="/v3/mail_settings/forward_spam",
    idempotent=False,
    paginated=False,
)


def _get_kwargs(
    *,
    body: ForwardSpamSetting,
    on_behalf_of: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(on_behalf_of, Unset):
        headers["on-behalf-of"] = on_behalf_of

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v3/mail_settings/forward_spam",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> ForwardSpamSetting:
    if response.status_code == 200:
        response_200 = ForwardSpamSetting.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[ForwardSpamSetting]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


def sync_detailed(
    client: Client,
    /,
    *,
    body: ForwardSpamSetting,
    on_behalf_of: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[ForwardSpamSetting]:
    """Update the forward spam setting

     Turns spam-report forwarding on or off and sets the addresses.

    Args:
        on_behalf_of (str | Unset):
        body (ForwardSpamSetting):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[ForwardSpamSetting]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs(
        body=body,
        on_behalf_of=on_behalf_of,
    )
    response = client.send(OPERATION, kwargs, options)
    return _build_response(response)


def sync(
    client: Client,
    /,
    *,
    body: ForwardSpamSetting,
    on_behalf_of: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> ForwardSpamSetting:
    """Update the forward spam setting

     Turns spam-report forwarding on or off and sets the addresses.

    Args:
        on_behalf_of (str | Unset):
        body (ForwardSpamSetting):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        ForwardSpamSetting
    """

    return parse_answer(
        client.send(
            OPERATION,
            _get_kwargs(
                body=body,
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
    body: ForwardSpamSetting,
    on_behalf_of: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[ForwardSpamSetting]:
    """Update the forward spam setting

     Turns spam-report forwarding on or off and sets the addresses.

    Args:
        on_behalf_of (str | Unset):
        body (ForwardSpamSetting):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[ForwardSpamSetting]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs(
        body=body,
        on_behalf_of=on_behalf_of,
    )
    response = await client.asend(OPERATION, kwargs, options)
    return _build_response(response)


async def asyncio(
    client: Client,
    /,
    *,
    body: ForwardSpamSetting,
    on_behalf_of: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> ForwardSpamSetting:
    """Update the forward spam setting

     Turns spam-report forwarding on or off and sets the addresses.

    Args:
        on_behalf_of (str | Unset):
        body (ForwardSpamSetting):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        ForwardSpamSetting
    """

    return parse_answer(
        await client.asend(
            OPERATION,
            _get_kwargs(
                body=body,
                on_behalf_of=on_behalf_of,
            ),
            options,
        ),
        _parse_response,
    )
