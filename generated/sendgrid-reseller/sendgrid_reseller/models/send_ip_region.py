# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from typing import Literal

SendIpRegion = Literal["eu", "us"]

SEND_IP_REGION_VALUES: set[SendIpRegion] = {
    "eu",
    "us",
}


def check_send_ip_region(value: str) -> SendIpRegion:
    if value in SEND_IP_REGION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEND_IP_REGION_VALUES!r}")
