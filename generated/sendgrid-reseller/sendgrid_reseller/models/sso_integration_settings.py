# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SsoIntegrationSettings")

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
        "completed_integration",
    }
)


@_attrs_define
class SsoIntegrationSettings:
    """
    Attributes:
        name (str):
        enabled (bool):
        signin_url (str): The identity provider's sign-in URL.
        signout_url (str): Where users land after signing out.
        entity_id (str): The identity provider's SAML entity id.
        completed_integration (bool | Unset): Whether the set-up steps are finished.
    """

    name: str
    enabled: bool
    signin_url: str
    signout_url: str
    entity_id: str
    completed_integration: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        enabled = self.enabled

        signin_url = self.signin_url

        signout_url = self.signout_url

        entity_id = self.entity_id

        completed_integration = self.completed_integration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "enabled": enabled,
                "signin_url": signin_url,
                "signout_url": signout_url,
                "entity_id": entity_id,
            }
        )
        if completed_integration is not UNSET:
            field_dict["completed_integration"] = completed_integration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        name = src_dict["name"]

        enabled = src_dict["enabled"]

        signin_url = src_dict["signin_url"]

        signout_url = src_dict["signout_url"]

        entity_id = src_dict["entity_id"]

        completed_integration = src_dict.get("completed_integration", UNSET)

        if cls is SsoIntegrationSettings:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            sso_integration_settings = _new_instance(cls)
            sso_integration_settings.name = name
            sso_integration_settings.enabled = enabled
            sso_integration_settings.signin_url = signin_url
            sso_integration_settings.signout_url = signout_url
            sso_integration_settings.entity_id = entity_id
            sso_integration_settings.completed_integration = completed_integration
            sso_integration_settings.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            sso_integration_settings = cls(name, enabled, signin_url, signout_url, entity_id, completed_integration)
        # More keys than declared fields present: some are additional (most records have none).
        if len(src_dict) > 5 + ("completed_integration" in src_dict):
            sso_integration_settings.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return sso_integration_settings

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
