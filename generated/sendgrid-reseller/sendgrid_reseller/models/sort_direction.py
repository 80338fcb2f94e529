# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from typing import Literal

SortDirection = Literal["asc", "desc"]

SORT_DIRECTION_VALUES: set[SortDirection] = {
    "asc",
    "desc",
}


def check_sort_direction(value: str) -> SortDirection:
    if value in SORT_DIRECTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SORT_DIRECTION_VALUES!r}")
