# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.template_editor import TemplateEditor, check_template_editor
from ..models.template_version_settings_active import (
    TemplateVersionSettingsActive,
    check_template_version_settings_active,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="TemplateVersionSettings")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "name",
        "subject",
        "active",
        "html_content",
        "plain_content",
        "generate_plain_content",
        "editor",
        "test_data",
    }
)


@_attrs_define
class TemplateVersionSettings:
    """
    Attributes:
        name (str):
        subject (str): The subject; may hold substitution tags such as <%subject%>.
        active (TemplateVersionSettingsActive | Unset): 1 makes this the active version.
        html_content (str | Unset):
        plain_content (str | Unset):
        generate_plain_content (bool | Unset): Derive the plain text from the HTML (default true).
        editor (TemplateEditor | Unset):
        test_data (str | Unset): Dynamic templates: JSON sample data for previews and test sends.
    """

    name: str
    subject: str
    active: TemplateVersionSettingsActive | Unset = UNSET
    html_content: str | Unset = UNSET
    plain_content: str | Unset = UNSET
    generate_plain_content: bool | Unset = UNSET
    editor: TemplateEditor | Unset = UNSET
    test_data: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        subject = self.subject

        active: int | Unset = UNSET
        if not isinstance(self.active, Unset):
            active = self.active

        html_content = self.html_content

        plain_content = self.plain_content

        generate_plain_content = self.generate_plain_content

        editor: str | Unset = UNSET
        if not isinstance(self.editor, Unset):
            editor = self.editor

        test_data = self.test_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "subject": subject,
            }
        )
        if active is not UNSET:
            field_dict["active"] = active
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        name = src_dict["name"]

        subject = src_dict["subject"]

        _active = src_dict.get("active", UNSET)
        active: TemplateVersionSettingsActive | Unset
        if isinstance(_active, Unset):
            active = UNSET
        else:
            active = check_template_version_settings_active(_active)

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

        if cls is TemplateVersionSettings:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            template_version_settings = _new_instance(cls)
            template_version_settings.name = name
            template_version_settings.subject = subject
            template_version_settings.active = active
            template_version_settings.html_content = html_content
            template_version_settings.plain_content = plain_content
            template_version_settings.generate_plain_content = generate_plain_content
            template_version_settings.editor = editor
            template_version_settings.test_data = test_data
            template_version_settings.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            template_version_settings = cls(
                name, subject, active, html_content, plain_content, generate_plain_content, editor, test_data
            )
        # A key that is not a declared field is additional (most records have none). With this many
        # optional fields one pass over the keys is cheaper than testing each field's presence.
        if len(src_dict) > 2 and not _WIRE_NAMES.issuperset(src_dict):
            template_version_settings.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return template_version_settings

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
