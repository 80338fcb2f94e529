# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SsoCertificate")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "public_certificate",
        "id",
        "not_before",
        "not_after",
        "intergration_id",
    }
)


@_attrs_define
class SsoCertificate:
    """
    Attributes:
        public_certificate (str | Unset):
        id (int | Unset):
        not_before (int | Unset): Start of validity (Unix seconds).
        not_after (int | Unset): End of validity (Unix seconds).
        intergration_id (str | Unset): The integration's id (SendGrid's spelling).
    """

    public_certificate: str | Unset = UNSET
    id: int | Unset = UNSET
    not_before: int | Unset = UNSET
    not_after: int | Unset = UNSET
    intergration_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        public_certificate = self.public_certificate

        id = self.id

        not_before = self.not_before

        not_after = self.not_after

        intergration_id = self.intergration_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if public_certificate is not UNSET:
            field_dict["public_certificate"] = public_certificate
        if id is not UNSET:
            field_dict["id"] = id
        if not_before is not UNSET:
            field_dict["not_before"] = not_before
        if not_after is not UNSET:
            field_dict["not_after"] = not_after
        if intergration_id is not UNSET:
            field_dict["intergration_id"] = intergration_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        public_certificate = src_dict.get("public_certificate", UNSET)

        id = src_dict.get("id", UNSET)

        not_before = src_dict.get("not_before", UNSET)

        not_after = src_dict.get("not_after", UNSET)

        intergration_id = src_dict.get("intergration_id", UNSET)

        if cls is SsoCertificate:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            sso_certificate = _new_instance(cls)
            sso_certificate.public_certificate = public_certificate
            sso_certificate.id = id
            sso_certificate.not_before = not_before
            sso_certificate.not_after = not_after
            sso_certificate.intergration_id = intergration_id
            sso_certificate.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            sso_certificate = cls(public_certificate, id, not_before, not_after, intergration_id)
        # A key that is not a declared field is additional (most records have none). With this many
        # optional fields one pass over the keys is cheaper than testing each field's presence.
        if len(src_dict) > 0 and not _WIRE_NAMES.issuperset(src_dict):
            sso_certificate.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return sso_certificate

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
