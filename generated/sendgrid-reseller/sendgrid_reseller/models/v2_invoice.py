# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="V2Invoice")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "number",
        "package",
        "credits",
        "date_invoiced",
        "status",
        "amount",
        "additional_charges",
        "overage",
        "type",
        "prorated",
        "start_date",
        "end_date",
        "final_amount",
    }
)


@_attrs_define
class V2Invoice:
    """One invoice of the reseller. Amounts and credits are JSON numbers; the number is a string.

    Attributes:
        number (str | Unset):
        package (str | Unset): Name of the invoiced package.
        credits_ (int | Unset):
        date_invoiced (str | Unset): When the invoice was raised (YYYY-MM-DD HH:MM:SS).
        status (str | Unset): Capitalised, e.g. "Paid".
        amount (float | Unset):
        additional_charges (float | Unset):
        overage (float | Unset):
        type_ (str | Unset): The kind of bill, e.g. "Recurring Bill".
        prorated (float | Unset):
        start_date (str | Unset): First day billed (YYYY-MM-DD).
        end_date (str | Unset): Last day billed (YYYY-MM-DD).
        final_amount (float | Unset):
    """

    number: str | Unset = UNSET
    package: str | Unset = UNSET
    credits_: int | Unset = UNSET
    date_invoiced: str | Unset = UNSET
    status: str | Unset = UNSET
    amount: float | Unset = UNSET
    additional_charges: float | Unset = UNSET
    overage: float | Unset = UNSET
    type_: str | Unset = UNSET
    prorated: float | Unset = UNSET
    start_date: str | Unset = UNSET
    end_date: str | Unset = UNSET
    final_amount: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        package = self.package

        credits_ = self.credits_

        date_invoiced = self.date_invoiced

        status = self.status

        amount = self.amount

        additional_charges = self.additional_charges

        overage = self.overage

        type_ = self.type_

        prorated = self.prorated

        start_date = self.start_date

        end_date = self.end_date

        final_amount = self.final_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if number is not UNSET:
            field_dict["number"] = number
        if package is not UNSET:
            field_dict["package"] = package
        if credits_ is not UNSET:
            field_dict["credits"] = credits_
        if date_invoiced is not UNSET:
            field_dict["date_invoiced"] = date_invoiced
        if status is not UNSET:
            field_dict["status"] = status
        if amount is not UNSET:
            field_dict["amount"] = amount
        if additional_charges is not UNSET:
            field_dict["additional_charges"] = additional_charges
        if overage is not UNSET:
            field_dict["overage"] = overage
        if type_ is not UNSET:
            field_dict["type"] = type_
        if prorated is not UNSET:
            field_dict["prorated"] = prorated
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if final_amount is not UNSET:
            field_dict["final_amount"] = final_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        number = src_dict.get("number", UNSET)

        package = src_dict.get("package", UNSET)

        credits_ = src_dict.get("credits", UNSET)

        date_invoiced = src_dict.get("date_invoiced", UNSET)

        status = src_dict.get("status", UNSET)

        amount = src_dict.get("amount", UNSET)

        additional_charges = src_dict.get("additional_charges", UNSET)

        overage = src_dict.get("overage", UNSET)

        type_ = src_dict.get("type", UNSET)

        prorated = src_dict.get("prorated", UNSET)

        start_date = src_dict.get("start_date", UNSET)

        end_date = src_dict.get("end_date", UNSET)

        final_amount = src_dict.get("final_amount", UNSET)

        if cls is V2Invoice:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            v2_invoice = _new_instance(cls)
            v2_invoice.number = number
            v2_invoice.package = package
            v2_invoice.credits_ = credits_
            v2_invoice.date_invoiced = date_invoiced
            v2_invoice.status = status
            v2_invoice.amount = amount
            v2_invoice.additional_charges = additional_charges
            v2_invoice.overage = overage
            v2_invoice.type_ = type_
            v2_invoice.prorated = prorated
            v2_invoice.start_date = start_date
            v2_invoice.end_date = end_date
            v2_invoice.final_amount = final_amount
            v2_invoice.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            v2_invoice = cls(
                number,
                package,
                credits_,
                date_invoiced,
                status,
                amount,
                additional_charges,
                overage,
                type_,
                prorated,
                start_date,
                end_date,
                final_amount,
            )
        # A key that is not a declared field is additional (most records have none). With this many
        # optional fields one pass over the keys is cheaper than testing each field's presence.
        if len(src_dict) > 0 and not _WIRE_NAMES.issuperset(src_dict):
            v2_invoice.additional_properties = {key: value for key, value in src_dict.items() if key not in _WIRE_NAMES}
        return v2_invoice

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
