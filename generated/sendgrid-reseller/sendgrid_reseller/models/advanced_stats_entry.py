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

        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        name = d.pop("name", UNSET)

        _metrics = d.pop("metrics", UNSET)
        metrics: AdvancedStatsMetrics | Unset
        if isinstance(_metrics, Unset):
            metrics = UNSET
        else:
            metrics = AdvancedStatsMetrics.from_dict(_metrics)

        advanced_stats_entry = cls(
            type_=type_,
            name=name,
            metrics=metrics,
        )

        advanced_stats_entry.additional_properties = d
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
