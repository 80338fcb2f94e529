"""Authenticate a Customer (v2 reseller): the documented success example and the pre-2015 error example."""

from tests.client.cassettes import V2_ERROR, v2_call

DOCS = "https://sendgrid.com/docs/API_Reference/Web_API/Reseller_API/authenticate_a_customer.html"
MANAGE = "/apiv2/reseller.manage.json"
FIELDS = "user=eexampexample@example.com&password=<PASSWORD>&method=auth"

CASSETTES = [
    ("authenticate_a_customer/authenticate_customer", DOCS + " (Authenticate a Customer)", [v2_call(MANAGE, FIELDS)]),
    (
        "authenticate_a_customer/authenticate_customer.error",
        "https://sendgrid.com/docs/API_Reference/Reseller_API/authenticate_a_customer.html (pre-2015 page, Response: "
        "Error; the status code is not documented, 400 stands for the documented 4XX class)",
        [v2_call(MANAGE, FIELDS, V2_ERROR, status=400)],
    ),
]
