# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.unset import secret_repr
from ..models.create_subuser_request_region import CreateSubuserRequestRegion, check_create_subuser_request_region
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateSubuserRequest")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "username",
        "email",
        "password",
        "ips",
        "region",
        "include_region",
    }
)


@_attrs_define
class CreateSubuserRequest:
    """
    Attributes:
        username (str): Login name of the new subuser.
        email (str): Contact address of the subuser.
        password (str): The subuser's password for the web app.
        ips (list[str]): Dedicated IPs the subuser sends from.
        region (CreateSubuserRequestRegion | Unset): Data residency region (default global).
        include_region (bool | Unset): Return the region in the response.
    """

    username: str
    email: str
    password: str = _attrs_field(repr=secret_repr)
    ips: list[str]
    region: CreateSubuserRequestRegion | Unset = UNSET
    include_region: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        email = self.email

        password = self.password

        ips = self.ips

        region: str | Unset = UNSET
        if not isinstance(self.region, Unset):
            region = self.region

        include_region = self.include_region

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "email": email,
                "password": password,
                "ips": ips,
            }
        )
        if region is not UNSET:
            field_dict["region"] = region
        if include_region is not UNSET:
            field_dict["include_region"] = include_region

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        username = src_dict["username"]

        email = src_dict["email"]

        password = src_dict["password"]

        ips = cast(list[str], src_dict["ips"])

        _region = src_dict.get("region", UNSET)
        region: CreateSubuserRequestRegion | Unset
        if isinstance(_region, Unset):
            region = UNSET
        else:
            region = check_create_subuser_request_region(_region)

        include_region = src_dict.get("include_region", UNSET)

        if cls is CreateSubuserRequest:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            create_subuser_request = _new_instance(cls)
            create_subuser_request.username = username
            create_subuser_request.email = email
            create_subuser_request.password = password
            create_subuser_request.ips = ips
            create_subuser_request.region = region
            create_subuser_request.include_region = include_region
            create_subuser_request.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            create_subuser_request = cls(username, email, password, ips, region, include_region)
        # More keys than declared fields present: some are additional (most records have none).
        if len(src_dict) > 4 + ("region" in src_dict) + ("include_region" in src_dict):
            create_subuser_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return create_subuser_request

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
