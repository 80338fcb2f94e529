# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.send_ip_region import SendIpRegion, check_send_ip_region
from ..types import UNSET, Unset

T = TypeVar("T", bound="SendIpPoolSummary")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "id",
        "name",
        "regions",
        "ips_preview",
        "total_ip_count",
    }
)


@_attrs_define
class SendIpPoolSummary:
    """
    Attributes:
        id (str):
        name (str):
        regions (list[SendIpRegion] | Unset):
        ips_preview (list[str] | Unset): Up to ten of the pool's IPs.
        total_ip_count (int | Unset):
    """

    id: str
    name: str
    regions: list[SendIpRegion] | Unset = UNSET
    ips_preview: list[str] | Unset = UNSET
    total_ip_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        regions: list[str] | Unset = UNSET
        if not isinstance(self.regions, Unset):
            regions = []
            for regions_item_data in self.regions:
                regions_item: str = regions_item_data
                regions.append(regions_item)

        ips_preview: list[str] | Unset = UNSET
        if not isinstance(self.ips_preview, Unset):
            ips_preview = self.ips_preview

        total_ip_count = self.total_ip_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if regions is not UNSET:
            field_dict["regions"] = regions
        if ips_preview is not UNSET:
            field_dict["ips_preview"] = ips_preview
        if total_ip_count is not UNSET:
            field_dict["total_ip_count"] = total_ip_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]

        name = src_dict["name"]

        _regions = src_dict.get("regions", UNSET)
        regions: list[SendIpRegion] | Unset = UNSET
        if _regions is not UNSET:
            regions = []
            for regions_item_data in _regions:
                regions_item = check_send_ip_region(regions_item_data)

                regions.append(regions_item)

        ips_preview = cast(list[str], src_dict.get("ips_preview", UNSET))

        total_ip_count = src_dict.get("total_ip_count", UNSET)

        if cls is SendIpPoolSummary:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            send_ip_pool_summary = _new_instance(cls)
            send_ip_pool_summary.id = id
            send_ip_pool_summary.name = name
            send_ip_pool_summary.regions = regions
            send_ip_pool_summary.ips_preview = ips_preview
            send_ip_pool_summary.total_ip_count = total_ip_count
            send_ip_pool_summary.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            send_ip_pool_summary = cls(id, name, regions, ips_preview, total_ip_count)
        # More keys than declared fields present: some are additional (most records have none).
        if len(src_dict) > 2 + ("regions" in src_dict) + ("ips_preview" in src_dict) + ("total_ip_count" in src_dict):
            send_ip_pool_summary.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return send_ip_pool_summary

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
