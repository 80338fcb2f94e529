# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from typing import Literal

SsoTeammateUserType = Literal["admin", "owner", "teammate"]

SSO_TEAMMATE_USER_TYPE_VALUES: set[SsoTeammateUserType] = {
    "admin",
    "owner",
    "teammate",
}


def check_sso_teammate_user_type(value: str) -> SsoTeammateUserType:
    if value in SSO_TEAMMATE_USER_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SSO_TEAMMATE_USER_TYPE_VALUES!r}")
