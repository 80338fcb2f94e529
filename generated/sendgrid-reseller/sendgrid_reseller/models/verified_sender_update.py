# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VerifiedSenderUpdate")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "nickname",
        "from_email",
        "from_name",
        "reply_to",
        "reply_to_name",
        "address",
        "address2",
        "state",
        "city",
        "zip",
        "country",
    }
)


@_attrs_define
class VerifiedSenderUpdate:
    """The fields to change.

    Attributes:
        nickname (str | Unset): A label for the sender; not shown to recipients.
        from_email (str | Unset):
        from_name (str | Unset):
        reply_to (str | Unset):
        reply_to_name (str | Unset):
        address (str | Unset):
        address2 (str | Unset):
        state (str | Unset):
        city (str | Unset):
        zip_ (str | Unset):
        country (str | Unset):
    """

    nickname: str | Unset = UNSET
    from_email: str | Unset = UNSET
    from_name: str | Unset = UNSET
    reply_to: str | Unset = UNSET
    reply_to_name: str | Unset = UNSET
    address: str | Unset = UNSET
    address2: str | Unset = UNSET
    state: str | Unset = UNSET
    city: str | Unset = UNSET
    zip_: str | Unset = UNSET
    country: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nickname = self.nickname

        from_email = self.from_email

        from_name = self.from_name

        reply_to = self.reply_to

        reply_to_name = self.reply_to_name

        address = self.address

        address2 = self.address2

        state = self.state

        city = self.city

        zip_ = self.zip_

        country = self.country

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if nickname is not UNSET:
            field_dict["nickname"] = nickname
        if from_email is not UNSET:
            field_dict["from_email"] = from_email
        if from_name is not UNSET:
            field_dict["from_name"] = from_name
        if reply_to is not UNSET:
            field_dict["reply_to"] = reply_to
        if reply_to_name is not UNSET:
            field_dict["reply_to_name"] = reply_to_name
        if address is not UNSET:
            field_dict["address"] = address
        if address2 is not UNSET:
            field_dict["address2"] = address2
        if state is not UNSET:
            field_dict["state"] = state
        if city is not UNSET:
            field_dict["city"] = city
        if zip_ is not UNSET:
            field_dict["zip"] = zip_
        if country is not UNSET:
            field_dict["country"] = country

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        nickname = src_dict.get("nickname", UNSET)

        from_email = src_dict.get("from_email", UNSET)

        from_name = src_dict.get("from_name", UNSET)

        reply_to = src_dict.get("reply_to", UNSET)

        reply_to_name = src_dict.get("reply_to_name", UNSET)

        address = src_dict.get("address", UNSET)

        address2 = src_dict.get("address2", UNSET)

        state = src_dict.get("state", UNSET)

        city = src_dict.get("city", UNSET)

        zip_ = src_dict.get("zip", UNSET)

        country = src_dict.get("country", UNSET)

        if cls is VerifiedSenderUpdate:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            verified_sender_update = _new_instance(cls)
            verified_sender_update.nickname = nickname
            verified_sender_update.from_email = from_email
            verified_sender_update.from_name = from_name
            verified_sender_update.reply_to = reply_to
            verified_sender_update.reply_to_name = reply_to_name
            verified_sender_update.address = address
            verified_sender_update.address2 = address2
            verified_sender_update.state = state
            verified_sender_update.city = city
            verified_sender_update.zip_ = zip_
            verified_sender_update.country = country
            verified_sender_update.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            verified_sender_update = cls(
                nickname, from_email, from_name, reply_to, reply_to_name, address, address2, state, city, zip_, country
            )
        # A key that is not a declared field is additional (most records have none). With this many
        # optional fields one pass over the keys is cheaper than testing each field's presence.
        if len(src_dict) > 0 and not _WIRE_NAMES.issuperset(src_dict):
            verified_sender_update.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return verified_sender_update

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
