"""Webhook payload models: SendGrid's documented samples parse, and nothing is lost on the way.

Samples: the Event Webhook reference's example of each event type, and an Inbound Parse post
with the fields the Inbound Parse reference lists.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from pydantic import BaseModel
from sendgrid_reseller.webhooks import (
    BounceEvent,
    ClickEvent,
    DeferredEvent,
    DeliveredEvent,
    DroppedEvent,
    GroupResubscribeEvent,
    GroupUnsubscribeEvent,
    InboundMessage,
    OpenEvent,
    ProcessedEvent,
    SpamReportEvent,
    UnknownEvent,
    UnsubscribeEvent,
    parse_events,
    parse_inbound,
)

BASE: dict[str, Any] = {
    "email": "example@test.com",
    "timestamp": 1513299569,
    "smtp-id": "<14c5d75ce93.dfd.64b469@ismtpd-555>",
    "category": "cat facts",
    "sg_event_id": "sg_event_id",
    "sg_message_id": "sg_message_id",
}
UA = "Mozilla/4.0 (compatible; MSIE 6.1; Windows XP; .NET CLR 1.1.4322; .NET CLR 2.0.50727)"
DOCUMENTED = [
    {**BASE, "event": "processed", "pool": {"name": "new_MY_test", "id": 210}},
    {**BASE, "event": "deferred", "ip": "168.1.1.1", "response": "400 try again later", "attempt": "5"},
    {**BASE, "event": "delivered", "ip": "168.1.1.1", "response": "250 OK", "tls": 1, "cert_err": 0},
    {**BASE, "event": "open", "useragent": UA, "ip": "255.255.255.255", "sg_machine_open": False},
    {
        **BASE,
        "event": "click",
        "useragent": UA,
        "ip": "255.255.255.255",
        "url": "http://www.sendgrid.com/",
        "url_offset": {"index": 0, "type": "html"},
    },
    {
        **BASE,
        "event": "bounce",
        "ip": "168.1.1.1",
        "reason": "500 unknown recipient",
        "status": "5.0.0",
        "type": "bounce",
        "bounce_classification": "Invalid Address",
        "tls": 1,
    },
    {**BASE, "event": "dropped", "reason": "Bounced Address", "status": "5.0.0"},
    {**BASE, "event": "spamreport"},
    {**BASE, "event": "unsubscribe"},
    {
        **BASE,
        "event": "group_unsubscribe",
        "useragent": UA,
        "ip": "255.255.255.255",
        "url": "http://www.sendgrid.com/",
        "asm_group_id": 10,
    },
    {
        **BASE,
        "event": "group_resubscribe",
        "useragent": UA,
        "ip": "255.255.255.255",
        "url": "http://www.sendgrid.com/",
        "asm_group_id": 10,
    },
]
EXPECTED = [
    ProcessedEvent,
    DeferredEvent,
    DeliveredEvent,
    OpenEvent,
    ClickEvent,
    BounceEvent,
    DroppedEvent,
    SpamReportEvent,
    UnsubscribeEvent,
    GroupUnsubscribeEvent,
    GroupResubscribeEvent,
]


def _dump(event: BaseModel) -> dict[str, Any]:
    return event.model_dump(mode="json", by_alias=True, exclude_unset=True)


def test_every_documented_event_parses_to_its_model() -> None:
    events = parse_events(json.dumps(DOCUMENTED).encode())
    assert [type(e) for e in events] == EXPECTED
    assert [_dump(e) for e in events] == DOCUMENTED


@pytest.mark.parametrize("payload", [json.dumps(DOCUMENTED), DOCUMENTED], ids=["str", "decoded"])
def test_parse_events_accepts_text_and_decoded_json(payload: str | list[Any]) -> None:
    assert len(parse_events(payload)) == len(DOCUMENTED)


def test_typed_fields() -> None:
    deferred, bounce, click = parse_events([DOCUMENTED[1], DOCUMENTED[5], DOCUMENTED[4]])
    assert isinstance(deferred, DeferredEvent) and deferred.attempt == "5"
    assert deferred.smtp_id is not None and deferred.smtp_id.startswith("<14c5")
    assert isinstance(bounce, BounceEvent) and bounce.bounce_classification == "Invalid Address"
    assert isinstance(click, ClickEvent) and click.url_offset is not None and click.url_offset.type == "html"


def test_category_may_be_a_list() -> None:
    (event,) = parse_events([{**DOCUMENTED[0], "category": ["cat facts", "dog facts"]}])
    assert isinstance(event, ProcessedEvent)
    assert event.category == ["cat facts", "dog facts"]


def test_unknown_fields_round_trip() -> None:
    sent = {**DOCUMENTED[2], "custom_arg": "kept", "nested": {"a": [1, 2]}, "marketing_campaign_id": 12}
    (event,) = parse_events([sent])
    assert isinstance(event, DeliveredEvent)
    assert event.model_extra == {"custom_arg": "kept", "nested": {"a": [1, 2]}}
    assert _dump(event) == sent


def test_unknown_event_type_round_trips_without_loss() -> None:
    sent = {
        "event": "account_status_change",
        "timestamp": 1513299569,
        "type": "compliance_suspend",
        "sg_event_id": "abc",
        "details": {"reason": "x"},
    }
    (event,) = parse_events([sent])
    assert isinstance(event, UnknownEvent)
    assert event.event == "account_status_change"
    assert _dump(event) == sent
    assert json.loads(event.model_dump_json(by_alias=True, exclude_unset=True)) == sent


def test_a_body_that_is_not_a_list_is_refused() -> None:
    with pytest.raises(ValueError, match="array"):
        parse_events('{"event": "open"}')


INBOUND = {
    "headers": "MIME-Version: 1.0\nFrom: Example User <test@example.com>\nSubject: Test Subject\n"
    "To: foo@inbound.example.com",
    "dkim": "{@example.com : pass}",
    "content-ids": '{"ii_1562e2169c132d83":"attachment1"}',
    "to": "foo@inbound.example.com",
    "from": "Example User <test@example.com>",
    "html": "<html><body><strong>Hello SendGrid!</body></html>",
    "text": "Hello SendGrid!\n",
    "sender_ip": "0.0.0.0",
    "spam_report": 'Spam detection software, running on the system "parsley-p1las1-spamassassin"...',
    "envelope": '{"to":["foo@inbound.example.com"],"from":"test@example.com"}',
    "attachments": "1",
    "subject": "Testing non-raw",
    "spam_score": "0.012",
    "attachment-info": '{"attachment1":{"filename":"image.png","name":"image.png","type":"image/png",'
    '"content-id":"ii_1562e2169c132d83"}}',
    "charsets": '{"to":"UTF-8","html":"UTF-8","subject":"UTF-8","from":"UTF-8","text":"UTF-8"}',
    "SPF": "pass",
}


def test_inbound_parse_sample() -> None:
    message = parse_inbound(INBOUND)
    assert isinstance(message, InboundMessage)
    assert message.from_ == "Example User <test@example.com>"
    assert (
        message.attachment_info is not None
        and json.loads(message.attachment_info)["attachment1"]["type"] == "image/png"
    )
    assert message.content_ids is not None and message.spam_score == "0.012" and message.SPF == "pass"
    assert json.loads(message.envelope or "{}")["to"] == ["foo@inbound.example.com"]
    assert message.model_dump(by_alias=True, exclude_unset=True) == INBOUND


def test_inbound_keeps_fields_it_does_not_describe() -> None:
    message = parse_inbound({**INBOUND, "X-Custom": "1"})
    assert message.model_extra == {"X-Custom": "1"}
