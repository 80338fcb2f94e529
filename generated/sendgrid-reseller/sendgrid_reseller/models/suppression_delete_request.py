# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SuppressionDeleteRequest")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "delete_all",
        "emails",
    }
)


@_attrs_define
class SuppressionDeleteRequest:
    """Either delete_all true, or the addresses to remove; not both.

    Attributes:
        delete_all (bool | Unset):
        emails (list[str] | Unset):
    """

    delete_all: bool | Unset = UNSET
    emails: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delete_all = self.delete_all

        emails: list[str] | Unset = UNSET
        if not isinstance(self.emails, Unset):
            emails = self.emails

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if delete_all is not UNSET:
            field_dict["delete_all"] = delete_all
        if emails is not UNSET:
            field_dict["emails"] = emails

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        delete_all = src_dict.get("delete_all", UNSET)

        emails = cast(list[str], src_dict.get("emails", UNSET))

        if cls is SuppressionDeleteRequest:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            suppression_delete_request = _new_instance(cls)
            suppression_delete_request.delete_all = delete_all
            suppression_delete_request.emails = emails
            suppression_delete_request.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            suppression_delete_request = cls(delete_all, emails)
        # More keys than declared fields present: some are additional (most records have none).
        if len(src_dict) > 0 + ("delete_all" in src_dict) + ("emails" in src_dict):
            suppression_delete_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return suppression_delete_request

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
