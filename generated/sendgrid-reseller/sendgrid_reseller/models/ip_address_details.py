# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IpAddressDetails")


@_attrs_define
class IpAddressDetails:
    """
    Attributes:
        ip (str):
        subusers (list[str]):
        pools (list[str]):
        warmup (bool):
        start_date (int | None):
        whitelabeled (bool):
        rdns (str | Unset):
    """

    ip: str
    subusers: list[str]
    pools: list[str]
    warmup: bool
    start_date: int | None
    whitelabeled: bool
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
            }
        )
        if rdns is not UNSET:
            field_dict["rdns"] = rdns

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ip = d.pop("ip")

        subusers = cast(list[str], d.pop("subusers"))

        pools = cast(list[str], d.pop("pools"))

        warmup = d.pop("warmup")

        def _parse_start_date(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        start_date = _parse_start_date(d.pop("start_date"))

        whitelabeled = d.pop("whitelabeled")

        rdns = d.pop("rdns", UNSET)

        ip_address_details = cls(
            ip=ip,
            subusers=subusers,
            pools=pools,
            warmup=warmup,
            start_date=start_date,
            whitelabeled=whitelabeled,
            rdns=rdns,
        )

        ip_address_details.additional_properties = d
        return ip_address_details

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
