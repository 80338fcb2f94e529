# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sso_subuser_access_permission_type import (
    SsoSubuserAccessPermissionType,
    check_sso_subuser_access_permission_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SsoSubuserAccess")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "id",
        "username",
        "email",
        "disabled",
        "permission_type",
        "scopes",
    }
)


@_attrs_define
class SsoSubuserAccess:
    """
    Attributes:
        id (int | Unset):
        username (str | Unset):
        email (str | Unset):
        disabled (bool | Unset):
        permission_type (SsoSubuserAccessPermissionType | Unset):
        scopes (list[str] | Unset):
    """

    id: int | Unset = UNSET
    username: str | Unset = UNSET
    email: str | Unset = UNSET
    disabled: bool | Unset = UNSET
    permission_type: SsoSubuserAccessPermissionType | Unset = UNSET
    scopes: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        username = self.username

        email = self.email

        disabled = self.disabled

        permission_type: str | Unset = UNSET
        if not isinstance(self.permission_type, Unset):
            permission_type = self.permission_type

        scopes: list[str] | Unset = UNSET
        if not isinstance(self.scopes, Unset):
            scopes = self.scopes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if username is not UNSET:
            field_dict["username"] = username
        if email is not UNSET:
            field_dict["email"] = email
        if disabled is not UNSET:
            field_dict["disabled"] = disabled
        if permission_type is not UNSET:
            field_dict["permission_type"] = permission_type
        if scopes is not UNSET:
            field_dict["scopes"] = scopes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict.get("id", UNSET)

        username = src_dict.get("username", UNSET)

        email = src_dict.get("email", UNSET)

        disabled = src_dict.get("disabled", UNSET)

        _permission_type = src_dict.get("permission_type", UNSET)
        permission_type: SsoSubuserAccessPermissionType | Unset
        if isinstance(_permission_type, Unset):
            permission_type = UNSET
        else:
            permission_type = check_sso_subuser_access_permission_type(_permission_type)

        scopes = cast(list[str], src_dict.get("scopes", UNSET))

        if cls is SsoSubuserAccess:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            sso_subuser_access = _new_instance(cls)
            sso_subuser_access.id = id
            sso_subuser_access.username = username
            sso_subuser_access.email = email
            sso_subuser_access.disabled = disabled
            sso_subuser_access.permission_type = permission_type
            sso_subuser_access.scopes = scopes
            sso_subuser_access.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            sso_subuser_access = cls(id, username, email, disabled, permission_type, scopes)
        # A key that is not a declared field is additional (most records have none). With this many
        # optional fields one pass over the keys is cheaper than testing each field's presence.
        if len(src_dict) > 0 and not _WIRE_NAMES.issuperset(src_dict):
            sso_subuser_access.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return sso_subuser_access

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
