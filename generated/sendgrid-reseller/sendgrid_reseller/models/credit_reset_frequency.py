# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from typing import Literal

CreditResetFrequency = Literal["daily", "monthly", "weekly"]

CREDIT_RESET_FREQUENCY_VALUES: set[CreditResetFrequency] = {
    "daily",
    "monthly",
    "weekly",
}


def check_credit_reset_frequency(value: str) -> CreditResetFrequency:
    if value in CREDIT_RESET_FREQUENCY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREDIT_RESET_FREQUENCY_VALUES!r}")
