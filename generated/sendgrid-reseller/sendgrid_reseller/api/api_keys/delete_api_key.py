# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.response import parse_answer
from ...client import Client
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    name="delete_api_key",
    api="v3",
    method="DELETE",
    path="/v3/api_keys/{api_key_id}",
    idempotent=True,
    paginated=False,
)


def _get_kwargs(
    api_key_id: str,
    *,
    on_behalf_of: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(on_behalf_of, Unset):
        headers["on-behalf-of"] = on_behalf_of

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v3/api_keys/{api_key_id}".format(
            api_key_id=quote(str(api_key_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Any:
    if response.status_code == 204:
        return None

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[Any]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


def sync_detailed(
    client: Client,
    /,
    api_key_id: str,
    *,
    on_behalf_of: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[Any]:
    """Revoke an API key

     Deletes the key; calls made with it fail from now on.

    Args:
        api_key_id (str):
        on_behalf_of (str | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[Any]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs(
        api_key_id=api_key_id,
        on_behalf_of=on_behalf_of,
    )
    response = client.send(OPERATION, kwargs, options)
    return _build_response(response)


def sync(
    client: Client,
    /,
    api_key_id: str,
    *,
    on_behalf_of: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Any:
    """Revoke an API key

     Deletes the key; calls made with it fail from now on.

    Args:
        api_key_id (str):
        on_behalf_of (str | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Any
    """

    return parse_answer(
        client.send(
            OPERATION,
            _get_kwargs(
                api_key_id=api_key_id,
                on_behalf_of=on_behalf_of,
            ),
            options,
        ),
        _parse_response,
    )


async def asyncio_detailed(
    client: Client,
    /,
    api_key_id: str,
    *,
    on_behalf_of: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[Any]:
    """Revoke an API key

     Deletes the key; calls made with it fail from now on.

    Args:
        api_key_id (str):
        on_behalf_of (str | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[Any]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs(
        api_key_id=api_key_id,
        on_behalf_of=on_behalf_of,
    )
    response = await client.asend(OPERATION, kwargs, options)
    return _build_response(response)


async def asyncio(
    client: Client,
    /,
    api_key_id: str,
    *,
    on_behalf_of: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Any:
    """Revoke an API key

     Deletes the key; calls made with it fail from now on.

    Args:
        api_key_id (str):
        on_behalf_of (str | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Any
    """

    return parse_answer(
        await client.asend(
            OPERATION,
            _get_kwargs(
                api_key_id=api_key_id,
                on_behalf_of=on_behalf_of,
            ),
            options,
        ),
        _parse_response,
    )
