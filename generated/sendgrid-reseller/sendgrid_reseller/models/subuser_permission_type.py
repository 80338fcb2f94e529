# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from typing import Literal

SubuserPermissionType = Literal["admin", "restricted"]

SUBUSER_PERMISSION_TYPE_VALUES: set[SubuserPermissionType] = {
    "admin",
    "restricted",
}


def check_subuser_permission_type(value: str) -> SubuserPermissionType:
    if value in SUBUSER_PERMISSION_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SUBUSER_PERMISSION_TYPE_VALUES!r}")
