# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dns_record_check import DnsRecordCheck


T = TypeVar("T", bound="ReverseDnsValidationResults")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "a_record",
    }
)


@_attrs_define
class ReverseDnsValidationResults:
    """
    Attributes:
        a_record (DnsRecordCheck | Unset):
    """

    a_record: DnsRecordCheck | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        a_record: dict[str, Any] | Unset = UNSET
        if not isinstance(self.a_record, Unset):
            a_record = self.a_record.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if a_record is not UNSET:
            field_dict["a_record"] = a_record

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dns_record_check import DnsRecordCheck  # noqa: PLC0415

        _a_record = src_dict.get("a_record", UNSET)
        a_record: DnsRecordCheck | Unset
        if isinstance(_a_record, Unset):
            a_record = UNSET
        else:
            a_record = DnsRecordCheck.from_dict(_a_record)

        if cls is ReverseDnsValidationResults:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            reverse_dns_validation_results = _new_instance(cls)
            reverse_dns_validation_results.a_record = a_record
            reverse_dns_validation_results.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            reverse_dns_validation_results = cls(a_record)
        # More keys than declared fields present: some are additional (most records have none).
        if len(src_dict) > 0 + ("a_record" in src_dict):
            reverse_dns_validation_results.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return reverse_dns_validation_results

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
