# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TeammateSubuserAccessNext")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "limit",
        "after_subuser_id",
        "username",
    }
)


@_attrs_define
class TeammateSubuserAccessNext:
    """The query parameters of the next page; absent on the last page.

    Attributes:
        limit (int | Unset):
        after_subuser_id (int | Unset):
        username (str | Unset):
    """

    limit: int | Unset = UNSET
    after_subuser_id: int | Unset = UNSET
    username: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        limit = self.limit

        after_subuser_id = self.after_subuser_id

        username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if limit is not UNSET:
            field_dict["limit"] = limit
        if after_subuser_id is not UNSET:
            field_dict["after_subuser_id"] = after_subuser_id
        if username is not UNSET:
            field_dict["username"] = username

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        limit = src_dict.get("limit", UNSET)

        after_subuser_id = src_dict.get("after_subuser_id", UNSET)

        username = src_dict.get("username", UNSET)

        if cls is TeammateSubuserAccessNext:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            teammate_subuser_access_next = _new_instance(cls)
            teammate_subuser_access_next.limit = limit
            teammate_subuser_access_next.after_subuser_id = after_subuser_id
            teammate_subuser_access_next.username = username
            teammate_subuser_access_next.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            teammate_subuser_access_next = cls(limit, after_subuser_id, username)
        # More keys than declared fields present: some are additional (most records have none).
        if len(src_dict) > 0 + ("limit" in src_dict) + ("after_subuser_id" in src_dict) + ("username" in src_dict):
            teammate_subuser_access_next.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return teammate_subuser_access_next

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
