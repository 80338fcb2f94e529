# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dns_record import DnsRecord


T = TypeVar("T", bound="BrandedLinkDns")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "domain_cname",
        "owner_cname",
    }
)


@_attrs_define
class BrandedLinkDns:
    """
    Attributes:
        domain_cname (DnsRecord):
        owner_cname (DnsRecord | Unset):
    """

    domain_cname: DnsRecord
    owner_cname: DnsRecord | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domain_cname = self.domain_cname.to_dict()

        owner_cname: dict[str, Any] | Unset = UNSET
        if not isinstance(self.owner_cname, Unset):
            owner_cname = self.owner_cname.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "domain_cname": domain_cname,
            }
        )
        if owner_cname is not UNSET:
            field_dict["owner_cname"] = owner_cname

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dns_record import DnsRecord  # noqa: PLC0415

        domain_cname = DnsRecord.from_dict(src_dict["domain_cname"])

        _owner_cname = src_dict.get("owner_cname", UNSET)
        owner_cname: DnsRecord | Unset
        if isinstance(_owner_cname, Unset):
            owner_cname = UNSET
        else:
            owner_cname = DnsRecord.from_dict(_owner_cname)

        if cls is BrandedLinkDns:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            branded_link_dns = _new_instance(cls)
            branded_link_dns.domain_cname = domain_cname
            branded_link_dns.owner_cname = owner_cname
            branded_link_dns.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            branded_link_dns = cls(domain_cname, owner_cname)
        # More keys than declared fields present: some are additional (most records have none).
        if len(src_dict) > 1 + ("owner_cname" in src_dict):
            branded_link_dns.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return branded_link_dns

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
