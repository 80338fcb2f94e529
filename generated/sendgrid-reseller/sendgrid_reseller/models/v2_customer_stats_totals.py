# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="V2CustomerStatsTotals")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "requests",
        "delivered",
        "bounces",
        "repeat_bounces",
        "unsubscribes",
        "repeat_unsubscribes",
        "clicks",
        "opens",
        "spamreports",
        "repeat_spamreports",
        "invalid_email",
        "blocks",
        "unique_clicks",
        "unique_opens",
    }
)


@_attrs_define
class V2CustomerStatsTotals:
    """A customer's sending counters summed over all time.

    Attributes:
        requests (int | Unset):
        delivered (int | Unset):
        bounces (int | Unset):
        repeat_bounces (int | Unset):
        unsubscribes (int | Unset):
        repeat_unsubscribes (int | Unset):
        clicks (int | Unset):
        opens (int | Unset):
        spamreports (int | Unset):
        repeat_spamreports (int | Unset):
        invalid_email (int | Unset):
        blocks (int | Unset):
        unique_clicks (int | Unset):
        unique_opens (int | Unset):
    """

    requests: int | Unset = UNSET
    delivered: int | Unset = UNSET
    bounces: int | Unset = UNSET
    repeat_bounces: int | Unset = UNSET
    unsubscribes: int | Unset = UNSET
    repeat_unsubscribes: int | Unset = UNSET
    clicks: int | Unset = UNSET
    opens: int | Unset = UNSET
    spamreports: int | Unset = UNSET
    repeat_spamreports: int | Unset = UNSET
    invalid_email: int | Unset = UNSET
    blocks: int | Unset = UNSET
    unique_clicks: int | Unset = UNSET
    unique_opens: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        requests = self.requests

        delivered = self.delivered

        bounces = self.bounces

        repeat_bounces = self.repeat_bounces

        unsubscribes = self.unsubscribes

        repeat_unsubscribes = self.repeat_unsubscribes

        clicks = self.clicks

        opens = self.opens

        spamreports = self.spamreports

        repeat_spamreports = self.repeat_spamreports

        invalid_email = self.invalid_email

        blocks = self.blocks

        unique_clicks = self.unique_clicks

        unique_opens = self.unique_opens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        if spamreports is not UNSET:
            field_dict["spamreports"] = spamreports
        if repeat_spamreports is not UNSET:
            field_dict["repeat_spamreports"] = repeat_spamreports
        if invalid_email is not UNSET:
            field_dict["invalid_email"] = invalid_email
        if blocks is not UNSET:
            field_dict["blocks"] = blocks
        if unique_clicks is not UNSET:
            field_dict["unique_clicks"] = unique_clicks
        if unique_opens is not UNSET:
            field_dict["unique_opens"] = unique_opens

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        requests = src_dict.get("requests", UNSET)

        delivered = src_dict.get("delivered", UNSET)

        bounces = src_dict.get("bounces", UNSET)

        repeat_bounces = src_dict.get("repeat_bounces", UNSET)

        unsubscribes = src_dict.get("unsubscribes", UNSET)

        repeat_unsubscribes = src_dict.get("repeat_unsubscribes", UNSET)

        clicks = src_dict.get("clicks", UNSET)

        opens = src_dict.get("opens", UNSET)

        spamreports = src_dict.get("spamreports", UNSET)

        repeat_spamreports = src_dict.get("repeat_spamreports", UNSET)

        invalid_email = src_dict.get("invalid_email", UNSET)

        blocks = src_dict.get("blocks", UNSET)

        unique_clicks = src_dict.get("unique_clicks", UNSET)

        unique_opens = src_dict.get("unique_opens", UNSET)

        if cls is V2CustomerStatsTotals:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            v2_customer_stats_totals = _new_instance(cls)
            v2_customer_stats_totals.requests = requests
            v2_customer_stats_totals.delivered = delivered
            v2_customer_stats_totals.bounces = bounces
            v2_customer_stats_totals.repeat_bounces = repeat_bounces
            v2_customer_stats_totals.unsubscribes = unsubscribes
            v2_customer_stats_totals.repeat_unsubscribes = repeat_unsubscribes
            v2_customer_stats_totals.clicks = clicks
            v2_customer_stats_totals.opens = opens
            v2_customer_stats_totals.spamreports = spamreports
            v2_customer_stats_totals.repeat_spamreports = repeat_spamreports
            v2_customer_stats_totals.invalid_email = invalid_email
            v2_customer_stats_totals.blocks = blocks
            v2_customer_stats_totals.unique_clicks = unique_clicks
            v2_customer_stats_totals.unique_opens = unique_opens
            v2_customer_stats_totals.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            v2_customer_stats_totals = cls(
                requests,
                delivered,
                bounces,
                repeat_bounces,
                unsubscribes,
                repeat_unsubscribes,
                clicks,
                opens,
                spamreports,
                repeat_spamreports,
                invalid_email,
                blocks,
                unique_clicks,
                unique_opens,
            )
        # A key that is not a declared field is additional (most records have none). With this many
        # optional fields one pass over the keys is cheaper than testing each field's presence.
        if len(src_dict) > 0 and not _WIRE_NAMES.issuperset(src_dict):
            v2_customer_stats_totals.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return v2_customer_stats_totals

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
