# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.response import parse_answer
from ...client import Client
from ...models.branded_link import BrandedLink
from ...models.branded_link_subuser import BrandedLinkSubuser
from ...types import Response

OPERATION = Operation(
    name="associate_branded_link_with_subuser",
    api="v3",
    method="POST",
    path="/v3/whitelabel/links/{link_id}/subuser",
    idempotent=False,
    paginated=False,
)


def _get_kwargs(
    link_id: int,
    *,
    body: BrandedLinkSubuser,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/whitelabel/links/{link_id}/subuser".format(
            link_id=quote(str(link_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    link_id: int,
    *,
    body: BrandedLinkSubuser,
    options: RequestOptions | None = None,
) -> Response[BrandedLink]:
    """Give a branded link to a subuser

     Lets a subuser use one of the parent's validated branded links (a subuser has at most one).

    Args:
        link_id (int):
        body (BrandedLinkSubuser):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[BrandedLink]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs(
        link_id=link_id,
        body=body,
    )
    response = client.send(OPERATION, kwargs, options)
    return _build_response(response)


def sync(
    client: Client,
    /,
    link_id: int,
    *,
    body: BrandedLinkSubuser,
    options: RequestOptions | None = None,
) -> BrandedLink:
    """Give a branded link to a subuser

     Lets a subuser use one of the parent's validated branded links (a subuser has at most one).

    Args:
        link_id (int):
        body (BrandedLinkSubuser):
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
                link_id=link_id,
                body=body,
            ),
            options,
        ),
        _parse_response,
    )


async def asyncio_detailed(
    client: Client,
    /,
    link_id: int,
    *,
    body: BrandedLinkSubuser,
    options: RequestOptions | None = None,
) -> Response[BrandedLink]:
    """Give a branded link to a subuser

     Lets a subuser use one of the parent's validated branded links (a subuser has at most one).

    Args:
        link_id (int):
        body (BrandedLinkSubuser):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[BrandedLink]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs(
        link_id=link_id,
        body=body,
    )
    response = await client.asend(OPERATION, kwargs, options)
    return _build_response(response)


async def asyncio(
    client: Client,
    /,
    link_id: int,
    *,
    body: BrandedLinkSubuser,
    options: RequestOptions | None = None,
) -> BrandedLink:
    """Give a branded link to a subuser

     Lets a subuser use one of the parent's validated branded links (a subuser has at most one).

    Args:
        link_id (int):
        body (BrandedLinkSubuser):
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
                link_id=link_id,
                body=body,
            ),
            options,
        ),
        _parse_response,
    )
