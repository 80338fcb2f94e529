# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.address_group_status import AddressGroupStatus


T = TypeVar("T", bound="AddressSuppressionGroups")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "suppressions",
    }
)


@_attrs_define
class AddressSuppressionGroups:
    """
    Attributes:
        suppressions (list[AddressGroupStatus]):
    """

    suppressions: list[AddressGroupStatus]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        suppressions = []
        for suppressions_item_data in self.suppressions:
            suppressions_item = suppressions_item_data.to_dict()
            suppressions.append(suppressions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "suppressions": suppressions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address_group_status import AddressGroupStatus  # noqa: PLC0415

        suppressions = []
        _suppressions = src_dict["suppressions"]
        for suppressions_item_data in _suppressions:
            suppressions_item = AddressGroupStatus.from_dict(suppressions_item_data)

            suppressions.append(suppressions_item)

        if cls is AddressSuppressionGroups:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            address_suppression_groups = _new_instance(cls)
            address_suppression_groups.suppressions = suppressions
            address_suppression_groups.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            address_suppression_groups = cls(suppressions)
        # More keys than declared fields present: some are additional (most records have none).
        if len(src_dict) > 1:
            address_suppression_groups.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return address_suppression_groups

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
