# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AddIpsRequest")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "count",
        "subusers",
        "warmup",
    }
)


@_attrs_define
class AddIpsRequest:
    """
    Attributes:
        count (int): How many IPs to add.
        subusers (list[str] | Unset): Subusers that may send from the new IPs.
        warmup (bool | Unset): Warm the new IPs up. Default: False.
    """

    count: int
    subusers: list[str] | Unset = UNSET
    warmup: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        subusers: list[str] | Unset = UNSET
        if not isinstance(self.subusers, Unset):
            subusers = self.subusers

        warmup = self.warmup

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
            }
        )
        if subusers is not UNSET:
            field_dict["subusers"] = subusers
        if warmup is not UNSET:
            field_dict["warmup"] = warmup

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        count = src_dict["count"]

        subusers = cast(list[str], src_dict.get("subusers", UNSET))

        warmup = src_dict.get("warmup", UNSET)

        if cls is AddIpsRequest:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            add_ips_request = _new_instance(cls)
            add_ips_request.count = count
            add_ips_request.subusers = subusers
            add_ips_request.warmup = warmup
            add_ips_request.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            add_ips_request = cls(count, subusers, warmup)
        # More keys than declared fields present: some are additional (most records have none).
        if len(src_dict) > 1 + ("subusers" in src_dict) + ("warmup" in src_dict):
            add_ips_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return add_ips_request

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
