# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from typing import Literal

SsoPersona = Literal["accountant", "developer", "marketer", "observer"]

SSO_PERSONA_VALUES: set[SsoPersona] = {
    "accountant",
    "developer",
    "marketer",
    "observer",
}


def check_sso_persona(value: str) -> SsoPersona:
    if value in SSO_PERSONA_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SSO_PERSONA_VALUES!r}")
