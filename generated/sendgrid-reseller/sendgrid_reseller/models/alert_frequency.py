# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from typing import Literal

AlertFrequency = Literal["daily", "monthly", "weekly"]

ALERT_FREQUENCY_VALUES: set[AlertFrequency] = {
    "daily",
    "monthly",
    "weekly",
}


def check_alert_frequency(value: str) -> AlertFrequency:
    if value in ALERT_FREQUENCY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ALERT_FREQUENCY_VALUES!r}")
