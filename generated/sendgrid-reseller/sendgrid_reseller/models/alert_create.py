# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.alert_frequency import AlertFrequency, check_alert_frequency
from ..models.alert_type import AlertType, check_alert_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="AlertCreate")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "type",
        "email_to",
        "frequency",
        "percentage",
    }
)


@_attrs_define
class AlertCreate:
    """
    Attributes:
        type_ (AlertType):
        email_to (None | str): Who receives the alert.
        frequency (AlertFrequency | Unset):
        percentage (int | Unset): usage_limit: the share of credits used that triggers it.
    """

    type_: AlertType
    email_to: None | str
    frequency: AlertFrequency | Unset = UNSET
    percentage: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        email_to: None | str
        email_to = self.email_to

        frequency: str | Unset = UNSET
        if not isinstance(self.frequency, Unset):
            frequency = self.frequency

        percentage = self.percentage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "email_to": email_to,
            }
        )
        if frequency is not UNSET:
            field_dict["frequency"] = frequency
        if percentage is not UNSET:
            field_dict["percentage"] = percentage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        type_ = check_alert_type(src_dict["type"])

        def _parse_email_to(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email_to = _parse_email_to(src_dict["email_to"])

        _frequency = src_dict.get("frequency", UNSET)
        frequency: AlertFrequency | Unset
        if isinstance(_frequency, Unset):
            frequency = UNSET
        else:
            frequency = check_alert_frequency(_frequency)

        percentage = src_dict.get("percentage", UNSET)

        if cls is AlertCreate:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            alert_create = _new_instance(cls)
            alert_create.type_ = type_
            alert_create.email_to = email_to
            alert_create.frequency = frequency
            alert_create.percentage = percentage
            alert_create.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            alert_create = cls(type_, email_to, frequency, percentage)
        # More keys than declared fields present: some are additional (most records have none).
        if len(src_dict) > 2 + ("frequency" in src_dict) + ("percentage" in src_dict):
            alert_create.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return alert_create

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
