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
from ...models.delete_customer_invalid_emails_form import DeleteCustomerInvalidEmailsForm
from ...models.v2_success_body import V2SuccessBody
from ...types import UNSET, Response, Unset

# The documented discriminators of this call: always sent (by the runtime, after everything the
# caller gives), never chosen by the caller.
FIXED_FIELDS: dict[str, str] = {
    "method": "invalidemails",
    "task": "delete",
}
OPERATION = Operation(
    name="delete_customer_invalid_emails",
    api="v2",
    method="POST",
    path="/apiv2/reseller.manage.json",
    idempotent=False,
    paginated=False,
    fixed_fields=FIXED_FIELDS,
    fixed_in="data",
)


def _get_kwargs(
    *,
    body: DeleteCustomerInvalidEmailsForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/apiv2/reseller.manage.json",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> V2SuccessBody:
    if response.status_code == 200:
        response_200 = V2SuccessBody.from_dict(read_json(response))

        return response_200

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[V2SuccessBody]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


@overload
def sync_detailed(
    client: Client,
    /,
    *,
    user: str,
    email: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[V2SuccessBody]: ...


@overload
def sync_detailed(
    client: Client,
    /,
    *,
    body: DeleteCustomerInvalidEmailsForm,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[V2SuccessBody]: ...


def sync_detailed(
    client: Client,
    /,
    *,
    user: str | Unset = UNSET,
    email: str | Unset = UNSET,
    body: DeleteCustomerInvalidEmailsForm | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[V2SuccessBody]:
    """Remove an address from a customer's invalid addresses.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: POST /apiv2/reseller.manage.json with method=invalidemails, task=delete (form
    fields, always sent, never the caller's); the client adds the credentials as the api_user /
    api_key form fields.

    Args:
        The same as `client.reseller.invalid_emails.delete` takes; `help()` on it describes each one.

    Returns:
        Response[V2SuccessBody]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.reseller.invalid_emails.delete_detailed(user=user, email=email)
    """

    return _sync_detailed_impl(
        client,
        user=user,
        email=email,
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
    user: str | Unset = UNSET,
    email: str | Unset = UNSET,
    body: DeleteCustomerInvalidEmailsForm | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[V2SuccessBody]:
    body = body_from_fields(
        OPERATION,
        DeleteCustomerInvalidEmailsForm,
        body,
        {
            "user": user,
            "email": email,
        },
        (
            "user",
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
    user: str,
    email: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> V2SuccessBody: ...


@overload
def sync(
    client: Client,
    /,
    *,
    body: DeleteCustomerInvalidEmailsForm,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> V2SuccessBody: ...


def sync(
    client: Client,
    /,
    *,
    user: str | Unset = UNSET,
    email: str | Unset = UNSET,
    body: DeleteCustomerInvalidEmailsForm | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> V2SuccessBody:
    """Remove an address from a customer's invalid addresses.

    Takes one address off the customer's invalid-address list.

    Wire request: POST /apiv2/reseller.manage.json with method=invalidemails, task=delete (form
    fields, always sent, never the caller's); the client adds the credentials as the api_user /
    api_key form fields.

    Args:
        user (str): Username of the customer. Required.
        email (str): An address on the invalid-address list. Required.
        body (DeleteCustomerInvalidEmailsForm): The whole request as one model, instead of the
            fields above (not both).
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
            fields or the credentials).
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        V2SuccessBody: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.reseller.invalid_emails.delete(user=user, email=email)
    """

    return _sync_impl(
        client,
        user=user,
        email=email,
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
    user: str | Unset = UNSET,
    email: str | Unset = UNSET,
    body: DeleteCustomerInvalidEmailsForm | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> V2SuccessBody:
    body = body_from_fields(
        OPERATION,
        DeleteCustomerInvalidEmailsForm,
        body,
        {
            "user": user,
            "email": email,
        },
        (
            "user",
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
    user: str,
    email: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[V2SuccessBody]: ...


@overload
async def asyncio_detailed(
    client: Client,
    /,
    *,
    body: DeleteCustomerInvalidEmailsForm,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[V2SuccessBody]: ...


async def asyncio_detailed(
    client: Client,
    /,
    *,
    user: str | Unset = UNSET,
    email: str | Unset = UNSET,
    body: DeleteCustomerInvalidEmailsForm | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[V2SuccessBody]:
    """Remove an address from a customer's invalid addresses.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: POST /apiv2/reseller.manage.json with method=invalidemails, task=delete (form
    fields, always sent, never the caller's); the client adds the credentials as the api_user /
    api_key form fields.

    Args:
        The same as `client.reseller.invalid_emails.delete` takes; `help()` on it describes each one.

    Returns:
        Response[V2SuccessBody]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.reseller.invalid_emails.delete_detailed(user=user, email=email)
    """

    return await _asyncio_detailed_impl(
        client,
        user=user,
        email=email,
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
    user: str | Unset = UNSET,
    email: str | Unset = UNSET,
    body: DeleteCustomerInvalidEmailsForm | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[V2SuccessBody]:
    body = body_from_fields(
        OPERATION,
        DeleteCustomerInvalidEmailsForm,
        body,
        {
            "user": user,
            "email": email,
        },
        (
            "user",
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
    user: str,
    email: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> V2SuccessBody: ...


@overload
async def asyncio(
    client: Client,
    /,
    *,
    body: DeleteCustomerInvalidEmailsForm,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> V2SuccessBody: ...


async def asyncio(
    client: Client,
    /,
    *,
    user: str | Unset = UNSET,
    email: str | Unset = UNSET,
    body: DeleteCustomerInvalidEmailsForm | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> V2SuccessBody:
    """Remove an address from a customer's invalid addresses.

    Takes one address off the customer's invalid-address list.

    Wire request: POST /apiv2/reseller.manage.json with method=invalidemails, task=delete (form
    fields, always sent, never the caller's); the client adds the credentials as the api_user /
    api_key form fields.

    Args:
        user (str): Username of the customer. Required.
        email (str): An address on the invalid-address list. Required.
        body (DeleteCustomerInvalidEmailsForm): The whole request as one model, instead of the
            fields above (not both).
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
            fields or the credentials).
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        V2SuccessBody: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.reseller.invalid_emails.delete(user=user, email=email)
    """

    return await _asyncio_impl(
        client,
        user=user,
        email=email,
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
    user: str | Unset = UNSET,
    email: str | Unset = UNSET,
    body: DeleteCustomerInvalidEmailsForm | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> V2SuccessBody:
    body = body_from_fields(
        OPERATION,
        DeleteCustomerInvalidEmailsForm,
        body,
        {
            "user": user,
            "email": email,
        },
        (
            "user",
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
