# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.wire_values import decode_boolean, decode_integer, encode_wire_value
from ..types import UNSET, Unset

T = TypeVar("T", bound="V2Customer")


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
        d = dict(src_dict)
        id_raw = d.pop("id", UNSET)
        id: int | None | Unset = UNSET if isinstance(id_raw, Unset) else decode_integer(id_raw)

        username = d.pop("username", UNSET)

        email = d.pop("email", UNSET)

        active_raw = d.pop("active", UNSET)
        active: bool | None | Unset = UNSET if isinstance(active_raw, Unset) else decode_boolean(active_raw)

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        address = d.pop("address", UNSET)

        city = d.pop("city", UNSET)

        state = d.pop("state", UNSET)

        zip_ = d.pop("zip", UNSET)

        country = d.pop("country", UNSET)

        phone = d.pop("phone", UNSET)

        website = d.pop("website", UNSET)

        v2_customer = cls(
            id=id,
            username=username,
            email=email,
            active=active,
            first_name=first_name,
            last_name=last_name,
            address=address,
            city=city,
            state=state,
            zip_=zip_,
            country=country,
            phone=phone,
            website=website,
        )
        if not isinstance(id_raw, Unset):
            v2_customer.raw_values["id"] = id_raw
        if not isinstance(active_raw, Unset):
            v2_customer.raw_values["active"] = active_raw

        v2_customer.additional_properties = d
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
