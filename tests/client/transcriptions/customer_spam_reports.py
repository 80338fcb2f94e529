"""Customer Spam Reports (v2 reseller): the documented example of each call."""

from tests.client.cassettes import v2_call

DOCS = "https://sendgrid.com/docs/API_Reference/Web_API/Reseller_API/customer_spam_reports.html"
MANAGE = "/apiv2/reseller.manage.json"

CASSETTES = [
    (
        "customer_spam_reports/get_customer_spam_reports",
        DOCS + " (Retrieve Spam Reports)",
        [
            v2_call(
                MANAGE,
                "method=spamreports&user=eexampexample@example.com&task=get&date=1",
                '[{"email":"emaieexampexample@example.com","created":"2009-06-01 19:41:39"},'
                '{"email":"emaileexampexample@example.com","created":"2009-06-01 19:41:39"}]',
            )
        ],
    ),
    (
        "customer_spam_reports/delete_customer_spam_reports",
        DOCS + " (Delete Spam Reports)",
        [v2_call(MANAGE, "method=spamreports&user=eexampexample@example.com&task=delete&email=spamreport@domain.com")],
    ),
]
