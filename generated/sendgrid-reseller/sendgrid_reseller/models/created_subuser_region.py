# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from typing import Literal

CreatedSubuserRegion = Literal["eu", "global"]

CREATED_SUBUSER_REGION_VALUES: set[CreatedSubuserRegion] = {
    "eu",
    "global",
}


def check_created_subuser_region(value: str) -> CreatedSubuserRegion:
    if value in CREATED_SUBUSER_REGION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATED_SUBUSER_REGION_VALUES!r}")
