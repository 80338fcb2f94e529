# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from typing import Literal

AlertType = Literal["stats_notification", "usage_limit"]

ALERT_TYPE_VALUES: set[AlertType] = {
    "stats_notification",
    "usage_limit",
}


def check_alert_type(value: str) -> AlertType:
    if value in ALERT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ALERT_TYPE_VALUES!r}")
