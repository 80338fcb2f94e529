# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from typing import Literal

SendIpRegionFilter = Literal["all", "eu", "us"]

SEND_IP_REGION_FILTER_VALUES: set[SendIpRegionFilter] = {
    "all",
    "eu",
    "us",
}


def check_send_ip_region_filter(value: str) -> SendIpRegionFilter:
    if value in SEND_IP_REGION_FILTER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEND_IP_REGION_FILTER_VALUES!r}")
