# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.response import parse_answer
from ...client import Client
from ...models.sso_teammate import SsoTeammate
from ...models.sso_teammate_update import SsoTeammateUpdate
from ...types import Response

OPERATION = Operation(
    name="update_sso_teammate",
    api="v3",
    method="PATCH",
    path="/v3/sso/teammates/{username}",
    idempotent=False,
    paginated=False,
)


def _get_kwargs(
    username: str,
    *,
    body: SsoTeammateUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v3/sso/teammates/{username}".format(
            username=quote(str(username), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> SsoTeammate:
    if response.status_code == 200:
        response_200 = SsoTeammate.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[SsoTeammate]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


def sync_detailed(
    client: Client,
    /,
    username: str,
    *,
    body: SsoTeammateUpdate,
    options: RequestOptions | None = None,
) -> Response[SsoTeammate]:
    """Change an SSO teammate

     Changes the teammate's name, permissions or subuser access.

    Args:
        username (str):
        body (SsoTeammateUpdate):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[SsoTeammate]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs(
        username=username,
        body=body,
    )
    response = client.send(OPERATION, kwargs, options)
    return _build_response(response)


def sync(
    client: Client,
    /,
    username: str,
    *,
    body: SsoTeammateUpdate,
    options: RequestOptions | None = None,
) -> SsoTeammate:
    """Change an SSO teammate

     Changes the teammate's name, permissions or subuser access.

    Args:
        username (str):
        body (SsoTeammateUpdate):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        SsoTeammate
    """

    return parse_answer(
        client.send(
            OPERATION,
            _get_kwargs(
                username=username,
                body=body,
            ),
            options,
        ),
        _parse_response,
    )


async def asyncio_detailed(
    client: Client,
    /,
    username: str,
    *,
    body: SsoTeammateUpdate,
    options: RequestOptions | None = None,
) -> Response[SsoTeammate]:
    """Change an SSO teammate

     Changes the teammate's name, permissions or subuser access.

    Args:
        username (str):
        body (SsoTeammateUpdate):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[SsoTeammate]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs(
        username=username,
        body=body,
    )
    response = await client.asend(OPERATION, kwargs, options)
    return _build_response(response)


async def asyncio(
    client: Client,
    /,
    username: str,
    *,
    body: SsoTeammateUpdate,
    options: RequestOptions | None = None,
) -> SsoTeammate:
    """Change an SSO teammate

     Changes the teammate's name, permissions or subuser access.

    Args:
        username (str):
        body (SsoTeammateUpdate):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        SsoTeammate
    """

    return parse_answer(
        await client.asend(
            OPERATION,
            _get_kwargs(
                username=username,
                body=body,
            ),
            options,
        ),
        _parse_response,
    )
