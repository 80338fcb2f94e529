# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ParseSetting")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "url",
        "hostname",
        "spam_check",
        "send_raw",
    }
)


@_attrs_define
class ParseSetting:
    """
    Attributes:
        url (str | Unset): Public URL the parsed mail is POSTed to.
        hostname (str | Unset): The (sub)domain whose mail is parsed.
        spam_check (bool | Unset): Check the mail for spam before posting.
        send_raw (bool | Unset): Post the full MIME message instead of parsed fields.
    """

    url: str | Unset = UNSET
    hostname: str | Unset = UNSET
    spam_check: bool | Unset = UNSET
    send_raw: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        hostname = self.hostname

        spam_check = self.spam_check

        send_raw = self.send_raw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
        if hostname is not UNSET:
            field_dict["hostname"] = hostname
        if spam_check is not UNSET:
            field_dict["spam_check"] = spam_check
        if send_raw is not UNSET:
            field_dict["send_raw"] = send_raw

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        url = src_dict.get("url", UNSET)

        hostname = src_dict.get("hostname", UNSET)

        spam_check = src_dict.get("spam_check", UNSET)

        send_raw = src_dict.get("send_raw", UNSET)

        if cls is ParseSetting:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            parse_setting = _new_instance(cls)
            parse_setting.url = url
            parse_setting.hostname = hostname
            parse_setting.spam_check = spam_check
            parse_setting.send_raw = send_raw
            parse_setting.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            parse_setting = cls(url, hostname, spam_check, send_raw)
        # A key that is not a declared field is additional (most records have none). With this many
        # optional fields one pass over the keys is cheaper than testing each field's presence.
        if len(src_dict) > 0 and not _WIRE_NAMES.issuperset(src_dict):
            parse_setting.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return parse_setting

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
