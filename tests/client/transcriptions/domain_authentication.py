"""Domain Authentication, formerly Whitelabel (v2 reseller): the documented example of each call."""

from tests.client.cassettes import v2_call

DOCS = "https://sendgrid.com/docs/API_Reference/Web_API/Reseller_API/whitelabel.html"
MANAGE = "/apiv2/reseller.manage.json"

CASSETTES = [
    (
        "domain_authentication/list_reseller_whitelabels",
        DOCS + " (List)",
        [
            v2_call(
                MANAGE,
                "method=whitelabel&task=list",
                '[{"mail_domain":"email.sendgrid.com","url_domain":"email.sendgrid.com"},'
                '{"mail_domain":"email.example.com","url_domain":"email.example.com"}]',
            )
        ],
    ),
    (
        "domain_authentication/append_whitelabel_to_customer",
        DOCS + " (Append; the example's value email.sendgrid.com=m carries a stray =m, dropped here: the value must "
        "be a mail_domain from the list call)",
        [
            v2_call(
                MANAGE, "method=whitelabel&task=append&user=eexampexample@example.com&mail_domain=email.sendgrid.com"
            )
        ],
    ),
]
