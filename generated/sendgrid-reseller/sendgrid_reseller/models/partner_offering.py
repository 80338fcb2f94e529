# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.partner_offering_type import PartnerOfferingType, check_partner_offering_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="PartnerOffering")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "name",
        "type",
        "quantity",
    }
)


@_attrs_define
class PartnerOffering:
    """
    Attributes:
        name (str): The offering's name, e.g. org.ei.free.v1.
        type_ (PartnerOfferingType):
        quantity (int | Unset): How many of an add-on; 1 for a package.
    """

    name: str
    type_: PartnerOfferingType
    quantity: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_: str = self.type_

        quantity = self.quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
            }
        )
        if quantity is not UNSET:
            field_dict["quantity"] = quantity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        name = src_dict["name"]

        type_ = check_partner_offering_type(src_dict["type"])

        quantity = src_dict.get("quantity", UNSET)

        if cls is PartnerOffering:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            partner_offering = _new_instance(cls)
            partner_offering.name = name
            partner_offering.type_ = type_
            partner_offering.quantity = quantity
            partner_offering.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            partner_offering = cls(name, type_, quantity)
        # More keys than declared fields present: some are additional (most records have none).
        if len(src_dict) > 2 + ("quantity" in src_dict):
            partner_offering.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return partner_offering

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
