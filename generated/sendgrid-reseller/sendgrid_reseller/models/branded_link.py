# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.branded_link_dns import BrandedLinkDns


T = TypeVar("T", bound="BrandedLink")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "id",
        "domain",
        "username",
        "user_id",
        "default",
        "valid",
        "legacy",
        "dns",
        "subdomain",
    }
)


@_attrs_define
class BrandedLink:
    """
    Attributes:
        id (int):
        domain (str):
        username (str):
        user_id (int):
        default (bool):
        valid (bool):
        legacy (bool): Made with the old whitelabel tool; works, but cannot be changed.
        dns (BrandedLinkDns):
        subdomain (str | Unset):
    """

    id: int
    domain: str
    username: str
    user_id: int
    default: bool
    valid: bool
    legacy: bool
    dns: BrandedLinkDns
    subdomain: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        domain = self.domain

        username = self.username

        user_id = self.user_id

        default = self.default

        valid = self.valid

        legacy = self.legacy

        dns = self.dns.to_dict()

        subdomain = self.subdomain

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "domain": domain,
                "username": username,
                "user_id": user_id,
                "default": default,
                "valid": valid,
                "legacy": legacy,
                "dns": dns,
            }
        )
        if subdomain is not UNSET:
            field_dict["subdomain"] = subdomain

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.branded_link_dns import BrandedLinkDns  # noqa: PLC0415

        id = src_dict["id"]

        domain = src_dict["domain"]

        username = src_dict["username"]

        user_id = src_dict["user_id"]

        default = src_dict["default"]

        valid = src_dict["valid"]

        legacy = src_dict["legacy"]

        dns = BrandedLinkDns.from_dict(src_dict["dns"])

        subdomain = src_dict.get("subdomain", UNSET)

        if cls is BrandedLink:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            branded_link = _new_instance(cls)
            branded_link.id = id
            branded_link.domain = domain
            branded_link.username = username
            branded_link.user_id = user_id
            branded_link.default = default
            branded_link.valid = valid
            branded_link.legacy = legacy
            branded_link.dns = dns
            branded_link.subdomain = subdomain
            branded_link.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            branded_link = cls(id, domain, username, user_id, default, valid, legacy, dns, subdomain)
        # More keys than declared fields present: some are additional (most records have none).
        if len(src_dict) > 8 + ("subdomain" in src_dict):
            branded_link.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return branded_link

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
