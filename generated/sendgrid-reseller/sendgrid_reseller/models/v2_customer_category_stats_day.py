# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.wire_values import decode_date, encode_wire_value
from ..types import UNSET, Unset

T = TypeVar("T", bound="V2CustomerCategoryStatsDay")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "category",
        "date",
        "requests",
        "delivered",
        "bounces",
        "repeat_bounces",
        "unsubscribes",
        "repeat_unsubscribes",
        "clicks",
        "opens",
        "unique_clicks",
        "unique_opens",
        "spamreports",
        "repeat_spamreports",
        "invalid_email",
        "blocked",
        "spam_drop",
    }
)


@_attrs_define
class V2CustomerCategoryStatsDay:
    """A customer's sending counters for one category on one day.

    Attributes:
        category (str | Unset):
        date (datetime.date | None | Unset): The day (YYYY-MM-DD). Decoded from the wire string, kept in raw_values.
        requests (int | Unset):
        delivered (int | Unset):
        bounces (int | Unset):
        repeat_bounces (int | Unset):
        unsubscribes (int | Unset):
        repeat_unsubscribes (int | Unset):
        clicks (int | Unset):
        opens (int | Unset):
        unique_clicks (int | Unset):
        unique_opens (int | Unset):
        spamreports (int | Unset):
        repeat_spamreports (int | Unset):
        invalid_email (int | Unset):
        blocked (int | Unset):
        spam_drop (int | Unset):
    """

    category: str | Unset = UNSET
    date: datetime.date | None | Unset = UNSET
    requests: int | Unset = UNSET
    delivered: int | Unset = UNSET
    bounces: int | Unset = UNSET
    repeat_bounces: int | Unset = UNSET
    unsubscribes: int | Unset = UNSET
    repeat_unsubscribes: int | Unset = UNSET
    clicks: int | Unset = UNSET
    opens: int | Unset = UNSET
    unique_clicks: int | Unset = UNSET
    unique_opens: int | Unset = UNSET
    spamreports: int | Unset = UNSET
    repeat_spamreports: int | Unset = UNSET
    invalid_email: int | Unset = UNSET
    blocked: int | Unset = UNSET
    spam_drop: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The wire values of the decoded fields, by wire name, as SendGrid sent them.
    raw_values: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False)

    def to_dict(self) -> dict[str, Any]:
        category = self.category

        date = self.raw_values.get("date", encode_wire_value(self.date))

        requests = self.requests

        delivered = self.delivered

        bounces = self.bounces

        repeat_bounces = self.repeat_bounces

        unsubscribes = self.unsubscribes

        repeat_unsubscribes = self.repeat_unsubscribes

        clicks = self.clicks

        opens = self.opens

        unique_clicks = self.unique_clicks

        unique_opens = self.unique_opens

        spamreports = self.spamreports

        repeat_spamreports = self.repeat_spamreports

        invalid_email = self.invalid_email

        blocked = self.blocked

        spam_drop = self.spam_drop

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if category is not UNSET:
            field_dict["category"] = category
        if date is not UNSET:
            field_dict["date"] = date
        if requests is not UNSET:
            field_dict["requests"] = requests
        if delivered is not UNSET:
            field_dict["delivered"] = delivered
        if bounces is not UNSET:
            field_dict["bounces"] = bounces
        if repeat_bounces is not UNSET:
            field_dict["repeat_bounces"] = repeat_bounces
        if unsubscribes is not UNSET:
            field_dict["unsubscribes"] = unsubscribes
        if repeat_unsubscribes is not UNSET:
            field_dict["repeat_unsubscribes"] = repeat_unsubscribes
        if clicks is not UNSET:
            field_dict["clicks"] = clicks
        if opens is not UNSET:
            field_dict["opens"] = opens
        if unique_clicks is not UNSET:
            field_dict["unique_clicks"] = unique_clicks
        if unique_opens is not UNSET:
            field_dict["unique_opens"] = unique_opens
        if spamreports is not UNSET:
            field_dict["spamreports"] = spamreports
        if repeat_spamreports is not UNSET:
            field_dict["repeat_spamreports"] = repeat_spamreports
        if invalid_email is not UNSET:
            field_dict["invalid_email"] = invalid_email
        if blocked is not UNSET:
            field_dict["blocked"] = blocked
        if spam_drop is not UNSET:
            field_dict["spam_drop"] = spam_drop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        category = src_dict.get("category", UNSET)

        date_raw = src_dict.get("date", UNSET)
        date: datetime.date | None | Unset = UNSET if date_raw is UNSET else decode_date(date_raw)

        requests = src_dict.get("requests", UNSET)

        delivered = src_dict.get("delivered", UNSET)

        bounces = src_dict.get("bounces", UNSET)

        repeat_bounces = src_dict.get("repeat_bounces", UNSET)

        unsubscribes = src_dict.get("unsubscribes", UNSET)

        repeat_unsubscribes = src_dict.get("repeat_unsubscribes", UNSET)

        clicks = src_dict.get("clicks", UNSET)

        opens = src_dict.get("opens", UNSET)

        unique_clicks = src_dict.get("unique_clicks", UNSET)

        unique_opens = src_dict.get("unique_opens", UNSET)

        spamreports = src_dict.get("spamreports", UNSET)

        repeat_spamreports = src_dict.get("repeat_spamreports", UNSET)

        invalid_email = src_dict.get("invalid_email", UNSET)

        blocked = src_dict.get("blocked", UNSET)

        spam_drop = src_dict.get("spam_drop", UNSET)

        if cls is V2CustomerCategoryStatsDay:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            v2_customer_category_stats_day = _new_instance(cls)
            v2_customer_category_stats_day.category = category
            v2_customer_category_stats_day.date = date
            v2_customer_category_stats_day.requests = requests
            v2_customer_category_stats_day.delivered = delivered
            v2_customer_category_stats_day.bounces = bounces
            v2_customer_category_stats_day.repeat_bounces = repeat_bounces
            v2_customer_category_stats_day.unsubscribes = unsubscribes
            v2_customer_category_stats_day.repeat_unsubscribes = repeat_unsubscribes
            v2_customer_category_stats_day.clicks = clicks
            v2_customer_category_stats_day.opens = opens
            v2_customer_category_stats_day.unique_clicks = unique_clicks
            v2_customer_category_stats_day.unique_opens = unique_opens
            v2_customer_category_stats_day.spamreports = spamreports
            v2_customer_category_stats_day.repeat_spamreports = repeat_spamreports
            v2_customer_category_stats_day.invalid_email = invalid_email
            v2_customer_category_stats_day.blocked = blocked
            v2_customer_category_stats_day.spam_drop = spam_drop
            v2_customer_category_stats_day.additional_properties = {}
            v2_customer_category_stats_day.raw_values = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            v2_customer_category_stats_day = cls(
                category,
                date,
                requests,
                delivered,
                bounces,
                repeat_bounces,
                unsubscribes,
                repeat_unsubscribes,
                clicks,
                opens,
                unique_clicks,
                unique_opens,
                spamreports,
                repeat_spamreports,
                invalid_email,
                blocked,
                spam_drop,
            )
        if date_raw is not UNSET:
            v2_customer_category_stats_day.raw_values["date"] = date_raw
        # A key that is not a declared field is additional (most records have none). With this many
        # optional fields one pass over the keys is cheaper than testing each field's presence.
        if len(src_dict) > 0 and not _WIRE_NAMES.issuperset(src_dict):
            v2_customer_category_stats_day.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return v2_customer_category_stats_day

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
