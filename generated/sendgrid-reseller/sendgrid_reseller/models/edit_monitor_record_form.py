# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EditMonitorRecordForm")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "name",
        "new_name",
        "new_email",
        "new_frequency",
    }
)


@_attrs_define
class EditMonitorRecordForm:
    """
    Attributes:
        name (str): Current name of the record.
        new_name (str | Unset): A new name no other record uses.
        new_email (str | Unset): A new destination address.
        new_frequency (int | Unset): A new sampling frequency.
    """

    name: str
    new_name: str | Unset = UNSET
    new_email: str | Unset = UNSET
    new_frequency: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        new_name = self.new_name

        new_email = self.new_email

        new_frequency = self.new_frequency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if new_name is not UNSET:
            field_dict["new_name"] = new_name
        if new_email is not UNSET:
            field_dict["new_email"] = new_email
        if new_frequency is not UNSET:
            field_dict["new_frequency"] = new_frequency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        name = src_dict["name"]

        new_name = src_dict.get("new_name", UNSET)

        new_email = src_dict.get("new_email", UNSET)

        new_frequency = src_dict.get("new_frequency", UNSET)

        if cls is EditMonitorRecordForm:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            edit_monitor_record_form = _new_instance(cls)
            edit_monitor_record_form.name = name
            edit_monitor_record_form.new_name = new_name
            edit_monitor_record_form.new_email = new_email
            edit_monitor_record_form.new_frequency = new_frequency
            edit_monitor_record_form.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            edit_monitor_record_form = cls(name, new_name, new_email, new_frequency)
        # More keys than declared fields present: some are additional (most records have none).
        if len(src_dict) > 1 + ("new_name" in src_dict) + ("new_email" in src_dict) + ("new_frequency" in src_dict):
            edit_monitor_record_form.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return edit_monitor_record_form

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
