# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserProfile")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "address",
        "address2",
        "city",
        "company",
        "country",
        "first_name",
        "last_name",
        "phone",
        "state",
        "website",
        "zip",
    }
)


@_attrs_define
class UserProfile:
    """
    Attributes:
        address (str | Unset):
        address2 (str | Unset):
        city (str | Unset):
        company (str | Unset):
        country (str | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
        phone (str | Unset):
        state (str | Unset):
        website (str | Unset):
        zip_ (str | Unset):
    """

    address: str | Unset = UNSET
    address2: str | Unset = UNSET
    city: str | Unset = UNSET
    company: str | Unset = UNSET
    country: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    phone: str | Unset = UNSET
    state: str | Unset = UNSET
    website: str | Unset = UNSET
    zip_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        address2 = self.address2

        city = self.city

        company = self.company

        country = self.country

        first_name = self.first_name

        last_name = self.last_name

        phone = self.phone

        state = self.state

        website = self.website

        zip_ = self.zip_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if address2 is not UNSET:
            field_dict["address2"] = address2
        if city is not UNSET:
            field_dict["city"] = city
        if company is not UNSET:
            field_dict["company"] = company
        if country is not UNSET:
            field_dict["country"] = country
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if state is not UNSET:
            field_dict["state"] = state
        if website is not UNSET:
            field_dict["website"] = website
        if zip_ is not UNSET:
            field_dict["zip"] = zip_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        address = src_dict.get("address", UNSET)

        address2 = src_dict.get("address2", UNSET)

        city = src_dict.get("city", UNSET)

        company = src_dict.get("company", UNSET)

        country = src_dict.get("country", UNSET)

        first_name = src_dict.get("first_name", UNSET)

        last_name = src_dict.get("last_name", UNSET)

        phone = src_dict.get("phone", UNSET)

        state = src_dict.get("state", UNSET)

        website = src_dict.get("website", UNSET)

        zip_ = src_dict.get("zip", UNSET)

        if cls is UserProfile:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            user_profile = _new_instance(cls)
            user_profile.address = address
            user_profile.address2 = address2
            user_profile.city = city
            user_profile.company = company
            user_profile.country = country
            user_profile.first_name = first_name
            user_profile.last_name = last_name
            user_profile.phone = phone
            user_profile.state = state
            user_profile.website = website
            user_profile.zip_ = zip_
            user_profile.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            user_profile = cls(
                address, address2, city, company, country, first_name, last_name, phone, state, website, zip_
            )
        # A key that is not a declared field is additional (most records have none). With this many
        # optional fields one pass over the keys is cheaper than testing each field's presence.
        if len(src_dict) > 0 and not _WIRE_NAMES.issuperset(src_dict):
            user_profile.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return user_profile

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
