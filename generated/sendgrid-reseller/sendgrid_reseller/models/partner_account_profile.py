# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PartnerAccountProfile")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "first_name",
        "last_name",
        "company_name",
        "company_website",
        "email",
        "phone",
        "timezone",
    }
)


@_attrs_define
class PartnerAccountProfile:
    """
    Attributes:
        first_name (str | Unset):
        last_name (str | Unset):
        company_name (str | Unset):
        company_website (str | Unset): A URL.
        email (str | Unset):
        phone (str | Unset): E.164: +, country code, number; at most 15 digits.
        timezone (str | Unset): An IANA time zone, e.g. Europe/Berlin.
    """

    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    company_name: str | Unset = UNSET
    company_website: str | Unset = UNSET
    email: str | Unset = UNSET
    phone: str | Unset = UNSET
    timezone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        company_name = self.company_name

        company_website = self.company_website

        email = self.email

        phone = self.phone

        timezone = self.timezone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if company_name is not UNSET:
            field_dict["company_name"] = company_name
        if company_website is not UNSET:
            field_dict["company_website"] = company_website
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if timezone is not UNSET:
            field_dict["timezone"] = timezone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        first_name = src_dict.get("first_name", UNSET)

        last_name = src_dict.get("last_name", UNSET)

        company_name = src_dict.get("company_name", UNSET)

        company_website = src_dict.get("company_website", UNSET)

        email = src_dict.get("email", UNSET)

        phone = src_dict.get("phone", UNSET)

        timezone = src_dict.get("timezone", UNSET)

        if cls is PartnerAccountProfile:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            partner_account_profile = _new_instance(cls)
            partner_account_profile.first_name = first_name
            partner_account_profile.last_name = last_name
            partner_account_profile.company_name = company_name
            partner_account_profile.company_website = company_website
            partner_account_profile.email = email
            partner_account_profile.phone = phone
            partner_account_profile.timezone = timezone
            partner_account_profile.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            partner_account_profile = cls(first_name, last_name, company_name, company_website, email, phone, timezone)
        # A key that is not a declared field is additional (most records have none). With this many
        # optional fields one pass over the keys is cheaper than testing each field's presence.
        if len(src_dict) > 0 and not _WIRE_NAMES.issuperset(src_dict):
            partner_account_profile.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return partner_account_profile

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
