# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.send_ip_next_params import SendIpNextParams


T = TypeVar("T", bound="SendIpPageMetadata")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "next_params",
    }
)


@_attrs_define
class SendIpPageMetadata:
    """
    Attributes:
        next_params (SendIpNextParams | Unset): The query parameters that fetch the next page; a null after_key means
            this was the last. Other keys echo the filters of the request (all as strings).
    """

    next_params: SendIpNextParams | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        next_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.next_params, Unset):
            next_params = self.next_params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if next_params is not UNSET:
            field_dict["next_params"] = next_params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.send_ip_next_params import SendIpNextParams  # noqa: PLC0415

        _next_params = src_dict.get("next_params", UNSET)
        next_params: SendIpNextParams | Unset
        if isinstance(_next_params, Unset):
            next_params = UNSET
        else:
            next_params = SendIpNextParams.from_dict(_next_params)

        if cls is SendIpPageMetadata:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            send_ip_page_metadata = _new_instance(cls)
            send_ip_page_metadata.next_params = next_params
            send_ip_page_metadata.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            send_ip_page_metadata = cls(next_params)
        # More keys than declared fields present: some are additional (most records have none).
        if len(src_dict) > 0 + ("next_params" in src_dict):
            send_ip_page_metadata.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return send_ip_page_metadata

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
