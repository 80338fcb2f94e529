# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.v3_error_item import V3ErrorItem


T = TypeVar("T", bound="V3ErrorBody")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "errors",
        "id",
    }
)


@_attrs_define
class V3ErrorBody:
    """
    Attributes:
        errors (list[V3ErrorItem]):
        id (str | Unset): An identifier of the failed request, when SendGrid sends one.
    """

    errors: list[V3ErrorItem]
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        errors = []
        for errors_item_data in self.errors:
            errors_item = errors_item_data.to_dict()
            errors.append(errors_item)

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "errors": errors,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v3_error_item import V3ErrorItem  # noqa: PLC0415

        errors = []
        _errors = src_dict["errors"]
        for errors_item_data in _errors:
            errors_item = V3ErrorItem.from_dict(errors_item_data)

            errors.append(errors_item)

        id = src_dict.get("id", UNSET)

        if cls is V3ErrorBody:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            v3_error_body = _new_instance(cls)
            v3_error_body.errors = errors
            v3_error_body.id = id
            v3_error_body.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            v3_error_body = cls(errors, id)
        # More keys than declared fields present: some are additional (most records have none).
        if len(src_dict) > 1 + ("id" in src_dict):
            v3_error_body.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return v3_error_body

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
