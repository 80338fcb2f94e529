# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.send_ip_region import SendIpRegion, check_send_ip_region
from ..types import UNSET, Unset

T = TypeVar("T", bound="SendIpRegionCount")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "region",
        "count",
    }
)


@_attrs_define
class SendIpRegionCount:
    """
    Attributes:
        region (SendIpRegion | Unset):
        count (int | Unset):
    """

    region: SendIpRegion | Unset = UNSET
    count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        region: str | Unset = UNSET
        if not isinstance(self.region, Unset):
            region = self.region

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if region is not UNSET:
            field_dict["region"] = region
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _region = src_dict.get("region", UNSET)
        region: SendIpRegion | Unset
        if isinstance(_region, Unset):
            region = UNSET
        else:
            region = check_send_ip_region(_region)

        count = src_dict.get("count", UNSET)

        if cls is SendIpRegionCount:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            send_ip_region_count = _new_instance(cls)
            send_ip_region_count.region = region
            send_ip_region_count.count = count
            send_ip_region_count.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            send_ip_region_count = cls(region, count)
        # More keys than declared fields present: some are additional (most records have none).
        if len(src_dict) > 0 + ("region" in src_dict) + ("count" in src_dict):
            send_ip_region_count.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return send_ip_region_count

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
