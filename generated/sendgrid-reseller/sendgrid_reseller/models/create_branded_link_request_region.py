# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from typing import Literal

CreateBrandedLinkRequestRegion = Literal["eu", "us"]

CREATE_BRANDED_LINK_REQUEST_REGION_VALUES: set[CreateBrandedLinkRequestRegion] = {
    "eu",
    "us",
}


def check_create_branded_link_request_region(value: str) -> CreateBrandedLinkRequestRegion:
    if value in CREATE_BRANDED_LINK_REQUEST_REGION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_BRANDED_LINK_REQUEST_REGION_VALUES!r}")
