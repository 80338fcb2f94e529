# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.response import parse_answer
from ...client import Client
from ...models.alert import Alert
from ...models.alert_update import AlertUpdate
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    name="update_alert",
    api="v3",
    method="PATCH",
    path="/v3/alerts/{alert_id}",
    idempotent=False,
    paginated=False,
)


def _get_kwargs(
    alert_id: int,
    *,
    body: AlertUpdate,
    on_behalf_of: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(on_behalf_of, Unset):
        headers["on-behalf-of"] = on_behalf_of

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v3/alerts/{alert_id}".format(
            alert_id=quote(str(alert_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Alert:
    if response.status_code == 200:
        response_200 = Alert.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[Alert]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


def sync_detailed(
    client: Client,
    /,
    alert_id: int,
    *,
    body: AlertUpdate,
    on_behalf_of: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[Alert]:
    """Change an alert

     Changes the recipient, the frequency (statistics) or the percentage (usage).

    Args:
        alert_id (int):
        on_behalf_of (str | Unset):
        body (AlertUpdate):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[Alert]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs(
        alert_id=alert_id,
        body=body,
        on_behalf_of=on_behalf_of,
    )
    response = client.send(OPERATION, kwargs, options)
    return _build_response(response)


def sync(
    client: Client,
    /,
    alert_id: int,
    *,
    body: AlertUpdate,
    on_behalf_of: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Alert:
    """Change an alert

     Changes the recipient, the frequency (statistics) or the percentage (usage).

    Args:
        alert_id (int):
        on_behalf_of (str | Unset):
        body (AlertUpdate):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Alert
    """

    return parse_answer(
        client.send(
            OPERATION,
            _get_kwargs(
                alert_id=alert_id,
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
    alert_id: int,
    *,
    body: AlertUpdate,
    on_behalf_of: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[Alert]:
    """Change an alert

     Changes the recipient, the frequency (statistics) or the percentage (usage).

    Args:
        alert_id (int):
        on_behalf_of (str | Unset):
        body (AlertUpdate):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[Alert]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs(
        alert_id=alert_id,
        body=body,
        on_behalf_of=on_behalf_of,
    )
    response = await client.asend(OPERATION, kwargs, options)
    return _build_response(response)


async def asyncio(
    client: Client,
    /,
    alert_id: int,
    *,
    body: AlertUpdate,
    on_behalf_of: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Alert:
    """Change an alert

     Changes the recipient, the frequency (statistics) or the percentage (usage).

    Args:
        alert_id (int):
        on_behalf_of (str | Unset):
        body (AlertUpdate):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Alert
    """

    return parse_answer(
        await client.asend(
            OPERATION,
            _get_kwargs(
                alert_id=alert_id,
                body=body,
                on_behalf_of=on_behalf_of,
            ),
            options,
        ),
        _parse_response,
    )
