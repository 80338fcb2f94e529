# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GroupSuppression")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "email",
        "group_id",
        "group_name",
        "created_at",
    }
)


@_attrs_define
class GroupSuppression:
    """
    Attributes:
        email (str):
        group_id (int):
        group_name (str):
        created_at (int): Unix time the address joined the group.
    """

    email: str
    group_id: int
    group_name: str
    created_at: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        group_id = self.group_id

        group_name = self.group_name

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "group_id": group_id,
                "group_name": group_name,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        email = src_dict["email"]

        group_id = src_dict["group_id"]

        group_name = src_dict["group_name"]

        created_at = src_dict["created_at"]

        if cls is GroupSuppression:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            group_suppression = _new_instance(cls)
            group_suppression.email = email
            group_suppression.group_id = group_id
            group_suppression.group_name = group_name
            group_suppression.created_at = created_at
            group_suppression.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            group_suppression = cls(email, group_id, group_name, created_at)
        # More keys than declared fields present: some are additional (most records have none).
        if len(src_dict) > 4:
            group_suppression.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return group_suppression

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
