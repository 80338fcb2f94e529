# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MailSettingSummary")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "title",
        "enabled",
        "name",
        "description",
    }
)


@_attrs_define
class MailSettingSummary:
    """
    Attributes:
        title (str): The setting's display name.
        enabled (bool):
        name (str): The setting's key, e.g. footer.
        description (str | Unset):
    """

    title: str
    enabled: bool
    name: str
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        enabled = self.enabled

        name = self.name

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "enabled": enabled,
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        title = src_dict["title"]

        enabled = src_dict["enabled"]

        name = src_dict["name"]

        description = src_dict.get("description", UNSET)

        if cls is MailSettingSummary:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            mail_setting_summary = _new_instance(cls)
            mail_setting_summary.title = title
            mail_setting_summary.enabled = enabled
            mail_setting_summary.name = name
            mail_setting_summary.description = description
            mail_setting_summary.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            mail_setting_summary = cls(title, enabled, name, description)
        # More keys than declared fields present: some are additional (most records have none).
        if len(src_dict) > 3 + ("description" in src_dict):
            mail_setting_summary.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return mail_setting_summary

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
