# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sso_teammate_user_type import SsoTeammateUserType, check_sso_teammate_user_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sso_subuser_access import SsoSubuserAccess


T = TypeVar("T", bound="SsoTeammate")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "first_name",
        "last_name",
        "email",
        "username",
        "is_admin",
        "is_sso",
        "user_type",
        "scopes",
        "has_restricted_subuser_access",
        "subuser_access",
        "address",
        "address2",
        "city",
        "company",
        "country",
        "phone",
        "state",
        "website",
        "zip",
    }
)


@_attrs_define
class SsoTeammate:
    """
    Attributes:
        first_name (str | Unset):
        last_name (str | Unset):
        email (str | Unset):
        username (str | Unset):
        is_admin (bool | Unset):
        is_sso (bool | Unset):
        user_type (SsoTeammateUserType | Unset):
        scopes (list[str] | Unset):
        has_restricted_subuser_access (bool | Unset):
        subuser_access (list[SsoSubuserAccess] | Unset):
        address (str | Unset):
        address2 (str | Unset):
        city (str | Unset):
        company (str | Unset):
        country (str | Unset):
        phone (str | Unset):
        state (str | Unset):
        website (str | Unset):
        zip_ (str | Unset):
    """

    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    email: str | Unset = UNSET
    username: str | Unset = UNSET
    is_admin: bool | Unset = UNSET
    is_sso: bool | Unset = UNSET
    user_type: SsoTeammateUserType | Unset = UNSET
    scopes: list[str] | Unset = UNSET
    has_restricted_subuser_access: bool | Unset = UNSET
    subuser_access: list[SsoSubuserAccess] | Unset = UNSET
    address: str | Unset = UNSET
    address2: str | Unset = UNSET
    city: str | Unset = UNSET
    company: str | Unset = UNSET
    country: str | Unset = UNSET
    phone: str | Unset = UNSET
    state: str | Unset = UNSET
    website: str | Unset = UNSET
    zip_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        email = self.email

        username = self.username

        is_admin = self.is_admin

        is_sso = self.is_sso

        user_type: str | Unset = UNSET
        if not isinstance(self.user_type, Unset):
            user_type = self.user_type

        scopes: list[str] | Unset = UNSET
        if not isinstance(self.scopes, Unset):
            scopes = self.scopes

        has_restricted_subuser_access = self.has_restricted_subuser_access

        subuser_access: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subuser_access, Unset):
            subuser_access = []
            for subuser_access_item_data in self.subuser_access:
                subuser_access_item = subuser_access_item_data.to_dict()
                subuser_access.append(subuser_access_item)

        address = self.address

        address2 = self.address2

        city = self.city

        company = self.company

        country = self.country

        phone = self.phone

        state = self.state

        website = self.website

        zip_ = self.zip_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if email is not UNSET:
            field_dict["email"] = email
        if username is not UNSET:
            field_dict["username"] = username
        if is_admin is not UNSET:
            field_dict["is_admin"] = is_admin
        if is_sso is not UNSET:
            field_dict["is_sso"] = is_sso
        if user_type is not UNSET:
            field_dict["user_type"] = user_type
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if has_restricted_subuser_access is not UNSET:
            field_dict["has_restricted_subuser_access"] = has_restricted_subuser_access
        if subuser_access is not UNSET:
            field_dict["subuser_access"] = subuser_access
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
        from ..models.sso_subuser_access import SsoSubuserAccess  # noqa: PLC0415

        first_name = src_dict.get("first_name", UNSET)

        last_name = src_dict.get("last_name", UNSET)

        email = src_dict.get("email", UNSET)

        username = src_dict.get("username", UNSET)

        is_admin = src_dict.get("is_admin", UNSET)

        is_sso = src_dict.get("is_sso", UNSET)

        _user_type = src_dict.get("user_type", UNSET)
        user_type: SsoTeammateUserType | Unset
        if isinstance(_user_type, Unset):
            user_type = UNSET
        else:
            user_type = check_sso_teammate_user_type(_user_type)

        scopes = cast(list[str], src_dict.get("scopes", UNSET))

        has_restricted_subuser_access = src_dict.get("has_restricted_subuser_access", UNSET)

        _subuser_access = src_dict.get("subuser_access", UNSET)
        subuser_access: list[SsoSubuserAccess] | Unset = UNSET
        if _subuser_access is not UNSET:
            subuser_access = []
            for subuser_access_item_data in _subuser_access:
                subuser_access_item = SsoSubuserAccess.from_dict(subuser_access_item_data)

                subuser_access.append(subuser_access_item)

        address = src_dict.get("address", UNSET)

        address2 = src_dict.get("address2", UNSET)

        city = src_dict.get("city", UNSET)

        company = src_dict.get("company", UNSET)

        country = src_dict.get("country", UNSET)

        phone = src_dict.get("phone", UNSET)

        state = src_dict.get("state", UNSET)

        website = src_dict.get("website", UNSET)

        zip_ = src_dict.get("zip", UNSET)

        if cls is SsoTeammate:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            sso_teammate = _new_instance(cls)
            sso_teammate.first_name = first_name
            sso_teammate.last_name = last_name
            sso_teammate.email = email
            sso_teammate.username = username
            sso_teammate.is_admin = is_admin
            sso_teammate.is_sso = is_sso
            sso_teammate.user_type = user_type
            sso_teammate.scopes = scopes
            sso_teammate.has_restricted_subuser_access = has_restricted_subuser_access
            sso_teammate.subuser_access = subuser_access
            sso_teammate.address = address
            sso_teammate.address2 = address2
            sso_teammate.city = city
            sso_teammate.company = company
            sso_teammate.country = country
            sso_teammate.phone = phone
            sso_teammate.state = state
            sso_teammate.website = website
            sso_teammate.zip_ = zip_
            sso_teammate.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            sso_teammate = cls(
                first_name,
                last_name,
                email,
                username,
                is_admin,
                is_sso,
                user_type,
                scopes,
                has_restricted_subuser_access,
                subuser_access,
                address,
                address2,
                city,
                company,
                country,
                phone,
                state,
                website,
                zip_,
            )
        # A key that is not a declared field is additional (most records have none). With this many
        # optional fields one pass over the keys is cheaper than testing each field's presence.
        if len(src_dict) > 0 and not _WIRE_NAMES.issuperset(src_dict):
            sso_teammate.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return sso_teammate

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
