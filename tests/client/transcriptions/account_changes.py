"""Account Changes (v2 reseller): the documented example of each call.

The examples' values contain raw spaces (package=Basic Package); our client form-encodes them.
"""

from tests.client.cassettes import V2_ERROR, v2_call

DOCS = "https://sendgrid.com/docs/API_Reference/Web_API/Reseller_API/account_changes.html"
ACCOUNT = "/apiv2/reseller.account.json"
UPGRADE = "task=immediate_upgrade&package=Basic+Package&user=eexampexample@example.com&ip_group%5B%5D=Reseller+Group"

CASSETTES = [
    (
        "account_changes/upgrade_customer_account",
        DOCS + " (Immediate Upgrade; the JSON tab shows the error body, so the success body is the XML tab's "
        "<result><message>success</message></result> in JSON form)",
        [v2_call(ACCOUNT, UPGRADE)],
    ),
    (
        "account_changes/upgrade_customer_account.error",
        DOCS + " (Immediate Upgrade, the JSON tab's error body; the status code is not documented, 400 stands for "
        "the documented 4XX class)",
        [v2_call(ACCOUNT, UPGRADE, V2_ERROR, status=400)],
    ),
    (
        "account_changes/downgrade_customer_account",
        DOCS + " (Immediate Downgrade)",
        [
            v2_call(
                ACCOUNT,
                "task=immediate_downgrade&package=Basic+Package&user=eexampexample@example.com&ip_group%5B%5D=Reseller+Group",
            )
        ],
    ),
    (
        "account_changes/close_customer_account",
        DOCS + " (Immediate Close)",
        [v2_call(ACCOUNT, "task=immediate_close&user=eexampexample@example.com&ip_group%5B%5D=Reseller+Group")],
    ),
]
