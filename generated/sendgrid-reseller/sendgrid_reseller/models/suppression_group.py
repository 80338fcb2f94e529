# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SuppressionGroup")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "id",
        "name",
        "description",
        "last_email_sent_at",
        "is_default",
        "unsubscribes",
    }
)


@_attrs_define
class SuppressionGroup:
    """
    Attributes:
        id (int):
        name (str): Unique per account.
        description (str):
        last_email_sent_at (int | None | Unset): Unix time of the last mail sent with the group.
        is_default (bool | Unset): Whether mail without a group uses this one.
        unsubscribes (int | Unset): How many addresses are in the group.
    """

    id: int
    name: str
    description: str
    last_email_sent_at: int | None | Unset = UNSET
    is_default: bool | Unset = UNSET
    unsubscribes: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        last_email_sent_at: int | None | Unset
        if isinstance(self.last_email_sent_at, Unset):
            last_email_sent_at = UNSET
        else:
            last_email_sent_at = self.last_email_sent_at

        is_default = self.is_default

        unsubscribes = self.unsubscribes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "description": description,
            }
        )
        if last_email_sent_at is not UNSET:
            field_dict["last_email_sent_at"] = last_email_sent_at
        if is_default is not UNSET:
            field_dict["is_default"] = is_default
        if unsubscribes is not UNSET:
            field_dict["unsubscribes"] = unsubscribes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]

        name = src_dict["name"]

        description = src_dict["description"]

        def _parse_last_email_sent_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        last_email_sent_at = _parse_last_email_sent_at(src_dict.get("last_email_sent_at", UNSET))

        is_default = src_dict.get("is_default", UNSET)

        unsubscribes = src_dict.get("unsubscribes", UNSET)

        if cls is SuppressionGroup:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            suppression_group = _new_instance(cls)
            suppression_group.id = id
            suppression_group.name = name
            suppression_group.description = description
            suppression_group.last_email_sent_at = last_email_sent_at
            suppression_group.is_default = is_default
            suppression_group.unsubscribes = unsubscribes
            suppression_group.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            suppression_group = cls(id, name, description, last_email_sent_at, is_default, unsubscribes)
        # More keys than declared fields present: some are additional (most records have none).
        if len(src_dict) > 3 + ("last_email_sent_at" in src_dict) + ("is_default" in src_dict) + (
            "unsubscribes" in src_dict
        ):
            suppression_group.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return suppression_group

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
