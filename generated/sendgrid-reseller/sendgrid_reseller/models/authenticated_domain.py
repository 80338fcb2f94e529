# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.domain_dns_records import DomainDnsRecords
    from ..models.domain_subuser import DomainSubuser


T = TypeVar("T", bound="AuthenticatedDomain")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "id",
        "user_id",
        "domain",
        "username",
        "ips",
        "custom_spf",
        "default",
        "legacy",
        "automatic_security",
        "valid",
        "dns",
        "subdomain",
        "subusers",
        "last_validation_attempt_at",
    }
)


@_attrs_define
class AuthenticatedDomain:
    """
    Attributes:
        id (int):
        user_id (int):
        domain (str):
        username (str):
        ips (list[str]):
        custom_spf (bool):
        default (bool):
        legacy (bool): Made with the old whitelabel tool; works, but cannot be changed.
        automatic_security (bool):
        valid (bool):
        dns (DomainDnsRecords): With automatic security: mail_cname, dkim1 and dkim2 (CNAMEs). With manual security:
            mail_server (MX), subdomain_spf, domain_spf and dkim (TXT).
        subdomain (str | Unset):
        subusers (list[DomainSubuser] | Unset):
        last_validation_attempt_at (int | Unset): Unix time of the last validation.
    """

    id: int
    user_id: int
    domain: str
    username: str
    ips: list[str]
    custom_spf: bool
    default: bool
    legacy: bool
    automatic_security: bool
    valid: bool
    dns: DomainDnsRecords
    subdomain: str | Unset = UNSET
    subusers: list[DomainSubuser] | Unset = UNSET
    last_validation_attempt_at: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_id = self.user_id

        domain = self.domain

        username = self.username

        ips = self.ips

        custom_spf = self.custom_spf

        default = self.default

        legacy = self.legacy

        automatic_security = self.automatic_security

        valid = self.valid

        dns = self.dns.to_dict()

        subdomain = self.subdomain

        subusers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subusers, Unset):
            subusers = []
            for subusers_item_data in self.subusers:
                subusers_item = subusers_item_data.to_dict()
                subusers.append(subusers_item)

        last_validation_attempt_at = self.last_validation_attempt_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "user_id": user_id,
                "domain": domain,
                "username": username,
                "ips": ips,
                "custom_spf": custom_spf,
                "default": default,
                "legacy": legacy,
                "automatic_security": automatic_security,
                "valid": valid,
                "dns": dns,
            }
        )
        if subdomain is not UNSET:
            field_dict["subdomain"] = subdomain
        if subusers is not UNSET:
            field_dict["subusers"] = subusers
        if last_validation_attempt_at is not UNSET:
            field_dict["last_validation_attempt_at"] = last_validation_attempt_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.domain_dns_records import DomainDnsRecords  # noqa: PLC0415
        from ..models.domain_subuser import DomainSubuser  # noqa: PLC0415

        id = src_dict["id"]

        user_id = src_dict["user_id"]

        domain = src_dict["domain"]

        username = src_dict["username"]

        ips = cast(list[str], src_dict["ips"])

        custom_spf = src_dict["custom_spf"]

        default = src_dict["default"]

        legacy = src_dict["legacy"]

        automatic_security = src_dict["automatic_security"]

        valid = src_dict["valid"]

        dns = DomainDnsRecords.from_dict(src_dict["dns"])

        subdomain = src_dict.get("subdomain", UNSET)

        _subusers = src_dict.get("subusers", UNSET)
        subusers: list[DomainSubuser] | Unset = UNSET
        if _subusers is not UNSET:
            subusers = []
            for subusers_item_data in _subusers:
                subusers_item = DomainSubuser.from_dict(subusers_item_data)

                subusers.append(subusers_item)

        last_validation_attempt_at = src_dict.get("last_validation_attempt_at", UNSET)

        if cls is AuthenticatedDomain:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            authenticated_domain = _new_instance(cls)
            authenticated_domain.id = id
            authenticated_domain.user_id = user_id
            authenticated_domain.domain = domain
            authenticated_domain.username = username
            authenticated_domain.ips = ips
            authenticated_domain.custom_spf = custom_spf
            authenticated_domain.default = default
            authenticated_domain.legacy = legacy
            authenticated_domain.automatic_security = automatic_security
            authenticated_domain.valid = valid
            authenticated_domain.dns = dns
            authenticated_domain.subdomain = subdomain
            authenticated_domain.subusers = subusers
            authenticated_domain.last_validation_attempt_at = last_validation_attempt_at
            authenticated_domain.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            authenticated_domain = cls(
                id,
                user_id,
                domain,
                username,
                ips,
                custom_spf,
                default,
                legacy,
                automatic_security,
                valid,
                dns,
                subdomain,
                subusers,
                last_validation_attempt_at,
            )
        # More keys than declared fields present: some are additional (most records have none).
        if len(src_dict) > 11 + ("subdomain" in src_dict) + ("subusers" in src_dict) + (
            "last_validation_attempt_at" in src_dict
        ):
            authenticated_domain.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return authenticated_domain

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
