# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.response import parse_answer
from ...client import Client
from ...models.template_version import TemplateVersion
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    name="activate_template_version",
    api="v3",
    method="POST",
    path="/v3/templates/{template_id}/versions/{version_id}/activate",
    idempotent=False,
    paginated=False,
)


def _get_kwargs(
    template_id: str,
    version_id: str,
    *,
    on_behalf_of: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(on_behalf_of, Unset):
        headers["on-behalf-of"] = on_behalf_of

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/templates/{template_id}/versions/{version_id}/activate".format(
            template_id=quote(str(template_id), safe=""),
            version_id=quote(str(version_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> TemplateVersion:
    if response.status_code == 200:
        response_200 = TemplateVersion.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[TemplateVersion]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


def sync_detailed(
    client: Client,
    /,
    template_id: str,
    version_id: str,
    *,
    on_behalf_of: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[TemplateVersion]:
    """Activate a template version

     Makes this version the one sent; the previously active one is deactivated.

    Args:
        template_id (str):
        version_id (str):
        on_behalf_of (str | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[TemplateVersion]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs(
        template_id=template_id,
        version_id=version_id,
        on_behalf_of=on_behalf_of,
    )
    response = client.send(OPERATION, kwargs, options)
    return _build_response(response)


def sync(
    client: Client,
    /,
    template_id: str,
    version_id: str,
    *,
    on_behalf_of: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> TemplateVersion:
    """Activate a template version

     Makes this version the one sent; the previously active one is deactivated.

    Args:
        template_id (str):
        version_id (str):
        on_behalf_of (str | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        TemplateVersion
    """

    return parse_answer(
        client.send(
            OPERATION,
            _get_kwargs(
                template_id=template_id,
                version_id=version_id,
                on_behalf_of=on_behalf_of,
            ),
            options,
        ),
        _parse_response,
    )


async def asyncio_detailed(
    client: Client,
    /,
    template_id: str,
    version_id: str,
    *,
    on_behalf_of: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[TemplateVersion]:
    """Activate a template version

     Makes this version the one sent; the previously active one is deactivated.

    Args:
        template_id (str):
        version_id (str):
        on_behalf_of (str | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[TemplateVersion]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs(
        template_id=template_id,
        version_id=version_id,
        on_behalf_of=on_behalf_of,
    )
    response = await client.asend(OPERATION, kwargs, options)
    return _build_response(response)


async def asyncio(
    client: Client,
    /,
    template_id: str,
    version_id: str,
    *,
    on_behalf_of: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> TemplateVersion:
    """Activate a template version

     Makes this version the one sent; the previously active one is deactivated.

    Args:
        template_id (str):
        version_id (str):
        on_behalf_of (str | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        TemplateVersion
    """

    return parse_answer(
        await client.asend(
            OPERATION,
            _get_kwargs(
                template_id=template_id,
                version_id=version_id,
                on_behalf_of=on_behalf_of,
            ),
            options,
        ),
        _parse_response,
    )
