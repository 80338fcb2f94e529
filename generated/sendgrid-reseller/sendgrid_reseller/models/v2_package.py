# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="V2Package")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "name",
        "price",
        "description",
        "credits",
        "overage",
        "has_reseller",
        "has_ip",
        "distributor_price",
    }
)


@_attrs_define
class V2Package:
    """A package a reseller can assign to customers.

    Attributes:
        name (str | Unset): The name other calls take.
        price (float | Unset):
        description (str | Unset):
        credits_ (int | Unset): Credits (e-mails) included per billing period.
        overage (float | Unset): Price of each e-mail beyond the credits.
        has_reseller (bool | Unset):
        has_ip (bool | Unset): Whether the package comes with a dedicated IP.
        distributor_price (float | Unset): Not sent for every package.
    """

    name: str | Unset = UNSET
    price: float | Unset = UNSET
    description: str | Unset = UNSET
    credits_: int | Unset = UNSET
    overage: float | Unset = UNSET
    has_reseller: bool | Unset = UNSET
    has_ip: bool | Unset = UNSET
    distributor_price: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        price = self.price

        description = self.description

        credits_ = self.credits_

        overage = self.overage

        has_reseller = self.has_reseller

        has_ip = self.has_ip

        distributor_price = self.distributor_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if price is not UNSET:
            field_dict["price"] = price
        if description is not UNSET:
            field_dict["description"] = description
        if credits_ is not UNSET:
            field_dict["credits"] = credits_
        if overage is not UNSET:
            field_dict["overage"] = overage
        if has_reseller is not UNSET:
            field_dict["has_reseller"] = has_reseller
        if has_ip is not UNSET:
            field_dict["has_ip"] = has_ip
        if distributor_price is not UNSET:
            field_dict["distributor_price"] = distributor_price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        name = src_dict.get("name", UNSET)

        price = src_dict.get("price", UNSET)

        description = src_dict.get("description", UNSET)

        credits_ = src_dict.get("credits", UNSET)

        overage = src_dict.get("overage", UNSET)

        has_reseller = src_dict.get("has_reseller", UNSET)

        has_ip = src_dict.get("has_ip", UNSET)

        distributor_price = src_dict.get("distributor_price", UNSET)

        if cls is V2Package:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            v2_package = _new_instance(cls)
            v2_package.name = name
            v2_package.price = price
            v2_package.description = description
            v2_package.credits_ = credits_
            v2_package.overage = overage
            v2_package.has_reseller = has_reseller
            v2_package.has_ip = has_ip
            v2_package.distributor_price = distributor_price
            v2_package.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            v2_package = cls(name, price, description, credits_, overage, has_reseller, has_ip, distributor_price)
        # A key that is not a declared field is additional (most records have none). With this many
        # optional fields one pass over the keys is cheaper than testing each field's presence.
        if len(src_dict) > 0 and not _WIRE_NAMES.issuperset(src_dict):
            v2_package.additional_properties = {key: value for key, value in src_dict.items() if key not in _WIRE_NAMES}
        return v2_package

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
