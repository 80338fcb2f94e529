# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from typing import Literal

GetCustomerInvalidEmailsFormDate = Literal["1"]

GET_CUSTOMER_INVALID_EMAILS_FORM_DATE_VALUES: set[GetCustomerInvalidEmailsFormDate] = {
    "1",
}


def check_get_customer_invalid_emails_form_date(value: str) -> GetCustomerInvalidEmailsFormDate:
    if value in GET_CUSTOMER_INVALID_EMAILS_FORM_DATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_CUSTOMER_INVALID_EMAILS_FORM_DATE_VALUES!r}")
