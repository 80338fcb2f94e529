# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EnforcedTlsSettings")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "require_tls",
        "require_valid_cert",
        "version",
    }
)


@_attrs_define
class EnforcedTlsSettings:
    """
    Attributes:
        require_tls (bool | Unset):
        require_valid_cert (bool | Unset):
        version (float | Unset): The lowest TLS version accepted: 1.1, 1.2 or 1.3.
    """

    require_tls: bool | Unset = UNSET
    require_valid_cert: bool | Unset = UNSET
    version: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        require_tls = self.require_tls

        require_valid_cert = self.require_valid_cert

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if require_tls is not UNSET:
            field_dict["require_tls"] = require_tls
        if require_valid_cert is not UNSET:
            field_dict["require_valid_cert"] = require_valid_cert
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        require_tls = src_dict.get("require_tls", UNSET)

        require_valid_cert = src_dict.get("require_valid_cert", UNSET)

        version = src_dict.get("version", UNSET)

        if cls is EnforcedTlsSettings:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            enforced_tls_settings = _new_instance(cls)
            enforced_tls_settings.require_tls = require_tls
            enforced_tls_settings.require_valid_cert = require_valid_cert
            enforced_tls_settings.version = version
            enforced_tls_settings.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            enforced_tls_settings = cls(require_tls, require_valid_cert, version)
        # More keys than declared fields present: some are additional (most records have none).
        if len(src_dict) > 0 + ("require_tls" in src_dict) + ("require_valid_cert" in src_dict) + (
            "version" in src_dict
        ):
            enforced_tls_settings.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return enforced_tls_settings

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
