# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from typing import Literal

GetInvoicesFormStatus = Literal["canceled", "deferred", "paid", "refunded", "unpaid"]

GET_INVOICES_FORM_STATUS_VALUES: set[GetInvoicesFormStatus] = {
    "canceled",
    "deferred",
    "paid",
    "refunded",
    "unpaid",
}


def check_get_invoices_form_status(value: str) -> GetInvoicesFormStatus:
    if value in GET_INVOICES_FORM_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_INVOICES_FORM_STATUS_VALUES!r}")
