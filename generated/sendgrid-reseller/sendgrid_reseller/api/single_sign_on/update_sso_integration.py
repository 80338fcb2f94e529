# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.response import parse_answer
from ...client import Client
from ...models.sso_integration import SsoIntegration
from ...models.sso_integration_settings import SsoIntegrationSettings
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    name="update_sso_integration",
    api="v3",
    method="PATCH",
    path="/v3/sso/integrations/{id}",
    idempotent=False,
    paginated=False,
)


def _get_kwargs(
    id: str,
    *,
    body: SsoIntegrationSettings,
    si: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["si"] = si

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v3/sso/integrations/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> SsoIntegration:
    if response.status_code == 200:
        response_200 = SsoIntegration.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[SsoIntegration]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


def sync_detailed(
    client: Client,
    /,
    id: str,
    *,
    body: SsoIntegrationSettings,
    si: bool | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[SsoIntegration]:
    """Change an SSO integration

     Replaces the integration's settings.

    Args:
        id (str):
        si (bool | Unset):
        body (SsoIntegrationSettings):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[SsoIntegration]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        si=si,
    )
    response = client.send(OPERATION, kwargs, options)
    return _build_response(response)


def sync(
    client: Client,
    /,
    id: str,
    *,
    body: SsoIntegrationSettings,
    si: bool | Unset = UNSET,
    options: RequestOptions | None = None,
) -> SsoIntegration:
    """Change an SSO integration

     Replaces the integration's settings.

    Args:
        id (str):
        si (bool | Unset):
        body (SsoIntegrationSettings):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        SsoIntegration
    """

    return parse_answer(
        client.send(
            OPERATION,
            _get_kwargs(
                id=id,
                body=body,
                si=si,
            ),
            options,
        ),
        _parse_response,
    )


async def asyncio_detailed(
    client: Client,
    /,
    id: str,
    *,
    body: SsoIntegrationSettings,
    si: bool | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[SsoIntegration]:
    """Change an SSO integration

     Replaces the integration's settings.

    Args:
        id (str):
        si (bool | Unset):
        body (SsoIntegrationSettings):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[SsoIntegration]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        si=si,
    )
    response = await client.asend(OPERATION, kwargs, options)
    return _build_response(response)


async def asyncio(
    client: Client,
    /,
    id: str,
    *,
    body: SsoIntegrationSettings,
    si: bool | Unset = UNSET,
    options: RequestOptions | None = None,
) -> SsoIntegration:
    """Change an SSO integration

     Replaces the integration's settings.

    Args:
        id (str):
        si (bool | Unset):
        body (SsoIntegrationSettings):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        SsoIntegration
    """

    return parse_answer(
        await client.asend(
            OPERATION,
            _get_kwargs(
                id=id,
                body=body,
                si=si,
            ),
            options,
        ),
        _parse_response,
    )
