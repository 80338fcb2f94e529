# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from typing import Literal

CreateSubuserRequestRegion = Literal["eu", "global"]

CREATE_SUBUSER_REQUEST_REGION_VALUES: set[CreateSubuserRequestRegion] = {
    "eu",
    "global",
}


def check_create_subuser_request_region(value: str) -> CreateSubuserRequestRegion:
    if value in CREATE_SUBUSER_REQUEST_REGION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_SUBUSER_REQUEST_REGION_VALUES!r}")
