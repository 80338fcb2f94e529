# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""Webhook payload models (datamodel-code-generator output)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field


class EventBase(BaseModel):
    """
    What every event carries.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    asm_group_id: int | None = None
    """
    The unsubscribe group of the message.
    """
    category: str | list[str] | None = None
    """
    The message's category, or a list of them.
    """
    email: str
    """
    The recipient's address (plain string, no validation).
    """
    event: str
    """
    The event type.
    """
    marketing_campaign_id: int | None = None
    marketing_campaign_name: str | None = None
    marketing_campaign_split_id: int | None = None
    marketing_campaign_version: str | None = None
    sg_event_id: str | None = None
    """
    Unique id of this event (use it to drop duplicates).
    """
    sg_message_id: str | None = None
    """
    SendGrid's id of the message.
    """
    smtp_id: Annotated[str | None, Field(alias="smtp-id")] = None
    """
    The message id SendGrid gave the message, with angle brackets.
    """
    timestamp: int
    """
    Unix time of the event.
    """


class EventPool(BaseModel):
    """
    The IP pool the message was sent from.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: int | None = None
    name: str | None = None


class GroupResubscribeEvent(EventBase):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    event: Literal["group_resubscribe"]
    """
    The event type.
    """
    ip: str | None = None
    url: str | None = None
    useragent: str | None = None


class GroupUnsubscribeEvent(EventBase):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    event: Literal["group_unsubscribe"]
    """
    The event type.
    """
    ip: str | None = None
    url: str | None = None
    useragent: str | None = None


class InboundMessage(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    SPF: str | None = None
    """
    The SPF check result (e.g. pass).
    """
    attachment_info: Annotated[str | None, Field(alias="attachment-info")] = None
    """
    JSON describing each attachment (filename, type, content-id).
    """
    attachments: str | None = None
    """
    How many attachments there are (a number as text).
    """
    cc: str | None = None
    charsets: str | None = None
    """
    JSON mapping each field to its character set.
    """
    content_ids: Annotated[str | None, Field(alias="content-ids")] = None
    """
    JSON object mapping Content-IDs to attachment field names.
    """
    dkim: str | None = None
    """
    DKIM verification results per signing domain.
    """
    email: str | None = None
    """
    The raw MIME message (only with send_raw).
    """
    envelope: str | None = None
    """
    JSON with the SMTP envelope: {"to": [...], "from": "..."}.
    """
    from_: Annotated[str | None, Field(alias="from")] = None
    headers: str | None = None
    """
    The raw header block of the message.
    """
    html: str | None = None
    """
    The HTML body.
    """
    sender_ip: str | None = None
    """
    The IP that delivered the message to SendGrid.
    """
    spam_report: str | None = None
    """
    SpamAssassin's report, when spam checking is on.
    """
    spam_score: str | None = None
    """
    SpamAssassin's score, when spam checking is on.
    """
    subject: str | None = None
    text: str | None = None
    """
    The plain text body.
    """
    to: str | None = None


class OpenEvent(EventBase):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    event: Literal["open"]
    """
    The event type.
    """
    ip: str | None = None
    """
    The opener's IP.
    """
    sg_machine_open: bool | None = None
    """
    True when a mail client or proxy (not a person) opened it.
    """
    useragent: str | None = None


class ProcessedEvent(EventBase):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    event: Literal["processed"]
    """
    The event type.
    """
    pool: EventPool | None = None


class SpamReportEvent(EventBase):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    event: Literal["spamreport"]
    """
    The event type.
    """


class UnknownEvent(BaseModel):
    """
    An event of a type this client does not know yet; every field is kept as sent.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    event: str


class UnsubscribeEvent(EventBase):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    event: Literal["unsubscribe"]
    """
    The event type.
    """


class UrlOffset(BaseModel):
    """
    Which link of the message was clicked.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    index: int | None = None
    """
    Position of the link among the message's links.
    """
    type: str | None = None
    """
    The part the link was in (html or text).
    """


class BounceEvent(EventBase):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    bounce_classification: str | None = None
    """
    SendGrid's class of the bounce, e.g. Invalid Address.
    """
    cert_err: int | None = None
    event: Literal["bounce"]
    """
    The event type.
    """
    ip: str | None = None
    reason: str | None = None
    """
    The receiving server's answer.
    """
    status: str | None = None
    """
    Enhanced SMTP status code, e.g. 5.0.0.
    """
    tls: int | None = None
    type: str | None = None
    """
    bounce (permanent) or blocked (temporary).
    """


class ClickEvent(EventBase):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    event: Literal["click"]
    """
    The event type.
    """
    ip: str | None = None
    url: str | None = None
    """
    The clicked link.
    """
    url_offset: UrlOffset | None = None
    useragent: str | None = None


class DeferredEvent(EventBase):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    attempt: str | int | None = None
    """
    How many times delivery was tried (SendGrid sends it as a string).
    """
    cert_err: int | None = None
    event: Literal["deferred"]
    """
    The event type.
    """
    ip: str | None = None
    response: str | None = None
    tls: int | None = None


class DeliveredEvent(EventBase):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    cert_err: int | None = None
    """
    1 when the receiving server's certificate did not verify.
    """
    event: Literal["delivered"]
    """
    The event type.
    """
    ip: str | None = None
    """
    The sending IP.
    """
    response: str | None = None
    """
    The receiving server's answer.
    """
    tls: int | None = None
    """
    1 when TLS was used, 0 otherwise.
    """


class DroppedEvent(EventBase):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    event: Literal["dropped"]
    """
    The event type.
    """
    reason: str | None = None
    """
    Why SendGrid did not send it (e.g. Bounced Address).
    """
    status: str | None = None
    """
    Enhanced SMTP status code.
    """
