# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from typing import Any

import httpx

from ... import errors
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.response import parse_answer
from ...client import Client
from ...models.api_key_create import ApiKeyCreate
from ...models.created_api_key import CreatedApiKey
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    name="create_api_key",
    api="v3",
    method="POST",
    path="/v3/api_keys",
    idempotent=False,
    paginated=False,
)


def _get_kwargs(
    *,
    body: ApiKeyCreate,
    on_behalf_of: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(on_behalf_of, Unset):
        headers["on-behalf-of"] = on_behalf_of

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/api_keys",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> CreatedApiKey:
    if response.status_code == 201:
        response_201 = CreatedApiKey.from_dict(response.json())

        return response_201

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[CreatedApiKey]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


def sync_detailed(
    client: Client,
    /,
    *,
    body: ApiKeyCreate,
    on_behalf_of: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[CreatedApiKey]:
    """Create an API key

     Issues a key with the given scopes (all of the caller's scopes when omitted). The secret is in this
    answer only: store it at once.

    Args:
        on_behalf_of (str | Unset):
        body (ApiKeyCreate):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[CreatedApiKey]: the decoded body with status, headers and rate limit.
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
    body: ApiKeyCreate,
    on_behalf_of: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> CreatedApiKey:
    """Create an API key

     Issues a key with the given scopes (all of the caller's scopes when omitted). The secret is in this
    answer only: store it at once.

    Args:
        on_behalf_of (str | Unset):
        body (ApiKeyCreate):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        CreatedApiKey
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
    body: ApiKeyCreate,
    on_behalf_of: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[CreatedApiKey]:
    """Create an API key

     Issues a key with the given scopes (all of the caller's scopes when omitted). The secret is in this
    answer only: store it at once.

    Args:
        on_behalf_of (str | Unset):
        body (ApiKeyCreate):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[CreatedApiKey]: the decoded body with status, headers and rate limit.
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
    body: ApiKeyCreate,
    on_behalf_of: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> CreatedApiKey:
    """Create an API key

     Issues a key with the given scopes (all of the caller's scopes when omitted). The secret is in this
    answer only: store it at once.

    Args:
        on_behalf_of (str | Unset):
        body (ApiKeyCreate):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        CreatedApiKey
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
