"""Customer Timezone (v2 reseller): the documented example of each call, and a 429.

The documentation shows list and get as GET calls; our client sends every v2 call as a POST with
the credentials in the form body (issue 13: never in a URL), which `AS_POST` notes in the cassette.
"""

from tests.client.cassettes import V2_SUCCESS, v2_call

DOCS = "https://sendgrid.com/docs/API_Reference/Web_API/Reseller_API/customer_timezone.html"
MANAGE = "/apiv2/reseller.manage.json"
AS_POST = "\nSent as POST with the credentials in the form body (issue 13: never in a URL; spec/v2/timezone.yaml)."

CASSETTES = [
    (
        "customer_timezone/list_customer_timezones",
        DOCS + " (List Timezones)" + AS_POST,
        [
            v2_call(
                MANAGE,
                "method=timezone&task=list",
                '[{"display":"GMT+02:00","name":"Athens, Bucharest","offset":-7200,'
                '"timezone":"Europe/Bucharest"},'
                '{"display":"GMT-00:00","name":"Dublin, Lisabon, London, Edinburgh","offset":0,'
                '"timezone":"Europe/London"},'
                '{"display":"GMT-08:00","name":"Pacific Time, US & Canada","offset":28800,'
                '"timezone":"America/Los_Angeles"}]',
            )
        ],
    ),
    (
        "customer_timezone/get_customer_timezone",
        DOCS + " (Get Timezone; the page shows the identifier as America\\\\/Chicago, a doubled backslash that "
        "the 2014 page does not have: transcribed as PHP's escaped slash America\\/Chicago)" + AS_POST,
        [
            v2_call(
                MANAGE,
                "method=timezone&task=get",
                '{"name":"Central Time, US & Canada","offset":21600,'
                '"timezone":"America\\/Chicago","display":"GMT-06:00"}',
                query="user=eexampexample@example.com",
            )
        ],
    ),
    (
        "customer_timezone/set_customer_timezone",
        DOCS + " (Edit Timezone)",
        [
            v2_call(
                MANAGE,
                "method=timezone&task=set&user=eexampexample@example.com&timezone=America/Los_Angeles",
                V2_SUCCESS,
            )
        ],
    ),
    (
        "customer_timezone/list_customer_timezones.429",
        "https://sendgrid.com/docs/API_Reference/Web_API/using_the_web_api.html "
        "(documented 429 on a GET call; body kept invalid)" + AS_POST,
        [
            v2_call(
                MANAGE,
                "method=timezone&task=list",
                '{"errors":[{"field":null,"message":"too many requests"},]}',
                status=429,
                response_headers={
                    "X-RateLimit-Limit": "150",
                    "X-RateLimit-Remaining": "0",
                    "X-RateLimit-Reset": "1392815263",
                },
            )
        ],
    ),
]
