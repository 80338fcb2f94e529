"""Customer Invalid Emails (v2 reseller): the documented example of each call."""

from tests.client.cassettes import v2_call

DOCS = "https://sendgrid.com/docs/API_Reference/Web_API/Reseller_API/customer_invalid_emails.html"
MANAGE = "/apiv2/reseller.manage.json"

CASSETTES = [
    (
        "customer_invalid_emails/get_customer_invalid_emails",
        DOCS + " (Retrieve Invalid Emails)",
        [
            v2_call(
                MANAGE,
                "method=invalidemails&user=eexampexample@example.com&task=get&date=1",
                '[{"email":"example@example.com","reason":"Mail domain mentioned in email address is unknown",'
                '"created":"2009-06-01 19:41:39"},'
                '{"email":"isaac@hotmail","reason":"Bad Syntax","created":"2009-06-01 19:41:39"},'
                '{"email":"example@example.com","reason":"Known bad domain","created":"2009-06-01 19:41:39"}]',
            )
        ],
    ),
    (
        "customer_invalid_emails/delete_customer_invalid_emails",
        DOCS + " (Delete Invalid Emails)",
        [
            v2_call(
                MANAGE, "method=invalidemails&user=eexampexample@example.com&task=delete&email=invalidemail@example.com"
            )
        ],
    ),
]
