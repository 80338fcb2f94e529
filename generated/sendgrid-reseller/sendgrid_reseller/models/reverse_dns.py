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

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "id",
        "ip",
        "rdns",
        "users",
        "domain",
        "valid",
        "legacy",
        "a_record",
        "subdomain",
        "last_validation_attempt_at",
    }
)


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

        id = src_dict["id"]

        ip = src_dict["ip"]

        rdns = src_dict["rdns"]

        users = []
        _users = src_dict["users"]
        for users_item_data in _users:
            users_item = ReverseDnsUser.from_dict(users_item_data)

            users.append(users_item)

        domain = src_dict["domain"]

        valid = src_dict["valid"]

        legacy = src_dict["legacy"]

        a_record = DnsRecord.from_dict(src_dict["a_record"])

        subdomain = src_dict.get("subdomain", UNSET)

        last_validation_attempt_at = src_dict.get("last_validation_attempt_at", UNSET)

        if cls is ReverseDns:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            reverse_dns = _new_instance(cls)
            reverse_dns.id = id
            reverse_dns.ip = ip
            reverse_dns.rdns = rdns
            reverse_dns.users = users
            reverse_dns.domain = domain
            reverse_dns.valid = valid
            reverse_dns.legacy = legacy
            reverse_dns.a_record = a_record
            reverse_dns.subdomain = subdomain
            reverse_dns.last_validation_attempt_at = last_validation_attempt_at
            reverse_dns.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            reverse_dns = cls(
                id, ip, rdns, users, domain, valid, legacy, a_record, subdomain, last_validation_attempt_at
            )
        # More keys than declared fields present: some are additional (most records have none).
        if len(src_dict) > 8 + ("subdomain" in src_dict) + ("last_validation_attempt_at" in src_dict):
            reverse_dns.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
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
