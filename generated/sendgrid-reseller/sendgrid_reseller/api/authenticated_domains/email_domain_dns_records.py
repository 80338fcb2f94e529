# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from collections.abc import Mapping
from typing import Any, overload

import httpx

from ... import errors
from ..._runtime.arguments import body_from_fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions, call_options
from ..._runtime.response import parse_answer
from ...client import Client
from ...models.dns_records_email_request import DnsRecordsEmailRequest
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    name="email_domain_dns_records",
    api="v3",
    method="POST",
    path="/v3/whitelabel/dns/email",
    idempotent=False,
    paginated=False,
)


def _get_kwargs(
    *,
    body: DnsRecordsEmailRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/whitelabel/dns/email",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Any:
    if response.status_code == 204:
        return None

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[Any]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


@overload
def sync_detailed(
    client: Client,
    /,
    *,
    link_id: int,
    domain_id: int,
    email: str,
    message: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[Any]: ...


@overload
def sync_detailed(
    client: Client,
    /,
    *,
    body: DnsRecordsEmailRequest,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[Any]: ...


def sync_detailed(
    client: Client,
    /,
    *,
    link_id: int | Unset = UNSET,
    domain_id: int | Unset = UNSET,
    email: str | Unset = UNSET,
    message: str | Unset = UNSET,
    body: DnsRecordsEmailRequest | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[Any]:
    """Email DNS records to a colleague.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: POST /v3/whitelabel/dns/email; the client adds Authorization: Bearer with the API
    key.

    Args:
        The same as `client.domains.email_dns_records` takes; `help()` on it describes each one.

    Returns:
        Response[Any]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.domains.email_dns_records_detailed(link_id=link_id, domain_id=domain_id, email=email)
    """

    return _sync_detailed_impl(
        client,
        link_id=link_id,
        domain_id=domain_id,
        email=email,
        message=message,
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
    link_id: int | Unset = UNSET,
    domain_id: int | Unset = UNSET,
    email: str | Unset = UNSET,
    message: str | Unset = UNSET,
    body: DnsRecordsEmailRequest | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[Any]:
    body = body_from_fields(
        OPERATION,
        DnsRecordsEmailRequest,
        body,
        {
            "link_id": link_id,
            "domain_id": domain_id,
            "email": email,
            "message": message,
        },
        (
            "link_id",
            "domain_id",
            "email",
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
    link_id: int,
    domain_id: int,
    email: str,
    message: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Any: ...


@overload
def sync(
    client: Client,
    /,
    *,
    body: DnsRecordsEmailRequest,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Any: ...


def sync(
    client: Client,
    /,
    *,
    link_id: int | Unset = UNSET,
    domain_id: int | Unset = UNSET,
    email: str | Unset = UNSET,
    message: str | Unset = UNSET,
    body: DnsRecordsEmailRequest | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Any:
    """Email DNS records to a colleague.

    Sends the DNS records a domain authentication (domain_id) and a link branding (link_id) need to
    someone who manages the DNS.

    Wire request: POST /v3/whitelabel/dns/email; the client adds Authorization: Bearer with the API
    key.

    Args:
        link_id (int): The branded link whose records to send. Required.
        domain_id (int): The authenticated domain whose records to send. Required.
        email (str): Who receives the records. Required.
        message (str | Unset): Text added to the email.
        body (DnsRecordsEmailRequest): The whole request as one model, instead of the
            fields above (not both).
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        extra_body (Mapping[str, Any] | None): More body fields for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        Any: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.domains.email_dns_records(link_id=link_id, domain_id=domain_id, email=email)
    """

    return _sync_impl(
        client,
        link_id=link_id,
        domain_id=domain_id,
        email=email,
        message=message,
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
    link_id: int | Unset = UNSET,
    domain_id: int | Unset = UNSET,
    email: str | Unset = UNSET,
    message: str | Unset = UNSET,
    body: DnsRecordsEmailRequest | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Any:
    body = body_from_fields(
        OPERATION,
        DnsRecordsEmailRequest,
        body,
        {
            "link_id": link_id,
            "domain_id": domain_id,
            "email": email,
            "message": message,
        },
        (
            "link_id",
            "domain_id",
            "email",
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
    link_id: int,
    domain_id: int,
    email: str,
    message: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[Any]: ...


@overload
async def asyncio_detailed(
    client: Client,
    /,
    *,
    body: DnsRecordsEmailRequest,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[Any]: ...


async def asyncio_detailed(
    client: Client,
    /,
    *,
    link_id: int | Unset = UNSET,
    domain_id: int | Unset = UNSET,
    email: str | Unset = UNSET,
    message: str | Unset = UNSET,
    body: DnsRecordsEmailRequest | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[Any]:
    """Email DNS records to a colleague.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: POST /v3/whitelabel/dns/email; the client adds Authorization: Bearer with the API
    key.

    Args:
        The same as `client.domains.email_dns_records` takes; `help()` on it describes each one.

    Returns:
        Response[Any]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.domains.email_dns_records_detailed(link_id=link_id, domain_id=domain_id, email=email)
    """

    return await _asyncio_detailed_impl(
        client,
        link_id=link_id,
        domain_id=domain_id,
        email=email,
        message=message,
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
    link_id: int | Unset = UNSET,
    domain_id: int | Unset = UNSET,
    email: str | Unset = UNSET,
    message: str | Unset = UNSET,
    body: DnsRecordsEmailRequest | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[Any]:
    body = body_from_fields(
        OPERATION,
        DnsRecordsEmailRequest,
        body,
        {
            "link_id": link_id,
            "domain_id": domain_id,
            "email": email,
            "message": message,
        },
        (
            "link_id",
            "domain_id",
            "email",
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
    link_id: int,
    domain_id: int,
    email: str,
    message: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Any: ...


@overload
async def asyncio(
    client: Client,
    /,
    *,
    body: DnsRecordsEmailRequest,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Any: ...


async def asyncio(
    client: Client,
    /,
    *,
    link_id: int | Unset = UNSET,
    domain_id: int | Unset = UNSET,
    email: str | Unset = UNSET,
    message: str | Unset = UNSET,
    body: DnsRecordsEmailRequest | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Any:
    """Email DNS records to a colleague.

    Sends the DNS records a domain authentication (domain_id) and a link branding (link_id) need to
    someone who manages the DNS.

    Wire request: POST /v3/whitelabel/dns/email; the client adds Authorization: Bearer with the API
    key.

    Args:
        link_id (int): The branded link whose records to send. Required.
        domain_id (int): The authenticated domain whose records to send. Required.
        email (str): Who receives the records. Required.
        message (str | Unset): Text added to the email.
        body (DnsRecordsEmailRequest): The whole request as one model, instead of the
            fields above (not both).
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        extra_body (Mapping[str, Any] | None): More body fields for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        Any: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.domains.email_dns_records(link_id=link_id, domain_id=domain_id, email=email)
    """

    return await _asyncio_impl(
        client,
        link_id=link_id,
        domain_id=domain_id,
        email=email,
        message=message,
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
    link_id: int | Unset = UNSET,
    domain_id: int | Unset = UNSET,
    email: str | Unset = UNSET,
    message: str | Unset = UNSET,
    body: DnsRecordsEmailRequest | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Any:
    body = body_from_fields(
        OPERATION,
        DnsRecordsEmailRequest,
        body,
        {
            "link_id": link_id,
            "domain_id": domain_id,
            "email": email,
            "message": message,
        },
        (
            "link_id",
            "domain_id",
            "email",
        ),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        body=body,
    )
    return parse_answer(await client.asend(OPERATION, kwargs, options), _parse_response)
