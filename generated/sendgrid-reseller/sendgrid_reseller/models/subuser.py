# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Subuser")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "disabled",
        "id",
        "username",
        "email",
        "region",
    }
)


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
        disabled = src_dict["disabled"]

        id = src_dict["id"]

        username = src_dict["username"]

        email = src_dict["email"]

        region = src_dict.get("region", UNSET)

        if cls is Subuser:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            subuser = _new_instance(cls)
            subuser.disabled = disabled
            subuser.id = id
            subuser.username = username
            subuser.email = email
            subuser.region = region
            subuser.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            subuser = cls(disabled, id, username, email, region)
        # More keys than declared fields present: some are additional (most records have none).
        if len(src_dict) > 4 + ("region" in src_dict):
            subuser.additional_properties = {key: value for key, value in src_dict.items() if key not in _WIRE_NAMES}
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
