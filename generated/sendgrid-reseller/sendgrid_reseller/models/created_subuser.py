# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.created_subuser_region import CreatedSubuserRegion, check_created_subuser_region
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.credit_allocation import CreditAllocation


T = TypeVar("T", bound="CreatedSubuser")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "username",
        "user_id",
        "email",
        "credit_allocation",
        "region",
    }
)


@_attrs_define
class CreatedSubuser:
    """
    Attributes:
        username (str):
        user_id (int):
        email (str):
        credit_allocation (CreditAllocation | Unset):
        region (CreatedSubuserRegion | Unset): Present only when include_region was true.
    """

    username: str
    user_id: int
    email: str
    credit_allocation: CreditAllocation | Unset = UNSET
    region: CreatedSubuserRegion | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        user_id = self.user_id

        email = self.email

        credit_allocation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credit_allocation, Unset):
            credit_allocation = self.credit_allocation.to_dict()

        region: str | Unset = UNSET
        if not isinstance(self.region, Unset):
            region = self.region

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "user_id": user_id,
                "email": email,
            }
        )
        if credit_allocation is not UNSET:
            field_dict["credit_allocation"] = credit_allocation
        if region is not UNSET:
            field_dict["region"] = region

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.credit_allocation import CreditAllocation  # noqa: PLC0415

        username = src_dict["username"]

        user_id = src_dict["user_id"]

        email = src_dict["email"]

        _credit_allocation = src_dict.get("credit_allocation", UNSET)
        credit_allocation: CreditAllocation | Unset
        if isinstance(_credit_allocation, Unset):
            credit_allocation = UNSET
        else:
            credit_allocation = CreditAllocation.from_dict(_credit_allocation)

        _region = src_dict.get("region", UNSET)
        region: CreatedSubuserRegion | Unset
        if isinstance(_region, Unset):
            region = UNSET
        else:
            region = check_created_subuser_region(_region)

        if cls is CreatedSubuser:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            created_subuser = _new_instance(cls)
            created_subuser.username = username
            created_subuser.user_id = user_id
            created_subuser.email = email
            created_subuser.credit_allocation = credit_allocation
            created_subuser.region = region
            created_subuser.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            created_subuser = cls(username, user_id, email, credit_allocation, region)
        # More keys than declared fields present: some are additional (most records have none).
        if len(src_dict) > 3 + ("credit_allocation" in src_dict) + ("region" in src_dict):
            created_subuser.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return created_subuser

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
