# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
import datetime
from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ..._runtime.arguments import optional_body_from_fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions, call_options
from ..._runtime.response import parse_answer, read_json
from ...client import Client
from ...models.list_invoice_numbers_form import ListInvoiceNumbersForm
from ...models.list_invoice_numbers_form_status import ListInvoiceNumbersFormStatus
from ...models.v2_invoice_number import V2InvoiceNumber
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    name="list_invoice_numbers",
    api="v2",
    method="POST",
    path="/api/billing.list.json",
    idempotent=True,
    paginated=False,
)


def _get_kwargs(
    *,
    body: ListInvoiceNumbersForm | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/billing.list.json",
    }

    if not isinstance(body, Unset):
        _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> list[V2InvoiceNumber]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = read_json(response)
        for response_200_item_data in _response_200:
            response_200_item = V2InvoiceNumber.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[list[V2InvoiceNumber]]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


def sync_detailed(
    client: Client,
    /,
    *,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    status: ListInvoiceNumbersFormStatus | Unset = UNSET,
    body: ListInvoiceNumbersForm | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[list[V2InvoiceNumber]]:
    """List invoice numbers.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: POST /api/billing.list.json; the client adds the credentials as the api_user /
    api_key form fields.

    Args:
        The same as `client.reseller.invoices.list` takes; `help()` on it describes each one.

    Returns:
        Response[list[V2InvoiceNumber]]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.reseller.invoices.list_detailed()
    """

    body = optional_body_from_fields(
        OPERATION,
        ListInvoiceNumbersForm,
        body,
        {
            "start_date": start_date,
            "end_date": end_date,
            "status": status,
        },
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        body=body,
    )
    return _build_response(client.send(OPERATION, kwargs, options))


def sync(
    client: Client,
    /,
    *,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    status: ListInvoiceNumbersFormStatus | Unset = UNSET,
    body: ListInvoiceNumbersForm | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> list[V2InvoiceNumber]:
    """List invoice numbers.

    Returns the numbers of the reseller's invoices, optionally only for a period and a status.

    Wire request: POST /api/billing.list.json; the client adds the credentials as the api_user /
    api_key form fields.

    Args:
        start_date (datetime.date | Unset): Earliest invoice day (YYYY-mm-dd).
        end_date (datetime.date | Unset): Latest invoice day (YYYY-mm-dd); only together with
            start_date.
        status (ListInvoiceNumbersFormStatus | Unset): Only invoices in this state.
        body (ListInvoiceNumbersForm): The whole request as one model, instead of the
            fields above (not both).
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
            fields or the credentials).
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        list[V2InvoiceNumber]: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.reseller.invoices.list()
    """

    body = optional_body_from_fields(
        OPERATION,
        ListInvoiceNumbersForm,
        body,
        {
            "start_date": start_date,
            "end_date": end_date,
            "status": status,
        },
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        body=body,
    )
    return parse_answer(client.send(OPERATION, kwargs, options), _parse_response)


async def asyncio_detailed(
    client: Client,
    /,
    *,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    status: ListInvoiceNumbersFormStatus | Unset = UNSET,
    body: ListInvoiceNumbersForm | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[list[V2InvoiceNumber]]:
    """List invoice numbers.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: POST /api/billing.list.json; the client adds the credentials as the api_user /
    api_key form fields.

    Args:
        The same as `client.reseller.invoices.list` takes; `help()` on it describes each one.

    Returns:
        Response[list[V2InvoiceNumber]]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.reseller.invoices.list_detailed()
    """

    body = optional_body_from_fields(
        OPERATION,
        ListInvoiceNumbersForm,
        body,
        {
            "start_date": start_date,
            "end_date": end_date,
            "status": status,
        },
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        body=body,
    )
    return _build_response(await client.asend(OPERATION, kwargs, options))


async def asyncio(
    client: Client,
    /,
    *,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    status: ListInvoiceNumbersFormStatus | Unset = UNSET,
    body: ListInvoiceNumbersForm | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> list[V2InvoiceNumber]:
    """List invoice numbers.

    Returns the numbers of the reseller's invoices, optionally only for a period and a status.

    Wire request: POST /api/billing.list.json; the client adds the credentials as the api_user /
    api_key form fields.

    Args:
        start_date (datetime.date | Unset): Earliest invoice day (YYYY-mm-dd).
        end_date (datetime.date | Unset): Latest invoice day (YYYY-mm-dd); only together with
            start_date.
        status (ListInvoiceNumbersFormStatus | Unset): Only invoices in this state.
        body (ListInvoiceNumbersForm): The whole request as one model, instead of the
            fields above (not both).
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
            fields or the credentials).
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        list[V2InvoiceNumber]: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.reseller.invoices.list()
    """

    body = optional_body_from_fields(
        OPERATION,
        ListInvoiceNumbersForm,
        body,
        {
            "start_date": start_date,
            "end_date": end_date,
            "status": status,
        },
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        body=body,
    )
    return parse_answer(await client.asend(OPERATION, kwargs, options), _parse_response)
