# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from typing import Literal

ListResellerIpsFormSystem = Literal["true"]

LIST_RESELLER_IPS_FORM_SYSTEM_VALUES: set[ListResellerIpsFormSystem] = {
    "true",
}


def check_list_reseller_ips_form_system(value: str) -> ListResellerIpsFormSystem:
    if value in LIST_RESELLER_IPS_FORM_SYSTEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_RESELLER_IPS_FORM_SYSTEM_VALUES!r}")
