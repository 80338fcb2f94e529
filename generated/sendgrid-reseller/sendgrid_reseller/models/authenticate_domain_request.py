# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.authenticate_domain_request_region import (
    AuthenticateDomainRequestRegion,
    check_authenticate_domain_request_region,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AuthenticateDomainRequest")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "domain",
        "subdomain",
        "username",
        "ips",
        "custom_spf",
        "default",
        "automatic_security",
        "custom_dkim_selector",
        "region",
    }
)


@_attrs_define
class AuthenticateDomainRequest:
    """
    Attributes:
        domain (str):
        subdomain (str | Unset):
        username (str | Unset): Create the domain for this subuser.
        ips (list[str] | Unset): IPs to list in a custom SPF record.
        custom_spf (bool | Unset): Use a custom SPF record (manual security only).
        default (bool | Unset): Use this domain when none matches the From address.
        automatic_security (bool | Unset): Let SendGrid manage SPF, DKIM and key rotation (CNAME records).
        custom_dkim_selector (str | Unset): Three letters or digits.
        region (AuthenticateDomainRequestRegion | Unset):
    """

    domain: str
    subdomain: str | Unset = UNSET
    username: str | Unset = UNSET
    ips: list[str] | Unset = UNSET
    custom_spf: bool | Unset = UNSET
    default: bool | Unset = UNSET
    automatic_security: bool | Unset = UNSET
    custom_dkim_selector: str | Unset = UNSET
    region: AuthenticateDomainRequestRegion | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domain = self.domain

        subdomain = self.subdomain

        username = self.username

        ips: list[str] | Unset = UNSET
        if not isinstance(self.ips, Unset):
            ips = self.ips

        custom_spf = self.custom_spf

        default = self.default

        automatic_security = self.automatic_security

        custom_dkim_selector = self.custom_dkim_selector

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
        if username is not UNSET:
            field_dict["username"] = username
        if ips is not UNSET:
            field_dict["ips"] = ips
        if custom_spf is not UNSET:
            field_dict["custom_spf"] = custom_spf
        if default is not UNSET:
            field_dict["default"] = default
        if automatic_security is not UNSET:
            field_dict["automatic_security"] = automatic_security
        if custom_dkim_selector is not UNSET:
            field_dict["custom_dkim_selector"] = custom_dkim_selector
        if region is not UNSET:
            field_dict["region"] = region

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        domain = src_dict["domain"]

        subdomain = src_dict.get("subdomain", UNSET)

        username = src_dict.get("username", UNSET)

        ips = cast(list[str], src_dict.get("ips", UNSET))

        custom_spf = src_dict.get("custom_spf", UNSET)

        default = src_dict.get("default", UNSET)

        automatic_security = src_dict.get("automatic_security", UNSET)

        custom_dkim_selector = src_dict.get("custom_dkim_selector", UNSET)

        _region = src_dict.get("region", UNSET)
        region: AuthenticateDomainRequestRegion | Unset
        if isinstance(_region, Unset):
            region = UNSET
        else:
            region = check_authenticate_domain_request_region(_region)

        if cls is AuthenticateDomainRequest:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            authenticate_domain_request = _new_instance(cls)
            authenticate_domain_request.domain = domain
            authenticate_domain_request.subdomain = subdomain
            authenticate_domain_request.username = username
            authenticate_domain_request.ips = ips
            authenticate_domain_request.custom_spf = custom_spf
            authenticate_domain_request.default = default
            authenticate_domain_request.automatic_security = automatic_security
            authenticate_domain_request.custom_dkim_selector = custom_dkim_selector
            authenticate_domain_request.region = region
            authenticate_domain_request.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            authenticate_domain_request = cls(
                domain, subdomain, username, ips, custom_spf, default, automatic_security, custom_dkim_selector, region
            )
        # A key that is not a declared field is additional (most records have none). With this many
        # optional fields one pass over the keys is cheaper than testing each field's presence.
        if len(src_dict) > 1 and not _WIRE_NAMES.issuperset(src_dict):
            authenticate_domain_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return authenticate_domain_request

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
