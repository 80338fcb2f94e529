# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.domain_validation_results import DomainValidationResults


T = TypeVar("T", bound="DomainValidation")

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
class DomainValidation:
    """
    Attributes:
        id (int | Unset):
        valid (bool | Unset):
        validation_results (DomainValidationResults | Unset):
    """

    id: int | Unset = UNSET
    valid: bool | Unset = UNSET
    validation_results: DomainValidationResults | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        valid = self.valid

        validation_results: dict[str, Any] | Unset = UNSET
        if not isinstance(self.validation_results, Unset):
            validation_results = self.validation_results.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if valid is not UNSET:
            field_dict["valid"] = valid
        if validation_results is not UNSET:
            field_dict["validation_results"] = validation_results

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.domain_validation_results import DomainValidationResults  # noqa: PLC0415

        id = src_dict.get("id", UNSET)

        valid = src_dict.get("valid", UNSET)

        _validation_results = src_dict.get("validation_results", UNSET)
        validation_results: DomainValidationResults | Unset
        if isinstance(_validation_results, Unset):
            validation_results = UNSET
        else:
            validation_results = DomainValidationResults.from_dict(_validation_results)

        if cls is DomainValidation:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            domain_validation = _new_instance(cls)
            domain_validation.id = id
            domain_validation.valid = valid
            domain_validation.validation_results = validation_results
            domain_validation.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            domain_validation = cls(id, valid, validation_results)
        # More keys than declared fields present: some are additional (most records have none).
        if len(src_dict) > 0 + ("id" in src_dict) + ("valid" in src_dict) + ("validation_results" in src_dict):
            domain_validation.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return domain_validation

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
