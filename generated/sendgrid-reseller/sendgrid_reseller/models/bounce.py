# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Bounce")


@_attrs_define
class Bounce:
    """
    Attributes:
        created (int | Unset): Unix time of the bounce.
        email (str | Unset):
        reason (str | Unset): The receiving server's answer (codes and text).
        status (str | Unset): Enhanced SMTP status code, e.g. 5.1.1.
    """

    created: int | Unset = UNSET
    email: str | Unset = UNSET
    reason: str | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created = self.created

        email = self.email

        reason = self.reason

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created is not UNSET:
            field_dict["created"] = created
        if email is not UNSET:
            field_dict["email"] = email
        if reason is not UNSET:
            field_dict["reason"] = reason
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created = d.pop("created", UNSET)

        email = d.pop("email", UNSET)

        reason = d.pop("reason", UNSET)

        status = d.pop("status", UNSET)

        bounce = cls(
            created=created,
            email=email,
            reason=reason,
            status=status,
        )

        bounce.additional_properties = d
        return bounce

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
