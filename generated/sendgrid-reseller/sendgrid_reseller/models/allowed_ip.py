# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AllowedIp")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "id",
        "ip",
        "created_at",
        "updated_at",
    }
)


@_attrs_define
class AllowedIp:
    """
    Attributes:
        id (int):
        ip (str): An IP or CIDR range.
        created_at (int | Unset): Unix seconds.
        updated_at (int | Unset): Unix seconds.
    """

    id: int
    ip: str
    created_at: int | Unset = UNSET
    updated_at: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        ip = self.ip

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "ip": ip,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]

        ip = src_dict["ip"]

        created_at = src_dict.get("created_at", UNSET)

        updated_at = src_dict.get("updated_at", UNSET)

        if cls is AllowedIp:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            allowed_ip = _new_instance(cls)
            allowed_ip.id = id
            allowed_ip.ip = ip
            allowed_ip.created_at = created_at
            allowed_ip.updated_at = updated_at
            allowed_ip.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            allowed_ip = cls(id, ip, created_at, updated_at)
        # More keys than declared fields present: some are additional (most records have none).
        if len(src_dict) > 2 + ("created_at" in src_dict) + ("updated_at" in src_dict):
            allowed_ip.additional_properties = {key: value for key, value in src_dict.items() if key not in _WIRE_NAMES}
        return allowed_ip

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
