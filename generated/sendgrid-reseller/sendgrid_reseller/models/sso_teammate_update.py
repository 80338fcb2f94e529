# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sso_persona import SsoPersona, check_sso_persona
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sso_subuser_access_request import SsoSubuserAccessRequest


T = TypeVar("T", bound="SsoTeammateUpdate")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "first_name",
        "last_name",
        "is_admin",
        "persona",
        "scopes",
        "has_restricted_subuser_access",
        "subuser_access",
    }
)


@_attrs_define
class SsoTeammateUpdate:
    """
    Attributes:
        first_name (str):
        last_name (str):
        is_admin (bool | Unset):
        persona (SsoPersona | Unset):
        scopes (list[str] | Unset):
        has_restricted_subuser_access (bool | Unset):
        subuser_access (list[SsoSubuserAccessRequest] | Unset):
    """

    first_name: str
    last_name: str
    is_admin: bool | Unset = UNSET
    persona: SsoPersona | Unset = UNSET
    scopes: list[str] | Unset = UNSET
    has_restricted_subuser_access: bool | Unset = UNSET
    subuser_access: list[SsoSubuserAccessRequest] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        is_admin = self.is_admin

        persona: str | Unset = UNSET
        if not isinstance(self.persona, Unset):
            persona = self.persona

        scopes: list[str] | Unset = UNSET
        if not isinstance(self.scopes, Unset):
            scopes = self.scopes

        has_restricted_subuser_access = self.has_restricted_subuser_access

        subuser_access: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subuser_access, Unset):
            subuser_access = []
            for subuser_access_item_data in self.subuser_access:
                subuser_access_item = subuser_access_item_data.to_dict()
                subuser_access.append(subuser_access_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "first_name": first_name,
                "last_name": last_name,
            }
        )
        if is_admin is not UNSET:
            field_dict["is_admin"] = is_admin
        if persona is not UNSET:
            field_dict["persona"] = persona
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if has_restricted_subuser_access is not UNSET:
            field_dict["has_restricted_subuser_access"] = has_restricted_subuser_access
        if subuser_access is not UNSET:
            field_dict["subuser_access"] = subuser_access

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sso_subuser_access_request import SsoSubuserAccessRequest  # noqa: PLC0415

        first_name = src_dict["first_name"]

        last_name = src_dict["last_name"]

        is_admin = src_dict.get("is_admin", UNSET)

        _persona = src_dict.get("persona", UNSET)
        persona: SsoPersona | Unset
        if isinstance(_persona, Unset):
            persona = UNSET
        else:
            persona = check_sso_persona(_persona)

        scopes = cast(list[str], src_dict.get("scopes", UNSET))

        has_restricted_subuser_access = src_dict.get("has_restricted_subuser_access", UNSET)

        _subuser_access = src_dict.get("subuser_access", UNSET)
        subuser_access: list[SsoSubuserAccessRequest] | Unset = UNSET
        if _subuser_access is not UNSET:
            subuser_access = []
            for subuser_access_item_data in _subuser_access:
                subuser_access_item = SsoSubuserAccessRequest.from_dict(subuser_access_item_data)

                subuser_access.append(subuser_access_item)

        if cls is SsoTeammateUpdate:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            sso_teammate_update = _new_instance(cls)
            sso_teammate_update.first_name = first_name
            sso_teammate_update.last_name = last_name
            sso_teammate_update.is_admin = is_admin
            sso_teammate_update.persona = persona
            sso_teammate_update.scopes = scopes
            sso_teammate_update.has_restricted_subuser_access = has_restricted_subuser_access
            sso_teammate_update.subuser_access = subuser_access
            sso_teammate_update.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            sso_teammate_update = cls(
                first_name, last_name, is_admin, persona, scopes, has_restricted_subuser_access, subuser_access
            )
        # A key that is not a declared field is additional (most records have none). With this many
        # optional fields one pass over the keys is cheaper than testing each field's presence.
        if len(src_dict) > 2 and not _WIRE_NAMES.issuperset(src_dict):
            sso_teammate_update.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return sso_teammate_update

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
