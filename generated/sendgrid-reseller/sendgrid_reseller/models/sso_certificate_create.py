# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SsoCertificateCreate")


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
        d = dict(src_dict)
        public_certificate = d.pop("public_certificate")

        integration_id = d.pop("integration_id")

        enabled = d.pop("enabled", UNSET)

        sso_certificate_create = cls(
            public_certificate=public_certificate,
            integration_id=integration_id,
            enabled=enabled,
        )

        sso_certificate_create.additional_properties = d
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
