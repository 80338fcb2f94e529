# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailStatsMetrics")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "blocks",
        "bounce_drops",
        "bounces",
        "clicks",
        "deferred",
        "delivered",
        "invalid_emails",
        "opens",
        "processed",
        "requests",
        "spam_report_drops",
        "spam_reports",
        "unique_clicks",
        "unique_opens",
        "unsubscribe_drops",
        "unsubscribes",
    }
)


@_attrs_define
class EmailStatsMetrics:
    """Counts of what happened to mail in the period.

    Attributes:
        blocks (int | Unset):
        bounce_drops (int | Unset):
        bounces (int | Unset):
        clicks (int | Unset):
        deferred (int | Unset):
        delivered (int | Unset):
        invalid_emails (int | Unset):
        opens (int | Unset):
        processed (int | Unset):
        requests (int | Unset):
        spam_report_drops (int | Unset):
        spam_reports (int | Unset):
        unique_clicks (int | Unset):
        unique_opens (int | Unset):
        unsubscribe_drops (int | Unset):
        unsubscribes (int | Unset):
    """

    blocks: int | Unset = UNSET
    bounce_drops: int | Unset = UNSET
    bounces: int | Unset = UNSET
    clicks: int | Unset = UNSET
    deferred: int | Unset = UNSET
    delivered: int | Unset = UNSET
    invalid_emails: int | Unset = UNSET
    opens: int | Unset = UNSET
    processed: int | Unset = UNSET
    requests: int | Unset = UNSET
    spam_report_drops: int | Unset = UNSET
    spam_reports: int | Unset = UNSET
    unique_clicks: int | Unset = UNSET
    unique_opens: int | Unset = UNSET
    unsubscribe_drops: int | Unset = UNSET
    unsubscribes: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        blocks = self.blocks

        bounce_drops = self.bounce_drops

        bounces = self.bounces

        clicks = self.clicks

        deferred = self.deferred

        delivered = self.delivered

        invalid_emails = self.invalid_emails

        opens = self.opens

        processed = self.processed

        requests = self.requests

        spam_report_drops = self.spam_report_drops

        spam_reports = self.spam_reports

        unique_clicks = self.unique_clicks

        unique_opens = self.unique_opens

        unsubscribe_drops = self.unsubscribe_drops

        unsubscribes = self.unsubscribes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if blocks is not UNSET:
            field_dict["blocks"] = blocks
        if bounce_drops is not UNSET:
            field_dict["bounce_drops"] = bounce_drops
        if bounces is not UNSET:
            field_dict["bounces"] = bounces
        if clicks is not UNSET:
            field_dict["clicks"] = clicks
        if deferred is not UNSET:
            field_dict["deferred"] = deferred
        if delivered is not UNSET:
            field_dict["delivered"] = delivered
        if invalid_emails is not UNSET:
            field_dict["invalid_emails"] = invalid_emails
        if opens is not UNSET:
            field_dict["opens"] = opens
        if processed is not UNSET:
            field_dict["processed"] = processed
        if requests is not UNSET:
            field_dict["requests"] = requests
        if spam_report_drops is not UNSET:
            field_dict["spam_report_drops"] = spam_report_drops
        if spam_reports is not UNSET:
            field_dict["spam_reports"] = spam_reports
        if unique_clicks is not UNSET:
            field_dict["unique_clicks"] = unique_clicks
        if unique_opens is not UNSET:
            field_dict["unique_opens"] = unique_opens
        if unsubscribe_drops is not UNSET:
            field_dict["unsubscribe_drops"] = unsubscribe_drops
        if unsubscribes is not UNSET:
            field_dict["unsubscribes"] = unsubscribes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        blocks = src_dict.get("blocks", UNSET)

        bounce_drops = src_dict.get("bounce_drops", UNSET)

        bounces = src_dict.get("bounces", UNSET)

        clicks = src_dict.get("clicks", UNSET)

        deferred = src_dict.get("deferred", UNSET)

        delivered = src_dict.get("delivered", UNSET)

        invalid_emails = src_dict.get("invalid_emails", UNSET)

        opens = src_dict.get("opens", UNSET)

        processed = src_dict.get("processed", UNSET)

        requests = src_dict.get("requests", UNSET)

        spam_report_drops = src_dict.get("spam_report_drops", UNSET)

        spam_reports = src_dict.get("spam_reports", UNSET)

        unique_clicks = src_dict.get("unique_clicks", UNSET)

        unique_opens = src_dict.get("unique_opens", UNSET)

        unsubscribe_drops = src_dict.get("unsubscribe_drops", UNSET)

        unsubscribes = src_dict.get("unsubscribes", UNSET)

        if cls is EmailStatsMetrics:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            email_stats_metrics = _new_instance(cls)
            email_stats_metrics.blocks = blocks
            email_stats_metrics.bounce_drops = bounce_drops
            email_stats_metrics.bounces = bounces
            email_stats_metrics.clicks = clicks
            email_stats_metrics.deferred = deferred
            email_stats_metrics.delivered = delivered
            email_stats_metrics.invalid_emails = invalid_emails
            email_stats_metrics.opens = opens
            email_stats_metrics.processed = processed
            email_stats_metrics.requests = requests
            email_stats_metrics.spam_report_drops = spam_report_drops
            email_stats_metrics.spam_reports = spam_reports
            email_stats_metrics.unique_clicks = unique_clicks
            email_stats_metrics.unique_opens = unique_opens
            email_stats_metrics.unsubscribe_drops = unsubscribe_drops
            email_stats_metrics.unsubscribes = unsubscribes
            email_stats_metrics.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            email_stats_metrics = cls(
                blocks,
                bounce_drops,
                bounces,
                clicks,
                deferred,
                delivered,
                invalid_emails,
                opens,
                processed,
                requests,
                spam_report_drops,
                spam_reports,
                unique_clicks,
                unique_opens,
                unsubscribe_drops,
                unsubscribes,
            )
        # A key that is not a declared field is additional (most records have none). With this many
        # optional fields one pass over the keys is cheaper than testing each field's presence.
        if len(src_dict) > 0 and not _WIRE_NAMES.issuperset(src_dict):
            email_stats_metrics.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return email_stats_metrics

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
