# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendIpNextParams")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "after_key",
        "before_key",
        "limit",
    }
)


@_attrs_define
class SendIpNextParams:
    """The query parameters that fetch the next page; a null after_key means this was the last. Other keys echo the filters
    of the request (all as strings).

        Attributes:
            after_key (None | str | Unset):
            before_key (None | str | Unset):
            limit (str | Unset):
    """

    after_key: None | str | Unset = UNSET
    before_key: None | str | Unset = UNSET
    limit: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        after_key: None | str | Unset
        if isinstance(self.after_key, Unset):
            after_key = UNSET
        else:
            after_key = self.after_key

        before_key: None | str | Unset
        if isinstance(self.before_key, Unset):
            before_key = UNSET
        else:
            before_key = self.before_key

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if after_key is not UNSET:
            field_dict["after_key"] = after_key
        if before_key is not UNSET:
            field_dict["before_key"] = before_key
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        def _parse_after_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        after_key = _parse_after_key(src_dict.get("after_key", UNSET))

        def _parse_before_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        before_key = _parse_before_key(src_dict.get("before_key", UNSET))

        limit = src_dict.get("limit", UNSET)

        if cls is SendIpNextParams:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            send_ip_next_params = _new_instance(cls)
            send_ip_next_params.after_key = after_key
            send_ip_next_params.before_key = before_key
            send_ip_next_params.limit = limit
            send_ip_next_params.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            send_ip_next_params = cls(after_key, before_key, limit)
        # More keys than declared fields present: some are additional (most records have none).
        if len(src_dict) > 0 + ("after_key" in src_dict) + ("before_key" in src_dict) + ("limit" in src_dict):
            send_ip_next_params.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return send_ip_next_params

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
