"""Invoice Retrieval (v2 reseller, under /api/billing.*): the documented example of each call."""

from tests.client.cassettes import v2_call

DOCS = "https://sendgrid.com/docs/API_Reference/Web_API/Reseller_API/invoice_retrieval.html"
TRUNCATED = "; the example's status=pai is cut short, this is the status=paid our client sends"

CASSETTES = [
    (
        "invoice_retrieval/list_invoice_numbers",
        DOCS + " (Retrieve Invoice Numbers" + TRUNCATED + ")",
        [v2_call("/api/billing.list.json", "status=paid", '[{"number":"2010010001"},{"number":"2010010002"}]')],
    ),
    (
        "invoice_retrieval/get_invoices",
        DOCS + " (Retrieve Invoices" + TRUNCATED + "; the JSON sample is one invoice object, not an array)",
        [
            v2_call(
                "/api/billing.get.json",
                "status=paid",
                '{"number":"2010010001","package":"Basic Package","credits":10000000,'
                '"date_invoiced":"2010-01-01 00:00:00",'
                '"status":"Paid","amount":100,"additional_charges":0,"overage":10,"type":"Recurring Bill","prorated":0,'
                '"start_date":"2009-12-01","end_date":"2009-12-31","final_amount":110}',
            )
        ],
    ),
]
