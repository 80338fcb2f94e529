# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ..._runtime.arguments import body_from_fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions, call_options
from ..._runtime.response import parse_answer, read_json
from ..._runtime.urls import path_segment
from ...client import Client
from ...models.verified_sender import VerifiedSender
from ...models.verified_sender_update import VerifiedSenderUpdate
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    name="update_verified_sender",
    api="v3",
    method="PATCH",
    path="/v3/verified_senders/{id}",
    idempotent=False,
    paginated=False,
)


def _get_kwargs(
    id: int,
    *,
    body: VerifiedSenderUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v3/verified_senders/{id}".format(
            id=path_segment("id", id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> VerifiedSender:
    if response.status_code == 200:
        response_200 = VerifiedSender.from_dict(read_json(response))

        return response_200

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[VerifiedSender]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


def sync_detailed(
    client: Client,
    /,
    id: int,
    *,
    nickname: str | Unset = UNSET,
    from_email: str | Unset = UNSET,
    from_name: str | Unset = UNSET,
    reply_to: str | Unset = UNSET,
    reply_to_name: str | Unset = UNSET,
    address: str | Unset = UNSET,
    address2: str | Unset = UNSET,
    state: str | Unset = UNSET,
    city: str | Unset = UNSET,
    zip_: str | Unset = UNSET,
    country: str | Unset = UNSET,
    body: VerifiedSenderUpdate | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[VerifiedSender]:
    """Edit a verified sender.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: PATCH /v3/verified_senders/{id}; the client adds Authorization: Bearer with the
    API key.

    Args:
        The same as `client.verified_senders.update` takes; `help()` on it describes each one.

    Returns:
        Response[VerifiedSender]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.verified_senders.update_detailed(id)
    """

    body = body_from_fields(
        OPERATION,
        VerifiedSenderUpdate,
        body,
        {
            "nickname": nickname,
            "from_email": from_email,
            "from_name": from_name,
            "reply_to": reply_to,
            "reply_to_name": reply_to_name,
            "address": address,
            "address2": address2,
            "state": state,
            "city": city,
            "zip_": zip_,
            "country": country,
        },
        (),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )
    return _build_response(client.send(OPERATION, kwargs, options))


def sync(
    client: Client,
    /,
    id: int,
    *,
    nickname: str | Unset = UNSET,
    from_email: str | Unset = UNSET,
    from_name: str | Unset = UNSET,
    reply_to: str | Unset = UNSET,
    reply_to_name: str | Unset = UNSET,
    address: str | Unset = UNSET,
    address2: str | Unset = UNSET,
    state: str | Unset = UNSET,
    city: str | Unset = UNSET,
    zip_: str | Unset = UNSET,
    country: str | Unset = UNSET,
    body: VerifiedSenderUpdate | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> VerifiedSender:
    """Edit a verified sender.

    Changes the sender's details; a changed From address must be verified again.

    Wire request: PATCH /v3/verified_senders/{id}; the client adds Authorization: Bearer with the
    API key.

    Args:
        id (int): The `id` path segment. Required.
        nickname (str | Unset): A label for the sender; not shown to recipients.
        from_email (str | Unset): The `from_email` JSON field.
        from_name (str | Unset): The `from_name` JSON field.
        reply_to (str | Unset): The `reply_to` JSON field.
        reply_to_name (str | Unset): The `reply_to_name` JSON field.
        address (str | Unset): The `address` JSON field.
        address2 (str | Unset): The `address2` JSON field.
        state (str | Unset): The `state` JSON field.
        city (str | Unset): The `city` JSON field.
        zip_ (str | Unset): The `zip` JSON field.
        country (str | Unset): The `country` JSON field.
        body (VerifiedSenderUpdate): The whole request as one model, instead of the
            fields above (not both).
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        extra_body (Mapping[str, Any] | None): More body fields for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        VerifiedSender: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.verified_senders.update(id)
    """

    body = body_from_fields(
        OPERATION,
        VerifiedSenderUpdate,
        body,
        {
            "nickname": nickname,
            "from_email": from_email,
            "from_name": from_name,
            "reply_to": reply_to,
            "reply_to_name": reply_to_name,
            "address": address,
            "address2": address2,
            "state": state,
            "city": city,
            "zip_": zip_,
            "country": country,
        },
        (),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )
    return parse_answer(client.send(OPERATION, kwargs, options), _parse_response)


async def asyncio_detailed(
    client: Client,
    /,
    id: int,
    *,
    nickname: str | Unset = UNSET,
    from_email: str | Unset = UNSET,
    from_name: str | Unset = UNSET,
    reply_to: str | Unset = UNSET,
    reply_to_name: str | Unset = UNSET,
    address: str | Unset = UNSET,
    address2: str | Unset = UNSET,
    state: str | Unset = UNSET,
    city: str | Unset = UNSET,
    zip_: str | Unset = UNSET,
    country: str | Unset = UNSET,
    body: VerifiedSenderUpdate | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[VerifiedSender]:
    """Edit a verified sender.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: PATCH /v3/verified_senders/{id}; the client adds Authorization: Bearer with the
    API key.

    Args:
        The same as `client.verified_senders.update` takes; `help()` on it describes each one.

    Returns:
        Response[VerifiedSender]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.verified_senders.update_detailed(id)
    """

    body = body_from_fields(
        OPERATION,
        VerifiedSenderUpdate,
        body,
        {
            "nickname": nickname,
            "from_email": from_email,
            "from_name": from_name,
            "reply_to": reply_to,
            "reply_to_name": reply_to_name,
            "address": address,
            "address2": address2,
            "state": state,
            "city": city,
            "zip_": zip_,
            "country": country,
        },
        (),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )
    return _build_response(await client.asend(OPERATION, kwargs, options))


async def asyncio(
    client: Client,
    /,
    id: int,
    *,
    nickname: str | Unset = UNSET,
    from_email: str | Unset = UNSET,
    from_name: str | Unset = UNSET,
    reply_to: str | Unset = UNSET,
    reply_to_name: str | Unset = UNSET,
    address: str | Unset = UNSET,
    address2: str | Unset = UNSET,
    state: str | Unset = UNSET,
    city: str | Unset = UNSET,
    zip_: str | Unset = UNSET,
    country: str | Unset = UNSET,
    body: VerifiedSenderUpdate | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> VerifiedSender:
    """Edit a verified sender.

    Changes the sender's details; a changed From address must be verified again.

    Wire request: PATCH /v3/verified_senders/{id}; the client adds Authorization: Bearer with the
    API key.

    Args:
        id (int): The `id` path segment. Required.
        nickname (str | Unset): A label for the sender; not shown to recipients.
        from_email (str | Unset): The `from_email` JSON field.
        from_name (str | Unset): The `from_name` JSON field.
        reply_to (str | Unset): The `reply_to` JSON field.
        reply_to_name (str | Unset): The `reply_to_name` JSON field.
        address (str | Unset): The `address` JSON field.
        address2 (str | Unset): The `address2` JSON field.
        state (str | Unset): The `state` JSON field.
        city (str | Unset): The `city` JSON field.
        zip_ (str | Unset): The `zip` JSON field.
        country (str | Unset): The `country` JSON field.
        body (VerifiedSenderUpdate): The whole request as one model, instead of the
            fields above (not both).
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        extra_body (Mapping[str, Any] | None): More body fields for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        VerifiedSender: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.verified_senders.update(id)
    """

    body = body_from_fields(
        OPERATION,
        VerifiedSenderUpdate,
        body,
        {
            "nickname": nickname,
            "from_email": from_email,
            "from_name": from_name,
            "reply_to": reply_to,
            "reply_to_name": reply_to_name,
            "address": address,
            "address2": address2,
            "state": state,
            "city": city,
            "zip_": zip_,
            "country": country,
        },
        (),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )
    return parse_answer(await client.asend(OPERATION, kwargs, options), _parse_response)
