"""v3 subusers: the documented list example, and two Link-paginated pages."""

from tests.client.cassettes import interaction

DOCS = "https://docs.sendgrid.com/api-reference/subusers-api/list-all-subusers"
PAGING = "https://docs.sendgrid.com/for-developers/sending-email/api-getting-started (pagination)"
RATE = {"X-RateLimit-Limit": "500", "X-RateLimit-Remaining": "499", "X-RateLimit-Reset": "1392815263"}

CASSETTES = [
    (
        "subusers/list_subusers",
        DOCS,
        [
            interaction(
                method="GET",
                uri="https://api.sendgrid.com/v3/subusers?limit=10&offset=0",
                response='[{"disabled":false,"id":1234,"username":"example_subuser","email":"example@example.com"}]',
                response_headers=RATE,
            )
        ],
    ),
    (
        "subusers/list_subusers.pages",
        PAGING + "; SendGrid's Link quirks kept: http:// URLs and a self-pointing prev on page 1",
        [
            interaction(
                method="GET",
                uri="https://api.sendgrid.com/v3/subusers?limit=2",
                response='[{"disabled":false,"id":1,"username":"one","email":"one@example.com"},'
                '{"disabled":true,"id":2,"username":"two","email":"two@example.com"}]',
                response_headers={
                    **RATE,
                    "Link": '<http://api.sendgrid.com/v3/subusers?limit=2&offset=2>; rel="next"; title="2", '
                    '<http://api.sendgrid.com/v3/subusers?limit=2&offset=0>; rel="prev"; title="1", '
                    '<http://api.sendgrid.com/v3/subusers?limit=2&offset=0>; rel="first"; title="1", '
                    '<http://api.sendgrid.com/v3/subusers?limit=2&offset=2>; rel="last"; title="2"',
                },
            ),
            interaction(
                method="GET",
                uri="https://api.sendgrid.com/v3/subusers?limit=2&offset=2",
                response='[{"disabled":false,"id":3,"username":"three","email":"three@example.com"}]',
                response_headers={
                    **RATE,
                    "Link": '<http://api.sendgrid.com/v3/subusers?limit=2&offset=0>; rel="prev"; title="1", '
                    '<http://api.sendgrid.com/v3/subusers?limit=2&offset=0>; rel="first"; title="1", '
                    '<http://api.sendgrid.com/v3/subusers?limit=2&offset=2>; rel="last"; title="2"',
                },
            ),
        ],
    ),
]

# ---- the other v3 subuser calls: SendGrid's documented examples (tsg_subusers_v3 / docs pages) ----
from tests.client.transcriptions._v3 import METRICS_ZERO, call  # noqa: E402

REF = "https://docs.sendgrid.com/api-reference/subusers-api"
USER1_METRICS = {**METRICS_ZERO, "clicks": 5, "opens": 10, "processed": 10, "requests": 10}
CREDITS_AFTER = {"remain": 100, "total": 100, "used": 0, "type": "recurring", "reset_frequency": "monthly"}

CASSETTES += [
    (
        "subusers/create_subuser",
        REF + "/create-subuser (password scrubbed to its placeholder)",
        [
            call(
                "POST",
                "/v3/subusers",
                body={
                    "username": "John@example.com",
                    "email": "John@example.com",
                    "password": "<PASSWORD>",
                    "ips": ["1.1.1.1", "2.2.2.2"],
                    "region": "global",
                    "include_region": True,
                },
                response={
                    "username": "example_subuser",
                    "user_id": 1234,
                    "email": "example@example.com",
                    "credit_allocation": {"type": "unlimited"},
                },
            ),
        ],
    ),
    (
        "subusers/set_subuser_disabled",
        REF + "/enabledisable-a-subuser",
        [
            call("PATCH", "/v3/subusers/example_subuser", body={"disabled": False}, status=204),
        ],
    ),
    (
        "subusers/delete_subuser",
        REF + "/delete-a-subuser",
        [
            call("DELETE", "/v3/subusers/example_subuser", status=204),
        ],
    ),
    (
        "subusers/set_subuser_website_access",
        REF + "/enabledisable-website-access-for-a-subuser",
        [
            call("PATCH", "/v3/subusers/example_subuser/website_access", body={"disabled": True}, status=204),
        ],
    ),
    (
        "subusers/get_subuser_credits",
        REF + "/get-the-credits-for-a-subuser",
        [
            call(
                "GET",
                "/v3/subusers/example_subuser/credits",
                response={"remain": 99, "total": 100, "used": 1, "type": "recurring", "reset_frequency": "monthly"},
            ),
        ],
    ),
    (
        "subusers/update_subuser_credits",
        REF + "/update-the-credits-for-a-subuser",
        [
            call(
                "PUT",
                "/v3/subusers/example_subuser/credits",
                body={"type": "recurring", "reset_frequency": "monthly", "total": 100},
                response=CREDITS_AFTER,
            ),
        ],
    ),
    (
        "subusers/adjust_subuser_remaining_credits",
        REF + "/update-the-remaining-credits-for-a-subuser",
        [
            call(
                "PATCH",
                "/v3/subusers/example_subuser/credits/remaining",
                body={"allocation_update": 99},
                response=CREDITS_AFTER,
            ),
        ],
    ),
    (
        "subusers/update_subuser_ips",
        REF + "/update-ips-assigned-to-a-subuser",
        [
            call("PUT", "/v3/subusers/example_subuser/ips", body=["127.0.0.1"], response={"ips": ["127.0.0.1"]}),
        ],
    ),
    (
        "subusers/get_subuser_monthly_stats",
        REF + "/retrieve-the-monthly-email-statistics-for-a-single-subuser",
        [
            call(
                "GET",
                "/v3/subusers/user1/stats/monthly",
                query="date=2016-02-01&sort_by_metric=delivered&sort_by_direction=desc&limit=5&offset=0",
                response={
                    "date": "2016-02-01",
                    "stats": [
                        {
                            "first_name": "John",
                            "last_name": "Doe",
                            "metrics": USER1_METRICS,
                            "name": "user1",
                            "type": "subuser",
                        }
                    ],
                },
            ),
        ],
    ),
    (
        "subusers/list_subuser_reputations",
        REF + "/retrieve-subuser-reputations",
        [
            call(
                "GET",
                "/v3/subusers/reputations",
                query="usernames=example_subuser&usernames=example_subuser2",
                response=[
                    {"username": "example_subuser", "reputation": 99},
                    {"username": "example_subuser2", "reputation": 95.2},
                ],
            ),
        ],
    ),
    (
        "subusers/get_subusers_stats",
        REF + "/retrieve-email-statistics-for-your-subusers (first two of the documented days)",
        [
            call(
                "GET",
                "/v3/subusers/stats",
                query="subusers=Matt_subuser&start_date=2015-10-01&end_date=2015-10-02&aggregated_by=day&limit=10&offset=0",
                response=[
                    {"date": d, "stats": [{"type": "subuser", "name": "Matt_subuser", "metrics": METRICS_ZERO}]}
                    for d in ("2015-10-01", "2015-10-02")
                ],
            ),
        ],
    ),
    (
        "subusers/get_subusers_monthly_stats",
        REF + "/retrieve-monthly-stats-for-all-subusers",
        [
            call(
                "GET",
                "/v3/subusers/stats/monthly",
                query="date=2016-02-01&subuser=user&sort_by_metric=delivered&sort_by_direction=desc&limit=5&offset=0",
                response={
                    "date": "2016-02-01",
                    "stats": [
                        {
                            "first_name": "John",
                            "last_name": "Doe",
                            "name": "user1",
                            "type": "subuser",
                            "metrics": {**METRICS_ZERO, "opens": 1, "requests": 100, "spam_reports": 99},
                        },
                        {
                            "first_name": "Jane",
                            "last_name": "Doe",
                            "name": "user2",
                            "type": "subuser",
                            "metrics": USER1_METRICS,
                        },
                    ],
                },
            ),
        ],
    ),
    (
        "subusers/get_subusers_stats_sums",
        REF + "/retrieve-the-totals-for-each-email-statistic-metric-for-all-subusers",
        [
            call(
                "GET",
                "/v3/subusers/stats/sums",
                query="start_date=2015-10-11&end_date=2015-10-11&sort_by_direction=desc&sort_by_metric=delivered&limit=5&offset=0",
                response={
                    "date": "2015-10-11",
                    "stats": [
                        {"metrics": METRICS_ZERO, "name": "cat1", "type": "category"},
                        {"metrics": METRICS_ZERO, "name": "cat2", "type": "category"},
                    ],
                },
            ),
        ],
    ),
]
