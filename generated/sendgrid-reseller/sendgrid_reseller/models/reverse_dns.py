# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dns_record import DnsRecord
    from ..models.reverse_dns_user import ReverseDnsUser


T = TypeVar("T", bound="ReverseDns")


@_attrs_define
class ReverseDns:
    """
    Attributes:
        id (int):
        ip (str):
        rdns (str): The name the IP resolves back to.
        users (list[ReverseDnsUser]): The users that send from the IP.
        domain (str):
        valid (bool):
        legacy (bool):
        a_record (DnsRecord):
        subdomain (str | Unset):
        last_validation_attempt_at (int | Unset): Unix time of the last validation.
    """

    id: int
    ip: str
    rdns: str
    users: list[ReverseDnsUser]
    domain: str
    valid: bool
    legacy: bool
    a_record: DnsRecord
    subdomain: str | Unset = UNSET
    last_validation_attempt_at: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        ip = self.ip

        rdns = self.rdns

        users = []
        for users_item_data in self.users:
            users_item = users_item_data.to_dict()
            users.append(users_item)

        domain = self.domain

        valid = self.valid

        legacy = self.legacy

        a_record = self.a_record.to_dict()

        subdomain = self.subdomain

        last_validation_attempt_at = self.last_validation_attempt_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "ip": ip,
                "rdns": rdns,
                "users": users,
                "domain": domain,
                "valid": valid,
                "legacy": legacy,
                "a_record": a_record,
            }
        )
        if subdomain is not UNSET:
            field_dict["subdomain"] = subdomain
        if last_validation_attempt_at is not UNSET:
            field_dict["last_validation_attempt_at"] = last_validation_attempt_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dns_record import DnsRecord  # noqa: PLC0415
        from ..models.reverse_dns_user import ReverseDnsUser  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        ip = d.pop("ip")

        rdns = d.pop("rdns")

        users = []
        _users = d.pop("users")
        for users_item_data in _users:
            users_item = ReverseDnsUser.from_dict(users_item_data)

            users.append(users_item)

        domain = d.pop("domain")

        valid = d.pop("valid")

        legacy = d.pop("legacy")

        a_record = DnsRecord.from_dict(d.pop("a_record"))

        subdomain = d.pop("subdomain", UNSET)

        last_validation_attempt_at = d.pop("last_validation_attempt_at", UNSET)

        reverse_dns = cls(
            id=id,
            ip=ip,
            rdns=rdns,
            users=users,
            domain=domain,
            valid=valid,
            legacy=legacy,
            a_record=a_record,
            subdomain=subdomain,
            last_validation_attempt_at=last_validation_attempt_at,
        )

        reverse_dns.additional_properties = d
        return reverse_dns

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
