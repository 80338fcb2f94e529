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
