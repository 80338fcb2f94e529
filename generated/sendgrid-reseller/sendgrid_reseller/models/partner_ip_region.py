# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from typing import Literal

PartnerIpRegion = Literal["eu", "us"]

PARTNER_IP_REGION_VALUES: set[PartnerIpRegion] = {
    "eu",
    "us",
}


def check_partner_ip_region(value: str) -> PartnerIpRegion:
    if value in PARTNER_IP_REGION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PARTNER_IP_REGION_VALUES!r}")
