# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from collections.abc import Mapping
from typing import Any, overload

import httpx

from ... import errors
from ..._runtime.arguments import body_from_fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions, call_options
from ..._runtime.response import parse_answer, read_json
from ...client import Client
from ...models.verified_sender import VerifiedSender
from ...models.verified_sender_request import VerifiedSenderRequest
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    name="create_verified_sender",
    api="v3",
    method="POST",
    path="/v3/verified_senders",
    idempotent=False,
    paginated=False,
)


def _get_kwargs(
    *,
    body: VerifiedSenderRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/verified_senders",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> VerifiedSender:
    if response.status_code == 201:
        response_201 = VerifiedSender.from_dict(read_json(response))

        return response_201

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[VerifiedSender]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


@overload
def sync_detailed(
    client: Client,
    /,
    *,
    nickname: str,
    from_email: str,
    reply_to: str,
    from_name: str | Unset = UNSET,
    reply_to_name: str | Unset = UNSET,
    address: str | Unset = UNSET,
    address2: str | Unset = UNSET,
    state: str | Unset = UNSET,
    city: str | Unset = UNSET,
    zip_: str | Unset = UNSET,
    country: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[VerifiedSender]: ...


@overload
def sync_detailed(
    client: Client,
    /,
    *,
    body: VerifiedSenderRequest,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[VerifiedSender]: ...


def sync_detailed(
    client: Client,
    /,
    *,
    nickname: str | Unset = UNSET,
    from_email: str | Unset = UNSET,
    reply_to: str | Unset = UNSET,
    from_name: str | Unset = UNSET,
    reply_to_name: str | Unset = UNSET,
    address: str | Unset = UNSET,
    address2: str | Unset = UNSET,
    state: str | Unset = UNSET,
    city: str | Unset = UNSET,
    zip_: str | Unset = UNSET,
    country: str | Unset = UNSET,
    body: VerifiedSenderRequest | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[VerifiedSender]:
    """Create a verified sender request.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: POST /v3/verified_senders; the client adds Authorization: Bearer with the API key.

    Args:
        The same as `client.verified_senders.create` takes; `help()` on it describes each one.

    Returns:
        Response[VerifiedSender]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.verified_senders.create_detailed(nickname=nickname, from_email=from_email, reply_to=reply_to)
    """

    return _sync_detailed_impl(
        client,
        nickname=nickname,
        from_email=from_email,
        reply_to=reply_to,
        from_name=from_name,
        reply_to_name=reply_to_name,
        address=address,
        address2=address2,
        state=state,
        city=city,
        zip_=zip_,
        country=country,
        body=body,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        options=options,
    )


def _sync_detailed_impl(
    client: Client,
    /,
    *,
    nickname: str | Unset = UNSET,
    from_email: str | Unset = UNSET,
    reply_to: str | Unset = UNSET,
    from_name: str | Unset = UNSET,
    reply_to_name: str | Unset = UNSET,
    address: str | Unset = UNSET,
    address2: str | Unset = UNSET,
    state: str | Unset = UNSET,
    city: str | Unset = UNSET,
    zip_: str | Unset = UNSET,
    country: str | Unset = UNSET,
    body: VerifiedSenderRequest | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[VerifiedSender]:
    body = body_from_fields(
        OPERATION,
        VerifiedSenderRequest,
        body,
        {
            "nickname": nickname,
            "from_email": from_email,
            "reply_to": reply_to,
            "from_name": from_name,
            "reply_to_name": reply_to_name,
            "address": address,
            "address2": address2,
            "state": state,
            "city": city,
            "zip_": zip_,
            "country": country,
        },
        (
            "nickname",
            "from_email",
            "reply_to",
        ),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        body=body,
    )
    return _build_response(client.send(OPERATION, kwargs, options))


@overload
def sync(
    client: Client,
    /,
    *,
    nickname: str,
    from_email: str,
    reply_to: str,
    from_name: str | Unset = UNSET,
    reply_to_name: str | Unset = UNSET,
    address: str | Unset = UNSET,
    address2: str | Unset = UNSET,
    state: str | Unset = UNSET,
    city: str | Unset = UNSET,
    zip_: str | Unset = UNSET,
    country: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> VerifiedSender: ...


@overload
def sync(
    client: Client,
    /,
    *,
    body: VerifiedSenderRequest,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> VerifiedSender: ...


def sync(
    client: Client,
    /,
    *,
    nickname: str | Unset = UNSET,
    from_email: str | Unset = UNSET,
    reply_to: str | Unset = UNSET,
    from_name: str | Unset = UNSET,
    reply_to_name: str | Unset = UNSET,
    address: str | Unset = UNSET,
    address2: str | Unset = UNSET,
    state: str | Unset = UNSET,
    city: str | Unset = UNSET,
    zip_: str | Unset = UNSET,
    country: str | Unset = UNSET,
    body: VerifiedSenderRequest | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> VerifiedSender:
    """Create a verified sender request.

    Registers a From address and mails it a verification link; it can send once the link is
    followed.

    Wire request: POST /v3/verified_senders; the client adds Authorization: Bearer with the API key.

    Args:
        nickname (str): A label for the sender; not shown to recipients. Required.
        from_email (str): The `from_email` JSON field. Required.
        reply_to (str): The `reply_to` JSON field. Required.
        from_name (str | Unset): The `from_name` JSON field.
        reply_to_name (str | Unset): The `reply_to_name` JSON field.
        address (str | Unset): The `address` JSON field.
        address2 (str | Unset): The `address2` JSON field.
        state (str | Unset): The `state` JSON field.
        city (str | Unset): The `city` JSON field.
        zip_ (str | Unset): The `zip` JSON field.
        country (str | Unset): The `country` JSON field.
        body (VerifiedSenderRequest): The whole request as one model, instead of the
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

        result = client.verified_senders.create(nickname=nickname, from_email=from_email, reply_to=reply_to)
    """

    return _sync_impl(
        client,
        nickname=nickname,
        from_email=from_email,
        reply_to=reply_to,
        from_name=from_name,
        reply_to_name=reply_to_name,
        address=address,
        address2=address2,
        state=state,
        city=city,
        zip_=zip_,
        country=country,
        body=body,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        options=options,
    )


def _sync_impl(
    client: Client,
    /,
    *,
    nickname: str | Unset = UNSET,
    from_email: str | Unset = UNSET,
    reply_to: str | Unset = UNSET,
    from_name: str | Unset = UNSET,
    reply_to_name: str | Unset = UNSET,
    address: str | Unset = UNSET,
    address2: str | Unset = UNSET,
    state: str | Unset = UNSET,
    city: str | Unset = UNSET,
    zip_: str | Unset = UNSET,
    country: str | Unset = UNSET,
    body: VerifiedSenderRequest | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> VerifiedSender:
    body = body_from_fields(
        OPERATION,
        VerifiedSenderRequest,
        body,
        {
            "nickname": nickname,
            "from_email": from_email,
            "reply_to": reply_to,
            "from_name": from_name,
            "reply_to_name": reply_to_name,
            "address": address,
            "address2": address2,
            "state": state,
            "city": city,
            "zip_": zip_,
            "country": country,
        },
        (
            "nickname",
            "from_email",
            "reply_to",
        ),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        body=body,
    )
    return parse_answer(client.send(OPERATION, kwargs, options), _parse_response)


@overload
async def asyncio_detailed(
    client: Client,
    /,
    *,
    nickname: str,
    from_email: str,
    reply_to: str,
    from_name: str | Unset = UNSET,
    reply_to_name: str | Unset = UNSET,
    address: str | Unset = UNSET,
    address2: str | Unset = UNSET,
    state: str | Unset = UNSET,
    city: str | Unset = UNSET,
    zip_: str | Unset = UNSET,
    country: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[VerifiedSender]: ...


@overload
async def asyncio_detailed(
    client: Client,
    /,
    *,
    body: VerifiedSenderRequest,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[VerifiedSender]: ...


async def asyncio_detailed(
    client: Client,
    /,
    *,
    nickname: str | Unset = UNSET,
    from_email: str | Unset = UNSET,
    reply_to: str | Unset = UNSET,
    from_name: str | Unset = UNSET,
    reply_to_name: str | Unset = UNSET,
    address: str | Unset = UNSET,
    address2: str | Unset = UNSET,
    state: str | Unset = UNSET,
    city: str | Unset = UNSET,
    zip_: str | Unset = UNSET,
    country: str | Unset = UNSET,
    body: VerifiedSenderRequest | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[VerifiedSender]:
    """Create a verified sender request.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: POST /v3/verified_senders; the client adds Authorization: Bearer with the API key.

    Args:
        The same as `client.verified_senders.create` takes; `help()` on it describes each one.

    Returns:
        Response[VerifiedSender]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.verified_senders.create_detailed(nickname=nickname, from_email=from_email, reply_to=reply_to)
    """

    return await _asyncio_detailed_impl(
        client,
        nickname=nickname,
        from_email=from_email,
        reply_to=reply_to,
        from_name=from_name,
        reply_to_name=reply_to_name,
        address=address,
        address2=address2,
        state=state,
        city=city,
        zip_=zip_,
        country=country,
        body=body,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        options=options,
    )


async def _asyncio_detailed_impl(
    client: Client,
    /,
    *,
    nickname: str | Unset = UNSET,
    from_email: str | Unset = UNSET,
    reply_to: str | Unset = UNSET,
    from_name: str | Unset = UNSET,
    reply_to_name: str | Unset = UNSET,
    address: str | Unset = UNSET,
    address2: str | Unset = UNSET,
    state: str | Unset = UNSET,
    city: str | Unset = UNSET,
    zip_: str | Unset = UNSET,
    country: str | Unset = UNSET,
    body: VerifiedSenderRequest | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[VerifiedSender]:
    body = body_from_fields(
        OPERATION,
        VerifiedSenderRequest,
        body,
        {
            "nickname": nickname,
            "from_email": from_email,
            "reply_to": reply_to,
            "from_name": from_name,
            "reply_to_name": reply_to_name,
            "address": address,
            "address2": address2,
            "state": state,
            "city": city,
            "zip_": zip_,
            "country": country,
        },
        (
            "nickname",
            "from_email",
            "reply_to",
        ),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        body=body,
    )
    return _build_response(await client.asend(OPERATION, kwargs, options))


@overload
async def asyncio(
    client: Client,
    /,
    *,
    nickname: str,
    from_email: str,
    reply_to: str,
    from_name: str | Unset = UNSET,
    reply_to_name: str | Unset = UNSET,
    address: str | Unset = UNSET,
    address2: str | Unset = UNSET,
    state: str | Unset = UNSET,
    city: str | Unset = UNSET,
    zip_: str | Unset = UNSET,
    country: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> VerifiedSender: ...


@overload
async def asyncio(
    client: Client,
    /,
    *,
    body: VerifiedSenderRequest,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> VerifiedSender: ...


async def asyncio(
    client: Client,
    /,
    *,
    nickname: str | Unset = UNSET,
    from_email: str | Unset = UNSET,
    reply_to: str | Unset = UNSET,
    from_name: str | Unset = UNSET,
    reply_to_name: str | Unset = UNSET,
    address: str | Unset = UNSET,
    address2: str | Unset = UNSET,
    state: str | Unset = UNSET,
    city: str | Unset = UNSET,
    zip_: str | Unset = UNSET,
    country: str | Unset = UNSET,
    body: VerifiedSenderRequest | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> VerifiedSender:
    """Create a verified sender request.

    Registers a From address and mails it a verification link; it can send once the link is
    followed.

    Wire request: POST /v3/verified_senders; the client adds Authorization: Bearer with the API key.

    Args:
        nickname (str): A label for the sender; not shown to recipients. Required.
        from_email (str): The `from_email` JSON field. Required.
        reply_to (str): The `reply_to` JSON field. Required.
        from_name (str | Unset): The `from_name` JSON field.
        reply_to_name (str | Unset): The `reply_to_name` JSON field.
        address (str | Unset): The `address` JSON field.
        address2 (str | Unset): The `address2` JSON field.
        state (str | Unset): The `state` JSON field.
        city (str | Unset): The `city` JSON field.
        zip_ (str | Unset): The `zip` JSON field.
        country (str | Unset): The `country` JSON field.
        body (VerifiedSenderRequest): The whole request as one model, instead of the
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

        result = await client.verified_senders.create(nickname=nickname, from_email=from_email, reply_to=reply_to)
    """

    return await _asyncio_impl(
        client,
        nickname=nickname,
        from_email=from_email,
        reply_to=reply_to,
        from_name=from_name,
        reply_to_name=reply_to_name,
        address=address,
        address2=address2,
        state=state,
        city=city,
        zip_=zip_,
        country=country,
        body=body,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        options=options,
    )


async def _asyncio_impl(
    client: Client,
    /,
    *,
    nickname: str | Unset = UNSET,
    from_email: str | Unset = UNSET,
    reply_to: str | Unset = UNSET,
    from_name: str | Unset = UNSET,
    reply_to_name: str | Unset = UNSET,
    address: str | Unset = UNSET,
    address2: str | Unset = UNSET,
    state: str | Unset = UNSET,
    city: str | Unset = UNSET,
    zip_: str | Unset = UNSET,
    country: str | Unset = UNSET,
    body: VerifiedSenderRequest | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> VerifiedSender:
    body = body_from_fields(
        OPERATION,
        VerifiedSenderRequest,
        body,
        {
            "nickname": nickname,
            "from_email": from_email,
            "reply_to": reply_to,
            "from_name": from_name,
            "reply_to_name": reply_to_name,
            "address": address,
            "address2": address2,
            "state": state,
            "city": city,
            "zip_": zip_,
            "country": country,
        },
        (
            "nickname",
            "from_email",
            "reply_to",
        ),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        body=body,
    )
    return parse_answer(await client.asend(OPERATION, kwargs, options), _parse_response)
