# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AddressGroupStatus")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "description",
        "id",
        "is_default",
        "name",
        "suppressed",
    }
)


@_attrs_define
class AddressGroupStatus:
    """
    Attributes:
        description (str):
        id (int):
        is_default (bool):
        name (str):
        suppressed (bool): Whether the address is unsubscribed from this group.
    """

    description: str
    id: int
    is_default: bool
    name: str
    suppressed: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        id = self.id

        is_default = self.is_default

        name = self.name

        suppressed = self.suppressed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "id": id,
                "is_default": is_default,
                "name": name,
                "suppressed": suppressed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        description = src_dict["description"]

        id = src_dict["id"]

        is_default = src_dict["is_default"]

        name = src_dict["name"]

        suppressed = src_dict["suppressed"]

        if cls is AddressGroupStatus:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            address_group_status = _new_instance(cls)
            address_group_status.description = description
            address_group_status.id = id
            address_group_status.is_default = is_default
            address_group_status.name = name
            address_group_status.suppressed = suppressed
            address_group_status.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            address_group_status = cls(description, id, is_default, name, suppressed)
        # More keys than declared fields present: some are additional (most records have none).
        if len(src_dict) > 5:
            address_group_status.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return address_group_status

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
