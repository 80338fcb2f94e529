# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.template_editor import TemplateEditor, check_template_editor
from ..models.template_version_active import TemplateVersionActive, check_template_version_active
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.template_warning import TemplateWarning


T = TypeVar("T", bound="TemplateVersion")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "id",
        "template_id",
        "active",
        "name",
        "subject",
        "html_content",
        "plain_content",
        "generate_plain_content",
        "editor",
        "test_data",
        "updated_at",
        "thumbnail_url",
        "warnings",
    }
)


@_attrs_define
class TemplateVersion:
    """
    Attributes:
        id (str | Unset):
        template_id (str | Unset):
        active (TemplateVersionActive | Unset):
        name (str | Unset):
        subject (str | Unset):
        html_content (str | Unset):
        plain_content (str | Unset):
        generate_plain_content (bool | Unset):
        editor (TemplateEditor | Unset):
        test_data (str | Unset):
        updated_at (str | Unset): 'YYYY-MM-DD HH:MM:SS'.
        thumbnail_url (str | Unset):
        warnings (list[TemplateWarning] | Unset):
    """

    id: str | Unset = UNSET
    template_id: str | Unset = UNSET
    active: TemplateVersionActive | Unset = UNSET
    name: str | Unset = UNSET
    subject: str | Unset = UNSET
    html_content: str | Unset = UNSET
    plain_content: str | Unset = UNSET
    generate_plain_content: bool | Unset = UNSET
    editor: TemplateEditor | Unset = UNSET
    test_data: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    thumbnail_url: str | Unset = UNSET
    warnings: list[TemplateWarning] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        template_id = self.template_id

        active: int | Unset = UNSET
        if not isinstance(self.active, Unset):
            active = self.active

        name = self.name

        subject = self.subject

        html_content = self.html_content

        plain_content = self.plain_content

        generate_plain_content = self.generate_plain_content

        editor: str | Unset = UNSET
        if not isinstance(self.editor, Unset):
            editor = self.editor

        test_data = self.test_data

        updated_at = self.updated_at

        thumbnail_url = self.thumbnail_url

        warnings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.warnings, Unset):
            warnings = []
            for warnings_item_data in self.warnings:
                warnings_item = warnings_item_data.to_dict()
                warnings.append(warnings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if template_id is not UNSET:
            field_dict["template_id"] = template_id
        if active is not UNSET:
            field_dict["active"] = active
        if name is not UNSET:
            field_dict["name"] = name
        if subject is not UNSET:
            field_dict["subject"] = subject
        if html_content is not UNSET:
            field_dict["html_content"] = html_content
        if plain_content is not UNSET:
            field_dict["plain_content"] = plain_content
        if generate_plain_content is not UNSET:
            field_dict["generate_plain_content"] = generate_plain_content
        if editor is not UNSET:
            field_dict["editor"] = editor
        if test_data is not UNSET:
            field_dict["test_data"] = test_data
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if thumbnail_url is not UNSET:
            field_dict["thumbnail_url"] = thumbnail_url
        if warnings is not UNSET:
            field_dict["warnings"] = warnings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.template_warning import TemplateWarning  # noqa: PLC0415

        id = src_dict.get("id", UNSET)

        template_id = src_dict.get("template_id", UNSET)

        _active = src_dict.get("active", UNSET)
        active: TemplateVersionActive | Unset
        if isinstance(_active, Unset):
            active = UNSET
        else:
            active = check_template_version_active(_active)

        name = src_dict.get("name", UNSET)

        subject = src_dict.get("subject", UNSET)

        html_content = src_dict.get("html_content", UNSET)

        plain_content = src_dict.get("plain_content", UNSET)

        generate_plain_content = src_dict.get("generate_plain_content", UNSET)

        _editor = src_dict.get("editor", UNSET)
        editor: TemplateEditor | Unset
        if isinstance(_editor, Unset):
            editor = UNSET
        else:
            editor = check_template_editor(_editor)

        test_data = src_dict.get("test_data", UNSET)

        updated_at = src_dict.get("updated_at", UNSET)

        thumbnail_url = src_dict.get("thumbnail_url", UNSET)

        _warnings = src_dict.get("warnings", UNSET)
        warnings: list[TemplateWarning] | Unset = UNSET
        if _warnings is not UNSET:
            warnings = []
            for warnings_item_data in _warnings:
                warnings_item = TemplateWarning.from_dict(warnings_item_data)

                warnings.append(warnings_item)

        if cls is TemplateVersion:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            template_version = _new_instance(cls)
            template_version.id = id
            template_version.template_id = template_id
            template_version.active = active
            template_version.name = name
            template_version.subject = subject
            template_version.html_content = html_content
            template_version.plain_content = plain_content
            template_version.generate_plain_content = generate_plain_content
            template_version.editor = editor
            template_version.test_data = test_data
            template_version.updated_at = updated_at
            template_version.thumbnail_url = thumbnail_url
            template_version.warnings = warnings
            template_version.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            template_version = cls(
                id,
                template_id,
                active,
                name,
                subject,
                html_content,
                plain_content,
                generate_plain_content,
                editor,
                test_data,
                updated_at,
                thumbnail_url,
                warnings,
            )
        # A key that is not a declared field is additional (most records have none). With this many
        # optional fields one pass over the keys is cheaper than testing each field's presence.
        if len(src_dict) > 0 and not _WIRE_NAMES.issuperset(src_dict):
            template_version.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return template_version

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
