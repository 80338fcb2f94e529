"""v3 suppressions: each call's documented example, replayed exactly (request and decoded answer)."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any

import pytest
from sendgrid_reseller import AsyncSendGrid, SendGrid
from sendgrid_reseller.models import (
    RecipientEmailList,
    SuppressionDeleteRequest,
    SuppressionGroupCreate,
    SuppressionGroupUpdate,
)
from sendgrid_reseller.types import UNSET

from tests.client.cassettes import replay

RECIPIENTS = RecipientEmailList(recipient_emails=["test1@example.com", "test2@example.com"])
SOME = SuppressionDeleteRequest(delete_all=False, emails=["example1@example.com", "example2@example.com"])
PAGE: dict[str, Any] = {"start_time": 1443651141, "end_time": 1443651154, "limit": 2, "offset": 0}
DAYS: dict[str, Any] = {"start_date": datetime.date(2022, 1, 1), "end_date": datetime.date(2022, 1, 2)}

Case = tuple[str, Callable[[SendGrid], Any], Callable[[Any], bool]]
CASES: list[Case] = [
    (
        "suppressions/create_suppression_group",
        lambda c: c.suppressions.groups.create(
            body=SuppressionGroupCreate(
                name="Product Suggestions",
                description="Suggestions for products our users might like.",
                is_default=False,
            )
        ),
        lambda r: (r.id, r.is_default) == (103, False),
    ),
    (
        "suppressions/list_suppression_groups",
        lambda c: c.suppressions.groups.list(id=[1234, 1235]),
        lambda r: [g.id for g in r] == [1234, 1235] and r[0].last_email_sent_at is None,
    ),
    (
        "suppressions/get_suppression_group",
        lambda c: c.suppressions.groups.get(100),
        lambda r: (r.name, r.unsubscribes) == ("Newsletters", 400),
    ),
    (
        "suppressions/update_suppression_group",
        lambda c: c.suppressions.groups.update(
            103,
            body=SuppressionGroupUpdate(
                name="Item Suggestions", description="Suggestions for items our users might like."
            ),
        ),
        lambda r: r.name == "Item Suggestions" and r.is_default is UNSET,
    ),
    ("suppressions/delete_suppression_group", lambda c: c.suppressions.groups.delete(103), lambda r: r is None),
    (
        "suppressions/add_group_suppressions",
        lambda c: c.suppressions.groups.suppressions.add(103, body=RECIPIENTS),
        lambda r: r.recipient_emails == ["test1@example.com", "test2@example.com"],
    ),
    (
        "suppressions/list_group_suppressions",
        lambda c: c.suppressions.groups.suppressions.list(103),
        lambda r: r == ["example@example.com", "example2@example.com"],
    ),
    (
        "suppressions/search_group_suppressions",
        lambda c: c.suppressions.groups.suppressions.search(
            103,
            body=RecipientEmailList(
                recipient_emails=["exists1@example.com", "exists2@example.com", "doesnotexists@example.com"]
            ),
        ),
        lambda r: r == ["exists1@example.com", "exists2@example.com"],
    ),
    (
        "suppressions/delete_group_suppression",
        lambda c: c.suppressions.groups.suppressions.delete(103, "test1@example.com"),
        lambda r: r is None,
    ),
    (
        "suppressions/list_all_group_suppressions",
        lambda c: c.suppressions.groups.list_all_suppressions(),
        lambda r: [(x.group_name, x.created_at) for x in r][0] == ("Weekly News", 1410986704),
    ),
    (
        "suppressions/get_address_suppression_groups",
        lambda c: c.suppressions.groups.for_address("test1@example.com"),
        lambda r: [g.suppressed for g in r.suppressions] == [True, True, False],
    ),
    (
        "suppressions/add_global_unsubscribes",
        lambda c: c.suppressions.global_unsubscribes.add(body=RECIPIENTS),
        lambda r: len(r.recipient_emails) == 2,
    ),
    (
        "suppressions/get_global_unsubscribe",
        lambda c: c.suppressions.global_unsubscribes.get("test@example.com"),
        lambda r: r.recipient_email == "test@example.com",
    ),
    (
        "suppressions/get_global_unsubscribe.not_suppressed",
        lambda c: c.suppressions.global_unsubscribes.get("other@example.com"),
        lambda r: r.recipient_email is UNSET,
    ),
    (
        "suppressions/delete_global_unsubscribe",
        lambda c: c.suppressions.global_unsubscribes.delete("test@example.com"),
        lambda r: r is None,
    ),
    (
        "suppressions/list_global_unsubscribes",
        lambda c: c.suppressions.global_unsubscribes.list(**PAGE),
        lambda r: [u.email for u in r] == ["user1@example.com", "user2@example.com"],
    ),
    (
        "suppressions/list_blocks",
        lambda c: c.suppressions.blocks.list(**PAGE),
        lambda r: [b.status for b in r] == ["4.0.0", "4.0.0"],
    ),
    ("suppressions/delete_blocks", lambda c: c.suppressions.blocks.delete_many(body=SOME), lambda r: r is None),
    (
        "suppressions/get_block",
        lambda c: c.suppressions.blocks.get("example@example.com"),
        lambda r: r[0].created == 1443651154,
    ),
    ("suppressions/delete_block", lambda c: c.suppressions.blocks.delete("example@example.com"), lambda r: r is None),
    (
        "suppressions/list_bounces",
        lambda c: c.suppressions.bounces.list(start_time=1250337600, end_time=1443651154, limit=2, offset=0),
        lambda r: len(r.items) == 2 and r.items[1].reason.startswith("550 5.1.1 <testemail2@testing.com>"),
    ),
    (
        "suppressions/delete_bounces",
        lambda c: c.suppressions.bounces.delete_many(body=SuppressionDeleteRequest(delete_all=True)),
        lambda r: r is None,
    ),
    (
        "suppressions/get_bounce",
        lambda c: c.suppressions.bounces.get("bounce1@test.com"),
        lambda r: (r[0].email, r[0].status) == ("bounce1@test.com", "5.1.1"),
    ),
    ("suppressions/delete_bounce", lambda c: c.suppressions.bounces.delete("bounce1@test.com"), lambda r: r is None),
    (
        "suppressions/get_bounce_classification_totals",
        lambda c: c.suppressions.bounces.classification_totals(**DAYS),
        lambda r: [(x.classification, x.count) for x in r.result[1].stats] == [("Unclassified", 23), ("Content", 4)],
    ),
    (
        "suppressions/get_bounce_classification_domains",
        lambda c: c.suppressions.bounces.classification_domains("Invalid Address", **DAYS),
        lambda r: r.result[0].stats[0].domain == "example.com",
    ),
    (
        "suppressions/list_invalid_emails",
        lambda c: c.suppressions.invalid_emails.list(start_time=1449939373, end_time=1449953655, limit=2, offset=0),
        lambda r: [x.created for x in r] == [1449953655, 1449939373],
    ),
    (
        "suppressions/delete_invalid_emails",
        lambda c: c.suppressions.invalid_emails.delete_many(body=SOME),
        lambda r: r is None,
    ),
    (
        "suppressions/get_invalid_email",
        lambda c: c.suppressions.invalid_emails.get("test1@example.com"),
        lambda r: r[0].reason == "Mail domain mentioned in email address is unknown",
    ),
    (
        "suppressions/delete_invalid_email",
        lambda c: c.suppressions.invalid_emails.delete("test1@example.com"),
        lambda r: r is None,
    ),
    (
        "suppressions/list_spam_reports",
        lambda c: c.suppressions.spam_reports.list(**PAGE),
        lambda r: [x.ip for x in r] == ["10.63.202.100", "10.63.202.100"],
    ),
    (
        "suppressions/delete_spam_reports",
        lambda c: c.suppressions.spam_reports.delete_many(body=SOME),
        lambda r: r is None,
    ),
    (
        "suppressions/get_spam_report",
        lambda c: c.suppressions.spam_reports.get("test1@example.com"),
        lambda r: r[0].ip == "10.89.32.5",
    ),
    (
        "suppressions/delete_spam_report",
        lambda c: c.suppressions.spam_reports.delete("test1@example.com"),
        lambda r: r is None,
    ),
]


@pytest.mark.parametrize(("cassette", "call", "check"), CASES, ids=[case[0] for case in CASES])
def test_documented_example(
    v3: SendGrid, cassette: str, call: Callable[[SendGrid], Any], check: Callable[[Any], bool]
) -> None:
    with replay(cassette):
        result = call(v3)
    assert check(result)


def test_list_bounces_detailed_carries_rate_limit(v3: SendGrid) -> None:
    with replay("suppressions/list_bounces"):
        page = v3.suppressions.bounces.list_detailed(start_time=1250337600, end_time=1443651154, limit=2, offset=0)
    assert page.rate_limit is not None and page.rate_limit.remaining == 499


async def test_list_blocks_async_items(v3_async: AsyncSendGrid) -> None:
    with replay("suppressions/list_blocks"):
        emails = [b.email async for b in v3_async.suppressions.blocks.list_items(**PAGE)]
    assert emails == ["example@example.com", "example1@example.com"]
