# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions, call_options
from ..._runtime.response import parse_answer
from ..._runtime.urls import path_segment
from ...client import Client
from ...types import Response

OPERATION = Operation(
    name="authenticate_partner_account",
    api="v3",
    method="POST",
    path="/v3/partners/accounts/{accountID}/sso",
    idempotent=False,
    paginated=False,
    redirect=True,
)


def _get_kwargs(
    account_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/partners/accounts/{account_id}/sso".format(
            account_id=path_segment("account_id", account_id),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> str:
    if response.status_code == 303:
        return str(response.headers.get("Location", ""))

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[str]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


def sync_detailed(
    client: Client,
    /,
    account_id: str,
    *,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[str]:
    """Sign in to a customer account.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: POST /v3/partners/accounts/{accountID}/sso; the client adds Authorization: Bearer
    with the API key.

    Args:
        The same as `client.accounts.sso_login` takes; `help()` on it describes each one.

    Returns:
        Response[str]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.accounts.sso_login_detailed(account_id)
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
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
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> str:
    """Sign in to a customer account.

    Signs the partner's SSO admin identity in to the customer account: the answer is a 303 redirect
    whose Location opens app.sendgrid.com. Teammates and subusers sign in themselves.

    Wire request: POST /v3/partners/accounts/{accountID}/sso; the client adds Authorization: Bearer
    with the API key.

    Args:
        account_id (str): The `accountID` path segment. Required.
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        extra_body (Mapping[str, Any] | None): More body fields for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        str: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.accounts.sso_login(account_id)
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
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
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[str]:
    """Sign in to a customer account.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: POST /v3/partners/accounts/{accountID}/sso; the client adds Authorization: Bearer
    with the API key.

    Args:
        The same as `client.accounts.sso_login` takes; `help()` on it describes each one.

    Returns:
        Response[str]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.accounts.sso_login_detailed(account_id)
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
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
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> str:
    """Sign in to a customer account.

    Signs the partner's SSO admin identity in to the customer account: the answer is a 303 redirect
    whose Location opens app.sendgrid.com. Teammates and subusers sign in themselves.

    Wire request: POST /v3/partners/accounts/{accountID}/sso; the client adds Authorization: Bearer
    with the API key.

    Args:
        account_id (str): The `accountID` path segment. Required.
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        extra_body (Mapping[str, Any] | None): More body fields for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        str: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.accounts.sso_login(account_id)
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        account_id=account_id,
    )
    return parse_answer(await client.asend(OPERATION, kwargs, options), _parse_response)
