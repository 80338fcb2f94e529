# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from typing import Literal

SubuserCreditsUpdateType = Literal["nonrecurring", "recurring", "unlimited"]

SUBUSER_CREDITS_UPDATE_TYPE_VALUES: set[SubuserCreditsUpdateType] = {
    "nonrecurring",
    "recurring",
    "unlimited",
}


def check_subuser_credits_update_type(value: str) -> SubuserCreditsUpdateType:
    if value in SUBUSER_CREDITS_UPDATE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SUBUSER_CREDITS_UPDATE_TYPE_VALUES!r}")
