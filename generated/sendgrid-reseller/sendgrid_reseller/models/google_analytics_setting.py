# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GoogleAnalyticsSetting")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "enabled",
        "utm_source",
        "utm_medium",
        "utm_term",
        "utm_content",
        "utm_campaign",
    }
)


@_attrs_define
class GoogleAnalyticsSetting:
    """
    Attributes:
        enabled (bool | Unset):
        utm_source (str | Unset):
        utm_medium (str | Unset):
        utm_term (str | Unset):
        utm_content (str | Unset):
        utm_campaign (str | Unset):
    """

    enabled: bool | Unset = UNSET
    utm_source: str | Unset = UNSET
    utm_medium: str | Unset = UNSET
    utm_term: str | Unset = UNSET
    utm_content: str | Unset = UNSET
    utm_campaign: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        utm_source = self.utm_source

        utm_medium = self.utm_medium

        utm_term = self.utm_term

        utm_content = self.utm_content

        utm_campaign = self.utm_campaign

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if utm_source is not UNSET:
            field_dict["utm_source"] = utm_source
        if utm_medium is not UNSET:
            field_dict["utm_medium"] = utm_medium
        if utm_term is not UNSET:
            field_dict["utm_term"] = utm_term
        if utm_content is not UNSET:
            field_dict["utm_content"] = utm_content
        if utm_campaign is not UNSET:
            field_dict["utm_campaign"] = utm_campaign

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        enabled = src_dict.get("enabled", UNSET)

        utm_source = src_dict.get("utm_source", UNSET)

        utm_medium = src_dict.get("utm_medium", UNSET)

        utm_term = src_dict.get("utm_term", UNSET)

        utm_content = src_dict.get("utm_content", UNSET)

        utm_campaign = src_dict.get("utm_campaign", UNSET)

        if cls is GoogleAnalyticsSetting:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            google_analytics_setting = _new_instance(cls)
            google_analytics_setting.enabled = enabled
            google_analytics_setting.utm_source = utm_source
            google_analytics_setting.utm_medium = utm_medium
            google_analytics_setting.utm_term = utm_term
            google_analytics_setting.utm_content = utm_content
            google_analytics_setting.utm_campaign = utm_campaign
            google_analytics_setting.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            google_analytics_setting = cls(enabled, utm_source, utm_medium, utm_term, utm_content, utm_campaign)
        # A key that is not a declared field is additional (most records have none). With this many
        # optional fields one pass over the keys is cheaper than testing each field's presence.
        if len(src_dict) > 0 and not _WIRE_NAMES.issuperset(src_dict):
            google_analytics_setting.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return google_analytics_setting

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
