# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.template_generation import TemplateGeneration, check_template_generation
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.template_version import TemplateVersion
    from ..models.template_warning import TemplateWarning


T = TypeVar("T", bound="Template")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "id",
        "name",
        "generation",
        "updated_at",
        "versions",
        "warning",
    }
)


@_attrs_define
class Template:
    """
    Attributes:
        id (str):
        name (str):
        generation (TemplateGeneration):
        updated_at (str): 'YYYY-MM-DD HH:MM:SS'.
        versions (list[TemplateVersion] | Unset):
        warning (TemplateWarning | Unset):
    """

    id: str
    name: str
    generation: TemplateGeneration
    updated_at: str
    versions: list[TemplateVersion] | Unset = UNSET
    warning: TemplateWarning | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        generation: str = self.generation

        updated_at = self.updated_at

        versions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.versions, Unset):
            versions = []
            for versions_item_data in self.versions:
                versions_item = versions_item_data.to_dict()
                versions.append(versions_item)

        warning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.warning, Unset):
            warning = self.warning.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "generation": generation,
                "updated_at": updated_at,
            }
        )
        if versions is not UNSET:
            field_dict["versions"] = versions
        if warning is not UNSET:
            field_dict["warning"] = warning

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.template_version import TemplateVersion  # noqa: PLC0415
        from ..models.template_warning import TemplateWarning  # noqa: PLC0415

        id = src_dict["id"]

        name = src_dict["name"]

        generation = check_template_generation(src_dict["generation"])

        updated_at = src_dict["updated_at"]

        _versions = src_dict.get("versions", UNSET)
        versions: list[TemplateVersion] | Unset = UNSET
        if _versions is not UNSET:
            versions = []
            for versions_item_data in _versions:
                versions_item = TemplateVersion.from_dict(versions_item_data)

                versions.append(versions_item)

        _warning = src_dict.get("warning", UNSET)
        warning: TemplateWarning | Unset
        if isinstance(_warning, Unset):
            warning = UNSET
        else:
            warning = TemplateWarning.from_dict(_warning)

        if cls is Template:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            template = _new_instance(cls)
            template.id = id
            template.name = name
            template.generation = generation
            template.updated_at = updated_at
            template.versions = versions
            template.warning = warning
            template.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            template = cls(id, name, generation, updated_at, versions, warning)
        # More keys than declared fields present: some are additional (most records have none).
        if len(src_dict) > 4 + ("versions" in src_dict) + ("warning" in src_dict):
            template.additional_properties = {key: value for key, value in src_dict.items() if key not in _WIRE_NAMES}
        return template

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
