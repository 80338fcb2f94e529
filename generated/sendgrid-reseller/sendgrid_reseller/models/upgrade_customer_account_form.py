# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpgradeCustomerAccountForm")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "user",
        "package",
        "ip[]",
        "ip_group[]",
    }
)


@_attrs_define
class UpgradeCustomerAccountForm:
    """
    Attributes:
        user (str): Username of the customer.
        package (str): Name of the target package
        ip (list[str] | Unset): Free IPs of the reseller to give the customer, when the package needs a dedicated IP or
            an authenticated domain.
        ip_group (list[str] | Unset): IP groups of the reseller to put the customer in, when the package needs no own
            IP.
    """

    user: str
    package: str
    ip: list[str] | Unset = UNSET
    ip_group: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user = self.user

        package = self.package

        ip: list[str] | Unset = UNSET
        if not isinstance(self.ip, Unset):
            ip = self.ip

        ip_group: list[str] | Unset = UNSET
        if not isinstance(self.ip_group, Unset):
            ip_group = self.ip_group

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user": user,
                "package": package,
            }
        )
        if ip is not UNSET:
            field_dict["ip[]"] = ip
        if ip_group is not UNSET:
            field_dict["ip_group[]"] = ip_group

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        user = src_dict["user"]

        package = src_dict["package"]

        ip = cast(list[str], src_dict.get("ip[]", UNSET))

        ip_group = cast(list[str], src_dict.get("ip_group[]", UNSET))

        if cls is UpgradeCustomerAccountForm:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            upgrade_customer_account_form = _new_instance(cls)
            upgrade_customer_account_form.user = user
            upgrade_customer_account_form.package = package
            upgrade_customer_account_form.ip = ip
            upgrade_customer_account_form.ip_group = ip_group
            upgrade_customer_account_form.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            upgrade_customer_account_form = cls(user, package, ip, ip_group)
        # More keys than declared fields present: some are additional (most records have none).
        if len(src_dict) > 2 + ("ip[]" in src_dict) + ("ip_group[]" in src_dict):
            upgrade_customer_account_form.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return upgrade_customer_account_form

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
