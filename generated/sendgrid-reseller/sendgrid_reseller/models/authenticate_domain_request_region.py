# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from typing import Literal

AuthenticateDomainRequestRegion = Literal["eu", "global"]

AUTHENTICATE_DOMAIN_REQUEST_REGION_VALUES: set[AuthenticateDomainRequestRegion] = {
    "eu",
    "global",
}


def check_authenticate_domain_request_region(value: str) -> AuthenticateDomainRequestRegion:
    if value in AUTHENTICATE_DOMAIN_REQUEST_REGION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AUTHENTICATE_DOMAIN_REQUEST_REGION_VALUES!r}")
