# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateDomainRequest")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "default",
        "custom_spf",
    }
)


@_attrs_define
class UpdateDomainRequest:
    """
    Attributes:
        default (bool | Unset):
        custom_spf (bool | Unset):
    """

    default: bool | Unset = UNSET
    custom_spf: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        default = self.default

        custom_spf = self.custom_spf

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if default is not UNSET:
            field_dict["default"] = default
        if custom_spf is not UNSET:
            field_dict["custom_spf"] = custom_spf

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        default = src_dict.get("default", UNSET)

        custom_spf = src_dict.get("custom_spf", UNSET)

        if cls is UpdateDomainRequest:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            update_domain_request = _new_instance(cls)
            update_domain_request.default = default
            update_domain_request.custom_spf = custom_spf
            update_domain_request.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            update_domain_request = cls(default, custom_spf)
        # More keys than declared fields present: some are additional (most records have none).
        if len(src_dict) > 0 + ("default" in src_dict) + ("custom_spf" in src_dict):
            update_domain_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return update_domain_request

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
