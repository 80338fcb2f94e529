# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from typing import Literal

PartnerAccountStateUpdateState = Literal["activated", "deactivated"]

PARTNER_ACCOUNT_STATE_UPDATE_STATE_VALUES: set[PartnerAccountStateUpdateState] = {
    "activated",
    "deactivated",
}


def check_partner_account_state_update_state(value: str) -> PartnerAccountStateUpdateState:
    if value in PARTNER_ACCOUNT_STATE_UPDATE_STATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PARTNER_ACCOUNT_STATE_UPDATE_STATE_VALUES!r}")
