# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from typing import Literal

TeammateUserType = Literal["admin", "owner", "teammate"]

TEAMMATE_USER_TYPE_VALUES: set[TeammateUserType] = {
    "admin",
    "owner",
    "teammate",
}


def check_teammate_user_type(value: str) -> TeammateUserType:
    if value in TEAMMATE_USER_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TEAMMATE_USER_TYPE_VALUES!r}")
