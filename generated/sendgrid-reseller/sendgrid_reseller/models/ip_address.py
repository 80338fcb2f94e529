# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IpAddress")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "ip",
        "subusers",
        "pools",
        "warmup",
        "start_date",
        "whitelabeled",
        "assigned_at",
        "rdns",
    }
)


@_attrs_define
class IpAddress:
    """
    Attributes:
        ip (str):
        subusers (list[str]): Subusers that may send from the IP.
        pools (list[str]):
        warmup (bool): Whether the IP is warming up.
        start_date (int | None): Unix time warm-up began.
        whitelabeled (bool): Whether the IP has a reverse DNS record.
        assigned_at (int | None): Unix time the IP was assigned.
        rdns (str | Unset): The IP's reverse DNS name.
    """

    ip: str
    subusers: list[str]
    pools: list[str]
    warmup: bool
    start_date: int | None
    whitelabeled: bool
    assigned_at: int | None
    rdns: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ip = self.ip

        subusers = self.subusers

        pools = self.pools

        warmup = self.warmup

        start_date: int | None
        start_date = self.start_date

        whitelabeled = self.whitelabeled

        assigned_at: int | None
        assigned_at = self.assigned_at

        rdns = self.rdns

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ip": ip,
                "subusers": subusers,
                "pools": pools,
                "warmup": warmup,
                "start_date": start_date,
                "whitelabeled": whitelabeled,
                "assigned_at": assigned_at,
            }
        )
        if rdns is not UNSET:
            field_dict["rdns"] = rdns

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        ip = src_dict["ip"]

        subusers = cast(list[str], src_dict["subusers"])

        pools = cast(list[str], src_dict["pools"])

        warmup = src_dict["warmup"]

        def _parse_start_date(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        start_date = _parse_start_date(src_dict["start_date"])

        whitelabeled = src_dict["whitelabeled"]

        def _parse_assigned_at(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        assigned_at = _parse_assigned_at(src_dict["assigned_at"])

        rdns = src_dict.get("rdns", UNSET)

        if cls is IpAddress:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            ip_address = _new_instance(cls)
            ip_address.ip = ip
            ip_address.subusers = subusers
            ip_address.pools = pools
            ip_address.warmup = warmup
            ip_address.start_date = start_date
            ip_address.whitelabeled = whitelabeled
            ip_address.assigned_at = assigned_at
            ip_address.rdns = rdns
            ip_address.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            ip_address = cls(ip, subusers, pools, warmup, start_date, whitelabeled, assigned_at, rdns)
        # More keys than declared fields present: some are additional (most records have none).
        if len(src_dict) > 7 + ("rdns" in src_dict):
            ip_address.additional_properties = {key: value for key, value in src_dict.items() if key not in _WIRE_NAMES}
        return ip_address

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
