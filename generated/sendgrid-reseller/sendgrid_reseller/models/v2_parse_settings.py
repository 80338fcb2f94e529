# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.v2_parse_setting import V2ParseSetting


T = TypeVar("T", bound="V2ParseSettings")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "parse",
    }
)


@_attrs_define
class V2ParseSettings:
    """A customer's Inbound Parse settings.

    Attributes:
        parse (list[V2ParseSetting] | Unset):
    """

    parse: list[V2ParseSetting] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        parse: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.parse, Unset):
            parse = []
            for parse_item_data in self.parse:
                parse_item = parse_item_data.to_dict()
                parse.append(parse_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if parse is not UNSET:
            field_dict["parse"] = parse

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v2_parse_setting import V2ParseSetting  # noqa: PLC0415

        _parse = src_dict.get("parse", UNSET)
        parse: list[V2ParseSetting] | Unset = UNSET
        if _parse is not UNSET:
            parse = []
            for parse_item_data in _parse:
                parse_item = V2ParseSetting.from_dict(parse_item_data)

                parse.append(parse_item)

        if cls is V2ParseSettings:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            v2_parse_settings = _new_instance(cls)
            v2_parse_settings.parse = parse
            v2_parse_settings.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            v2_parse_settings = cls(parse)
        # More keys than declared fields present: some are additional (most records have none).
        if len(src_dict) > 0 + ("parse" in src_dict):
            v2_parse_settings.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return v2_parse_settings

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
