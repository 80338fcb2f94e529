"""Event Notification Url (v2 reseller): the documented example of each call."""

from tests.client.cassettes import v2_call

DOCS = "https://sendgrid.com/docs/API_Reference/Web_API/Reseller_API/event_notification_url.html"
MANAGE = "/apiv2/reseller.manage.json"

CASSETTES = [
    (
        "event_notification_url/get_customer_event_notification_url",
        DOCS + " (Retrieve; the example's method=eventpostur is cut short, "
        "this is the method=eventposturl our client sends)",
        [
            v2_call(
                MANAGE,
                "task=get&user=eexampexample@example.com&method=eventposturl",
                '{"url":"http://www.SubUserPostUrlHere.com"}',
            )
        ],
    ),
    (
        "event_notification_url/set_customer_event_notification_url",
        DOCS + " (Update / Set URL)",
        [
            v2_call(
                MANAGE,
                "task=set&user=eexampexample@example.com&url=http://www.SubUserPostUrlHere.com&method=eventposturl",
            )
        ],
    ),
    (
        "event_notification_url/delete_customer_event_notification_url",
        DOCS + " (Delete)",
        [v2_call(MANAGE, "task=delete&user=eexampexample@example.com&method=eventposturl")],
    ),
]
