# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Subuser")


@_attrs_define
class Subuser:
    """
    Attributes:
        disabled (bool): Whether the subuser is disabled.
        id (int): The subuser's user id.
        username (str):
        email (str):
        region (str | Unset): The data residency region of the subuser (global or eu).
    """

    disabled: bool
    id: int
    username: str
    email: str
    region: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        disabled = self.disabled

        id = self.id

        username = self.username

        email = self.email

        region = self.region

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "disabled": disabled,
                "id": id,
                "username": username,
                "email": email,
            }
        )
        if region is not UNSET:
            field_dict["region"] = region

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        disabled = d.pop("disabled")

        id = d.pop("id")

        username = d.pop("username")

        email = d.pop("email")

        region = d.pop("region", UNSET)

        subuser = cls(
            disabled=disabled,
            id=id,
            username=username,
            email=email,
            region=region,
        )

        subuser.additional_properties = d
        return subuser

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
