# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.response import parse_answer
from ...client import Client
from ...models.teammate_subuser_access_page import TeammateSubuserAccessPage
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    name="list_teammate_subuser_access",
    api="v3",
    method="GET",
    path="/v3/teammates/{teammate_name}/subuser_access",
    idempotent=True,
    paginated=False,
)


def _get_kwargs(
    teammate_name: str,
    *,
    after_subuser_id: int | Unset = UNSET,
    limit: int | Unset = 100,
    username: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["after_subuser_id"] = after_subuser_id

    params["limit"] = limit

    params["username"] = username

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/teammates/{teammate_name}/subuser_access".format(
            teammate_name=quote(str(teammate_name), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> TeammateSubuserAccessPage:
    if response.status_code == 200:
        response_200 = TeammateSubuserAccessPage.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[TeammateSubuserAccessPage]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


def sync_detailed(
    client: Client,
    /,
    teammate_name: str,
    *,
    after_subuser_id: int | Unset = UNSET,
    limit: int | Unset = 100,
    username: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[TeammateSubuserAccessPage]:
    """A teammate's subuser access

     The subusers a teammate may act for and with which permission. Pages by subuser id: the answer's
    `_metadata.next_params` holds the parameters of the next request.

    Args:
        teammate_name (str):
        after_subuser_id (int | Unset):
        limit (int | Unset):  Default: 100.
        username (str | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[TeammateSubuserAccessPage]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs(
        teammate_name=teammate_name,
        after_subuser_id=after_subuser_id,
        limit=limit,
        username=username,
    )
    response = client.send(OPERATION, kwargs, options)
    return _build_response(response)


def sync(
    client: Client,
    /,
    teammate_name: str,
    *,
    after_subuser_id: int | Unset = UNSET,
    limit: int | Unset = 100,
    username: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> TeammateSubuserAccessPage:
    """A teammate's subuser access

     The subusers a teammate may act for and with which permission. Pages by subuser id: the answer's
    `_metadata.next_params` holds the parameters of the next request.

    Args:
        teammate_name (str):
        after_subuser_id (int | Unset):
        limit (int | Unset):  Default: 100.
        username (str | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        TeammateSubuserAccessPage
    """

    return parse_answer(
        client.send(
            OPERATION,
            _get_kwargs(
                teammate_name=teammate_name,
                after_subuser_id=after_subuser_id,
                limit=limit,
                username=username,
            ),
            options,
        ),
        _parse_response,
    )


async def asyncio_detailed(
    client: Client,
    /,
    teammate_name: str,
    *,
    after_subuser_id: int | Unset = UNSET,
    limit: int | Unset = 100,
    username: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[TeammateSubuserAccessPage]:
    """A teammate's subuser access

     The subusers a teammate may act for and with which permission. Pages by subuser id: the answer's
    `_metadata.next_params` holds the parameters of the next request.

    Args:
        teammate_name (str):
        after_subuser_id (int | Unset):
        limit (int | Unset):  Default: 100.
        username (str | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[TeammateSubuserAccessPage]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs(
        teammate_name=teammate_name,
        after_subuser_id=after_subuser_id,
        limit=limit,
        username=username,
    )
    response = await client.asend(OPERATION, kwargs, options)
    return _build_response(response)


async def asyncio(
    client: Client,
    /,
    teammate_name: str,
    *,
    after_subuser_id: int | Unset = UNSET,
    limit: int | Unset = 100,
    username: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> TeammateSubuserAccessPage:
    """A teammate's subuser access

     The subusers a teammate may act for and with which permission. Pages by subuser id: the answer's
    `_metadata.next_params` holds the parameters of the next request.

    Args:
        teammate_name (str):
        after_subuser_id (int | Unset):
        limit (int | Unset):  Default: 100.
        username (str | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        TeammateSubuserAccessPage
    """

    return parse_answer(
        await client.asend(
            OPERATION,
            _get_kwargs(
                teammate_name=teammate_name,
                after_subuser_id=after_subuser_id,
                limit=limit,
                username=username,
            ),
            options,
        ),
        _parse_response,
    )
