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
from ...models.get_invoices_form import GetInvoicesForm
from ...models.get_invoices_form_status import GetInvoicesFormStatus
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

        response_200 = _parse_response_200(read_json(response))

        return response_200

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[list[V2Invoice] | V2Invoice]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


def sync_detailed(
    client: Client,
    /,
    *,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    status: GetInvoicesFormStatus | Unset = UNSET,
    body: GetInvoicesForm | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[list[V2Invoice] | V2Invoice]:
    """Get invoices.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: POST /api/billing.get.json; the client adds the credentials as the api_user /
    api_key form fields.

    Args:
        The same as `client.reseller.invoices.get` takes; `help()` on it describes each one.

    Returns:
        Response[list[V2Invoice] | V2Invoice]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.reseller.invoices.get_detailed()
    """

    body = optional_body_from_fields(
        OPERATION,
        GetInvoicesForm,
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
    status: GetInvoicesFormStatus | Unset = UNSET,
    body: GetInvoicesForm | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> list[V2Invoice] | V2Invoice:
    """Get invoices.

    Returns the reseller's full invoices, with the same optional filters as the list call.

    Wire request: POST /api/billing.get.json; the client adds the credentials as the api_user /
    api_key form fields.

    Args:
        start_date (datetime.date | Unset): Earliest invoice day (YYYY-mm-dd).
        end_date (datetime.date | Unset): Latest invoice day (YYYY-mm-dd); only together with
            start_date.
        status (GetInvoicesFormStatus | Unset): Only invoices in this state.
        body (GetInvoicesForm): The whole request as one model, instead of the
            fields above (not both).
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
            fields or the credentials).
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        list[V2Invoice] | V2Invoice: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.reseller.invoices.get()
    """

    body = optional_body_from_fields(
        OPERATION,
        GetInvoicesForm,
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
    status: GetInvoicesFormStatus | Unset = UNSET,
    body: GetInvoicesForm | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[list[V2Invoice] | V2Invoice]:
    """Get invoices.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: POST /api/billing.get.json; the client adds the credentials as the api_user /
    api_key form fields.

    Args:
        The same as `client.reseller.invoices.get` takes; `help()` on it describes each one.

    Returns:
        Response[list[V2Invoice] | V2Invoice]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.reseller.invoices.get_detailed()
    """

    body = optional_body_from_fields(
        OPERATION,
        GetInvoicesForm,
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
    status: GetInvoicesFormStatus | Unset = UNSET,
    body: GetInvoicesForm | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> list[V2Invoice] | V2Invoice:
    """Get invoices.

    Returns the reseller's full invoices, with the same optional filters as the list call.

    Wire request: POST /api/billing.get.json; the client adds the credentials as the api_user /
    api_key form fields.

    Args:
        start_date (datetime.date | Unset): Earliest invoice day (YYYY-mm-dd).
        end_date (datetime.date | Unset): Latest invoice day (YYYY-mm-dd); only together with
            start_date.
        status (GetInvoicesFormStatus | Unset): Only invoices in this state.
        body (GetInvoicesForm): The whole request as one model, instead of the
            fields above (not both).
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
            fields or the credentials).
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        list[V2Invoice] | V2Invoice: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.reseller.invoices.get()
    """

    body = optional_body_from_fields(
        OPERATION,
        GetInvoicesForm,
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
