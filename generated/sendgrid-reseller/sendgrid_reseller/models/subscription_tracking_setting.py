# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriptionTrackingSetting")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "enabled",
        "html_content",
        "plain_content",
        "landing",
        "replace",
        "url",
    }
)


@_attrs_define
class SubscriptionTrackingSetting:
    """
    Attributes:
        enabled (bool | Unset):
        html_content (str | Unset): HTML footer; <% %> marks the unsubscribe link.
        plain_content (str | Unset): Plain-text footer; <% %> marks the unsubscribe link.
        landing (str | Unset): HTML of the page shown after unsubscribing.
        replace (str | Unset): A tag in the message that is replaced by the unsubscribe link.
        url (str | Unset): A page of your own to send unsubscribers to instead.
    """

    enabled: bool | Unset = UNSET
    html_content: str | Unset = UNSET
    plain_content: str | Unset = UNSET
    landing: str | Unset = UNSET
    replace: str | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        html_content = self.html_content

        plain_content = self.plain_content

        landing = self.landing

        replace = self.replace

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if html_content is not UNSET:
            field_dict["html_content"] = html_content
        if plain_content is not UNSET:
            field_dict["plain_content"] = plain_content
        if landing is not UNSET:
            field_dict["landing"] = landing
        if replace is not UNSET:
            field_dict["replace"] = replace
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        enabled = src_dict.get("enabled", UNSET)

        html_content = src_dict.get("html_content", UNSET)

        plain_content = src_dict.get("plain_content", UNSET)

        landing = src_dict.get("landing", UNSET)

        replace = src_dict.get("replace", UNSET)

        url = src_dict.get("url", UNSET)

        if cls is SubscriptionTrackingSetting:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            subscription_tracking_setting = _new_instance(cls)
            subscription_tracking_setting.enabled = enabled
            subscription_tracking_setting.html_content = html_content
            subscription_tracking_setting.plain_content = plain_content
            subscription_tracking_setting.landing = landing
            subscription_tracking_setting.replace = replace
            subscription_tracking_setting.url = url
            subscription_tracking_setting.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            subscription_tracking_setting = cls(enabled, html_content, plain_content, landing, replace, url)
        # A key that is not a declared field is additional (most records have none). With this many
        # optional fields one pass over the keys is cheaper than testing each field's presence.
        if len(src_dict) > 0 and not _WIRE_NAMES.issuperset(src_dict):
            subscription_tracking_setting.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return subscription_tracking_setting

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
