# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from typing import Literal

PartnerAccountStateState = Literal["activated", "banned", "deactivated", "indeterminate", "suspended"]

PARTNER_ACCOUNT_STATE_STATE_VALUES: set[PartnerAccountStateState] = {
    "activated",
    "banned",
    "deactivated",
    "indeterminate",
    "suspended",
}


def check_partner_account_state_state(value: str) -> PartnerAccountStateState:
    if value in PARTNER_ACCOUNT_STATE_STATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PARTNER_ACCOUNT_STATE_STATE_VALUES!r}")
