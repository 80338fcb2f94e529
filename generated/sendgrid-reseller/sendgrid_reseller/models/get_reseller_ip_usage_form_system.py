# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from typing import Literal

GetResellerIpUsageFormSystem = Literal["true"]

GET_RESELLER_IP_USAGE_FORM_SYSTEM_VALUES: set[GetResellerIpUsageFormSystem] = {
    "true",
}


def check_get_reseller_ip_usage_form_system(value: str) -> GetResellerIpUsageFormSystem:
    if value in GET_RESELLER_IP_USAGE_FORM_SYSTEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_RESELLER_IP_USAGE_FORM_SYSTEM_VALUES!r}")
