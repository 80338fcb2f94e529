# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from typing import Literal

SsoSubuserAccessPermissionType = Literal["admin", "restricted"]

SSO_SUBUSER_ACCESS_PERMISSION_TYPE_VALUES: set[SsoSubuserAccessPermissionType] = {
    "admin",
    "restricted",
}


def check_sso_subuser_access_permission_type(value: str) -> SsoSubuserAccessPermissionType:
    if value in SSO_SUBUSER_ACCESS_PERMISSION_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SSO_SUBUSER_ACCESS_PERMISSION_TYPE_VALUES!r}")
