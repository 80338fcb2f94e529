# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PendingTeammate")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "token",
        "email",
        "scopes",
        "is_admin",
        "expiration_date",
    }
)


@_attrs_define
class PendingTeammate:
    """
    Attributes:
        token (str | Unset): Identifies the invitation (to resend or withdraw it).
        email (str | Unset):
        scopes (list[str] | Unset): Permission names such as mail.send or user.profile.read.
        is_admin (bool | Unset):
        expiration_date (int | Unset): When the invitation expires (Unix seconds).
    """

    token: str | Unset = UNSET
    email: str | Unset = UNSET
    scopes: list[str] | Unset = UNSET
    is_admin: bool | Unset = UNSET
    expiration_date: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        email = self.email

        scopes: list[str] | Unset = UNSET
        if not isinstance(self.scopes, Unset):
            scopes = self.scopes

        is_admin = self.is_admin

        expiration_date = self.expiration_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if token is not UNSET:
            field_dict["token"] = token
        if email is not UNSET:
            field_dict["email"] = email
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if is_admin is not UNSET:
            field_dict["is_admin"] = is_admin
        if expiration_date is not UNSET:
            field_dict["expiration_date"] = expiration_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        token = src_dict.get("token", UNSET)

        email = src_dict.get("email", UNSET)

        scopes = cast(list[str], src_dict.get("scopes", UNSET))

        is_admin = src_dict.get("is_admin", UNSET)

        expiration_date = src_dict.get("expiration_date", UNSET)

        if cls is PendingTeammate:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            pending_teammate = _new_instance(cls)
            pending_teammate.token = token
            pending_teammate.email = email
            pending_teammate.scopes = scopes
            pending_teammate.is_admin = is_admin
            pending_teammate.expiration_date = expiration_date
            pending_teammate.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            pending_teammate = cls(token, email, scopes, is_admin, expiration_date)
        # A key that is not a declared field is additional (most records have none). With this many
        # optional fields one pass over the keys is cheaper than testing each field's presence.
        if len(src_dict) > 0 and not _WIRE_NAMES.issuperset(src_dict):
            pending_teammate.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return pending_teammate

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
