# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from typing import Literal

GetGeoStatsCountry = Literal["CA", "US"]

GET_GEO_STATS_COUNTRY_VALUES: set[GetGeoStatsCountry] = {
    "CA",
    "US",
}


def check_get_geo_stats_country(value: str) -> GetGeoStatsCountry:
    if value in GET_GEO_STATS_COUNTRY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_GEO_STATS_COUNTRY_VALUES!r}")
