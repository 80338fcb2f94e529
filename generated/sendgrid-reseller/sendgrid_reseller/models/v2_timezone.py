# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="V2Timezone")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "display",
        "name",
        "offset",
        "timezone",
    }
)


@_attrs_define
class V2Timezone:
    """A timezone as the v2 API describes it.

    Attributes:
        display (str | Unset): A label such as "GMT-08:00".
        name (str | Unset): Places that use the timezone.
        offset (int | Unset): Seconds to add to local time to get UTC, so the sign is the opposite of the label's
            (GMT+02:00 is -7200).
        timezone (str | Unset): The IANA identifier, e.g. America/Los_Angeles; this is what the set call takes.
    """

    display: str | Unset = UNSET
    name: str | Unset = UNSET
    offset: int | Unset = UNSET
    timezone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display = self.display

        name = self.name

        offset = self.offset

        timezone = self.timezone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if display is not UNSET:
            field_dict["display"] = display
        if name is not UNSET:
            field_dict["name"] = name
        if offset is not UNSET:
            field_dict["offset"] = offset
        if timezone is not UNSET:
            field_dict["timezone"] = timezone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        display = src_dict.get("display", UNSET)

        name = src_dict.get("name", UNSET)

        offset = src_dict.get("offset", UNSET)

        timezone = src_dict.get("timezone", UNSET)

        if cls is V2Timezone:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            v2_timezone = _new_instance(cls)
            v2_timezone.display = display
            v2_timezone.name = name
            v2_timezone.offset = offset
            v2_timezone.timezone = timezone
            v2_timezone.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            v2_timezone = cls(display, name, offset, timezone)
        # A key that is not a declared field is additional (most records have none). With this many
        # optional fields one pass over the keys is cheaper than testing each field's presence.
        if len(src_dict) > 0 and not _WIRE_NAMES.issuperset(src_dict):
            v2_timezone.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return v2_timezone

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
