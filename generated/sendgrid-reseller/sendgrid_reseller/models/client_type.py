# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from typing import Literal

ClientType = Literal["desktop", "phone", "tablet", "webmail"]

CLIENT_TYPE_VALUES: set[ClientType] = {
    "desktop",
    "phone",
    "tablet",
    "webmail",
}


def check_client_type(value: str) -> ClientType:
    if value in CLIENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CLIENT_TYPE_VALUES!r}")
