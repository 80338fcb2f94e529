# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.send_ip_region import SendIpRegion, check_send_ip_region
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.send_ip_pool_ref import SendIpPoolRef


T = TypeVar("T", bound="SendIp")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "ip",
        "pools",
        "is_auto_warmup",
        "is_parent_assigned",
        "added_at",
        "updated_at",
        "is_enabled",
        "is_leased",
        "region",
    }
)


@_attrs_define
class SendIp:
    """
    Attributes:
        ip (str):
        pools (list[SendIpPoolRef] | Unset):
        is_auto_warmup (bool | Unset): Whether SendGrid warms the IP up automatically.
        is_parent_assigned (bool | None | Unset): Whether the parent may send from the IP (only in the parent's
            answers).
        added_at (int | Unset): Unix time the IP was added.
        updated_at (int | None | Unset): Unix time of the last change.
        is_enabled (bool | None | Unset): Whether the customer's own IP may send; null for SendGrid's IPs.
        is_leased (bool | Unset): True for a SendGrid IP, false for the customer's own.
        region (SendIpRegion | Unset):
    """

    ip: str
    pools: list[SendIpPoolRef] | Unset = UNSET
    is_auto_warmup: bool | Unset = UNSET
    is_parent_assigned: bool | None | Unset = UNSET
    added_at: int | Unset = UNSET
    updated_at: int | None | Unset = UNSET
    is_enabled: bool | None | Unset = UNSET
    is_leased: bool | Unset = UNSET
    region: SendIpRegion | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ip = self.ip

        pools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pools, Unset):
            pools = []
            for pools_item_data in self.pools:
                pools_item = pools_item_data.to_dict()
                pools.append(pools_item)

        is_auto_warmup = self.is_auto_warmup

        is_parent_assigned: bool | None | Unset
        if isinstance(self.is_parent_assigned, Unset):
            is_parent_assigned = UNSET
        else:
            is_parent_assigned = self.is_parent_assigned

        added_at = self.added_at

        updated_at: int | None | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        is_enabled: bool | None | Unset
        if isinstance(self.is_enabled, Unset):
            is_enabled = UNSET
        else:
            is_enabled = self.is_enabled

        is_leased = self.is_leased

        region: str | Unset = UNSET
        if not isinstance(self.region, Unset):
            region = self.region

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ip": ip,
            }
        )
        if pools is not UNSET:
            field_dict["pools"] = pools
        if is_auto_warmup is not UNSET:
            field_dict["is_auto_warmup"] = is_auto_warmup
        if is_parent_assigned is not UNSET:
            field_dict["is_parent_assigned"] = is_parent_assigned
        if added_at is not UNSET:
            field_dict["added_at"] = added_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if is_enabled is not UNSET:
            field_dict["is_enabled"] = is_enabled
        if is_leased is not UNSET:
            field_dict["is_leased"] = is_leased
        if region is not UNSET:
            field_dict["region"] = region

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.send_ip_pool_ref import SendIpPoolRef  # noqa: PLC0415

        ip = src_dict["ip"]

        _pools = src_dict.get("pools", UNSET)
        pools: list[SendIpPoolRef] | Unset = UNSET
        if _pools is not UNSET:
            pools = []
            for pools_item_data in _pools:
                pools_item = SendIpPoolRef.from_dict(pools_item_data)

                pools.append(pools_item)

        is_auto_warmup = src_dict.get("is_auto_warmup", UNSET)

        def _parse_is_parent_assigned(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_parent_assigned = _parse_is_parent_assigned(src_dict.get("is_parent_assigned", UNSET))

        added_at = src_dict.get("added_at", UNSET)

        def _parse_updated_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        updated_at = _parse_updated_at(src_dict.get("updated_at", UNSET))

        def _parse_is_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_enabled = _parse_is_enabled(src_dict.get("is_enabled", UNSET))

        is_leased = src_dict.get("is_leased", UNSET)

        _region = src_dict.get("region", UNSET)
        region: SendIpRegion | Unset
        if isinstance(_region, Unset):
            region = UNSET
        else:
            region = check_send_ip_region(_region)

        if cls is SendIp:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            send_ip = _new_instance(cls)
            send_ip.ip = ip
            send_ip.pools = pools
            send_ip.is_auto_warmup = is_auto_warmup
            send_ip.is_parent_assigned = is_parent_assigned
            send_ip.added_at = added_at
            send_ip.updated_at = updated_at
            send_ip.is_enabled = is_enabled
            send_ip.is_leased = is_leased
            send_ip.region = region
            send_ip.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            send_ip = cls(
                ip, pools, is_auto_warmup, is_parent_assigned, added_at, updated_at, is_enabled, is_leased, region
            )
        # A key that is not a declared field is additional (most records have none). With this many
        # optional fields one pass over the keys is cheaper than testing each field's presence.
        if len(src_dict) > 1 and not _WIRE_NAMES.issuperset(src_dict):
            send_ip.additional_properties = {key: value for key, value in src_dict.items() if key not in _WIRE_NAMES}
        return send_ip

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
