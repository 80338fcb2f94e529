# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from typing import Literal

CreateCustomerFormFreeUser = Literal["false", "true"]

CREATE_CUSTOMER_FORM_FREE_USER_VALUES: set[CreateCustomerFormFreeUser] = {
    "false",
    "true",
}


def check_create_customer_form_free_user(value: str) -> CreateCustomerFormFreeUser:
    if value in CREATE_CUSTOMER_FORM_FREE_USER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_CUSTOMER_FORM_FREE_USER_VALUES!r}")
