# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetCustomerCategoryStatisticsForm")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "user",
        "category",
        "days",
        "start_date",
        "end_date",
    }
)


@_attrs_define
class GetCustomerCategoryStatisticsForm:
    """
    Attributes:
        user (str): Username of the customer.
        category (str): A category that has statistics.
        days (int | Unset): Number of days up to and including today.
        start_date (datetime.date | Unset): First day of the period (YYYY-mm-dd)
        end_date (datetime.date | Unset): Last day of the period (YYYY-mm-dd)
    """

    user: str
    category: str
    days: int | Unset = UNSET
    start_date: datetime.date | Unset = UNSET
    end_date: datetime.date | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user = self.user

        category = self.category

        days = self.days

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user": user,
                "category": category,
            }
        )
        if days is not UNSET:
            field_dict["days"] = days
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        user = src_dict["user"]

        category = src_dict["category"]

        days = src_dict.get("days", UNSET)

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

        if cls is GetCustomerCategoryStatisticsForm:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            get_customer_category_statistics_form = _new_instance(cls)
            get_customer_category_statistics_form.user = user
            get_customer_category_statistics_form.category = category
            get_customer_category_statistics_form.days = days
            get_customer_category_statistics_form.start_date = start_date
            get_customer_category_statistics_form.end_date = end_date
            get_customer_category_statistics_form.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            get_customer_category_statistics_form = cls(user, category, days, start_date, end_date)
        # More keys than declared fields present: some are additional (most records have none).
        if len(src_dict) > 2 + ("days" in src_dict) + ("start_date" in src_dict) + ("end_date" in src_dict):
            get_customer_category_statistics_form.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return get_customer_category_statistics_form

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
