# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_branded_link_request_region import (
    CreateBrandedLinkRequestRegion,
    check_create_branded_link_request_region,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateBrandedLinkRequest")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "domain",
        "subdomain",
        "default",
        "region",
    }
)


@_attrs_define
class CreateBrandedLinkRequest:
    """
    Attributes:
        domain (str):
        subdomain (str | Unset): The part before the domain; SendGrid picks one when omitted.
        default (bool | Unset): Make this the default link.
        region (CreateBrandedLinkRequestRegion | Unset): The data region of the link.
    """

    domain: str
    subdomain: str | Unset = UNSET
    default: bool | Unset = UNSET
    region: CreateBrandedLinkRequestRegion | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domain = self.domain

        subdomain = self.subdomain

        default = self.default

        region: str | Unset = UNSET
        if not isinstance(self.region, Unset):
            region = self.region

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "domain": domain,
            }
        )
        if subdomain is not UNSET:
            field_dict["subdomain"] = subdomain
        if default is not UNSET:
            field_dict["default"] = default
        if region is not UNSET:
            field_dict["region"] = region

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        domain = src_dict["domain"]

        subdomain = src_dict.get("subdomain", UNSET)

        default = src_dict.get("default", UNSET)

        _region = src_dict.get("region", UNSET)
        region: CreateBrandedLinkRequestRegion | Unset
        if isinstance(_region, Unset):
            region = UNSET
        else:
            region = check_create_branded_link_request_region(_region)

        if cls is CreateBrandedLinkRequest:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            create_branded_link_request = _new_instance(cls)
            create_branded_link_request.domain = domain
            create_branded_link_request.subdomain = subdomain
            create_branded_link_request.default = default
            create_branded_link_request.region = region
            create_branded_link_request.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            create_branded_link_request = cls(domain, subdomain, default, region)
        # More keys than declared fields present: some are additional (most records have none).
        if len(src_dict) > 1 + ("subdomain" in src_dict) + ("default" in src_dict) + ("region" in src_dict):
            create_branded_link_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return create_branded_link_request

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
