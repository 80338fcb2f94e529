# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from typing import Literal

GetCustomerSpamReportsFormDate = Literal["1"]

GET_CUSTOMER_SPAM_REPORTS_FORM_DATE_VALUES: set[GetCustomerSpamReportsFormDate] = {
    "1",
}


def check_get_customer_spam_reports_form_date(value: str) -> GetCustomerSpamReportsFormDate:
    if value in GET_CUSTOMER_SPAM_REPORTS_FORM_DATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_CUSTOMER_SPAM_REPORTS_FORM_DATE_VALUES!r}")
