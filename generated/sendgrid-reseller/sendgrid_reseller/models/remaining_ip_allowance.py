# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RemainingIpAllowance")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "remaining",
        "period",
        "price_per_ip",
    }
)


@_attrs_define
class RemainingIpAllowance:
    """
    Attributes:
        remaining (int):
        period (str): The period the allowance applies to, e.g. month.
        price_per_ip (float):
    """

    remaining: int
    period: str
    price_per_ip: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        remaining = self.remaining

        period = self.period

        price_per_ip = self.price_per_ip

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "remaining": remaining,
                "period": period,
                "price_per_ip": price_per_ip,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        remaining = src_dict["remaining"]

        period = src_dict["period"]

        price_per_ip = src_dict["price_per_ip"]

        if cls is RemainingIpAllowance:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            remaining_ip_allowance = _new_instance(cls)
            remaining_ip_allowance.remaining = remaining
            remaining_ip_allowance.period = period
            remaining_ip_allowance.price_per_ip = price_per_ip
            remaining_ip_allowance.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            remaining_ip_allowance = cls(remaining, period, price_per_ip)
        # More keys than declared fields present: some are additional (most records have none).
        if len(src_dict) > 3:
            remaining_ip_allowance.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return remaining_ip_allowance

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
