# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AccessAttempt")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "allowed",
        "auth_method",
        "first_at",
        "last_at",
        "ip",
        "location",
    }
)


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
        allowed = src_dict["allowed"]

        auth_method = src_dict["auth_method"]

        first_at = src_dict["first_at"]

        last_at = src_dict["last_at"]

        ip = src_dict["ip"]

        location = src_dict["location"]

        if cls is AccessAttempt:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            access_attempt = _new_instance(cls)
            access_attempt.allowed = allowed
            access_attempt.auth_method = auth_method
            access_attempt.first_at = first_at
            access_attempt.last_at = last_at
            access_attempt.ip = ip
            access_attempt.location = location
            access_attempt.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            access_attempt = cls(allowed, auth_method, first_at, last_at, ip, location)
        # More keys than declared fields present: some are additional (most records have none).
        if len(src_dict) > 6:
            access_attempt.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
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
