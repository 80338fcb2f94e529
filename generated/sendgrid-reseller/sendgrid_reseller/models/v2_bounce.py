# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="V2Bounce")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "email",
        "status",
        "reason",
        "created",
    }
)


@_attrs_define
class V2Bounce:
    """One address on a customer's bounce list.

    Attributes:
        email (str | Unset):
        status (str | Unset): The SMTP enhanced status code
        reason (str | Unset): What the receiving server said.
        created (str | Unset): When the record was made (YYYY-MM-DD HH:MM:SS); only with date=1.
    """

    email: str | Unset = UNSET
    status: str | Unset = UNSET
    reason: str | Unset = UNSET
    created: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        status = self.status

        reason = self.reason

        created = self.created

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if status is not UNSET:
            field_dict["status"] = status
        if reason is not UNSET:
            field_dict["reason"] = reason
        if created is not UNSET:
            field_dict["created"] = created

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        email = src_dict.get("email", UNSET)

        status = src_dict.get("status", UNSET)

        reason = src_dict.get("reason", UNSET)

        created = src_dict.get("created", UNSET)

        if cls is V2Bounce:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            v2_bounce = _new_instance(cls)
            v2_bounce.email = email
            v2_bounce.status = status
            v2_bounce.reason = reason
            v2_bounce.created = created
            v2_bounce.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            v2_bounce = cls(email, status, reason, created)
        # A key that is not a declared field is additional (most records have none). With this many
        # optional fields one pass over the keys is cheaper than testing each field's presence.
        if len(src_dict) > 0 and not _WIRE_NAMES.issuperset(src_dict):
            v2_bounce.additional_properties = {key: value for key, value in src_dict.items() if key not in _WIRE_NAMES}
        return v2_bounce

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
