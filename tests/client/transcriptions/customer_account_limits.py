"""Customer Account Limits (v2 reseller): the documented example of the one documented call."""

from tests.client.cassettes import v2_call

DOCS = "https://sendgrid.com/docs/API_Reference/Web_API/Reseller_API/customer_account_limits.html"

CASSETTES = [
    (
        "customer_account_limits/get_customer_credit_limit",
        DOCS + " (Retrieve)",
        [
            v2_call(
                "/apiv2/reseller.manage.json",
                "method=limit&user=eexampexample@example.com&task=retrieve",
                '{"credit":"40000","credit_remain":"2000","last_reset":"2011-02-21"}',
            )
        ],
    ),
]
