# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subuser_monthly_stats_entry import SubuserMonthlyStatsEntry


T = TypeVar("T", bound="SubuserMonthlyStats")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "date",
        "stats",
    }
)


@_attrs_define
class SubuserMonthlyStats:
    """
    Attributes:
        date (str | Unset): First day of the month reported on.
        stats (list[SubuserMonthlyStatsEntry] | Unset):
    """

    date: str | Unset = UNSET
    stats: list[SubuserMonthlyStatsEntry] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date

        stats: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.stats, Unset):
            stats = []
            for stats_item_data in self.stats:
                stats_item = stats_item_data.to_dict()
                stats.append(stats_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if stats is not UNSET:
            field_dict["stats"] = stats

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subuser_monthly_stats_entry import SubuserMonthlyStatsEntry  # noqa: PLC0415

        date = src_dict.get("date", UNSET)

        _stats = src_dict.get("stats", UNSET)
        stats: list[SubuserMonthlyStatsEntry] | Unset = UNSET
        if _stats is not UNSET:
            stats = []
            for stats_item_data in _stats:
                stats_item = SubuserMonthlyStatsEntry.from_dict(stats_item_data)

                stats.append(stats_item)

        if cls is SubuserMonthlyStats:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            subuser_monthly_stats = _new_instance(cls)
            subuser_monthly_stats.date = date
            subuser_monthly_stats.stats = stats
            subuser_monthly_stats.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            subuser_monthly_stats = cls(date, stats)
        # More keys than declared fields present: some are additional (most records have none).
        if len(src_dict) > 0 + ("date" in src_dict) + ("stats" in src_dict):
            subuser_monthly_stats.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return subuser_monthly_stats

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
