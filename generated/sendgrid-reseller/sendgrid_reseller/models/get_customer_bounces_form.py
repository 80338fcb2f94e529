# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_customer_bounces_form_date import GetCustomerBouncesFormDate, check_get_customer_bounces_form_date
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetCustomerBouncesForm")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "user",
        "date",
    }
)


@_attrs_define
class GetCustomerBouncesForm:
    """
    Attributes:
        user (str): Username of the customer.
        date (GetCustomerBouncesFormDate | Unset): Send "1" to get each record's creation time (YYYY-MM-DD HH:MM:SS) in
            created.
    """

    user: str
    date: GetCustomerBouncesFormDate | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user = self.user

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user": user,
            }
        )
        if date is not UNSET:
            field_dict["date"] = date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        user = src_dict["user"]

        _date = src_dict.get("date", UNSET)
        date: GetCustomerBouncesFormDate | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = check_get_customer_bounces_form_date(_date)

        if cls is GetCustomerBouncesForm:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            get_customer_bounces_form = _new_instance(cls)
            get_customer_bounces_form.user = user
            get_customer_bounces_form.date = date
            get_customer_bounces_form.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            get_customer_bounces_form = cls(user, date)
        # More keys than declared fields present: some are additional (most records have none).
        if len(src_dict) > 1 + ("date" in src_dict):
            get_customer_bounces_form.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return get_customer_bounces_form

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
