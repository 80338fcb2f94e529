# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from typing import Any

import httpx

from ... import errors
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.response import parse_answer
from ...client import Client
from ...models.branded_link import BrandedLink
from ...models.create_branded_link_request import CreateBrandedLinkRequest
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    name="create_branded_link",
    api="v3",
    method="POST",
    path="/v3/whitelabel/links",
    idempotent=False,
    paginated=False,
)


def _get_kwargs(
    *,
    body: CreateBrandedLinkRequest,
    on_behalf_of: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(on_behalf_of, Unset):
        headers["on-behalf-of"] = on_behalf_of

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/whitelabel/links",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> BrandedLink:
    if response.status_code == 201:
        response_201 = BrandedLink.from_dict(response.json())

        return response_201

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[BrandedLink]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


def sync_detailed(
    client: Client,
    /,
    *,
    body: CreateBrandedLinkRequest,
    on_behalf_of: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[BrandedLink]:
    """Create a branded link

     Brands tracked links with a domain (and subdomain); the answer holds the CNAMEs to publish.

    Args:
        on_behalf_of (str | Unset):
        body (CreateBrandedLinkRequest):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[BrandedLink]: the decoded body with status, headers and rate limit.
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
    body: CreateBrandedLinkRequest,
    on_behalf_of: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> BrandedLink:
    """Create a branded link

     Brands tracked links with a domain (and subdomain); the answer holds the CNAMEs to publish.

    Args:
        on_behalf_of (str | Unset):
        body (CreateBrandedLinkRequest):
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
    body: CreateBrandedLinkRequest,
    on_behalf_of: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[BrandedLink]:
    """Create a branded link

     Brands tracked links with a domain (and subdomain); the answer holds the CNAMEs to publish.

    Args:
        on_behalf_of (str | Unset):
        body (CreateBrandedLinkRequest):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[BrandedLink]: the decoded body with status, headers and rate limit.
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
    body: CreateBrandedLinkRequest,
    on_behalf_of: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> BrandedLink:
    """Create a branded link

     Brands tracked links with a domain (and subdomain); the answer holds the CNAMEs to publish.

    Args:
        on_behalf_of (str | Unset):
        body (CreateBrandedLinkRequest):
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
                body=body,
                on_behalf_of=on_behalf_of,
            ),
            options,
        ),
        _parse_response,
    )
