# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from collections.abc import Mapping
from typing import Any, cast, overload

import httpx

from ... import errors
from ..._runtime.arguments import body_from_fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions, call_options
from ..._runtime.response import parse_answer, read_json
from ..._runtime.urls import path_segment
from ...client import Client
from ...models.recipient_email_list import RecipientEmailList
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    name="search_group_suppressions",
    api="v3",
    method="POST",
    path="/v3/asm/groups/{group_id}/suppressions/search",
    idempotent=False,
    paginated=False,
)


def _get_kwargs(
    group_id: int,
    *,
    body: RecipientEmailList,
    on_behalf_of: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(on_behalf_of, Unset):
        headers["on-behalf-of"] = on_behalf_of

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/asm/groups/{group_id}/suppressions/search".format(
            group_id=path_segment("group_id", group_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> list[str]:
    if response.status_code == 200:
        response_200 = cast(list[str], read_json(response))

        return response_200

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[list[str]]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


@overload
def sync_detailed(
    client: Client,
    /,
    group_id: int,
    *,
    recipient_emails: list[str],
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[list[str]]: ...


@overload
def sync_detailed(
    client: Client,
    /,
    group_id: int,
    *,
    body: RecipientEmailList,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[list[str]]: ...


def sync_detailed(
    client: Client,
    /,
    group_id: int,
    *,
    recipient_emails: list[str] | Unset = UNSET,
    body: RecipientEmailList | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[list[str]]:
    """Which of these addresses are in an unsubscribe group.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: POST /v3/asm/groups/{group_id}/suppressions/search; the client adds Authorization:
    Bearer with the API key.

    Args:
        The same as `client.suppressions.groups.suppressions.search` takes; `help()` on it describes each one.

    Returns:
        Response[list[str]]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.suppressions.groups.suppressions.search_detailed(group_id, recipient_emails=recipient_emails)
    """

    return _sync_detailed_impl(
        client,
        recipient_emails=recipient_emails,
        group_id=group_id,
        body=body,
        on_behalf_of=on_behalf_of,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        options=options,
    )


def _sync_detailed_impl(
    client: Client,
    /,
    group_id: int,
    *,
    recipient_emails: list[str] | Unset = UNSET,
    body: RecipientEmailList | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[list[str]]:
    body = body_from_fields(
        OPERATION,
        RecipientEmailList,
        body,
        {
            "recipient_emails": recipient_emails,
        },
        ("recipient_emails",),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        group_id=group_id,
        body=body,
        on_behalf_of=on_behalf_of,
    )
    return _build_response(client.send(OPERATION, kwargs, options))


@overload
def sync(
    client: Client,
    /,
    group_id: int,
    *,
    recipient_emails: list[str],
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> list[str]: ...


@overload
def sync(
    client: Client,
    /,
    group_id: int,
    *,
    body: RecipientEmailList,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> list[str]: ...


def sync(
    client: Client,
    /,
    group_id: int,
    *,
    recipient_emails: list[str] | Unset = UNSET,
    body: RecipientEmailList | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> list[str]:
    """Which of these addresses are in an unsubscribe group.

    Returns the subset of the given addresses that are unsubscribed from the group.

    Wire request: POST /v3/asm/groups/{group_id}/suppressions/search; the client adds Authorization:
    Bearer with the API key.

    Args:
        group_id (int): The `group_id` path segment. Required.
        recipient_emails (list[str]): The `recipient_emails` JSON field. Required.
        body (RecipientEmailList): The whole request as one model, instead of the
            fields above (not both).
        on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
            of the v2 "user" field.
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        extra_body (Mapping[str, Any] | None): More body fields for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        list[str]: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.suppressions.groups.suppressions.search(group_id, recipient_emails=recipient_emails)
    """

    return _sync_impl(
        client,
        recipient_emails=recipient_emails,
        group_id=group_id,
        body=body,
        on_behalf_of=on_behalf_of,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        options=options,
    )


def _sync_impl(
    client: Client,
    /,
    group_id: int,
    *,
    recipient_emails: list[str] | Unset = UNSET,
    body: RecipientEmailList | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> list[str]:
    body = body_from_fields(
        OPERATION,
        RecipientEmailList,
        body,
        {
            "recipient_emails": recipient_emails,
        },
        ("recipient_emails",),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        group_id=group_id,
        body=body,
        on_behalf_of=on_behalf_of,
    )
    return parse_answer(client.send(OPERATION, kwargs, options), _parse_response)


@overload
async def asyncio_detailed(
    client: Client,
    /,
    group_id: int,
    *,
    recipient_emails: list[str],
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[list[str]]: ...


@overload
async def asyncio_detailed(
    client: Client,
    /,
    group_id: int,
    *,
    body: RecipientEmailList,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[list[str]]: ...


async def asyncio_detailed(
    client: Client,
    /,
    group_id: int,
    *,
    recipient_emails: list[str] | Unset = UNSET,
    body: RecipientEmailList | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[list[str]]:
    """Which of these addresses are in an unsubscribe group.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: POST /v3/asm/groups/{group_id}/suppressions/search; the client adds Authorization:
    Bearer with the API key.

    Args:
        The same as `client.suppressions.groups.suppressions.search` takes; `help()` on it describes each one.

    Returns:
        Response[list[str]]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.suppressions.groups.suppressions.search_detailed(group_id, recipient_emails=recipient_emails)
    """

    return await _asyncio_detailed_impl(
        client,
        recipient_emails=recipient_emails,
        group_id=group_id,
        body=body,
        on_behalf_of=on_behalf_of,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        options=options,
    )


async def _asyncio_detailed_impl(
    client: Client,
    /,
    group_id: int,
    *,
    recipient_emails: list[str] | Unset = UNSET,
    body: RecipientEmailList | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[list[str]]:
    body = body_from_fields(
        OPERATION,
        RecipientEmailList,
        body,
        {
            "recipient_emails": recipient_emails,
        },
        ("recipient_emails",),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        group_id=group_id,
        body=body,
        on_behalf_of=on_behalf_of,
    )
    return _build_response(await client.asend(OPERATION, kwargs, options))


@overload
async def asyncio(
    client: Client,
    /,
    group_id: int,
    *,
    recipient_emails: list[str],
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> list[str]: ...


@overload
async def asyncio(
    client: Client,
    /,
    group_id: int,
    *,
    body: RecipientEmailList,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> list[str]: ...


async def asyncio(
    client: Client,
    /,
    group_id: int,
    *,
    recipient_emails: list[str] | Unset = UNSET,
    body: RecipientEmailList | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> list[str]:
    """Which of these addresses are in an unsubscribe group.

    Returns the subset of the given addresses that are unsubscribed from the group.

    Wire request: POST /v3/asm/groups/{group_id}/suppressions/search; the client adds Authorization:
    Bearer with the API key.

    Args:
        group_id (int): The `group_id` path segment. Required.
        recipient_emails (list[str]): The `recipient_emails` JSON field. Required.
        body (RecipientEmailList): The whole request as one model, instead of the
            fields above (not both).
        on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
            of the v2 "user" field.
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        extra_body (Mapping[str, Any] | None): More body fields for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        list[str]: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.suppressions.groups.suppressions.search(group_id, recipient_emails=recipient_emails)
    """

    return await _asyncio_impl(
        client,
        recipient_emails=recipient_emails,
        group_id=group_id,
        body=body,
        on_behalf_of=on_behalf_of,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        options=options,
    )


async def _asyncio_impl(
    client: Client,
    /,
    group_id: int,
    *,
    recipient_emails: list[str] | Unset = UNSET,
    body: RecipientEmailList | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> list[str]:
    body = body_from_fields(
        OPERATION,
        RecipientEmailList,
        body,
        {
            "recipient_emails": recipient_emails,
        },
        ("recipient_emails",),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        group_id=group_id,
        body=body,
        on_behalf_of=on_behalf_of,
    )
    return parse_answer(await client.asend(OPERATION, kwargs, options), _parse_response)
