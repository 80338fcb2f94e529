# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.alert_frequency import AlertFrequency, check_alert_frequency
from ..models.alert_type import AlertType, check_alert_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="Alert")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "id",
        "type",
        "email_to",
        "created_at",
        "frequency",
        "percentage",
        "updated_at",
    }
)


@_attrs_define
class Alert:
    """
    Attributes:
        id (int):
        type_ (AlertType):
        email_to (str):
        created_at (int): Unix seconds.
        frequency (AlertFrequency | Unset):
        percentage (int | Unset):
        updated_at (int | Unset): Unix seconds.
    """

    id: int
    type_: AlertType
    email_to: str
    created_at: int
    frequency: AlertFrequency | Unset = UNSET
    percentage: int | Unset = UNSET
    updated_at: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: str = self.type_

        email_to = self.email_to

        created_at = self.created_at

        frequency: str | Unset = UNSET
        if not isinstance(self.frequency, Unset):
            frequency = self.frequency

        percentage = self.percentage

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "email_to": email_to,
                "created_at": created_at,
            }
        )
        if frequency is not UNSET:
            field_dict["frequency"] = frequency
        if percentage is not UNSET:
            field_dict["percentage"] = percentage
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]

        type_ = check_alert_type(src_dict["type"])

        email_to = src_dict["email_to"]

        created_at = src_dict["created_at"]

        _frequency = src_dict.get("frequency", UNSET)
        frequency: AlertFrequency | Unset
        if isinstance(_frequency, Unset):
            frequency = UNSET
        else:
            frequency = check_alert_frequency(_frequency)

        percentage = src_dict.get("percentage", UNSET)

        updated_at = src_dict.get("updated_at", UNSET)

        if cls is Alert:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            alert = _new_instance(cls)
            alert.id = id
            alert.type_ = type_
            alert.email_to = email_to
            alert.created_at = created_at
            alert.frequency = frequency
            alert.percentage = percentage
            alert.updated_at = updated_at
            alert.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            alert = cls(id, type_, email_to, created_at, frequency, percentage, updated_at)
        # More keys than declared fields present: some are additional (most records have none).
        if len(src_dict) > 4 + ("frequency" in src_dict) + ("percentage" in src_dict) + ("updated_at" in src_dict):
            alert.additional_properties = {key: value for key, value in src_dict.items() if key not in _WIRE_NAMES}
        return alert

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
