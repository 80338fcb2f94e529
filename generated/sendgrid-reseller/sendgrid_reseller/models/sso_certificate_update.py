# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SsoCertificateUpdate")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "public_certificate",
        "enabled",
        "integration_id",
    }
)


@_attrs_define
class SsoCertificateUpdate:
    """
    Attributes:
        public_certificate (str | Unset):
        enabled (bool | Unset):
        integration_id (str | Unset):
    """

    public_certificate: str | Unset = UNSET
    enabled: bool | Unset = UNSET
    integration_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        public_certificate = self.public_certificate

        enabled = self.enabled

        integration_id = self.integration_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if public_certificate is not UNSET:
            field_dict["public_certificate"] = public_certificate
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if integration_id is not UNSET:
            field_dict["integration_id"] = integration_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        public_certificate = src_dict.get("public_certificate", UNSET)

        enabled = src_dict.get("enabled", UNSET)

        integration_id = src_dict.get("integration_id", UNSET)

        if cls is SsoCertificateUpdate:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            sso_certificate_update = _new_instance(cls)
            sso_certificate_update.public_certificate = public_certificate
            sso_certificate_update.enabled = enabled
            sso_certificate_update.integration_id = integration_id
            sso_certificate_update.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            sso_certificate_update = cls(public_certificate, enabled, integration_id)
        # More keys than declared fields present: some are additional (most records have none).
        if len(src_dict) > 0 + ("public_certificate" in src_dict) + ("enabled" in src_dict) + (
            "integration_id" in src_dict
        ):
            sso_certificate_update.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return sso_certificate_update

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
