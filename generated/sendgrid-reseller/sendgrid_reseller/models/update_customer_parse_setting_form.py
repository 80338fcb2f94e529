# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_customer_parse_setting_form_spam_check import (
    UpdateCustomerParseSettingFormSpamCheck,
    check_update_customer_parse_setting_form_spam_check,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateCustomerParseSettingForm")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "user",
        "hostname",
        "url",
        "spam_check",
    }
)


@_attrs_define
class UpdateCustomerParseSettingForm:
    """
    Attributes:
        user (str): Username of the customer.
        hostname (str): A hostname the customer already parses.
        url (str): Where the parsed mail is posted from now on.
        spam_check (UpdateCustomerParseSettingFormSpamCheck | Unset): 1 to check incoming mail for spam before posting
            it (not in SendGrid's parameter table).
    """

    user: str
    hostname: str
    url: str
    spam_check: UpdateCustomerParseSettingFormSpamCheck | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user = self.user

        hostname = self.hostname

        url = self.url

        spam_check: int | Unset = UNSET
        if not isinstance(self.spam_check, Unset):
            spam_check = self.spam_check

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user": user,
                "hostname": hostname,
                "url": url,
            }
        )
        if spam_check is not UNSET:
            field_dict["spam_check"] = spam_check

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        user = src_dict["user"]

        hostname = src_dict["hostname"]

        url = src_dict["url"]

        _spam_check = src_dict.get("spam_check", UNSET)
        spam_check: UpdateCustomerParseSettingFormSpamCheck | Unset
        if isinstance(_spam_check, Unset):
            spam_check = UNSET
        else:
            spam_check = check_update_customer_parse_setting_form_spam_check(_spam_check)

        if cls is UpdateCustomerParseSettingForm:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            update_customer_parse_setting_form = _new_instance(cls)
            update_customer_parse_setting_form.user = user
            update_customer_parse_setting_form.hostname = hostname
            update_customer_parse_setting_form.url = url
            update_customer_parse_setting_form.spam_check = spam_check
            update_customer_parse_setting_form.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            update_customer_parse_setting_form = cls(user, hostname, url, spam_check)
        # More keys than declared fields present: some are additional (most records have none).
        if len(src_dict) > 3 + ("spam_check" in src_dict):
            update_customer_parse_setting_form.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return update_customer_parse_setting_form

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
