"""Monitor Records (v2 reseller): the documented example of each call, and a documented error."""

from tests.client.cassettes import V2_ERROR, v2_call

DOCS = "https://sendgrid.com/docs/API_Reference/Web_API/Reseller_API/monitor_records.html"
MANAGE = "/apiv2/reseller.manage.json"

CASSETTES = [
    (
        "monitor_records/create_monitor_record",
        DOCS + " (Create Monitor Record)",
        [v2_call(MANAGE, "method=monitor&task=create&name=myMonitor&email=example@example.com&frequency=1000")],
    ),
    (
        "monitor_records/edit_monitor_record",
        DOCS + " (Edit Monitor Record)",
        [
            v2_call(
                MANAGE,
                "method=monitor&task=edit&name=myMonitor&new_name=updatedMonitor&new_email=example@example.com&new_frequency=5",
            )
        ],
    ),
    (
        "monitor_records/delete_monitor_record",
        DOCS + " (Delete Monitor Record; the example's record name recordToDelet is kept as documented)",
        [v2_call(MANAGE, "method=monitor&task=delete&name=recordToDelet")],
    ),
    (
        "monitor_records/list_monitor_records",
        DOCS
        + " (List All Monitor Records; the example's task=lis is cut short, this is the task=list our client sends)",
        [
            v2_call(
                MANAGE,
                "method=monitor&task=list",
                '[{"name":"sampleNameA","email":"example@example.com","frequency":"1000","users":[]},'
                '{"name":"sampleNameB","email":"example@example.com","frequency":"10000",'
                '"users":["user1@example.com","exampexample@example.comom"]}]',
            )
        ],
    ),
    (
        "monitor_records/append_customer_to_monitor_record",
        DOCS + " (Append A Customer To A Monitor Record)",
        [v2_call(MANAGE, "method=monitor&task=append&name=myMonitor&user=eexampexample@example.com")],
    ),
    (
        "monitor_records/detach_customer_from_monitor_record",
        DOCS + " (Detach A Monitor Record From A Customer)",
        [v2_call(MANAGE, "method=monitor&task=detach&user=eexampexample@example.com")],
    ),
    (
        "monitor_records/create_monitor_record.error",
        "https://sendgrid.com/docs/API_Reference/Reseller_API/monitor_records.html (pre-2015 page: Create Monitor "
        "Record, error example; the status code is not documented, 400 stands for the documented 4XX class)",
        [
            v2_call(
                MANAGE,
                "method=monitor&task=create&name=myMonitor&email=example@example.com&frequency=1000",
                V2_ERROR,
                status=400,
            )
        ],
    ),
]
