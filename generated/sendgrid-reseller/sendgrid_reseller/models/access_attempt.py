# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AccessAttempt")


@_attrs_define
class AccessAttempt:
    """
    Attributes:
        allowed (bool): Whether the attempt was let in.
        auth_method (str): How it signed in, e.g. Web or Basic Auth.
        first_at (int): First attempt from this IP (Unix seconds).
        last_at (int): Latest attempt (Unix seconds).
        ip (str):
        location (str): Where the IP is
    """

    allowed: bool
    auth_method: str
    first_at: int
    last_at: int
    ip: str
    location: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allowed = self.allowed

        auth_method = self.auth_method

        first_at = self.first_at

        last_at = self.last_at

        ip = self.ip

        location = self.location

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "allowed": allowed,
                "auth_method": auth_method,
                "first_at": first_at,
                "last_at": last_at,
                "ip": ip,
                "location": location,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        allowed = d.pop("allowed")

        auth_method = d.pop("auth_method")

        first_at = d.pop("first_at")

        last_at = d.pop("last_at")

        ip = d.pop("ip")

        location = d.pop("location")

        access_attempt = cls(
            allowed=allowed,
            auth_method=auth_method,
            first_at=first_at,
            last_at=last_at,
            ip=ip,
            location=location,
        )

        access_attempt.additional_properties = d
        return access_attempt

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
