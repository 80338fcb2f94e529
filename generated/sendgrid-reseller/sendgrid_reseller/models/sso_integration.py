# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SsoIntegration")


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
        d = dict(src_dict)
        name = d.pop("name")

        enabled = d.pop("enabled")

        signin_url = d.pop("signin_url")

        signout_url = d.pop("signout_url")

        entity_id = d.pop("entity_id")

        last_updated = d.pop("last_updated")

        completed_integration = d.pop("completed_integration", UNSET)

        id = d.pop("id", UNSET)

        single_signon_url = d.pop("single_signon_url", UNSET)

        audience_url = d.pop("audience_url", UNSET)

        sso_integration = cls(
            name=name,
            enabled=enabled,
            signin_url=signin_url,
            signout_url=signout_url,
            entity_id=entity_id,
            last_updated=last_updated,
            completed_integration=completed_integration,
            id=id,
            single_signon_url=single_signon_url,
            audience_url=audience_url,
        )

        sso_integration.additional_properties = d
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
