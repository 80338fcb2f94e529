# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.reseller.invoices` of `AsyncSendGrid`: the `AsyncResellerInvoicesGroup` class, imported on first use.

Each method calls its endpoint function (`sendgrid_reseller.api.<tag>.<operation>`), importing that
module on first call; signatures and docstrings are the endpoint functions' own.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING

from .._runtime.group import Group
from .._runtime.unset import UNSET

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping
    from typing import Any

    import httpx

    from sendgrid_reseller._runtime.options import RequestOptions
    from sendgrid_reseller.models.get_invoices_form import GetInvoicesForm
    from sendgrid_reseller.models.get_invoices_form_status import GetInvoicesFormStatus
    from sendgrid_reseller.models.list_invoice_numbers_form import ListInvoiceNumbersForm
    from sendgrid_reseller.models.list_invoice_numbers_form_status import ListInvoiceNumbersFormStatus
    from sendgrid_reseller.models.v2_invoice import V2Invoice
    from sendgrid_reseller.models.v2_invoice_number import V2InvoiceNumber
    from sendgrid_reseller.types import Response, Unset

    pass


class AsyncResellerInvoicesGroup(Group):
    """Operations under `client.reseller.invoices`."""

    async def list(
        self,
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
    ) -> builtins.list[V2InvoiceNumber]:
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
        from sendgrid_reseller.api.invoice_retrieval import list_invoice_numbers as _endpoint

        return await _endpoint.asyncio(
            self._client,
            start_date=start_date,
            end_date=end_date,
            status=status,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def list_detailed(
        self,
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
    ) -> Response[builtins.list[V2InvoiceNumber]]:
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
        from sendgrid_reseller.api.invoice_retrieval import list_invoice_numbers as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            start_date=start_date,
            end_date=end_date,
            status=status,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def get(
        self,
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
    ) -> builtins.list[V2Invoice] | V2Invoice:
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
        from sendgrid_reseller.api.invoice_retrieval import get_invoices as _endpoint

        return await _endpoint.asyncio(
            self._client,
            start_date=start_date,
            end_date=end_date,
            status=status,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def get_detailed(
        self,
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
    ) -> Response[builtins.list[V2Invoice] | V2Invoice]:
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
        from sendgrid_reseller.api.invoice_retrieval import get_invoices as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            start_date=start_date,
            end_date=end_date,
            status=status,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )
