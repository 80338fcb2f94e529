# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.send_ip_region_count import SendIpRegionCount


T = TypeVar("T", bound="SendIpPoolDetails")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "id",
        "name",
        "ips_preview",
        "total_ip_count",
        "ip_count_by_region",
    }
)


@_attrs_define
class SendIpPoolDetails:
    """
    Attributes:
        id (str):
        name (str):
        ips_preview (list[str] | Unset):
        total_ip_count (int | Unset):
        ip_count_by_region (list[SendIpRegionCount] | Unset):
    """

    id: str
    name: str
    ips_preview: list[str] | Unset = UNSET
    total_ip_count: int | Unset = UNSET
    ip_count_by_region: list[SendIpRegionCount] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        ips_preview: list[str] | Unset = UNSET
        if not isinstance(self.ips_preview, Unset):
            ips_preview = self.ips_preview

        total_ip_count = self.total_ip_count

        ip_count_by_region: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ip_count_by_region, Unset):
            ip_count_by_region = []
            for ip_count_by_region_item_data in self.ip_count_by_region:
                ip_count_by_region_item = ip_count_by_region_item_data.to_dict()
                ip_count_by_region.append(ip_count_by_region_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if ips_preview is not UNSET:
            field_dict["ips_preview"] = ips_preview
        if total_ip_count is not UNSET:
            field_dict["total_ip_count"] = total_ip_count
        if ip_count_by_region is not UNSET:
            field_dict["ip_count_by_region"] = ip_count_by_region

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.send_ip_region_count import SendIpRegionCount  # noqa: PLC0415

        id = src_dict["id"]

        name = src_dict["name"]

        ips_preview = cast(list[str], src_dict.get("ips_preview", UNSET))

        total_ip_count = src_dict.get("total_ip_count", UNSET)

        _ip_count_by_region = src_dict.get("ip_count_by_region", UNSET)
        ip_count_by_region: list[SendIpRegionCount] | Unset = UNSET
        if _ip_count_by_region is not UNSET:
            ip_count_by_region = []
            for ip_count_by_region_item_data in _ip_count_by_region:
                ip_count_by_region_item = SendIpRegionCount.from_dict(ip_count_by_region_item_data)

                ip_count_by_region.append(ip_count_by_region_item)

        if cls is SendIpPoolDetails:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            send_ip_pool_details = _new_instance(cls)
            send_ip_pool_details.id = id
            send_ip_pool_details.name = name
            send_ip_pool_details.ips_preview = ips_preview
            send_ip_pool_details.total_ip_count = total_ip_count
            send_ip_pool_details.ip_count_by_region = ip_count_by_region
            send_ip_pool_details.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            send_ip_pool_details = cls(id, name, ips_preview, total_ip_count, ip_count_by_region)
        # More keys than declared fields present: some are additional (most records have none).
        if len(src_dict) > 2 + ("ips_preview" in src_dict) + ("total_ip_count" in src_dict) + (
            "ip_count_by_region" in src_dict
        ):
            send_ip_pool_details.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return send_ip_pool_details

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
