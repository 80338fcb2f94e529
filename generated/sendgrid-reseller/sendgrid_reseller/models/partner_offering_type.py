# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from typing import Literal

PartnerOfferingType = Literal["addon", "package"]

PARTNER_OFFERING_TYPE_VALUES: set[PartnerOfferingType] = {
    "addon",
    "package",
}


def check_partner_offering_type(value: str) -> PartnerOfferingType:
    if value in PARTNER_OFFERING_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PARTNER_OFFERING_TYPE_VALUES!r}")
