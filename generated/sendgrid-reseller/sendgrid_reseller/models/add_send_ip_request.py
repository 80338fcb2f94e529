# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.send_ip_region import SendIpRegion, check_send_ip_region
from ..types import UNSET, Unset

T = TypeVar("T", bound="AddSendIpRequest")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "is_auto_warmup",
        "is_parent_assigned",
        "subusers",
        "region",
        "include_region",
    }
)


@_attrs_define
class AddSendIpRequest:
    """
    Attributes:
        is_auto_warmup (bool):
        is_parent_assigned (bool):
        subusers (list[str] | Unset): Ids of subusers that may send from the new IP.
        region (SendIpRegion | Unset):
        include_region (bool | Unset): Add the IP's region to the answer (default false).
    """

    is_auto_warmup: bool
    is_parent_assigned: bool
    subusers: list[str] | Unset = UNSET
    region: SendIpRegion | Unset = UNSET
    include_region: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_auto_warmup = self.is_auto_warmup

        is_parent_assigned = self.is_parent_assigned

        subusers: list[str] | Unset = UNSET
        if not isinstance(self.subusers, Unset):
            subusers = self.subusers

        region: str | Unset = UNSET
        if not isinstance(self.region, Unset):
            region = self.region

        include_region = self.include_region

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "is_auto_warmup": is_auto_warmup,
                "is_parent_assigned": is_parent_assigned,
            }
        )
        if subusers is not UNSET:
            field_dict["subusers"] = subusers
        if region is not UNSET:
            field_dict["region"] = region
        if include_region is not UNSET:
            field_dict["include_region"] = include_region

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        is_auto_warmup = src_dict["is_auto_warmup"]

        is_parent_assigned = src_dict["is_parent_assigned"]

        subusers = cast(list[str], src_dict.get("subusers", UNSET))

        _region = src_dict.get("region", UNSET)
        region: SendIpRegion | Unset
        if isinstance(_region, Unset):
            region = UNSET
        else:
            region = check_send_ip_region(_region)

        include_region = src_dict.get("include_region", UNSET)

        if cls is AddSendIpRequest:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            add_send_ip_request = _new_instance(cls)
            add_send_ip_request.is_auto_warmup = is_auto_warmup
            add_send_ip_request.is_parent_assigned = is_parent_assigned
            add_send_ip_request.subusers = subusers
            add_send_ip_request.region = region
            add_send_ip_request.include_region = include_region
            add_send_ip_request.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            add_send_ip_request = cls(is_auto_warmup, is_parent_assigned, subusers, region, include_region)
        # More keys than declared fields present: some are additional (most records have none).
        if len(src_dict) > 2 + ("subusers" in src_dict) + ("region" in src_dict) + ("include_region" in src_dict):
            add_send_ip_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return add_send_ip_request

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
