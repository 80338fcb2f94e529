"""Customer Bounces (v2 reseller): the documented example of each call."""

from tests.client.cassettes import v2_call

DOCS = "https://sendgrid.com/docs/API_Reference/Web_API/Reseller_API/customer_bounces.html"
MANAGE = "/apiv2/reseller.manage.json"

CASSETTES = [
    (
        "customer_bounces/get_customer_bounces",
        DOCS + " (Retrieve Bounces)",
        [
            v2_call(
                MANAGE,
                "method=bounces&user=eexampexample@example.com&task=get&date=1",
                '[{"email":"emaieexampexample@example.com","status":"5.1.1",'
                '"reason":"host [127.0.0.1] said: 550 5.1.1 unknown or '
                'illegal user: emaieexampexample@example.com","created":"2009-06-01 19:41:39"},'
                '{"email":"emaileexampexample@example.com","status":"5.1.1",'
                '"reason":"host [127.0.0.1] said: 550 5.1.1 unknown or '
                'illegal user: emaileexampexample@example.com","created":"2009-06-01 19:41:39"}]',
            )
        ],
    ),
    (
        "customer_bounces/delete_customer_bounces",
        DOCS + " (Delete Bounces)",
        [
            v2_call(
                MANAGE, "method=bounces&user=eexampexample@example.com&task=delete&email=bounceexampexample@example.com"
            )
        ],
    ),
]
