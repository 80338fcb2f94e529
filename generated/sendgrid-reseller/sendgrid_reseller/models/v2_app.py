# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="V2App")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "name",
        "title",
        "description",
        "activated",
    }
)


@_attrs_define
class V2App:
    """An app (filter) a customer can use.

    Attributes:
        name (str | Unset): The identifier the other apps calls take.
        title (str | Unset):
        description (str | Unset):
        activated (bool | Unset):
    """

    name: str | Unset = UNSET
    title: str | Unset = UNSET
    description: str | Unset = UNSET
    activated: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        title = self.title

        description = self.description

        activated = self.activated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if activated is not UNSET:
            field_dict["activated"] = activated

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        name = src_dict.get("name", UNSET)

        title = src_dict.get("title", UNSET)

        description = src_dict.get("description", UNSET)

        activated = src_dict.get("activated", UNSET)

        if cls is V2App:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            v2_app = _new_instance(cls)
            v2_app.name = name
            v2_app.title = title
            v2_app.description = description
            v2_app.activated = activated
            v2_app.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            v2_app = cls(name, title, description, activated)
        # A key that is not a declared field is additional (most records have none). With this many
        # optional fields one pass over the keys is cheaper than testing each field's presence.
        if len(src_dict) > 0 and not _WIRE_NAMES.issuperset(src_dict):
            v2_app.additional_properties = {key: value for key, value in src_dict.items() if key not in _WIRE_NAMES}
        return v2_app

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
