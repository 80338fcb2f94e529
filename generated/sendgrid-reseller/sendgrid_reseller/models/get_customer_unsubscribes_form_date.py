# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from typing import Literal

GetCustomerUnsubscribesFormDate = Literal["1"]

GET_CUSTOMER_UNSUBSCRIBES_FORM_DATE_VALUES: set[GetCustomerUnsubscribesFormDate] = {
    "1",
}


def check_get_customer_unsubscribes_form_date(value: str) -> GetCustomerUnsubscribesFormDate:
    if value in GET_CUSTOMER_UNSUBSCRIBES_FORM_DATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_CUSTOMER_UNSUBSCRIBES_FORM_DATE_VALUES!r}")
