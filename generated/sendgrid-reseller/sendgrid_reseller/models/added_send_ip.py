# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.send_ip_region import SendIpRegion, check_send_ip_region
from ..types import UNSET, Unset

T = TypeVar("T", bound="AddedSendIp")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "ip",
        "is_auto_warmup",
        "is_parent_assigned",
        "subusers",
        "region",
    }
)


@_attrs_define
class AddedSendIp:
    """
    Attributes:
        ip (str):
        is_auto_warmup (bool | Unset):
        is_parent_assigned (bool | Unset):
        subusers (list[str] | Unset):
        region (SendIpRegion | Unset):
    """

    ip: str
    is_auto_warmup: bool | Unset = UNSET
    is_parent_assigned: bool | Unset = UNSET
    subusers: list[str] | Unset = UNSET
    region: SendIpRegion | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ip = self.ip

        is_auto_warmup = self.is_auto_warmup

        is_parent_assigned = self.is_parent_assigned

        subusers: list[str] | Unset = UNSET
        if not isinstance(self.subusers, Unset):
            subusers = self.subusers

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
        if is_auto_warmup is not UNSET:
            field_dict["is_auto_warmup"] = is_auto_warmup
        if is_parent_assigned is not UNSET:
            field_dict["is_parent_assigned"] = is_parent_assigned
        if subusers is not UNSET:
            field_dict["subusers"] = subusers
        if region is not UNSET:
            field_dict["region"] = region

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        ip = src_dict["ip"]

        is_auto_warmup = src_dict.get("is_auto_warmup", UNSET)

        is_parent_assigned = src_dict.get("is_parent_assigned", UNSET)

        subusers = cast(list[str], src_dict.get("subusers", UNSET))

        _region = src_dict.get("region", UNSET)
        region: SendIpRegion | Unset
        if isinstance(_region, Unset):
            region = UNSET
        else:
            region = check_send_ip_region(_region)

        if cls is AddedSendIp:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            added_send_ip = _new_instance(cls)
            added_send_ip.ip = ip
            added_send_ip.is_auto_warmup = is_auto_warmup
            added_send_ip.is_parent_assigned = is_parent_assigned
            added_send_ip.subusers = subusers
            added_send_ip.region = region
            added_send_ip.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            added_send_ip = cls(ip, is_auto_warmup, is_parent_assigned, subusers, region)
        # A key that is not a declared field is additional (most records have none). With this many
        # optional fields one pass over the keys is cheaper than testing each field's presence.
        if len(src_dict) > 1 and not _WIRE_NAMES.issuperset(src_dict):
            added_send_ip.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return added_send_ip

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
