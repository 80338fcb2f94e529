# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BouncePurgeSetting")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "enabled",
        "soft_bounces",
        "hard_bounces",
    }
)


@_attrs_define
class BouncePurgeSetting:
    """
    Attributes:
        enabled (bool | Unset):
        soft_bounces (int | None | Unset): Days after which soft bounces are purged.
        hard_bounces (int | None | Unset): Days after which hard bounces are purged.
    """

    enabled: bool | Unset = UNSET
    soft_bounces: int | None | Unset = UNSET
    hard_bounces: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        soft_bounces: int | None | Unset
        if isinstance(self.soft_bounces, Unset):
            soft_bounces = UNSET
        else:
            soft_bounces = self.soft_bounces

        hard_bounces: int | None | Unset
        if isinstance(self.hard_bounces, Unset):
            hard_bounces = UNSET
        else:
            hard_bounces = self.hard_bounces

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if soft_bounces is not UNSET:
            field_dict["soft_bounces"] = soft_bounces
        if hard_bounces is not UNSET:
            field_dict["hard_bounces"] = hard_bounces

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        enabled = src_dict.get("enabled", UNSET)

        def _parse_soft_bounces(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        soft_bounces = _parse_soft_bounces(src_dict.get("soft_bounces", UNSET))

        def _parse_hard_bounces(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        hard_bounces = _parse_hard_bounces(src_dict.get("hard_bounces", UNSET))

        if cls is BouncePurgeSetting:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            bounce_purge_setting = _new_instance(cls)
            bounce_purge_setting.enabled = enabled
            bounce_purge_setting.soft_bounces = soft_bounces
            bounce_purge_setting.hard_bounces = hard_bounces
            bounce_purge_setting.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            bounce_purge_setting = cls(enabled, soft_bounces, hard_bounces)
        # More keys than declared fields present: some are additional (most records have none).
        if len(src_dict) > 0 + ("enabled" in src_dict) + ("soft_bounces" in src_dict) + ("hard_bounces" in src_dict):
            bounce_purge_setting.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return bounce_purge_setting

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
