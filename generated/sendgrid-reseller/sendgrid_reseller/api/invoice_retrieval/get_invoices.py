# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from typing import Any

import httpx

from ... import errors
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.response import parse_answer
from ...client import Client
from ...models.get_invoices_form import GetInvoicesForm
from ...models.v2_invoice import V2Invoice
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    name="get_invoices",
    api="v2",
    method="POST",
    path="/api/billing.get.json",
    idempotent=True,
    paginated=False,
)


def _get_kwargs(
    *,
    body: GetInvoicesForm | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/billing.get.json",
    }

    if not isinstance(body, Unset):
        _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> list[V2Invoice] | V2Invoice:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> list[V2Invoice] | V2Invoice:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                response_200_type_0 = []
                _response_200_type_0 = data
                for response_200_type_0_item_data in _response_200_type_0:
                    response_200_type_0_item = V2Invoice.from_dict(response_200_type_0_item_data)

                    response_200_type_0.append(response_200_type_0_item)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = V2Invoice.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[list[V2Invoice] | V2Invoice]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


def sync_detailed(
    client: Client,
    /,
    *,
    body: GetInvoicesForm | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[list[V2Invoice] | V2Invoice]:
    """Get invoices

     Returns the reseller's full invoices, with the same optional filters as the list call.

    Args:
        body (GetInvoicesForm | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[list[V2Invoice] | V2Invoice]: the decoded body with status, headers and rate limit.
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
    body: GetInvoicesForm | Unset = UNSET,
    options: RequestOptions | None = None,
) -> list[V2Invoice] | V2Invoice:
    """Get invoices

     Returns the reseller's full invoices, with the same optional filters as the list call.

    Args:
        body (GetInvoicesForm | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        list[V2Invoice] | V2Invoice
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
    body: GetInvoicesForm | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[list[V2Invoice] | V2Invoice]:
    """Get invoices

     Returns the reseller's full invoices, with the same optional filters as the list call.

    Args:
        body (GetInvoicesForm | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[list[V2Invoice] | V2Invoice]: the decoded body with status, headers and rate limit.
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
    body: GetInvoicesForm | Unset = UNSET,
    options: RequestOptions | None = None,
) -> list[V2Invoice] | V2Invoice:
    """Get invoices

     Returns the reseller's full invoices, with the same optional filters as the list call.

    Args:
        body (GetInvoicesForm | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        list[V2Invoice] | V2Invoice
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
