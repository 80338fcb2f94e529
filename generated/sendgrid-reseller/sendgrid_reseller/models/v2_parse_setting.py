# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="V2ParseSetting")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "hostname",
        "url",
        "spam_check",
    }
)


@_attrs_define
class V2ParseSetting:
    """One parsed hostname and where its mail goes.

    Attributes:
        hostname (str | Unset):
        url (str | Unset):
        spam_check (int | Unset): 1 when incoming mail is checked for spam
    """

    hostname: str | Unset = UNSET
    url: str | Unset = UNSET
    spam_check: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hostname = self.hostname

        url = self.url

        spam_check = self.spam_check

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hostname is not UNSET:
            field_dict["hostname"] = hostname
        if url is not UNSET:
            field_dict["url"] = url
        if spam_check is not UNSET:
            field_dict["spam_check"] = spam_check

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        hostname = src_dict.get("hostname", UNSET)

        url = src_dict.get("url", UNSET)

        spam_check = src_dict.get("spam_check", UNSET)

        if cls is V2ParseSetting:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            v2_parse_setting = _new_instance(cls)
            v2_parse_setting.hostname = hostname
            v2_parse_setting.url = url
            v2_parse_setting.spam_check = spam_check
            v2_parse_setting.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            v2_parse_setting = cls(hostname, url, spam_check)
        # More keys than declared fields present: some are additional (most records have none).
        if len(src_dict) > 0 + ("hostname" in src_dict) + ("url" in src_dict) + ("spam_check" in src_dict):
            v2_parse_setting.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return v2_parse_setting

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
