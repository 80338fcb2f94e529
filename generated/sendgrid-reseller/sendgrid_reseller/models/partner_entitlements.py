# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PartnerEntitlements")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "email_sends_max_monthly",
        "ip_count",
        "teammates_max_total",
        "users_max_total",
    }
)


@_attrs_define
class PartnerEntitlements:
    """
    Attributes:
        email_sends_max_monthly (int | Unset): Emails per month.
        ip_count (int | Unset): Dedicated IPs.
        teammates_max_total (int | Unset):
        users_max_total (int | Unset): Subusers.
    """

    email_sends_max_monthly: int | Unset = UNSET
    ip_count: int | Unset = UNSET
    teammates_max_total: int | Unset = UNSET
    users_max_total: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email_sends_max_monthly = self.email_sends_max_monthly

        ip_count = self.ip_count

        teammates_max_total = self.teammates_max_total

        users_max_total = self.users_max_total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email_sends_max_monthly is not UNSET:
            field_dict["email_sends_max_monthly"] = email_sends_max_monthly
        if ip_count is not UNSET:
            field_dict["ip_count"] = ip_count
        if teammates_max_total is not UNSET:
            field_dict["teammates_max_total"] = teammates_max_total
        if users_max_total is not UNSET:
            field_dict["users_max_total"] = users_max_total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        email_sends_max_monthly = src_dict.get("email_sends_max_monthly", UNSET)

        ip_count = src_dict.get("ip_count", UNSET)

        teammates_max_total = src_dict.get("teammates_max_total", UNSET)

        users_max_total = src_dict.get("users_max_total", UNSET)

        if cls is PartnerEntitlements:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            partner_entitlements = _new_instance(cls)
            partner_entitlements.email_sends_max_monthly = email_sends_max_monthly
            partner_entitlements.ip_count = ip_count
            partner_entitlements.teammates_max_total = teammates_max_total
            partner_entitlements.users_max_total = users_max_total
            partner_entitlements.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            partner_entitlements = cls(email_sends_max_monthly, ip_count, teammates_max_total, users_max_total)
        # A key that is not a declared field is additional (most records have none). With this many
        # optional fields one pass over the keys is cheaper than testing each field's presence.
        if len(src_dict) > 0 and not _WIRE_NAMES.issuperset(src_dict):
            partner_entitlements.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return partner_entitlements

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
