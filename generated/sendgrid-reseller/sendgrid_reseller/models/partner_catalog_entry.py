# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.partner_entitlements import PartnerEntitlements
    from ..models.partner_offering import PartnerOffering


T = TypeVar("T", bound="PartnerCatalogEntry")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "offering",
        "entitlements",
    }
)


@_attrs_define
class PartnerCatalogEntry:
    """
    Attributes:
        offering (PartnerOffering | Unset):
        entitlements (PartnerEntitlements | Unset):
    """

    offering: PartnerOffering | Unset = UNSET
    entitlements: PartnerEntitlements | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        offering: dict[str, Any] | Unset = UNSET
        if not isinstance(self.offering, Unset):
            offering = self.offering.to_dict()

        entitlements: dict[str, Any] | Unset = UNSET
        if not isinstance(self.entitlements, Unset):
            entitlements = self.entitlements.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if offering is not UNSET:
            field_dict["offering"] = offering
        if entitlements is not UNSET:
            field_dict["entitlements"] = entitlements

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.partner_entitlements import PartnerEntitlements  # noqa: PLC0415
        from ..models.partner_offering import PartnerOffering  # noqa: PLC0415

        _offering = src_dict.get("offering", UNSET)
        offering: PartnerOffering | Unset
        if isinstance(_offering, Unset):
            offering = UNSET
        else:
            offering = PartnerOffering.from_dict(_offering)

        _entitlements = src_dict.get("entitlements", UNSET)
        entitlements: PartnerEntitlements | Unset
        if isinstance(_entitlements, Unset):
            entitlements = UNSET
        else:
            entitlements = PartnerEntitlements.from_dict(_entitlements)

        if cls is PartnerCatalogEntry:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            partner_catalog_entry = _new_instance(cls)
            partner_catalog_entry.offering = offering
            partner_catalog_entry.entitlements = entitlements
            partner_catalog_entry.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            partner_catalog_entry = cls(offering, entitlements)
        # More keys than declared fields present: some are additional (most records have none).
        if len(src_dict) > 0 + ("offering" in src_dict) + ("entitlements" in src_dict):
            partner_catalog_entry.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return partner_catalog_entry

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
