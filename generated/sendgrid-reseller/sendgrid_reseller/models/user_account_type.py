# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from typing import Literal

UserAccountType = Literal["free", "paid"]

USER_ACCOUNT_TYPE_VALUES: set[UserAccountType] = {
    "free",
    "paid",
}


def check_user_account_type(value: str) -> UserAccountType:
    if value in USER_ACCOUNT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {USER_ACCOUNT_TYPE_VALUES!r}")
