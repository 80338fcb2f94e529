# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from typing import Any

import httpx

from ... import errors
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.response import parse_answer
from ...client import Client
from ...models.branded_link import BrandedLink
from ...types import UNSET, Response

OPERATION = Operation(
    name="get_subuser_branded_link",
    api="v3",
    method="GET",
    path="/v3/whitelabel/links/subuser",
    idempotent=True,
    paginated=False,
)


def _get_kwargs(
    *,
    username: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["username"] = username

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/whitelabel/links/subuser",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> BrandedLink:
    if response.status_code == 200:
        response_200 = BrandedLink.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[BrandedLink]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


def sync_detailed(
    client: Client,
    /,
    *,
    username: str,
    options: RequestOptions | None = None,
) -> Response[BrandedLink]:
    """Get a subuser's branded link

     The branded link the parent gave the subuser.

    Args:
        username (str):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[BrandedLink]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs(
        username=username,
    )
    response = client.send(OPERATION, kwargs, options)
    return _build_response(response)


def sync(
    client: Client,
    /,
    *,
    username: str,
    options: RequestOptions | None = None,
) -> BrandedLink:
    """Get a subuser's branded link

     The branded link the parent gave the subuser.

    Args:
        username (str):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        BrandedLink
    """

    return parse_answer(
        client.send(
            OPERATION,
            _get_kwargs(
                username=username,
            ),
            options,
        ),
        _parse_response,
    )


async def asyncio_detailed(
    client: Client,
    /,
    *,
    username: str,
    options: RequestOptions | None = None,
) -> Response[BrandedLink]:
    """Get a subuser's branded link

     The branded link the parent gave the subuser.

    Args:
        username (str):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[BrandedLink]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs(
        username=username,
    )
    response = await client.asend(OPERATION, kwargs, options)
    return _build_response(response)


async def asyncio(
    client: Client,
    /,
    *,
    username: str,
    options: RequestOptions | None = None,
) -> BrandedLink:
    """Get a subuser's branded link

     The branded link the parent gave the subuser.

    Args:
        username (str):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        BrandedLink
    """

    return parse_answer(
        await client.asend(
            OPERATION,
            _get_kwargs(
                username=username,
            ),
            options,
        ),
        _parse_response,
    )
