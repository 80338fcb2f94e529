# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="V2AccountOverview")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "reputation",
        "requests",
        "package",
        "credits_allowed",
        "credits_used",
        "credits_remain",
        "credits_overage",
        "billing_start_date",
        "billing_end_date",
        "billing_process_date",
    }
)


@_attrs_define
class V2AccountOverview:
    """A customer's billing-cycle summary. Numbers are strings on the wire, except (in the sample) credits_remain.

    Attributes:
        reputation (str | Unset): Sender reputation
        requests (str | Unset): Requests this cycle
        package (str | Unset): Name of the customer's package.
        credits_allowed (str | Unset): Credits included in the package
        credits_used (str | Unset): Credits used this cycle
        credits_remain (int | str | Unset): Credits left this cycle; a JSON number in SendGrid's sample while the other
            counts are strings.
        credits_overage (str | Unset): Credits used beyond the package
        billing_start_date (str | Unset): First day of the cycle (YYYY-MM-DD).
        billing_end_date (str | Unset): Last day of the cycle (YYYY-MM-DD).
        billing_process_date (str | Unset): Day the cycle is billed (YYYY-MM-DD).
    """

    reputation: str | Unset = UNSET
    requests: str | Unset = UNSET
    package: str | Unset = UNSET
    credits_allowed: str | Unset = UNSET
    credits_used: str | Unset = UNSET
    credits_remain: int | str | Unset = UNSET
    credits_overage: str | Unset = UNSET
    billing_start_date: str | Unset = UNSET
    billing_end_date: str | Unset = UNSET
    billing_process_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reputation = self.reputation

        requests = self.requests

        package = self.package

        credits_allowed = self.credits_allowed

        credits_used = self.credits_used

        credits_remain: int | str | Unset
        if isinstance(self.credits_remain, Unset):
            credits_remain = UNSET
        else:
            credits_remain = self.credits_remain

        credits_overage = self.credits_overage

        billing_start_date = self.billing_start_date

        billing_end_date = self.billing_end_date

        billing_process_date = self.billing_process_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reputation is not UNSET:
            field_dict["reputation"] = reputation
        if requests is not UNSET:
            field_dict["requests"] = requests
        if package is not UNSET:
            field_dict["package"] = package
        if credits_allowed is not UNSET:
            field_dict["credits_allowed"] = credits_allowed
        if credits_used is not UNSET:
            field_dict["credits_used"] = credits_used
        if credits_remain is not UNSET:
            field_dict["credits_remain"] = credits_remain
        if credits_overage is not UNSET:
            field_dict["credits_overage"] = credits_overage
        if billing_start_date is not UNSET:
            field_dict["billing_start_date"] = billing_start_date
        if billing_end_date is not UNSET:
            field_dict["billing_end_date"] = billing_end_date
        if billing_process_date is not UNSET:
            field_dict["billing_process_date"] = billing_process_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        reputation = src_dict.get("reputation", UNSET)

        requests = src_dict.get("requests", UNSET)

        package = src_dict.get("package", UNSET)

        credits_allowed = src_dict.get("credits_allowed", UNSET)

        credits_used = src_dict.get("credits_used", UNSET)

        def _parse_credits_remain(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        credits_remain = _parse_credits_remain(src_dict.get("credits_remain", UNSET))

        credits_overage = src_dict.get("credits_overage", UNSET)

        billing_start_date = src_dict.get("billing_start_date", UNSET)

        billing_end_date = src_dict.get("billing_end_date", UNSET)

        billing_process_date = src_dict.get("billing_process_date", UNSET)

        if cls is V2AccountOverview:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            v2_account_overview = _new_instance(cls)
            v2_account_overview.reputation = reputation
            v2_account_overview.requests = requests
            v2_account_overview.package = package
            v2_account_overview.credits_allowed = credits_allowed
            v2_account_overview.credits_used = credits_used
            v2_account_overview.credits_remain = credits_remain
            v2_account_overview.credits_overage = credits_overage
            v2_account_overview.billing_start_date = billing_start_date
            v2_account_overview.billing_end_date = billing_end_date
            v2_account_overview.billing_process_date = billing_process_date
            v2_account_overview.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            v2_account_overview = cls(
                reputation,
                requests,
                package,
                credits_allowed,
                credits_used,
                credits_remain,
                credits_overage,
                billing_start_date,
                billing_end_date,
                billing_process_date,
            )
        # A key that is not a declared field is additional (most records have none). With this many
        # optional fields one pass over the keys is cheaper than testing each field's presence.
        if len(src_dict) > 0 and not _WIRE_NAMES.issuperset(src_dict):
            v2_account_overview.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return v2_account_overview

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
