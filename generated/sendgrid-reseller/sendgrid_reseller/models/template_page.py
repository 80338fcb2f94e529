# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.template import Template
    from ..models.template_page_metadata import TemplatePageMetadata


T = TypeVar("T", bound="TemplatePage")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "result",
        "_metadata",
    }
)


@_attrs_define
class TemplatePage:
    """
    Attributes:
        result (list[Template]):
        field_metadata (TemplatePageMetadata | Unset):
    """

    result: list[Template]
    field_metadata: TemplatePageMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result = []
        for result_item_data in self.result:
            result_item = result_item_data.to_dict()
            result.append(result_item)

        field_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_metadata, Unset):
            field_metadata = self.field_metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "result": result,
            }
        )
        if field_metadata is not UNSET:
            field_dict["_metadata"] = field_metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.template import Template  # noqa: PLC0415
        from ..models.template_page_metadata import TemplatePageMetadata  # noqa: PLC0415

        result = []
        _result = src_dict["result"]
        for result_item_data in _result:
            result_item = Template.from_dict(result_item_data)

            result.append(result_item)

        _field_metadata = src_dict.get("_metadata", UNSET)
        field_metadata: TemplatePageMetadata | Unset
        if isinstance(_field_metadata, Unset):
            field_metadata = UNSET
        else:
            field_metadata = TemplatePageMetadata.from_dict(_field_metadata)

        if cls is TemplatePage:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            template_page = _new_instance(cls)
            template_page.result = result
            template_page.field_metadata = field_metadata
            template_page.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            template_page = cls(result, field_metadata)
        # More keys than declared fields present: some are additional (most records have none).
        if len(src_dict) > 1 + ("_metadata" in src_dict):
            template_page.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return template_page

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
