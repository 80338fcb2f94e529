"""Customer Unsubscribes (v2 reseller): the documented example of each call."""

from tests.client.cassettes import v2_call

DOCS = "https://sendgrid.com/docs/API_Reference/Web_API/Reseller_API/customer_unsubscribes.html"
MANAGE = "/apiv2/reseller.manage.json"

CASSETTES = [
    (
        "customer_unsubscribes/get_customer_unsubscribes",
        DOCS + " (Retrieve Unsubscribes)",
        [
            v2_call(
                MANAGE,
                "method=unsubscribes&user=eexampexample@example.com&task=get&date=1",
                '[{"email":"emaieexampexample@example.com","created":"2009-06-01 19:41:39"},'
                '{"email":"emaileexampexample@example.com","created":"2009-06-01 19:41:39"}]',
            )
        ],
    ),
    (
        "customer_unsubscribes/delete_customer_unsubscribes",
        DOCS + " (Delete Unsubscribes)",
        [
            v2_call(
                MANAGE, "method=unsubscribes&user=eexampexample@example.com&task=delete&email=unsubscribe@sample.com"
            )
        ],
    ),
    (
        "customer_unsubscribes/add_customer_unsubscribes",
        DOCS + " (Add Unsubscribes)",
        [v2_call(MANAGE, "method=unsubscribes&user=eexampexample@example.com&task=add&email=unsubscribe@sample.com")],
    ),
]
