# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.advanced_stats_metrics import AdvancedStatsMetrics


T = TypeVar("T", bound="AdvancedStatsEntry")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "type",
        "name",
        "metrics",
    }
)


@_attrs_define
class AdvancedStatsEntry:
    """
    Attributes:
        type_ (str | Unset): What the entry is about: browser, client, device, province or mailbox_provider.
        name (str | Unset): Its name, e.g. Chrome, Gmail, TX.
        metrics (AdvancedStatsMetrics | Unset): The metrics the breakdown reports (each breakdown sends its own subset).
    """

    type_: str | Unset = UNSET
    name: str | Unset = UNSET
    metrics: AdvancedStatsMetrics | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        name = self.name

        metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = self.metrics.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name
        if metrics is not UNSET:
            field_dict["metrics"] = metrics

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.advanced_stats_metrics import AdvancedStatsMetrics  # noqa: PLC0415

        type_ = src_dict.get("type", UNSET)

        name = src_dict.get("name", UNSET)

        _metrics = src_dict.get("metrics", UNSET)
        metrics: AdvancedStatsMetrics | Unset
        if isinstance(_metrics, Unset):
            metrics = UNSET
        else:
            metrics = AdvancedStatsMetrics.from_dict(_metrics)

        if cls is AdvancedStatsEntry:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            advanced_stats_entry = _new_instance(cls)
            advanced_stats_entry.type_ = type_
            advanced_stats_entry.name = name
            advanced_stats_entry.metrics = metrics
            advanced_stats_entry.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            advanced_stats_entry = cls(type_, name, metrics)
        # More keys than declared fields present: some are additional (most records have none).
        if len(src_dict) > 0 + ("type" in src_dict) + ("name" in src_dict) + ("metrics" in src_dict):
            advanced_stats_entry.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return advanced_stats_entry

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
