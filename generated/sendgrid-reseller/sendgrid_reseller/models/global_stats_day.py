# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.global_stats_entry import GlobalStatsEntry


T = TypeVar("T", bound="GlobalStatsDay")

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
class GlobalStatsDay:
    """
    Attributes:
        date (str):
        stats (list[GlobalStatsEntry]):
    """

    date: str
    stats: list[GlobalStatsEntry]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date

        stats = []
        for stats_item_data in self.stats:
            stats_item = stats_item_data.to_dict()
            stats.append(stats_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date": date,
                "stats": stats,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.global_stats_entry import GlobalStatsEntry  # noqa: PLC0415

        date = src_dict["date"]

        stats = []
        _stats = src_dict["stats"]
        for stats_item_data in _stats:
            stats_item = GlobalStatsEntry.from_dict(stats_item_data)

            stats.append(stats_item)

        if cls is GlobalStatsDay:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            global_stats_day = _new_instance(cls)
            global_stats_day.date = date
            global_stats_day.stats = stats
            global_stats_day.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            global_stats_day = cls(date, stats)
        # More keys than declared fields present: some are additional (most records have none).
        if len(src_dict) > 2:
            global_stats_day.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return global_stats_day

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
