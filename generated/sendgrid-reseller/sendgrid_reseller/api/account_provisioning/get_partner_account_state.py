# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions, call_options
from ..._runtime.response import parse_answer, read_json
from ..._runtime.urls import path_segment
from ...client import Client
from ...models.partner_account_state import PartnerAccountState
from ...types import Response

OPERATION = Operation(
    name="get_partner_account_state",
    api="v3",
    method="GET",
    path="/v3/partners/accounts/{accountID}/state",
    idempotent=True,
    paginated=False,
)


def _get_kwargs(
    account_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/partners/accounts/{account_id}/state".format(
            account_id=path_segment("account_id", account_id),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> PartnerAccountState:
    if response.status_code == 200:
        response_200 = PartnerAccountState.from_dict(read_json(response))

        return response_200

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[PartnerAccountState]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


def sync_detailed(
    client: Client,
    /,
    account_id: str,
    *,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[PartnerAccountState]:
    """An account's state.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: GET /v3/partners/accounts/{accountID}/state; the client adds Authorization: Bearer
    with the API key.

    Args:
        The same as `client.accounts.state.get` takes; `help()` on it describes each one.

    Returns:
        Response[PartnerAccountState]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.accounts.state.get_detailed(account_id)
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        account_id=account_id,
    )
    return _build_response(client.send(OPERATION, kwargs, options))


def sync(
    client: Client,
    /,
    account_id: str,
    *,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> PartnerAccountState:
    """An account's state.

    Whether the account is activated, deactivated, suspended, banned or indeterminate.

    Wire request: GET /v3/partners/accounts/{accountID}/state; the client adds Authorization: Bearer
    with the API key.

    Args:
        account_id (str): The `accountID` path segment. Required.
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        PartnerAccountState: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.accounts.state.get(account_id)
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        account_id=account_id,
    )
    return parse_answer(client.send(OPERATION, kwargs, options), _parse_response)


async def asyncio_detailed(
    client: Client,
    /,
    account_id: str,
    *,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[PartnerAccountState]:
    """An account's state.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: GET /v3/partners/accounts/{accountID}/state; the client adds Authorization: Bearer
    with the API key.

    Args:
        The same as `client.accounts.state.get` takes; `help()` on it describes each one.

    Returns:
        Response[PartnerAccountState]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.accounts.state.get_detailed(account_id)
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        account_id=account_id,
    )
    return _build_response(await client.asend(OPERATION, kwargs, options))


async def asyncio(
    client: Client,
    /,
    account_id: str,
    *,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> PartnerAccountState:
    """An account's state.

    Whether the account is activated, deactivated, suspended, banned or indeterminate.

    Wire request: GET /v3/partners/accounts/{accountID}/state; the client adds Authorization: Bearer
    with the API key.

    Args:
        account_id (str): The `accountID` path segment. Required.
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        PartnerAccountState: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.accounts.state.get(account_id)
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        account_id=account_id,
    )
    return parse_answer(await client.asend(OPERATION, kwargs, options), _parse_response)
