# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.response import parse_answer
from ...client import Client
from ...types import Response

OPERATION = Operation(
    name="stop_ip_warmup",
    api="v3",
    method="DELETE",
    path="/v3/ips/warmup/{ip_address}",
    idempotent=True,
    paginated=False,
)


def _get_kwargs(
    ip_address: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v3/ips/warmup/{ip_address}".format(
            ip_address=quote(str(ip_address), safe=""),
        ),
    }

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
    ip_address: str,
    *,
    options: RequestOptions | None = None,
) -> Response[Any]:
    """Stop warming up an IP

     Takes the IP off the warm-up schedule; it can send at full volume at once.

    Args:
        ip_address (str):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[Any]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs(
        ip_address=ip_address,
    )
    response = client.send(OPERATION, kwargs, options)
    return _build_response(response)


def sync(
    client: Client,
    /,
    ip_address: str,
    *,
    options: RequestOptions | None = None,
) -> Any:
    """Stop warming up an IP

     Takes the IP off the warm-up schedule; it can send at full volume at once.

    Args:
        ip_address (str):
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
                ip_address=ip_address,
            ),
            options,
        ),
        _parse_response,
    )


async def asyncio_detailed(
    client: Client,
    /,
    ip_address: str,
    *,
    options: RequestOptions | None = None,
) -> Response[Any]:
    """Stop warming up an IP

     Takes the IP off the warm-up schedule; it can send at full volume at once.

    Args:
        ip_address (str):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[Any]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs(
        ip_address=ip_address,
    )
    response = await client.asend(OPERATION, kwargs, options)
    return _build_response(response)


async def asyncio(
    client: Client,
    /,
    ip_address: str,
    *,
    options: RequestOptions | None = None,
) -> Any:
    """Stop warming up an IP

     Takes the IP off the warm-up schedule; it can send at full volume at once.

    Args:
        ip_address (str):
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
                ip_address=ip_address,
            ),
            options,
        ),
        _parse_response,
    )
