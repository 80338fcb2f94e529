# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VerifiedSenderStepFlags")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "sender_verified",
        "domain_verified",
    }
)


@_attrs_define
class VerifiedSenderStepFlags:
    """
    Attributes:
        sender_verified (bool | Unset):
        domain_verified (bool | Unset):
    """

    sender_verified: bool | Unset = UNSET
    domain_verified: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sender_verified = self.sender_verified

        domain_verified = self.domain_verified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sender_verified is not UNSET:
            field_dict["sender_verified"] = sender_verified
        if domain_verified is not UNSET:
            field_dict["domain_verified"] = domain_verified

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        sender_verified = src_dict.get("sender_verified", UNSET)

        domain_verified = src_dict.get("domain_verified", UNSET)

        if cls is VerifiedSenderStepFlags:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            verified_sender_step_flags = _new_instance(cls)
            verified_sender_step_flags.sender_verified = sender_verified
            verified_sender_step_flags.domain_verified = domain_verified
            verified_sender_step_flags.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            verified_sender_step_flags = cls(sender_verified, domain_verified)
        # More keys than declared fields present: some are additional (most records have none).
        if len(src_dict) > 0 + ("sender_verified" in src_dict) + ("domain_verified" in src_dict):
            verified_sender_step_flags.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return verified_sender_step_flags

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
