# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.credit_reset_frequency import CreditResetFrequency, check_credit_reset_frequency
from ..models.subuser_credits_type import SubuserCreditsType, check_subuser_credits_type

T = TypeVar("T", bound="SubuserCredits")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "type",
        "reset_frequency",
        "remain",
        "total",
        "used",
    }
)


@_attrs_define
class SubuserCredits:
    """
    Attributes:
        type_ (SubuserCreditsType): How credits reset.
        reset_frequency (CreditResetFrequency | None): How often recurring credits reset; null unless type is recurring.
        remain (int | None): Credits left; null for unlimited.
        total (int | None): Allowance; null for unlimited and nonrecurring.
        used (int | None): Credits spent; null for unlimited and nonrecurring.
    """

    type_: SubuserCreditsType
    reset_frequency: CreditResetFrequency | None
    remain: int | None
    total: int | None
    used: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        reset_frequency: None | str
        if isinstance(self.reset_frequency, str):
            reset_frequency = self.reset_frequency
        else:
            reset_frequency = self.reset_frequency

        remain: int | None
        remain = self.remain

        total: int | None
        total = self.total

        used: int | None
        used = self.used

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "reset_frequency": reset_frequency,
                "remain": remain,
                "total": total,
                "used": used,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        type_ = check_subuser_credits_type(src_dict["type"])

        def _parse_reset_frequency(data: object) -> CreditResetFrequency | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reset_frequency_type_0 = check_credit_reset_frequency(data)

                return reset_frequency_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreditResetFrequency | None, data)

        reset_frequency = _parse_reset_frequency(src_dict["reset_frequency"])

        def _parse_remain(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        remain = _parse_remain(src_dict["remain"])

        def _parse_total(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        total = _parse_total(src_dict["total"])

        def _parse_used(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        used = _parse_used(src_dict["used"])

        if cls is SubuserCredits:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            subuser_credits = _new_instance(cls)
            subuser_credits.type_ = type_
            subuser_credits.reset_frequency = reset_frequency
            subuser_credits.remain = remain
            subuser_credits.total = total
            subuser_credits.used = used
            subuser_credits.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            subuser_credits = cls(type_, reset_frequency, remain, total, used)
        # More keys than declared fields present: some are additional (most records have none).
        if len(src_dict) > 5:
            subuser_credits.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return subuser_credits

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
