# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SsoCertificateCreate")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "public_certificate",
        "integration_id",
        "enabled",
    }
)


@_attrs_define
class SsoCertificateCreate:
    """
    Attributes:
        public_certificate (str): The x509 certificate (PEM).
        integration_id (str):
        enabled (bool | Unset):
    """

    public_certificate: str
    integration_id: str
    enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        public_certificate = self.public_certificate

        integration_id = self.integration_id

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "public_certificate": public_certificate,
                "integration_id": integration_id,
            }
        )
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        public_certificate = src_dict["public_certificate"]

        integration_id = src_dict["integration_id"]

        enabled = src_dict.get("enabled", UNSET)

        if cls is SsoCertificateCreate:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            sso_certificate_create = _new_instance(cls)
            sso_certificate_create.public_certificate = public_certificate
            sso_certificate_create.integration_id = integration_id
            sso_certificate_create.enabled = enabled
            sso_certificate_create.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            sso_certificate_create = cls(public_certificate, integration_id, enabled)
        # More keys than declared fields present: some are additional (most records have none).
        if len(src_dict) > 2 + ("enabled" in src_dict):
            sso_certificate_create.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return sso_certificate_create

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
