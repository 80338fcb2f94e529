# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.send_ip_region import SendIpRegion, check_send_ip_region
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.send_ip_pool_ref import SendIpPoolRef


T = TypeVar("T", bound="SendIpPoolIp")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "ip",
        "region",
        "pools",
    }
)


@_attrs_define
class SendIpPoolIp:
    """
    Attributes:
        ip (str):
        region (SendIpRegion | Unset):
        pools (list[SendIpPoolRef] | Unset):
    """

    ip: str
    region: SendIpRegion | Unset = UNSET
    pools: list[SendIpPoolRef] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ip = self.ip

        region: str | Unset = UNSET
        if not isinstance(self.region, Unset):
            region = self.region

        pools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pools, Unset):
            pools = []
            for pools_item_data in self.pools:
                pools_item = pools_item_data.to_dict()
                pools.append(pools_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ip": ip,
            }
        )
        if region is not UNSET:
            field_dict["region"] = region
        if pools is not UNSET:
            field_dict["pools"] = pools

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.send_ip_pool_ref import SendIpPoolRef  # noqa: PLC0415

        ip = src_dict["ip"]

        _region = src_dict.get("region", UNSET)
        region: SendIpRegion | Unset
        if isinstance(_region, Unset):
            region = UNSET
        else:
            region = check_send_ip_region(_region)

        _pools = src_dict.get("pools", UNSET)
        pools: list[SendIpPoolRef] | Unset = UNSET
        if _pools is not UNSET:
            pools = []
            for pools_item_data in _pools:
                pools_item = SendIpPoolRef.from_dict(pools_item_data)

                pools.append(pools_item)

        if cls is SendIpPoolIp:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            send_ip_pool_ip = _new_instance(cls)
            send_ip_pool_ip.ip = ip
            send_ip_pool_ip.region = region
            send_ip_pool_ip.pools = pools
            send_ip_pool_ip.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            send_ip_pool_ip = cls(ip, region, pools)
        # More keys than declared fields present: some are additional (most records have none).
        if len(src_dict) > 1 + ("region" in src_dict) + ("pools" in src_dict):
            send_ip_pool_ip.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return send_ip_pool_ip

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
