# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="V2CreditLimit")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "credit",
        "credit_remain",
        "last_reset",
    }
)


@_attrs_define
class V2CreditLimit:
    """A customer's credit limit. Every value is a string; all are absent when no limit is set.

    Attributes:
        credit (str | Unset): Credits allowed per period (a number as a string).
        credit_remain (str | Unset): Credits left in this period (a number as a string).
        last_reset (str | Unset): Day the credits were last reset (YYYY-MM-DD).
    """

    credit: str | Unset = UNSET
    credit_remain: str | Unset = UNSET
    last_reset: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        credit = self.credit

        credit_remain = self.credit_remain

        last_reset = self.last_reset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if credit is not UNSET:
            field_dict["credit"] = credit
        if credit_remain is not UNSET:
            field_dict["credit_remain"] = credit_remain
        if last_reset is not UNSET:
            field_dict["last_reset"] = last_reset

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        credit = src_dict.get("credit", UNSET)

        credit_remain = src_dict.get("credit_remain", UNSET)

        last_reset = src_dict.get("last_reset", UNSET)

        if cls is V2CreditLimit:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            v2_credit_limit = _new_instance(cls)
            v2_credit_limit.credit = credit
            v2_credit_limit.credit_remain = credit_remain
            v2_credit_limit.last_reset = last_reset
            v2_credit_limit.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            v2_credit_limit = cls(credit, credit_remain, last_reset)
        # More keys than declared fields present: some are additional (most records have none).
        if len(src_dict) > 0 + ("credit" in src_dict) + ("credit_remain" in src_dict) + ("last_reset" in src_dict):
            v2_credit_limit.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return v2_credit_limit

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
