# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.teammate_subuser_access import TeammateSubuserAccess
    from ..models.teammate_subuser_access_metadata import TeammateSubuserAccessMetadata


T = TypeVar("T", bound="TeammateSubuserAccessPage")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "has_restricted_subuser_access",
        "subuser_access",
        "_metadata",
    }
)


@_attrs_define
class TeammateSubuserAccessPage:
    """
    Attributes:
        has_restricted_subuser_access (bool | Unset): false: the teammate may act for every subuser.
        subuser_access (list[TeammateSubuserAccess] | Unset):
        field_metadata (TeammateSubuserAccessMetadata | Unset):
    """

    has_restricted_subuser_access: bool | Unset = UNSET
    subuser_access: list[TeammateSubuserAccess] | Unset = UNSET
    field_metadata: TeammateSubuserAccessMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        has_restricted_subuser_access = self.has_restricted_subuser_access

        subuser_access: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subuser_access, Unset):
            subuser_access = []
            for subuser_access_item_data in self.subuser_access:
                subuser_access_item = subuser_access_item_data.to_dict()
                subuser_access.append(subuser_access_item)

        field_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_metadata, Unset):
            field_metadata = self.field_metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if has_restricted_subuser_access is not UNSET:
            field_dict["has_restricted_subuser_access"] = has_restricted_subuser_access
        if subuser_access is not UNSET:
            field_dict["subuser_access"] = subuser_access
        if field_metadata is not UNSET:
            field_dict["_metadata"] = field_metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.teammate_subuser_access import TeammateSubuserAccess  # noqa: PLC0415
        from ..models.teammate_subuser_access_metadata import TeammateSubuserAccessMetadata  # noqa: PLC0415

        has_restricted_subuser_access = src_dict.get("has_restricted_subuser_access", UNSET)

        _subuser_access = src_dict.get("subuser_access", UNSET)
        subuser_access: list[TeammateSubuserAccess] | Unset = UNSET
        if _subuser_access is not UNSET:
            subuser_access = []
            for subuser_access_item_data in _subuser_access:
                subuser_access_item = TeammateSubuserAccess.from_dict(subuser_access_item_data)

                subuser_access.append(subuser_access_item)

        _field_metadata = src_dict.get("_metadata", UNSET)
        field_metadata: TeammateSubuserAccessMetadata | Unset
        if isinstance(_field_metadata, Unset):
            field_metadata = UNSET
        else:
            field_metadata = TeammateSubuserAccessMetadata.from_dict(_field_metadata)

        if cls is TeammateSubuserAccessPage:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            teammate_subuser_access_page = _new_instance(cls)
            teammate_subuser_access_page.has_restricted_subuser_access = has_restricted_subuser_access
            teammate_subuser_access_page.subuser_access = subuser_access
            teammate_subuser_access_page.field_metadata = field_metadata
            teammate_subuser_access_page.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            teammate_subuser_access_page = cls(has_restricted_subuser_access, subuser_access, field_metadata)
        # More keys than declared fields present: some are additional (most records have none).
        if len(src_dict) > 0 + ("has_restricted_subuser_access" in src_dict) + ("subuser_access" in src_dict) + (
            "_metadata" in src_dict
        ):
            teammate_subuser_access_page.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return teammate_subuser_access_page

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
