"""v3 suppressions: SendGrid's documented example of each call (tsg_suppressions_v3 / docs pages).

Addresses in paths are percent-encoded (`@` as %40), as the client sends them.
"""

from tests.client.transcriptions._v3 import call

REF = "https://docs.sendgrid.com/api-reference"
GROUP = {
    "id": 103,
    "name": "Product Suggestions",
    "description": "Suggestions for products our users might like.",
    "is_default": False,
}
LISTED_GROUP = {
    "id": 1234,
    "name": "Unsubscribe Group",
    "description": "An Unsubscribe Group",
    "last_email_sent_at": None,
    "is_default": True,
    "unsubscribes": 1234,
}
RECIPIENTS = {"recipient_emails": ["test1@example.com", "test2@example.com"]}
DELETE_SOME = {"delete_all": False, "emails": ["example1@example.com", "example2@example.com"]}
GMAIL_REASON = (
    "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the "
    "recipient's email address for typos or unnecessary spaces. Learn more at  "
    "https://support.google.com/mail/answer/6596 o186si2389584ioe.63 - gsmtp "
)
PAGE = "start_time=1443651141&end_time=1443651154&limit=2&offset=0"

CASSETTES = [
    (
        "suppressions/create_suppression_group",
        REF + "/suppressions-unsubscribe-groups/create-a-new-suppression-group",
        [
            call(
                "POST",
                "/v3/asm/groups",
                status=201,
                response=GROUP,
                body={
                    "name": "Product Suggestions",
                    "description": "Suggestions for products our users might like.",
                    "is_default": False,
                },
            ),
        ],
    ),
    (
        "suppressions/list_suppression_groups",
        REF + "/suppressions-unsubscribe-groups/retrieve-all-suppression-groups-associated-with-the-user",
        [
            call(
                "GET", "/v3/asm/groups", query="id=1234&id=1235", response=[LISTED_GROUP, {**LISTED_GROUP, "id": 1235}]
            ),
        ],
    ),
    (
        "suppressions/get_suppression_group",
        REF + "/suppressions-unsubscribe-groups/get-information-on-a-single-suppression-group",
        [
            call(
                "GET",
                "/v3/asm/groups/100",
                response={
                    "description": "Our monthly newsletter.",
                    "id": 100,
                    "is_default": True,
                    "last_email_sent_at": None,
                    "name": "Newsletters",
                    "unsubscribes": 400,
                },
            ),
        ],
    ),
    (
        "suppressions/update_suppression_group",
        REF + "/suppressions-unsubscribe-groups/update-a-suppression-group",
        [
            call(
                "PATCH",
                "/v3/asm/groups/103",
                status=201,
                body={"name": "Item Suggestions", "description": "Suggestions for items our users might like."},
                response={
                    "id": 103,
                    "name": "Item Suggestions",
                    "description": "Suggestions for items our users might like.",
                },
            ),
        ],
    ),
    (
        "suppressions/delete_suppression_group",
        REF + "/suppressions-unsubscribe-groups/delete-a-suppression-group",
        [
            call("DELETE", "/v3/asm/groups/103", status=204),
        ],
    ),
    (
        "suppressions/add_group_suppressions",
        REF + "/suppressions-suppressions/add-suppressions-to-a-suppression-group",
        [
            call("POST", "/v3/asm/groups/103/suppressions", body=RECIPIENTS, status=201, response=RECIPIENTS),
        ],
    ),
    (
        "suppressions/list_group_suppressions",
        REF + "/suppressions-suppressions/retrieve-all-suppressions-for-a-suppression-group",
        [
            call("GET", "/v3/asm/groups/103/suppressions", response=["example@example.com", "example2@example.com"]),
        ],
    ),
    (
        "suppressions/search_group_suppressions",
        REF + "/suppressions-suppressions/search-for-suppressions-within-a-group",
        [
            call(
                "POST",
                "/v3/asm/groups/103/suppressions/search",
                body={"recipient_emails": ["exists1@example.com", "exists2@example.com", "doesnotexists@example.com"]},
                response=["exists1@example.com", "exists2@example.com"],
            ),
        ],
    ),
    (
        "suppressions/delete_group_suppression",
        REF + "/suppressions-suppressions/delete-a-suppression-from-a-suppression-group",
        [
            call("DELETE", "/v3/asm/groups/103/suppressions/test1%40example.com", status=204),
        ],
    ),
    (
        "suppressions/list_all_group_suppressions",
        REF + "/suppressions-suppressions/retrieve-all-suppressions",
        [
            call(
                "GET",
                "/v3/asm/suppressions",
                response=[
                    {
                        "email": "test1@example.com",
                        "group_id": 1,
                        "group_name": "Weekly News",
                        "created_at": 1410986704,
                    },
                    {"email": "test1@example.com", "group_id": 2, "group_name": "Daily News", "created_at": 1411493671},
                    {"email": "test2@example.com", "group_id": 2, "group_name": "Daily News", "created_at": 1411493671},
                ],
            ),
        ],
    ),
    (
        "suppressions/get_address_suppression_groups",
        REF + "/suppressions-suppressions/retrieve-all-suppression-groups-for-an-email-address",
        [
            call(
                "GET",
                "/v3/asm/suppressions/test1%40example.com",
                response={
                    "suppressions": [
                        {
                            "description": "Optional description.",
                            "id": 1,
                            "is_default": True,
                            "name": "Weekly News",
                            "suppressed": True,
                        },
                        {
                            "description": "Some daily news.",
                            "id": 2,
                            "is_default": True,
                            "name": "Daily News",
                            "suppressed": True,
                        },
                        {
                            "description": "An old group.",
                            "id": 2,
                            "is_default": False,
                            "name": "Old News",
                            "suppressed": False,
                        },
                    ]
                },
            ),
        ],
    ),
    (
        "suppressions/add_global_unsubscribes",
        REF + "/suppressions-global-suppressions/add-recipient-addresses-to-the-global-suppression-group",
        [
            call("POST", "/v3/asm/suppressions/global", body=RECIPIENTS, status=201, response=RECIPIENTS),
        ],
    ),
    (
        "suppressions/get_global_unsubscribe",
        REF + "/suppressions-global-suppressions/retrieve-a-global-suppression",
        [
            call(
                "GET",
                "/v3/asm/suppressions/global/test%40example.com",
                response={"recipient_email": "test@example.com"},
            ),
        ],
    ),
    (
        "suppressions/get_global_unsubscribe.not_suppressed",
        REF + " (same page: an address that is not suppressed answers {})",
        [
            call("GET", "/v3/asm/suppressions/global/other%40example.com", response={}),
        ],
    ),
    (
        "suppressions/delete_global_unsubscribe",
        REF + "/suppressions-global-suppressions/delete-a-global-suppression",
        [
            call("DELETE", "/v3/asm/suppressions/global/test%40example.com", status=204),
        ],
    ),
    (
        "suppressions/list_global_unsubscribes",
        REF + "/suppressions-global-suppressions/retrieve-all-global-suppressions",
        [
            call(
                "GET",
                "/v3/suppression/unsubscribes",
                query=PAGE,
                response=[
                    {"created": 1443651141, "email": "user1@example.com"},
                    {"created": 1443651154, "email": "user2@example.com"},
                ],
            ),
        ],
    ),
    (
        "suppressions/list_blocks",
        REF + "/blocks-api/retrieve-all-blocks",
        [
            call(
                "GET",
                "/v3/suppression/blocks",
                query=PAGE,
                response=[
                    {
                        "created": 1443651154,
                        "email": "example@example.com",
                        "reason": "error dialing remote address: dial tcp 10.57.152.165:25: no route to host",
                        "status": "4.0.0",
                    },
                    {
                        "created": 1443651155,
                        "email": "example1@example.com",
                        "reason": "unable to resolve MX record for example.com: servfail",
                        "status": "4.0.0",
                    },
                ],
            ),
        ],
    ),
    (
        "suppressions/delete_blocks",
        REF + "/blocks-api/delete-blocks",
        [
            call("DELETE", "/v3/suppression/blocks", body=DELETE_SOME, status=204),
        ],
    ),
    (
        "suppressions/get_block",
        REF + "/blocks-api/retrieve-a-specific-block",
        [
            call(
                "GET",
                "/v3/suppression/blocks/example%40example.com",
                response=[
                    {
                        "created": 1443651154,
                        "email": "example@example.com",
                        "reason": "error dialing remote address: dial tcp 10.57.152.165:25: no route to host",
                        "status": "4.0.0",
                    }
                ],
            ),
        ],
    ),
    (
        "suppressions/delete_block",
        REF + "/blocks-api/delete-a-specific-block",
        [
            call("DELETE", "/v3/suppression/blocks/example%40example.com", status=204),
        ],
    ),
    (
        "suppressions/list_bounces",
        REF + "/bounces-api/retrieve-all-bounces",
        [
            call(
                "GET",
                "/v3/suppression/bounces",
                query="start_time=1250337600&end_time=1443651154&limit=2&offset=0",
                response=[
                    {"created": 1250337600, "email": "example@example.com", "reason": GMAIL_REASON, "status": "5.1.1"},
                    {
                        "created": 1250337600,
                        "email": "example@example.com",
                        "reason": "550 5.1.1 <testemail2@testing.com>: Recipient address rejected: "
                        "User unknown in virtual alias table ",
                        "status": "5.1.1",
                    },
                ],
            ),
        ],
    ),
    (
        "suppressions/delete_bounces",
        REF + "/bounces-api/delete-bounces",
        [
            call("DELETE", "/v3/suppression/bounces", body={"delete_all": True}, status=204),
        ],
    ),
    (
        "suppressions/get_bounce",
        REF + "/bounces-api/retrieve-a-bounce",
        [
            call(
                "GET",
                "/v3/suppression/bounces/bounce1%40test.com",
                response=[
                    {"created": 1443651125, "email": "bounce1@test.com", "reason": GMAIL_REASON, "status": "5.1.1"}
                ],
            ),
        ],
    ),
    (
        "suppressions/delete_bounce",
        REF + "/bounces-api/delete-a-bounce",
        [
            call("DELETE", "/v3/suppression/bounces/bounce1%40test.com", status=204),
        ],
    ),
    (
        "suppressions/get_bounce_classification_totals",
        REF + "/bounces-api/retrieve-bounce-classification-totals",
        [
            call(
                "GET",
                "/v3/suppression/bounces/classifications",
                query="start_date=2022-01-01&end_date=2022-01-02",
                response={
                    "result": [
                        {
                            "date": "2022-01-01",
                            "stats": [
                                {"classification": "Unclassified", "count": 35},
                                {"classification": "Invalid Address", "count": 14},
                            ],
                        },
                        {
                            "date": "2022-01-02",
                            "stats": [
                                {"classification": "Unclassified", "count": 23},
                                {"classification": "Content", "count": 4},
                            ],
                        },
                    ]
                },
            ),
        ],
    ),
    (
        "suppressions/get_bounce_classification_domains",
        REF + "/bounces-api/retrieve-bounce-classification-over-time-by-domain-stats",
        [
            call(
                "GET",
                "/v3/suppression/bounces/classifications/Invalid%20Address",
                query="start_date=2022-01-01&end_date=2022-01-02",
                response={
                    "result": [
                        {
                            "date": "2022-01-01",
                            "stats": [
                                {"domain": "example.com", "count": 35},
                                {"domain": "one.example.com", "count": 14},
                            ],
                        },
                        {
                            "date": "2022-01-02",
                            "stats": [
                                {"domain": "example.com", "count": 23},
                                {"domain": "one.example.com", "count": 4},
                            ],
                        },
                    ]
                },
            ),
        ],
    ),
    (
        "suppressions/list_invalid_emails",
        REF + "/invalid-e-mails-api/retrieve-all-invalid-emails",
        [
            call(
                "GET",
                "/v3/suppression/invalid_emails",
                query="start_time=1449939373&end_time=1449953655&limit=2&offset=0",
                response=[
                    {
                        "created": 1449953655,
                        "email": "user1@example.com",
                        "reason": "Mail domain mentioned in email address is unknown",
                    },
                    {
                        "created": 1449939373,
                        "email": "user2@example.com",
                        "reason": "Mail domain mentioned in email address is unknown",
                    },
                ],
            ),
        ],
    ),
    (
        "suppressions/delete_invalid_emails",
        REF + "/invalid-e-mails-api/delete-invalid-emails",
        [
            call("DELETE", "/v3/suppression/invalid_emails", body=DELETE_SOME, status=204),
        ],
    ),
    (
        "suppressions/get_invalid_email",
        REF + "/invalid-e-mails-api/retrieve-a-specific-invalid-email",
        [
            call(
                "GET",
                "/v3/suppression/invalid_emails/test1%40example.com",
                response=[
                    {
                        "created": 1454433146,
                        "email": "test1@example.com",
                        "reason": "Mail domain mentioned in email address is unknown",
                    }
                ],
            ),
        ],
    ),
    (
        "suppressions/delete_invalid_email",
        REF + "/invalid-e-mails-api/delete-a-specific-invalid-email",
        [
            call("DELETE", "/v3/suppression/invalid_emails/test1%40example.com", status=204),
        ],
    ),
    (
        "suppressions/list_spam_reports",
        REF + "/spam-reports-api/retrieve-all-spam-reports",
        [
            call(
                "GET",
                "/v3/suppression/spam_reports",
                query=PAGE,
                response=[
                    {"created": 1443651141, "email": "user1@example.com", "ip": "10.63.202.100"},
                    {"created": 1443651154, "email": "user2@example.com", "ip": "10.63.202.100"},
                ],
            ),
        ],
    ),
    (
        "suppressions/delete_spam_reports",
        REF + "/spam-reports-api/delete-spam-reports",
        [
            call("DELETE", "/v3/suppression/spam_reports", body=DELETE_SOME, status=204),
        ],
    ),
    (
        "suppressions/get_spam_report",
        REF + "/spam-reports-api/retrieve-a-specific-spam-report",
        [
            call(
                "GET",
                "/v3/suppression/spam_reports/test1%40example.com",
                response=[{"created": 1454433146, "email": "test1@example.com", "ip": "10.89.32.5"}],
            ),
        ],
    ),
    (
        "suppressions/delete_spam_report",
        REF + "/spam-reports-api/delete-a-specific-spam-report",
        [
            call("DELETE", "/v3/suppression/spam_reports/test1%40example.com", status=204),
        ],
    ),
]
