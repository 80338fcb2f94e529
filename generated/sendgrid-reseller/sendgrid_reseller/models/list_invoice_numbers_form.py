# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.list_invoice_numbers_form_status import (
    ListInvoiceNumbersFormStatus,
    check_list_invoice_numbers_form_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ListInvoiceNumbersForm")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "start_date",
        "end_date",
        "status",
    }
)


@_attrs_define
class ListInvoiceNumbersForm:
    """
    Attributes:
        start_date (datetime.date | Unset): Earliest invoice day (YYYY-mm-dd).
        end_date (datetime.date | Unset): Latest invoice day (YYYY-mm-dd); only together with start_date.
        status (ListInvoiceNumbersFormStatus | Unset): Only invoices in this state.
    """

    start_date: datetime.date | Unset = UNSET
    end_date: datetime.date | Unset = UNSET
    status: ListInvoiceNumbersFormStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _start_date = src_dict.get("start_date", UNSET)
        start_date: datetime.date | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = datetime.date.fromisoformat(_start_date)

        _end_date = src_dict.get("end_date", UNSET)
        end_date: datetime.date | Unset
        if isinstance(_end_date, Unset):
            end_date = UNSET
        else:
            end_date = datetime.date.fromisoformat(_end_date)

        _status = src_dict.get("status", UNSET)
        status: ListInvoiceNumbersFormStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_list_invoice_numbers_form_status(_status)

        if cls is ListInvoiceNumbersForm:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            list_invoice_numbers_form = _new_instance(cls)
            list_invoice_numbers_form.start_date = start_date
            list_invoice_numbers_form.end_date = end_date
            list_invoice_numbers_form.status = status
            list_invoice_numbers_form.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            list_invoice_numbers_form = cls(start_date, end_date, status)
        # More keys than declared fields present: some are additional (most records have none).
        if len(src_dict) > 0 + ("start_date" in src_dict) + ("end_date" in src_dict) + ("status" in src_dict):
            list_invoice_numbers_form.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return list_invoice_numbers_form

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
