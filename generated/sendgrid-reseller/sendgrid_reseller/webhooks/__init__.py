# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""What SendGrid POSTs to your URLs: Event Webhook batches and Inbound Parse messages.

`parse_events` turns an Event Webhook body into one model per event (chosen by its `event`
field); `parse_inbound` turns an Inbound Parse form into an `InboundMessage`. Every model keeps
fields it does not describe, and an event type this version does not know becomes
`UnknownEvent`, so `model_dump(by_alias=True, exclude_unset=True)` returns what was sent.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, cast

from pydantic import BaseModel

from ._models import (
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
)

Event = (
    BounceEvent
    | ClickEvent
    | DeferredEvent
    | DeliveredEvent
    | DroppedEvent
    | GroupResubscribeEvent
    | GroupUnsubscribeEvent
    | OpenEvent
    | ProcessedEvent
    | SpamReportEvent
    | UnsubscribeEvent
    | UnknownEvent
)
"""Any Event Webhook event."""

EVENT_MODELS: dict[str, type[BaseModel]] = {
    "bounce": BounceEvent,
    "click": ClickEvent,
    "deferred": DeferredEvent,
    "delivered": DeliveredEvent,
    "dropped": DroppedEvent,
    "group_resubscribe": GroupResubscribeEvent,
    "group_unsubscribe": GroupUnsubscribeEvent,
    "open": OpenEvent,
    "processed": ProcessedEvent,
    "spamreport": SpamReportEvent,
    "unsubscribe": UnsubscribeEvent,
}
"""The model of each known `event` type."""


def parse_events(payload: bytes | str | list[Any]) -> list[Event]:
    """The events of one Event Webhook POST body (raw JSON or already decoded)."""
    decoded = json.loads(payload) if isinstance(payload, (bytes, str)) else payload
    if not isinstance(decoded, list):
        raise ValueError("an Event Webhook body is a JSON array of events")
    events: list[Event] = []
    for item in decoded:
        if not isinstance(item, dict):
            raise ValueError(f"an Event Webhook event is a JSON object, got {type(item).__name__}")
        model = EVENT_MODELS.get(str(item.get("event")), UnknownEvent)
        events.append(cast(Event, model.model_validate(item)))
    return events


def parse_inbound(form: Mapping[str, str]) -> InboundMessage:
    """The message of one Inbound Parse POST, from its (text) form fields; file parts are not included."""
    return InboundMessage.model_validate(dict(form))


__all__ = [
    "BounceEvent",
    "ClickEvent",
    "DeferredEvent",
    "DeliveredEvent",
    "DroppedEvent",
    "EVENT_MODELS",
    "Event",
    "GroupResubscribeEvent",
    "GroupUnsubscribeEvent",
    "InboundMessage",
    "OpenEvent",
    "ProcessedEvent",
    "SpamReportEvent",
    "UnknownEvent",
    "UnsubscribeEvent",
    "parse_events",
    "parse_inbound",
]
