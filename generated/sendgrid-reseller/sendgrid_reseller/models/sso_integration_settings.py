# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SsoIntegrationSettings")


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
        d = dict(src_dict)
        name = d.pop("name")

        enabled = d.pop("enabled")

        signin_url = d.pop("signin_url")

        signout_url = d.pop("signout_url")

        entity_id = d.pop("entity_id")

        completed_integration = d.pop("completed_integration", UNSET)

        sso_integration_settings = cls(
            name=name,
            enabled=enabled,
            signin_url=signin_url,
            signout_url=signout_url,
            entity_id=entity_id,
            completed_integration=completed_integration,
        )

        sso_integration_settings.additional_properties = d
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
