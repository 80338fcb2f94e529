# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from typing import Any

import httpx

from ... import errors
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.response import parse_answer
from ...client import Client
from ...models.list_templates_generations import ListTemplatesGenerations
from ...models.template_page import TemplatePage
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    name="list_templates",
    api="v3",
    method="GET",
    path="/v3/templates",
    idempotent=True,
    paginated=False,
)


def _get_kwargs(
    *,
    generations: ListTemplatesGenerations | Unset = UNSET,
    page_size: int,
    page_token: str | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(on_behalf_of, Unset):
        headers["on-behalf-of"] = on_behalf_of

    params: dict[str, Any] = {}

    json_generations: str | Unset = UNSET
    if not isinstance(generations, Unset):
        json_generations = generations

    params["generations"] = json_generations

    params["page_size"] = page_size

    params["page_token"] = page_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/templates",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> TemplatePage:
    if response.status_code == 200:
        response_200 = TemplatePage.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[TemplatePage]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


def sync_detailed(
    client: Client,
    /,
    *,
    generations: ListTemplatesGenerations | Unset = UNSET,
    page_size: int,
    page_token: str | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[TemplatePage]:
    """List templates

     The account's templates, a page at a time; `_metadata.next` is the next page's URL.

    Args:
        generations (ListTemplatesGenerations | Unset):
        page_size (int):
        page_token (str | Unset):
        on_behalf_of (str | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[TemplatePage]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs(
        generations=generations,
        page_size=page_size,
        page_token=page_token,
        on_behalf_of=on_behalf_of,
    )
    response = client.send(OPERATION, kwargs, options)
    return _build_response(response)


def sync(
    client: Client,
    /,
    *,
    generations: ListTemplatesGenerations | Unset = UNSET,
    page_size: int,
    page_token: str | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> TemplatePage:
    """List templates

     The account's templates, a page at a time; `_metadata.next` is the next page's URL.

    Args:
        generations (ListTemplatesGenerations | Unset):
        page_size (int):
        page_token (str | Unset):
        on_behalf_of (str | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        TemplatePage
    """

    return parse_answer(
        client.send(
            OPERATION,
            _get_kwargs(
                generations=generations,
                page_size=page_size,
                page_token=page_token,
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
    generations: ListTemplatesGenerations | Unset = UNSET,
    page_size: int,
    page_token: str | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[TemplatePage]:
    """List templates

     The account's templates, a page at a time; `_metadata.next` is the next page's URL.

    Args:
        generations (ListTemplatesGenerations | Unset):
        page_size (int):
        page_token (str | Unset):
        on_behalf_of (str | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[TemplatePage]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs(
        generations=generations,
        page_size=page_size,
        page_token=page_token,
        on_behalf_of=on_behalf_of,
    )
    response = await client.asend(OPERATION, kwargs, options)
    return _build_response(response)


async def asyncio(
    client: Client,
    /,
    *,
    generations: ListTemplatesGenerations | Unset = UNSET,
    page_size: int,
    page_token: str | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> TemplatePage:
    """List templates

     The account's templates, a page at a time; `_metadata.next` is the next page's URL.

    Args:
        generations (ListTemplatesGenerations | Unset):
        page_size (int):
        page_token (str | Unset):
        on_behalf_of (str | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        TemplatePage
    """

    return parse_answer(
        await client.asend(
            OPERATION,
            _get_kwargs(
                generations=generations,
                page_size=page_size,
                page_token=page_token,
                on_behalf_of=on_behalf_of,
            ),
            options,
        ),
        _parse_response,
    )
