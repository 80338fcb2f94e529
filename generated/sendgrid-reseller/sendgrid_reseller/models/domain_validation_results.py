# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dns_record_check import DnsRecordCheck


T = TypeVar("T", bound="DomainValidationResults")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "mail_cname",
        "dkim1",
        "dkim2",
        "spf",
    }
)


@_attrs_define
class DomainValidationResults:
    """
    Attributes:
        mail_cname (DnsRecordCheck | Unset):
        dkim1 (DnsRecordCheck | Unset):
        dkim2 (DnsRecordCheck | Unset):
        spf (DnsRecordCheck | Unset):
    """

    mail_cname: DnsRecordCheck | Unset = UNSET
    dkim1: DnsRecordCheck | Unset = UNSET
    dkim2: DnsRecordCheck | Unset = UNSET
    spf: DnsRecordCheck | Unset = UNSET
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

        spf: dict[str, Any] | Unset = UNSET
        if not isinstance(self.spf, Unset):
            spf = self.spf.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mail_cname is not UNSET:
            field_dict["mail_cname"] = mail_cname
        if dkim1 is not UNSET:
            field_dict["dkim1"] = dkim1
        if dkim2 is not UNSET:
            field_dict["dkim2"] = dkim2
        if spf is not UNSET:
            field_dict["spf"] = spf

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dns_record_check import DnsRecordCheck  # noqa: PLC0415

        _mail_cname = src_dict.get("mail_cname", UNSET)
        mail_cname: DnsRecordCheck | Unset
        if isinstance(_mail_cname, Unset):
            mail_cname = UNSET
        else:
            mail_cname = DnsRecordCheck.from_dict(_mail_cname)

        _dkim1 = src_dict.get("dkim1", UNSET)
        dkim1: DnsRecordCheck | Unset
        if isinstance(_dkim1, Unset):
            dkim1 = UNSET
        else:
            dkim1 = DnsRecordCheck.from_dict(_dkim1)

        _dkim2 = src_dict.get("dkim2", UNSET)
        dkim2: DnsRecordCheck | Unset
        if isinstance(_dkim2, Unset):
            dkim2 = UNSET
        else:
            dkim2 = DnsRecordCheck.from_dict(_dkim2)

        _spf = src_dict.get("spf", UNSET)
        spf: DnsRecordCheck | Unset
        if isinstance(_spf, Unset):
            spf = UNSET
        else:
            spf = DnsRecordCheck.from_dict(_spf)

        if cls is DomainValidationResults:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            domain_validation_results = _new_instance(cls)
            domain_validation_results.mail_cname = mail_cname
            domain_validation_results.dkim1 = dkim1
            domain_validation_results.dkim2 = dkim2
            domain_validation_results.spf = spf
            domain_validation_results.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            domain_validation_results = cls(mail_cname, dkim1, dkim2, spf)
        # A key that is not a declared field is additional (most records have none). With this many
        # optional fields one pass over the keys is cheaper than testing each field's presence.
        if len(src_dict) > 0 and not _WIRE_NAMES.issuperset(src_dict):
            domain_validation_results.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return domain_validation_results

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
