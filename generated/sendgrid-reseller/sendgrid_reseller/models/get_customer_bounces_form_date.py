# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from typing import Literal

GetCustomerBouncesFormDate = Literal["1"]

GET_CUSTOMER_BOUNCES_FORM_DATE_VALUES: set[GetCustomerBouncesFormDate] = {
    "1",
}


def check_get_customer_bounces_form_date(value: str) -> GetCustomerBouncesFormDate:
    if value in GET_CUSTOMER_BOUNCES_FORM_DATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_CUSTOMER_BOUNCES_FORM_DATE_VALUES!r}")
