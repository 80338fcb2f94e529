# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from typing import Literal

StatsAggregation = Literal["day", "month", "week"]

STATS_AGGREGATION_VALUES: set[StatsAggregation] = {
    "day",
    "month",
    "week",
}


def check_stats_aggregation(value: str) -> StatsAggregation:
    if value in STATS_AGGREGATION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STATS_AGGREGATION_VALUES!r}")
