# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.wire_values import decode_boolean, decode_integer, encode_wire_value
from ..types import UNSET, Unset

T = TypeVar("T", bound="V2Customer")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "id",
        "username",
        "email",
        "active",
        "first_name",
        "last_name",
        "address",
        "city",
        "state",
        "zip",
        "country",
        "phone",
        "website",
    }
)


@_attrs_define
class V2Customer:
    """A customer as v2 returns it; every value, the id and the active flag included, is a string. The client decodes id
    and active (x-sendgrid-decode); the wire strings stay in raw_values.

        Attributes:
            id (int | None | Unset):  Decoded from the wire string, kept in raw_values.
            username (str | Unset):
            email (str | Unset):
            active (bool | None | Unset): "true" or "false" on the wire. Decoded from the wire string, kept in raw_values.
            first_name (str | Unset):
            last_name (str | Unset):
            address (str | Unset):
            city (str | Unset):
            state (str | Unset):
            zip_ (str | Unset):
            country (str | Unset):
            phone (str | Unset):
            website (str | Unset):
    """

    id: int | None | Unset = UNSET
    username: str | Unset = UNSET
    email: str | Unset = UNSET
    active: bool | None | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    address: str | Unset = UNSET
    city: str | Unset = UNSET
    state: str | Unset = UNSET
    zip_: str | Unset = UNSET
    country: str | Unset = UNSET
    phone: str | Unset = UNSET
    website: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The wire values of the decoded fields, by wire name, as SendGrid sent them.
    raw_values: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.raw_values.get("id", encode_wire_value(self.id))

        username = self.username

        email = self.email

        active = self.raw_values.get("active", encode_wire_value(self.active))

        first_name = self.first_name

        last_name = self.last_name

        address = self.address

        city = self.city

        state = self.state

        zip_ = self.zip_

        country = self.country

        phone = self.phone

        website = self.website

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if username is not UNSET:
            field_dict["username"] = username
        if email is not UNSET:
            field_dict["email"] = email
        if active is not UNSET:
            field_dict["active"] = active
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
        if zip_ is not UNSET:
            field_dict["zip"] = zip_
        if country is not UNSET:
            field_dict["country"] = country
        if phone is not UNSET:
            field_dict["phone"] = phone
        if website is not UNSET:
            field_dict["website"] = website

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id_raw = src_dict.get("id", UNSET)
        id: int | None | Unset = UNSET if id_raw is UNSET else decode_integer(id_raw)

        username = src_dict.get("username", UNSET)

        email = src_dict.get("email", UNSET)

        active_raw = src_dict.get("active", UNSET)
        active: bool | None | Unset = UNSET if active_raw is UNSET else decode_boolean(active_raw)

        first_name = src_dict.get("first_name", UNSET)

        last_name = src_dict.get("last_name", UNSET)

        address = src_dict.get("address", UNSET)

        city = src_dict.get("city", UNSET)

        state = src_dict.get("state", UNSET)

        zip_ = src_dict.get("zip", UNSET)

        country = src_dict.get("country", UNSET)

        phone = src_dict.get("phone", UNSET)

        website = src_dict.get("website", UNSET)

        if cls is V2Customer:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            v2_customer = _new_instance(cls)
            v2_customer.id = id
            v2_customer.username = username
            v2_customer.email = email
            v2_customer.active = active
            v2_customer.first_name = first_name
            v2_customer.last_name = last_name
            v2_customer.address = address
            v2_customer.city = city
            v2_customer.state = state
            v2_customer.zip_ = zip_
            v2_customer.country = country
            v2_customer.phone = phone
            v2_customer.website = website
            v2_customer.additional_properties = {}
            v2_customer.raw_values = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            v2_customer = cls(
                id, username, email, active, first_name, last_name, address, city, state, zip_, country, phone, website
            )
        if id_raw is not UNSET:
            v2_customer.raw_values["id"] = id_raw
        if active_raw is not UNSET:
            v2_customer.raw_values["active"] = active_raw
        # A key that is not a declared field is additional (most records have none). With this many
        # optional fields one pass over the keys is cheaper than testing each field's presence.
        if len(src_dict) > 0 and not _WIRE_NAMES.issuperset(src_dict):
            v2_customer.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return v2_customer

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
