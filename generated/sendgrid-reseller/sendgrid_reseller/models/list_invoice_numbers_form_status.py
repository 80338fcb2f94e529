# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from typing import Literal

ListInvoiceNumbersFormStatus = Literal["canceled", "deferred", "paid", "refunded", "unpaid"]

LIST_INVOICE_NUMBERS_FORM_STATUS_VALUES: set[ListInvoiceNumbersFormStatus] = {
    "canceled",
    "deferred",
    "paid",
    "refunded",
    "unpaid",
}


def check_list_invoice_numbers_form_status(value: str) -> ListInvoiceNumbersFormStatus:
    if value in LIST_INVOICE_NUMBERS_FORM_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_INVOICE_NUMBERS_FORM_STATUS_VALUES!r}")
