# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions, call_options
from ..._runtime.response import parse_answer, read_json
from ...client import Client
from ...models.subuser_reputation import SubuserReputation
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    name="list_subuser_reputations",
    api="v3",
    method="GET",
    path="/v3/subusers/reputations",
    idempotent=True,
    paginated=False,
)


def _get_kwargs(
    *,
    usernames: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_usernames: list[str] | Unset = UNSET
    if not isinstance(usernames, Unset):
        json_usernames = usernames

    params["usernames"] = json_usernames

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/subusers/reputations",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> list[SubuserReputation]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = read_json(response)
        for response_200_item_data in _response_200:
            response_200_item = SubuserReputation.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[list[SubuserReputation]]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


def sync_detailed(
    client: Client,
    /,
    *,
    usernames: list[str] | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[list[SubuserReputation]]:
    """Subuser sender reputations.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: GET /v3/subusers/reputations; the client adds Authorization: Bearer with the API
    key.

    Args:
        The same as `client.subusers.reputations.list` takes; `help()` on it describes each one.

    Returns:
        Response[list[SubuserReputation]]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.subusers.reputations.list_detailed()
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        usernames=usernames,
    )
    return _build_response(client.send(OPERATION, kwargs, options))


def sync(
    client: Client,
    /,
    *,
    usernames: list[str] | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> list[SubuserReputation]:
    """Subuser sender reputations.

    The sender reputation score (0-100) of each named subuser, or of all subusers when none is
    named.

    Wire request: GET /v3/subusers/reputations; the client adds Authorization: Bearer with the API
    key.

    Args:
        usernames (list[str] | Unset): Subusers to report on; repeat the key for several.
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        list[SubuserReputation]: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.subusers.reputations.list()
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        usernames=usernames,
    )
    return parse_answer(client.send(OPERATION, kwargs, options), _parse_response)


async def asyncio_detailed(
    client: Client,
    /,
    *,
    usernames: list[str] | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[list[SubuserReputation]]:
    """Subuser sender reputations.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: GET /v3/subusers/reputations; the client adds Authorization: Bearer with the API
    key.

    Args:
        The same as `client.subusers.reputations.list` takes; `help()` on it describes each one.

    Returns:
        Response[list[SubuserReputation]]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.subusers.reputations.list_detailed()
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        usernames=usernames,
    )
    return _build_response(await client.asend(OPERATION, kwargs, options))


async def asyncio(
    client: Client,
    /,
    *,
    usernames: list[str] | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> list[SubuserReputation]:
    """Subuser sender reputations.

    The sender reputation score (0-100) of each named subuser, or of all subusers when none is
    named.

    Wire request: GET /v3/subusers/reputations; the client adds Authorization: Bearer with the API
    key.

    Args:
        usernames (list[str] | Unset): Subusers to report on; repeat the key for several.
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        list[SubuserReputation]: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.subusers.reputations.list()
    """

    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=None, timeout=timeout
    )

    kwargs = _get_kwargs(
        usernames=usernames,
    )
    return parse_answer(await client.asend(OPERATION, kwargs, options), _parse_response)
