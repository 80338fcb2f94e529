"""Account Overview (v2 reseller): the documented example and the pre-2015 error example."""

from tests.client.cassettes import V2_ERROR, v2_call

DOCS = "https://sendgrid.com/docs/API_Reference/Web_API/Reseller_API/account_overview.html"
ACCOUNT = "/apiv2/reseller.account.json"
FIELDS = "task=overview&user=eexampexample@example.com"

CASSETTES = [
    (
        "account_overview/get_customer_account_overview",
        DOCS + " (Account Overview)",
        [
            v2_call(
                ACCOUNT,
                FIELDS,
                '{"reputation":"100","requests":"500000","package":"Silver Package","credits_allowed":"50000",'
                '"credits_used":"100000","credits_remain":0,"credits_overage":"50000","billing_start_date":"2010-08-30",'
                '"billing_end_date":"2010-09-29","billing_process_date":"2010-09-30"}',
            )
        ],
    ),
    (
        "account_overview/get_customer_account_overview.error",
        "https://sendgrid.com/docs/API_Reference/Reseller_API/account_overview.html (pre-2015 page, Response: Error; "
        "the status code is not documented, 400 stands for the documented 4XX class)",
        [v2_call(ACCOUNT, FIELDS, V2_ERROR, status=400)],
    ),
]
