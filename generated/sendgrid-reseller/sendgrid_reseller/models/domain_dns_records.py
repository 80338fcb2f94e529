# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dns_record import DnsRecord


T = TypeVar("T", bound="DomainDnsRecords")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "mail_cname",
        "dkim1",
        "dkim2",
        "mail_server",
        "subdomain_spf",
        "domain_spf",
        "dkim",
    }
)


@_attrs_define
class DomainDnsRecords:
    """With automatic security: mail_cname, dkim1 and dkim2 (CNAMEs). With manual security: mail_server (MX),
    subdomain_spf, domain_spf and dkim (TXT).

        Attributes:
            mail_cname (DnsRecord | Unset):
            dkim1 (DnsRecord | Unset):
            dkim2 (DnsRecord | Unset):
            mail_server (DnsRecord | Unset):
            subdomain_spf (DnsRecord | Unset):
            domain_spf (DnsRecord | Unset):
            dkim (DnsRecord | Unset):
    """

    mail_cname: DnsRecord | Unset = UNSET
    dkim1: DnsRecord | Unset = UNSET
    dkim2: DnsRecord | Unset = UNSET
    mail_server: DnsRecord | Unset = UNSET
    subdomain_spf: DnsRecord | Unset = UNSET
    domain_spf: DnsRecord | Unset = UNSET
    dkim: DnsRecord | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mail_cname: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mail_cname, Unset):
            mail_cname = self.mail_cname.to_dict()

        dkim1: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dkim1, Unset):
            dkim1 = self.dkim1.to_dict()

        dkim2: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dkim2, Unset):
            dkim2 = self.dkim2.to_dict()

        mail_server: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mail_server, Unset):
            mail_server = self.mail_server.to_dict()

        subdomain_spf: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subdomain_spf, Unset):
            subdomain_spf = self.subdomain_spf.to_dict()

        domain_spf: dict[str, Any] | Unset = UNSET
        if not isinstance(self.domain_spf, Unset):
            domain_spf = self.domain_spf.to_dict()

        dkim: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dkim, Unset):
            dkim = self.dkim.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mail_cname is not UNSET:
            field_dict["mail_cname"] = mail_cname
        if dkim1 is not UNSET:
            field_dict["dkim1"] = dkim1
        if dkim2 is not UNSET:
            field_dict["dkim2"] = dkim2
        if mail_server is not UNSET:
            field_dict["mail_server"] = mail_server
        if subdomain_spf is not UNSET:
            field_dict["subdomain_spf"] = subdomain_spf
        if domain_spf is not UNSET:
            field_dict["domain_spf"] = domain_spf
        if dkim is not UNSET:
            field_dict["dkim"] = dkim

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dns_record import DnsRecord  # noqa: PLC0415

        _mail_cname = src_dict.get("mail_cname", UNSET)
        mail_cname: DnsRecord | Unset
        if isinstance(_mail_cname, Unset):
            mail_cname = UNSET
        else:
            mail_cname = DnsRecord.from_dict(_mail_cname)

        _dkim1 = src_dict.get("dkim1", UNSET)
        dkim1: DnsRecord | Unset
        if isinstance(_dkim1, Unset):
            dkim1 = UNSET
        else:
            dkim1 = DnsRecord.from_dict(_dkim1)

        _dkim2 = src_dict.get("dkim2", UNSET)
        dkim2: DnsRecord | Unset
        if isinstance(_dkim2, Unset):
            dkim2 = UNSET
        else:
            dkim2 = DnsRecord.from_dict(_dkim2)

        _mail_server = src_dict.get("mail_server", UNSET)
        mail_server: DnsRecord | Unset
        if isinstance(_mail_server, Unset):
            mail_server = UNSET
        else:
            mail_server = DnsRecord.from_dict(_mail_server)

        _subdomain_spf = src_dict.get("subdomain_spf", UNSET)
        subdomain_spf: DnsRecord | Unset
        if isinstance(_subdomain_spf, Unset):
            subdomain_spf = UNSET
        else:
            subdomain_spf = DnsRecord.from_dict(_subdomain_spf)

        _domain_spf = src_dict.get("domain_spf", UNSET)
        domain_spf: DnsRecord | Unset
        if isinstance(_domain_spf, Unset):
            domain_spf = UNSET
        else:
            domain_spf = DnsRecord.from_dict(_domain_spf)

        _dkim = src_dict.get("dkim", UNSET)
        dkim: DnsRecord | Unset
        if isinstance(_dkim, Unset):
            dkim = UNSET
        else:
            dkim = DnsRecord.from_dict(_dkim)

        if cls is DomainDnsRecords:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            domain_dns_records = _new_instance(cls)
            domain_dns_records.mail_cname = mail_cname
            domain_dns_records.dkim1 = dkim1
            domain_dns_records.dkim2 = dkim2
            domain_dns_records.mail_server = mail_server
            domain_dns_records.subdomain_spf = subdomain_spf
            domain_dns_records.domain_spf = domain_spf
            domain_dns_records.dkim = dkim
            domain_dns_records.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            domain_dns_records = cls(mail_cname, dkim1, dkim2, mail_server, subdomain_spf, domain_spf, dkim)
        # A key that is not a declared field is additional (most records have none). With this many
        # optional fields one pass over the keys is cheaper than testing each field's presence.
        if len(src_dict) > 0 and not _WIRE_NAMES.issuperset(src_dict):
            domain_dns_records.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return domain_dns_records

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
