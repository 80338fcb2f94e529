# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.unset import secret_repr

T = TypeVar("T", bound="UpdateCustomerPasswordForm")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "user",
        "password",
        "confirm_password",
    }
)


@_attrs_define
class UpdateCustomerPasswordForm:
    """
    Attributes:
        user (str): Username of the customer.
        password (str): Must meet SendGrid's password rules.
        confirm_password (str): Must equal password.
    """

    user: str
    password: str = _attrs_field(repr=secret_repr)
    confirm_password: str = _attrs_field(repr=secret_repr)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user = self.user

        password = self.password

        confirm_password = self.confirm_password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user": user,
                "password": password,
                "confirm_password": confirm_password,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        user = src_dict["user"]

        password = src_dict["password"]

        confirm_password = src_dict["confirm_password"]

        if cls is UpdateCustomerPasswordForm:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            update_customer_password_form = _new_instance(cls)
            update_customer_password_form.user = user
            update_customer_password_form.password = password
            update_customer_password_form.confirm_password = confirm_password
            update_customer_password_form.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            update_customer_password_form = cls(user, password, confirm_password)
        # More keys than declared fields present: some are additional (most records have none).
        if len(src_dict) > 3:
            update_customer_password_form.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return update_customer_password_form

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
