# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.unset import secret_repr
from ..models.create_customer_form_free_user import CreateCustomerFormFreeUser, check_create_customer_form_free_user
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateCustomerForm")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "username",
        "password",
        "confirm_password",
        "email",
        "first_name",
        "last_name",
        "address",
        "city",
        "state",
        "zip",
        "country",
        "phone",
        "website",
        "company",
        "package",
        "whitelabel",
        "ip_group[]",
        "ip[]",
        "free_user",
        "billing_date",
    }
)


@_attrs_define
class CreateCustomerForm:
    """
    Attributes:
        username (str): Login name of the new customer.
        password (str): Must meet SendGrid's password rules.
        confirm_password (str): Must equal password.
        email (str):
        first_name (str):
        last_name (str):
        address (str):
        city (str):
        state (str):
        zip_ (str): Not validated by SendGrid.
        country (str):
        phone (str):
        website (str):
        company (str):
        package (str): A package name as listed by list_packages.
        whitelabel (str): Domain used for domain authentication (formerly whitelabel); SendGrid documents sendgrid.me as
            the usual value.
        ip_group (list[str] | Unset): IP groups of the reseller to give the customer.
        ip (list[str] | Unset): Extra IPs of the reseller, when the package allows them.
        free_user (CreateCustomerFormFreeUser | Unset): Send "true" when creating a free customer.
        billing_date (datetime.date | Unset): First billing anniversary (YYYY-mm-dd), within one billing cycle of
            creation.
    """

    username: str
    password: str = _attrs_field(repr=secret_repr)
    confirm_password: str = _attrs_field(repr=secret_repr)
    email: str
    first_name: str
    last_name: str
    address: str
    city: str
    state: str
    zip_: str
    country: str
    phone: str
    website: str
    company: str
    package: str
    whitelabel: str
    ip_group: list[str] | Unset = UNSET
    ip: list[str] | Unset = UNSET
    free_user: CreateCustomerFormFreeUser | Unset = UNSET
    billing_date: datetime.date | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        password = self.password

        confirm_password = self.confirm_password

        email = self.email

        first_name = self.first_name

        last_name = self.last_name

        address = self.address

        city = self.city

        state = self.state

        zip_ = self.zip_

        country = self.country

        phone = self.phone

        website = self.website

        company = self.company

        package = self.package

        whitelabel = self.whitelabel

        ip_group: list[str] | Unset = UNSET
        if not isinstance(self.ip_group, Unset):
            ip_group = self.ip_group

        ip: list[str] | Unset = UNSET
        if not isinstance(self.ip, Unset):
            ip = self.ip

        free_user: str | Unset = UNSET
        if not isinstance(self.free_user, Unset):
            free_user = self.free_user

        billing_date: str | Unset = UNSET
        if not isinstance(self.billing_date, Unset):
            billing_date = self.billing_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "password": password,
                "confirm_password": confirm_password,
                "email": email,
                "first_name": first_name,
                "last_name": last_name,
                "address": address,
                "city": city,
                "state": state,
                "zip": zip_,
                "country": country,
                "phone": phone,
                "website": website,
                "company": company,
                "package": package,
                "whitelabel": whitelabel,
            }
        )
        if ip_group is not UNSET:
            field_dict["ip_group[]"] = ip_group
        if ip is not UNSET:
            field_dict["ip[]"] = ip
        if free_user is not UNSET:
            field_dict["free_user"] = free_user
        if billing_date is not UNSET:
            field_dict["billing_date"] = billing_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        username = src_dict["username"]

        password = src_dict["password"]

        confirm_password = src_dict["confirm_password"]

        email = src_dict["email"]

        first_name = src_dict["first_name"]

        last_name = src_dict["last_name"]

        address = src_dict["address"]

        city = src_dict["city"]

        state = src_dict["state"]

        zip_ = src_dict["zip"]

        country = src_dict["country"]

        phone = src_dict["phone"]

        website = src_dict["website"]

        company = src_dict["company"]

        package = src_dict["package"]

        whitelabel = src_dict["whitelabel"]

        ip_group = cast(list[str], src_dict.get("ip_group[]", UNSET))

        ip = cast(list[str], src_dict.get("ip[]", UNSET))

        _free_user = src_dict.get("free_user", UNSET)
        free_user: CreateCustomerFormFreeUser | Unset
        if isinstance(_free_user, Unset):
            free_user = UNSET
        else:
            free_user = check_create_customer_form_free_user(_free_user)

        _billing_date = src_dict.get("billing_date", UNSET)
        billing_date: datetime.date | Unset
        if isinstance(_billing_date, Unset):
            billing_date = UNSET
        else:
            billing_date = datetime.date.fromisoformat(_billing_date)

        if cls is CreateCustomerForm:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            create_customer_form = _new_instance(cls)
            create_customer_form.username = username
            create_customer_form.password = password
            create_customer_form.confirm_password = confirm_password
            create_customer_form.email = email
            create_customer_form.first_name = first_name
            create_customer_form.last_name = last_name
            create_customer_form.address = address
            create_customer_form.city = city
            create_customer_form.state = state
            create_customer_form.zip_ = zip_
            create_customer_form.country = country
            create_customer_form.phone = phone
            create_customer_form.website = website
            create_customer_form.company = company
            create_customer_form.package = package
            create_customer_form.whitelabel = whitelabel
            create_customer_form.ip_group = ip_group
            create_customer_form.ip = ip
            create_customer_form.free_user = free_user
            create_customer_form.billing_date = billing_date
            create_customer_form.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            create_customer_form = cls(
                username,
                password,
                confirm_password,
                email,
                first_name,
                last_name,
                address,
                city,
                state,
                zip_,
                country,
                phone,
                website,
                company,
                package,
                whitelabel,
                ip_group,
                ip,
                free_user,
                billing_date,
            )
        # A key that is not a declared field is additional (most records have none). With this many
        # optional fields one pass over the keys is cheaper than testing each field's presence.
        if len(src_dict) > 16 and not _WIRE_NAMES.issuperset(src_dict):
            create_customer_form.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return create_customer_form

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
