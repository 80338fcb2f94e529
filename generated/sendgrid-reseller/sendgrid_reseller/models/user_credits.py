# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UserCredits")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "remain",
        "total",
        "overage",
        "used",
        "last_reset",
        "next_reset",
        "reset_frequency",
    }
)


@_attrs_define
class UserCredits:
    """
    Attributes:
        remain (int):
        total (int):
        overage (int): Emails sent beyond the allowance.
        used (int):
        last_reset (datetime.date):
        next_reset (datetime.date):
        reset_frequency (str): How often credits reset, e.g. monthly.
    """

    remain: int
    total: int
    overage: int
    used: int
    last_reset: datetime.date
    next_reset: datetime.date
    reset_frequency: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        remain = self.remain

        total = self.total

        overage = self.overage

        used = self.used

        last_reset = self.last_reset.isoformat()

        next_reset = self.next_reset.isoformat()

        reset_frequency = self.reset_frequency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "remain": remain,
                "total": total,
                "overage": overage,
                "used": used,
                "last_reset": last_reset,
                "next_reset": next_reset,
                "reset_frequency": reset_frequency,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        remain = src_dict["remain"]

        total = src_dict["total"]

        overage = src_dict["overage"]

        used = src_dict["used"]

        last_reset = datetime.date.fromisoformat(src_dict["last_reset"])

        next_reset = datetime.date.fromisoformat(src_dict["next_reset"])

        reset_frequency = src_dict["reset_frequency"]

        if cls is UserCredits:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            user_credits = _new_instance(cls)
            user_credits.remain = remain
            user_credits.total = total
            user_credits.overage = overage
            user_credits.used = used
            user_credits.last_reset = last_reset
            user_credits.next_reset = next_reset
            user_credits.reset_frequency = reset_frequency
            user_credits.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            user_credits = cls(remain, total, overage, used, last_reset, next_reset, reset_frequency)
        # More keys than declared fields present: some are additional (most records have none).
        if len(src_dict) > 7:
            user_credits.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return user_credits

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
