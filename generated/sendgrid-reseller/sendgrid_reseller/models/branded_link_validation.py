# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.branded_link_validation_results import BrandedLinkValidationResults


T = TypeVar("T", bound="BrandedLinkValidation")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "id",
        "valid",
        "validation_results",
    }
)


@_attrs_define
class BrandedLinkValidation:
    """
    Attributes:
        id (int):
        valid (bool):
        validation_results (BrandedLinkValidationResults):
    """

    id: int
    valid: bool
    validation_results: BrandedLinkValidationResults
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        valid = self.valid

        validation_results = self.validation_results.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "valid": valid,
                "validation_results": validation_results,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.branded_link_validation_results import BrandedLinkValidationResults  # noqa: PLC0415

        id = src_dict["id"]

        valid = src_dict["valid"]

        validation_results = BrandedLinkValidationResults.from_dict(src_dict["validation_results"])

        if cls is BrandedLinkValidation:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            branded_link_validation = _new_instance(cls)
            branded_link_validation.id = id
            branded_link_validation.valid = valid
            branded_link_validation.validation_results = validation_results
            branded_link_validation.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            branded_link_validation = cls(id, valid, validation_results)
        # More keys than declared fields present: some are additional (most records have none).
        if len(src_dict) > 3:
            branded_link_validation.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return branded_link_validation

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
