# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SsoIntegration")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "name",
        "enabled",
        "signin_url",
        "signout_url",
        "entity_id",
        "last_updated",
        "completed_integration",
        "id",
        "single_signon_url",
        "audience_url",
    }
)


@_attrs_define
class SsoIntegration:
    """
    Attributes:
        name (str):
        enabled (bool):
        signin_url (str):
        signout_url (str):
        entity_id (str):
        last_updated (int): Unix seconds.
        completed_integration (bool | Unset):
        id (str | Unset):
        single_signon_url (str | Unset): Where the identity provider posts SAML answers (with si=true).
        audience_url (str | Unset): The SAML audience (with si=true).
    """

    name: str
    enabled: bool
    signin_url: str
    signout_url: str
    entity_id: str
    last_updated: int
    completed_integration: bool | Unset = UNSET
    id: str | Unset = UNSET
    single_signon_url: str | Unset = UNSET
    audience_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        enabled = self.enabled

        signin_url = self.signin_url

        signout_url = self.signout_url

        entity_id = self.entity_id

        last_updated = self.last_updated

        completed_integration = self.completed_integration

        id = self.id

        single_signon_url = self.single_signon_url

        audience_url = self.audience_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "enabled": enabled,
                "signin_url": signin_url,
                "signout_url": signout_url,
                "entity_id": entity_id,
                "last_updated": last_updated,
            }
        )
        if completed_integration is not UNSET:
            field_dict["completed_integration"] = completed_integration
        if id is not UNSET:
            field_dict["id"] = id
        if single_signon_url is not UNSET:
            field_dict["single_signon_url"] = single_signon_url
        if audience_url is not UNSET:
            field_dict["audience_url"] = audience_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        name = src_dict["name"]

        enabled = src_dict["enabled"]

        signin_url = src_dict["signin_url"]

        signout_url = src_dict["signout_url"]

        entity_id = src_dict["entity_id"]

        last_updated = src_dict["last_updated"]

        completed_integration = src_dict.get("completed_integration", UNSET)

        id = src_dict.get("id", UNSET)

        single_signon_url = src_dict.get("single_signon_url", UNSET)

        audience_url = src_dict.get("audience_url", UNSET)

        if cls is SsoIntegration:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            sso_integration = _new_instance(cls)
            sso_integration.name = name
            sso_integration.enabled = enabled
            sso_integration.signin_url = signin_url
            sso_integration.signout_url = signout_url
            sso_integration.entity_id = entity_id
            sso_integration.last_updated = last_updated
            sso_integration.completed_integration = completed_integration
            sso_integration.id = id
            sso_integration.single_signon_url = single_signon_url
            sso_integration.audience_url = audience_url
            sso_integration.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            sso_integration = cls(
                name,
                enabled,
                signin_url,
                signout_url,
                entity_id,
                last_updated,
                completed_integration,
                id,
                single_signon_url,
                audience_url,
            )
        # A key that is not a declared field is additional (most records have none). With this many
        # optional fields one pass over the keys is cheaper than testing each field's presence.
        if len(src_dict) > 6 and not _WIRE_NAMES.issuperset(src_dict):
            sso_integration.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return sso_integration

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
