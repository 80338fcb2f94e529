# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Block")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "created",
        "email",
        "reason",
        "status",
    }
)


@_attrs_define
class Block:
    """
    Attributes:
        created (int): Unix time of the block.
        email (str):
        reason (str): What the receiving server said.
        status (str): Enhanced SMTP status code, e.g. 4.0.0.
    """

    created: int
    email: str
    reason: str
    status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created = self.created

        email = self.email

        reason = self.reason

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created": created,
                "email": email,
                "reason": reason,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        created = src_dict["created"]

        email = src_dict["email"]

        reason = src_dict["reason"]

        status = src_dict["status"]

        if cls is Block:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            block = _new_instance(cls)
            block.created = created
            block.email = email
            block.reason = reason
            block.status = status
            block.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            block = cls(created, email, reason, status)
        # More keys than declared fields present: some are additional (most records have none).
        if len(src_dict) > 4:
            block.additional_properties = {key: value for key, value in src_dict.items() if key not in _WIRE_NAMES}
        return block

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
