"""Invoice Retrieval: each documented call's exact wire request and decoded response."""

from __future__ import annotations

from sendgrid_reseller import SendGrid
from sendgrid_reseller.models import GetInvoicesForm, ListInvoiceNumbersForm, V2Invoice

from tests.client.cassettes import replay


def test_list_invoice_numbers(v2: SendGrid) -> None:
    with replay("invoice_retrieval/list_invoice_numbers"):
        numbers = v2.reseller.invoices.list(body=ListInvoiceNumbersForm(status="paid"))
    assert [n.number for n in numbers] == ["2010010001", "2010010002"]


def test_get_invoices_decodes_the_documented_single_object(v2: SendGrid) -> None:
    with replay("invoice_retrieval/get_invoices"):
        invoice = v2.reseller.invoices.get(body=GetInvoicesForm(status="paid"))
    assert isinstance(invoice, V2Invoice)
    assert invoice.number == "2010010001"
    assert invoice.status == "Paid"
    assert invoice.credits_ == 10000000
    assert invoice.final_amount == 110
    assert invoice.date_invoiced == "2010-01-01 00:00:00"
