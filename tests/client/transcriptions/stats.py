"""v3 statistics: SendGrid's documented example of each call (days shortened to two)."""

from tests.client.transcriptions._v3 import METRICS_ZERO, call

REF = "https://www.twilio.com/docs/sendgrid/api-reference"


def days(first: str, second: str, entry: dict[str, object], then: dict[str, object] | None = None) -> list[object]:
    return [{"date": first, "stats": [entry]}, {"date": second, "stats": [then or entry]}]


def breakdown(kind: str, name: str, **metrics: int) -> dict[str, object]:
    return {"type": kind, "name": name, "metrics": metrics}


def category(name: str, **metrics: int) -> dict[str, object]:
    return {"metrics": {**METRICS_ZERO, **metrics}, "name": name, "type": "category"}


OPENS = {"opens": 0, "unique_opens": 0}
GEO = {"clicks": 0, "opens": 0, "unique_clicks": 0, "unique_opens": 0}
GMAIL_OPENS = days(
    "2014-10-01",
    "2014-10-02",
    breakdown("client", "Gmail", opens=1, unique_opens=1),
    breakdown("client", "Gmail", **OPENS),
)
PROVIDER = {
    "blocks": 0,
    "bounces": 0,
    "deferred": 0,
    "delivered": 0,
    "drops": 0,
    "processed": 0,
    "requests": 0,
    "spam_reports": 0,
}

CASSETTES = [
    (
        "stats/get_global_stats",
        REF + "/stats/retrieve-global-email-statistics",
        [
            call(
                "GET",
                "/v3/stats",
                query="start_date=2015-11-03&end_date=2015-11-04&aggregated_by=day&limit=2&offset=0",
                response=days(
                    "2015-11-03",
                    "2015-11-04",
                    {"metrics": METRICS_ZERO},
                    {"metrics": {**METRICS_ZERO, "requests": 3, "processed": 3, "delivered": 2, "bounces": 1}},
                ),
            )
        ],
    ),
    (
        "stats/list_categories",
        REF + "/categories/retrieve-all-categories",
        [
            call(
                "GET",
                "/v3/categories",
                query="category=cat&limit=2&offset=0",
                response=[{"category": "category 1"}, {"category": "category 2"}],
            )
        ],
    ),
    (
        "stats/get_category_stats",
        REF + "/categories/retrieve-email-statistics-for-categories",
        [
            call(
                "GET",
                "/v3/categories/stats",
                query="categories=cat1&categories=cat2&start_date=2015-01-01&end_date=2015-01-02&aggregated_by=day",
                response=[
                    {"date": "2015-01-01", "stats": [category("cat1"), category("cat2")]},
                    {"date": "2015-01-02", "stats": [category("cat1", delivered=10), category("cat2")]},
                ],
            )
        ],
    ),
    (
        "stats/get_category_stats_sums",
        REF + "/categories/retrieve-sums-of-email-stats-for-each-category",
        [
            call(
                "GET",
                "/v3/categories/stats/sums",
                query="sort_by_metric=delivered&sort_by_direction=desc&start_date=2015-01-01&limit=2",
                response={
                    "date": "2015-01-01",
                    "stats": [category("category2", delivered=20), category("category1", delivered=10)],
                },
            )
        ],
    ),
    (
        "stats/get_browser_stats",
        REF + "/stats/retrieve-email-statistics-by-browser",
        [
            call(
                "GET",
                "/v3/browsers/stats",
                query="browsers=Chrome&browsers=Firefox&start_date=2014-10-01&end_date=2014-10-02&limit=2&offset=0",
                response=[
                    {
                        "date": day,
                        "stats": [
                            {"metrics": {"clicks": 0, "unique_clicks": 0}, "name": "Chrome", "type": "browser"},
                            {"metrics": {"clicks": 1, "unique_clicks": 1}, "name": "Firefox", "type": "browser"},
                        ],
                    }
                    for day in ("2014-10-01", "2014-10-02")
                ],
            )
        ],
    ),
    (
        "stats/get_client_stats",
        REF + "/stats/retrieve-email-statistics-by-client-type",
        [
            call(
                "GET",
                "/v3/clients/stats",
                query="start_date=2014-10-01&end_date=2014-10-02",
                response=GMAIL_OPENS,
            )
        ],
    ),
    (
        "stats/get_client_type_stats",
        REF + "/stats/retrieve-stats-by-a-specific-client-type",
        [
            call(
                "GET",
                "/v3/clients/phone/stats",
                query="start_date=2014-10-01&end_date=2014-10-02",
                response=GMAIL_OPENS,
            )
        ],
    ),
    (
        "stats/get_device_stats",
        REF + "/stats/retrieve-email-statistics-by-device-type",
        [
            call(
                "GET",
                "/v3/devices/stats",
                query="start_date=2015-10-11&end_date=2015-10-12&limit=2&offset=0",
                response=days("2015-10-11", "2015-10-12", breakdown("device", "Webmail", **OPENS)),
            )
        ],
    ),
    (
        "stats/get_geo_stats",
        REF + "/stats/retrieve-email-statistics-by-country-and-state-province",
        [
            call(
                "GET",
                "/v3/geo/stats",
                query="country=US&start_date=2015-10-11&end_date=2015-10-12&limit=2&offset=0",
                response=days("2015-10-11", "2015-10-12", breakdown("province", "TX", **GEO)),
            )
        ],
    ),
    (
        "stats/get_mailbox_provider_stats",
        REF
        + "/stats/retrieve-email-statistics-by-mailbox-provider (the documented metrics beyond the schema's dropped)",
        [
            call(
                "GET",
                "/v3/mailbox_providers/stats",
                query="mailbox_providers=Gmail&start_date=2015-10-11&end_date=2015-10-12&limit=2&offset=0",
                response=days("2015-10-11", "2015-10-12", breakdown("mailbox_provider", "Gmail", **PROVIDER)),
            )
        ],
    ),
]
