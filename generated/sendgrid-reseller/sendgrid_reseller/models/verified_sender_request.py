# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VerifiedSenderRequest")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "nickname",
        "from_email",
        "reply_to",
        "from_name",
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
class VerifiedSenderRequest:
    """
    Attributes:
        nickname (str): A label for the sender; not shown to recipients.
        from_email (str):
        reply_to (str):
        from_name (str | Unset):
        reply_to_name (str | Unset):
        address (str | Unset):
        address2 (str | Unset):
        state (str | Unset):
        city (str | Unset):
        zip_ (str | Unset):
        country (str | Unset):
    """

    nickname: str
    from_email: str
    reply_to: str
    from_name: str | Unset = UNSET
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

        reply_to = self.reply_to

        from_name = self.from_name

        reply_to_name = self.reply_to_name

        address = self.address

        address2 = self.address2

        state = self.state

        city = self.city

        zip_ = self.zip_

        country = self.country

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "nickname": nickname,
                "from_email": from_email,
                "reply_to": reply_to,
            }
        )
        if from_name is not UNSET:
            field_dict["from_name"] = from_name
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
        nickname = src_dict["nickname"]

        from_email = src_dict["from_email"]

        reply_to = src_dict["reply_to"]

        from_name = src_dict.get("from_name", UNSET)

        reply_to_name = src_dict.get("reply_to_name", UNSET)

        address = src_dict.get("address", UNSET)

        address2 = src_dict.get("address2", UNSET)

        state = src_dict.get("state", UNSET)

        city = src_dict.get("city", UNSET)

        zip_ = src_dict.get("zip", UNSET)

        country = src_dict.get("country", UNSET)

        if cls is VerifiedSenderRequest:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            verified_sender_request = _new_instance(cls)
            verified_sender_request.nickname = nickname
            verified_sender_request.from_email = from_email
            verified_sender_request.reply_to = reply_to
            verified_sender_request.from_name = from_name
            verified_sender_request.reply_to_name = reply_to_name
            verified_sender_request.address = address
            verified_sender_request.address2 = address2
            verified_sender_request.state = state
            verified_sender_request.city = city
            verified_sender_request.zip_ = zip_
            verified_sender_request.country = country
            verified_sender_request.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            verified_sender_request = cls(
                nickname, from_email, reply_to, from_name, reply_to_name, address, address2, state, city, zip_, country
            )
        # A key that is not a declared field is additional (most records have none). With this many
        # optional fields one pass over the keys is cheaper than testing each field's presence.
        if len(src_dict) > 3 and not _WIRE_NAMES.issuperset(src_dict):
            verified_sender_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return verified_sender_request

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
