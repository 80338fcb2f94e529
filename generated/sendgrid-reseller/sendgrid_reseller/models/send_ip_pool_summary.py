# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.send_ip_region import SendIpRegion, check_send_ip_region
from ..types import UNSET, Unset

T = TypeVar("T", bound="SendIpPoolSummary")


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
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        _regions = d.pop("regions", UNSET)
        regions: list[SendIpRegion] | Unset = UNSET
        if _regions is not UNSET:
            regions = []
            for regions_item_data in _regions:
                regions_item = check_send_ip_region(regions_item_data)

                regions.append(regions_item)

        ips_preview = cast(list[str], d.pop("ips_preview", UNSET))

        total_ip_count = d.pop("total_ip_count", UNSET)

        send_ip_pool_summary = cls(
            id=id,
            name=name,
            regions=regions,
            ips_preview=ips_preview,
            total_ip_count=total_ip_count,
        )

        send_ip_pool_summary.additional_properties = d
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
