# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListCustomersForm")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "id",
        "username",
        "email",
        "first_name",
        "last_name",
        "address",
        "city",
        "state",
        "country",
        "zip",
        "phone",
        "website",
        "limit",
        "offset",
    }
)


@_attrs_define
class ListCustomersForm:
    """
    Attributes:
        id (str | Unset): Only the customer with this id.
        username (str | Unset):
        email (str | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
        address (str | Unset):
        city (str | Unset):
        state (str | Unset):
        country (str | Unset):
        zip_ (str | Unset):
        phone (str | Unset):
        website (str | Unset):
        limit (int | Unset): Most customers to return (no documented bound).
        offset (int | Unset): Customers to skip.
    """

    id: str | Unset = UNSET
    username: str | Unset = UNSET
    email: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    address: str | Unset = UNSET
    city: str | Unset = UNSET
    state: str | Unset = UNSET
    country: str | Unset = UNSET
    zip_: str | Unset = UNSET
    phone: str | Unset = UNSET
    website: str | Unset = UNSET
    limit: int | Unset = UNSET
    offset: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        username = self.username

        email = self.email

        first_name = self.first_name

        last_name = self.last_name

        address = self.address

        city = self.city

        state = self.state

        country = self.country

        zip_ = self.zip_

        phone = self.phone

        website = self.website

        limit = self.limit

        offset = self.offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if username is not UNSET:
            field_dict["username"] = username
        if email is not UNSET:
            field_dict["email"] = email
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if address is not UNSET:
            field_dict["address"] = address
        if city is not UNSET:
            field_dict["city"] = city
        if state is not UNSET:
            field_dict["state"] = state
        if country is not UNSET:
            field_dict["country"] = country
        if zip_ is not UNSET:
            field_dict["zip"] = zip_
        if phone is not UNSET:
            field_dict["phone"] = phone
        if website is not UNSET:
            field_dict["website"] = website
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict.get("id", UNSET)

        username = src_dict.get("username", UNSET)

        email = src_dict.get("email", UNSET)

        first_name = src_dict.get("first_name", UNSET)

        last_name = src_dict.get("last_name", UNSET)

        address = src_dict.get("address", UNSET)

        city = src_dict.get("city", UNSET)

        state = src_dict.get("state", UNSET)

        country = src_dict.get("country", UNSET)

        zip_ = src_dict.get("zip", UNSET)

        phone = src_dict.get("phone", UNSET)

        website = src_dict.get("website", UNSET)

        limit = src_dict.get("limit", UNSET)

        offset = src_dict.get("offset", UNSET)

        if cls is ListCustomersForm:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            list_customers_form = _new_instance(cls)
            list_customers_form.id = id
            list_customers_form.username = username
            list_customers_form.email = email
            list_customers_form.first_name = first_name
            list_customers_form.last_name = last_name
            list_customers_form.address = address
            list_customers_form.city = city
            list_customers_form.state = state
            list_customers_form.country = country
            list_customers_form.zip_ = zip_
            list_customers_form.phone = phone
            list_customers_form.website = website
            list_customers_form.limit = limit
            list_customers_form.offset = offset
            list_customers_form.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            list_customers_form = cls(
                id,
                username,
                email,
                first_name,
                last_name,
                address,
                city,
                state,
                country,
                zip_,
                phone,
                website,
                limit,
                offset,
            )
        # A key that is not a declared field is additional (most records have none). With this many
        # optional fields one pass over the keys is cheaper than testing each field's presence.
        if len(src_dict) > 0 and not _WIRE_NAMES.issuperset(src_dict):
            list_customers_form.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return list_customers_form

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
