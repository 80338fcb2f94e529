# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VerifiedSender")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "id",
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
        "verified",
        "locked",
    }
)


@_attrs_define
class VerifiedSender:
    """
    Attributes:
        id (int):
        nickname (str | Unset):
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
        verified (bool | Unset):
        locked (bool | Unset): Whether the sender can no longer be changed.
    """

    id: int
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
    verified: bool | Unset = UNSET
    locked: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

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

        verified = self.verified

        locked = self.locked

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
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
        if verified is not UNSET:
            field_dict["verified"] = verified
        if locked is not UNSET:
            field_dict["locked"] = locked

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]

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

        verified = src_dict.get("verified", UNSET)

        locked = src_dict.get("locked", UNSET)

        if cls is VerifiedSender:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            verified_sender = _new_instance(cls)
            verified_sender.id = id
            verified_sender.nickname = nickname
            verified_sender.from_email = from_email
            verified_sender.from_name = from_name
            verified_sender.reply_to = reply_to
            verified_sender.reply_to_name = reply_to_name
            verified_sender.address = address
            verified_sender.address2 = address2
            verified_sender.state = state
            verified_sender.city = city
            verified_sender.zip_ = zip_
            verified_sender.country = country
            verified_sender.verified = verified
            verified_sender.locked = locked
            verified_sender.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            verified_sender = cls(
                id,
                nickname,
                from_email,
                from_name,
                reply_to,
                reply_to_name,
                address,
                address2,
                state,
                city,
                zip_,
                country,
                verified,
                locked,
            )
        # A key that is not a declared field is additional (most records have none). With this many
        # optional fields one pass over the keys is cheaper than testing each field's presence.
        if len(src_dict) > 1 and not _WIRE_NAMES.issuperset(src_dict):
            verified_sender.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return verified_sender

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
