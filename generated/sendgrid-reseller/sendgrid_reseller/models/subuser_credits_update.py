# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.credit_reset_frequency import CreditResetFrequency, check_credit_reset_frequency
from ..models.subuser_credits_update_type import SubuserCreditsUpdateType, check_subuser_credits_update_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubuserCreditsUpdate")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "type",
        "reset_frequency",
        "total",
    }
)


@_attrs_define
class SubuserCreditsUpdate:
    """
    Attributes:
        type_ (SubuserCreditsUpdateType):
        reset_frequency (CreditResetFrequency | Unset):
        total (int | Unset): The allowance to reset to; omit with type unlimited.
    """

    type_: SubuserCreditsUpdateType
    reset_frequency: CreditResetFrequency | Unset = UNSET
    total: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        reset_frequency: str | Unset = UNSET
        if not isinstance(self.reset_frequency, Unset):
            reset_frequency = self.reset_frequency

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if reset_frequency is not UNSET:
            field_dict["reset_frequency"] = reset_frequency
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        type_ = check_subuser_credits_update_type(src_dict["type"])

        _reset_frequency = src_dict.get("reset_frequency", UNSET)
        reset_frequency: CreditResetFrequency | Unset
        if isinstance(_reset_frequency, Unset):
            reset_frequency = UNSET
        else:
            reset_frequency = check_credit_reset_frequency(_reset_frequency)

        total = src_dict.get("total", UNSET)

        if cls is SubuserCreditsUpdate:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            subuser_credits_update = _new_instance(cls)
            subuser_credits_update.type_ = type_
            subuser_credits_update.reset_frequency = reset_frequency
            subuser_credits_update.total = total
            subuser_credits_update.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            subuser_credits_update = cls(type_, reset_frequency, total)
        # More keys than declared fields present: some are additional (most records have none).
        if len(src_dict) > 1 + ("reset_frequency" in src_dict) + ("total" in src_dict):
            subuser_credits_update.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return subuser_credits_update

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
