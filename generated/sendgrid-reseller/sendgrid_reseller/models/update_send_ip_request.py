# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateSendIpRequest")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "is_auto_warmup",
        "is_parent_assigned",
        "is_enabled",
    }
)


@_attrs_define
class UpdateSendIpRequest:
    """
    Attributes:
        is_auto_warmup (bool | Unset):
        is_parent_assigned (bool | Unset):
        is_enabled (bool | Unset):
    """

    is_auto_warmup: bool | Unset = UNSET
    is_parent_assigned: bool | Unset = UNSET
    is_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_auto_warmup = self.is_auto_warmup

        is_parent_assigned = self.is_parent_assigned

        is_enabled = self.is_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_auto_warmup is not UNSET:
            field_dict["is_auto_warmup"] = is_auto_warmup
        if is_parent_assigned is not UNSET:
            field_dict["is_parent_assigned"] = is_parent_assigned
        if is_enabled is not UNSET:
            field_dict["is_enabled"] = is_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        is_auto_warmup = src_dict.get("is_auto_warmup", UNSET)

        is_parent_assigned = src_dict.get("is_parent_assigned", UNSET)

        is_enabled = src_dict.get("is_enabled", UNSET)

        if cls is UpdateSendIpRequest:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            update_send_ip_request = _new_instance(cls)
            update_send_ip_request.is_auto_warmup = is_auto_warmup
            update_send_ip_request.is_parent_assigned = is_parent_assigned
            update_send_ip_request.is_enabled = is_enabled
            update_send_ip_request.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            update_send_ip_request = cls(is_auto_warmup, is_parent_assigned, is_enabled)
        # More keys than declared fields present: some are additional (most records have none).
        if len(src_dict) > 0 + ("is_auto_warmup" in src_dict) + ("is_parent_assigned" in src_dict) + (
            "is_enabled" in src_dict
        ):
            update_send_ip_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return update_send_ip_request

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
