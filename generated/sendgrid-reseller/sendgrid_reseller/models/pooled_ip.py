# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PooledIp")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "ip",
        "pools",
        "start_date",
        "warmup",
    }
)


@_attrs_define
class PooledIp:
    """
    Attributes:
        ip (str):
        pools (list[str]):
        start_date (int):
        warmup (bool):
    """

    ip: str
    pools: list[str]
    start_date: int
    warmup: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ip = self.ip

        pools = self.pools

        start_date = self.start_date

        warmup = self.warmup

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ip": ip,
                "pools": pools,
                "start_date": start_date,
                "warmup": warmup,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        ip = src_dict["ip"]

        pools = cast(list[str], src_dict["pools"])

        start_date = src_dict["start_date"]

        warmup = src_dict["warmup"]

        if cls is PooledIp:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            pooled_ip = _new_instance(cls)
            pooled_ip.ip = ip
            pooled_ip.pools = pools
            pooled_ip.start_date = start_date
            pooled_ip.warmup = warmup
            pooled_ip.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            pooled_ip = cls(ip, pools, start_date, warmup)
        # More keys than declared fields present: some are additional (most records have none).
        if len(src_dict) > 4:
            pooled_ip.additional_properties = {key: value for key, value in src_dict.items() if key not in _WIRE_NAMES}
        return pooled_ip

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
