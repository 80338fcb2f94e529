# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.teammate_user_type import TeammateUserType, check_teammate_user_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="Teammate")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "username",
        "email",
        "first_name",
        "last_name",
        "user_type",
        "is_admin",
        "phone",
        "website",
        "company",
        "address",
        "address2",
        "city",
        "state",
        "zip",
        "country",
        "scopes",
    }
)


@_attrs_define
class Teammate:
    """
    Attributes:
        username (str | Unset):
        email (str | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
        user_type (TeammateUserType | Unset):
        is_admin (bool | Unset):
        phone (str | Unset):
        website (str | Unset):
        company (str | Unset):
        address (str | Unset):
        address2 (str | Unset):
        city (str | Unset):
        state (str | Unset):
        zip_ (str | Unset):
        country (str | Unset):
        scopes (list[str] | Unset): Permission names such as mail.send or user.profile.read.
    """

    username: str | Unset = UNSET
    email: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    user_type: TeammateUserType | Unset = UNSET
    is_admin: bool | Unset = UNSET
    phone: str | Unset = UNSET
    website: str | Unset = UNSET
    company: str | Unset = UNSET
    address: str | Unset = UNSET
    address2: str | Unset = UNSET
    city: str | Unset = UNSET
    state: str | Unset = UNSET
    zip_: str | Unset = UNSET
    country: str | Unset = UNSET
    scopes: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        email = self.email

        first_name = self.first_name

        last_name = self.last_name

        user_type: str | Unset = UNSET
        if not isinstance(self.user_type, Unset):
            user_type = self.user_type

        is_admin = self.is_admin

        phone = self.phone

        website = self.website

        company = self.company

        address = self.address

        address2 = self.address2

        city = self.city

        state = self.state

        zip_ = self.zip_

        country = self.country

        scopes: list[str] | Unset = UNSET
        if not isinstance(self.scopes, Unset):
            scopes = self.scopes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if username is not UNSET:
            field_dict["username"] = username
        if email is not UNSET:
            field_dict["email"] = email
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if user_type is not UNSET:
            field_dict["user_type"] = user_type
        if is_admin is not UNSET:
            field_dict["is_admin"] = is_admin
        if phone is not UNSET:
            field_dict["phone"] = phone
        if website is not UNSET:
            field_dict["website"] = website
        if company is not UNSET:
            field_dict["company"] = company
        if address is not UNSET:
            field_dict["address"] = address
        if address2 is not UNSET:
            field_dict["address2"] = address2
        if city is not UNSET:
            field_dict["city"] = city
        if state is not UNSET:
            field_dict["state"] = state
        if zip_ is not UNSET:
            field_dict["zip"] = zip_
        if country is not UNSET:
            field_dict["country"] = country
        if scopes is not UNSET:
            field_dict["scopes"] = scopes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        username = src_dict.get("username", UNSET)

        email = src_dict.get("email", UNSET)

        first_name = src_dict.get("first_name", UNSET)

        last_name = src_dict.get("last_name", UNSET)

        _user_type = src_dict.get("user_type", UNSET)
        user_type: TeammateUserType | Unset
        if isinstance(_user_type, Unset):
            user_type = UNSET
        else:
            user_type = check_teammate_user_type(_user_type)

        is_admin = src_dict.get("is_admin", UNSET)

        phone = src_dict.get("phone", UNSET)

        website = src_dict.get("website", UNSET)

        company = src_dict.get("company", UNSET)

        address = src_dict.get("address", UNSET)

        address2 = src_dict.get("address2", UNSET)

        city = src_dict.get("city", UNSET)

        state = src_dict.get("state", UNSET)

        zip_ = src_dict.get("zip", UNSET)

        country = src_dict.get("country", UNSET)

        scopes = cast(list[str], src_dict.get("scopes", UNSET))

        if cls is Teammate:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            teammate = _new_instance(cls)
            teammate.username = username
            teammate.email = email
            teammate.first_name = first_name
            teammate.last_name = last_name
            teammate.user_type = user_type
            teammate.is_admin = is_admin
            teammate.phone = phone
            teammate.website = website
            teammate.company = company
            teammate.address = address
            teammate.address2 = address2
            teammate.city = city
            teammate.state = state
            teammate.zip_ = zip_
            teammate.country = country
            teammate.scopes = scopes
            teammate.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            teammate = cls(
                username,
                email,
                first_name,
                last_name,
                user_type,
                is_admin,
                phone,
                website,
                company,
                address,
                address2,
                city,
                state,
                zip_,
                country,
                scopes,
            )
        # A key that is not a declared field is additional (most records have none). With this many
        # optional fields one pass over the keys is cheaper than testing each field's presence.
        if len(src_dict) > 0 and not _WIRE_NAMES.issuperset(src_dict):
            teammate.additional_properties = {key: value for key, value in src_dict.items() if key not in _WIRE_NAMES}
        return teammate

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
