# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from typing import Any

import httpx

from ... import errors
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.response import parse_answer
from ...client import Client
from ...models.authenticate_customer_form import AuthenticateCustomerForm
from ...models.v2_success_body import V2SuccessBody
from ...types import Response

OPERATION = Operation(
    name="authenticate_customer",
    api="v2",
    method="POST",
    path="/apiv2/reseller.manage.json",
    idempotent=True,
    paginated=False,
)
# The documented discriminators of this call: always sent, never chosen by the caller.
FIXED_FIELDS: dict[str, str] = {
    "method": "auth",
}


def _get_kwargs(
    *,
    body: AuthenticateCustomerForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/apiv2/reseller.manage.json",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"
    _kwargs["data"] = {**FIXED_FIELDS, **_kwargs.get("data", {})}

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> V2SuccessBody:
    if response.status_code == 200:
        response_200 = V2SuccessBody.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[V2SuccessBody]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


def sync_detailed(
    client: Client,
    /,
    *,
    body: AuthenticateCustomerForm,
    options: RequestOptions | None = None,
) -> Response[V2SuccessBody]:
    """Check a customer's username and password

     Tells whether a username/password pair is valid for one of the reseller's customers, e.g. before
    showing that customer's data in the reseller's own application. A wrong pair is an error response.

    Args:
        body (AuthenticateCustomerForm):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[V2SuccessBody]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.send(OPERATION, kwargs, options)
    return _build_response(response)


def sync(
    client: Client,
    /,
    *,
    body: AuthenticateCustomerForm,
    options: RequestOptions | None = None,
) -> V2SuccessBody:
    """Check a customer's username and password

     Tells whether a username/password pair is valid for one of the reseller's customers, e.g. before
    showing that customer's data in the reseller's own application. A wrong pair is an error response.

    Args:
        body (AuthenticateCustomerForm):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        V2SuccessBody
    """

    return parse_answer(
        client.send(
            OPERATION,
            _get_kwargs(
                body=body,
            ),
            options,
        ),
        _parse_response,
    )


async def asyncio_detailed(
    client: Client,
    /,
    *,
    body: AuthenticateCustomerForm,
    options: RequestOptions | None = None,
) -> Response[V2SuccessBody]:
    """Check a customer's username and password

     Tells whether a username/password pair is valid for one of the reseller's customers, e.g. before
    showing that customer's data in the reseller's own application. A wrong pair is an error response.

    Args:
        body (AuthenticateCustomerForm):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[V2SuccessBody]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.asend(OPERATION, kwargs, options)
    return _build_response(response)


async def asyncio(
    client: Client,
    /,
    *,
    body: AuthenticateCustomerForm,
    options: RequestOptions | None = None,
) -> V2SuccessBody:
    """Check a customer's username and password

     Tells whether a username/password pair is valid for one of the reseller's customers, e.g. before
    showing that customer's data in the reseller's own application. A wrong pair is an error response.

    Args:
        body (AuthenticateCustomerForm):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        V2SuccessBody
    """

    return parse_answer(
        await client.asend(
            OPERATION,
            _get_kwargs(
                body=body,
            ),
            options,
        ),
        _parse_response,
    )
