# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.added_ip import AddedIp


T = TypeVar("T", bound="AddedIps")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "ips",
        "remaining_ips",
        "warmup",
    }
)


@_attrs_define
class AddedIps:
    """
    Attributes:
        ips (list[AddedIp]):
        remaining_ips (int): How many more IPs the account can add.
        warmup (bool):
    """

    ips: list[AddedIp]
    remaining_ips: int
    warmup: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ips = []
        for ips_item_data in self.ips:
            ips_item = ips_item_data.to_dict()
            ips.append(ips_item)

        remaining_ips = self.remaining_ips

        warmup = self.warmup

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ips": ips,
                "remaining_ips": remaining_ips,
                "warmup": warmup,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.added_ip import AddedIp  # noqa: PLC0415

        ips = []
        _ips = src_dict["ips"]
        for ips_item_data in _ips:
            ips_item = AddedIp.from_dict(ips_item_data)

            ips.append(ips_item)

        remaining_ips = src_dict["remaining_ips"]

        warmup = src_dict["warmup"]

        if cls is AddedIps:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            added_ips = _new_instance(cls)
            added_ips.ips = ips
            added_ips.remaining_ips = remaining_ips
            added_ips.warmup = warmup
            added_ips.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            added_ips = cls(ips, remaining_ips, warmup)
        # More keys than declared fields present: some are additional (most records have none).
        if len(src_dict) > 3:
            added_ips.additional_properties = {key: value for key, value in src_dict.items() if key not in _WIRE_NAMES}
        return added_ips

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
