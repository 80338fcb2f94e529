# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.email_stats_metrics import EmailStatsMetrics


T = TypeVar("T", bound="SubuserStatsEntry")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "type",
        "metrics",
        "name",
    }
)


@_attrs_define
class SubuserStatsEntry:
    """
    Attributes:
        type_ (str): What the entry is about (subuser or category).
        metrics (EmailStatsMetrics | Unset): Counts of what happened to mail in the period.
        name (str | Unset): The subuser (or category) the metrics belong to.
    """

    type_: str
    metrics: EmailStatsMetrics | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = self.metrics.to_dict()

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.email_stats_metrics import EmailStatsMetrics  # noqa: PLC0415

        type_ = src_dict["type"]

        _metrics = src_dict.get("metrics", UNSET)
        metrics: EmailStatsMetrics | Unset
        if isinstance(_metrics, Unset):
            metrics = UNSET
        else:
            metrics = EmailStatsMetrics.from_dict(_metrics)

        name = src_dict.get("name", UNSET)

        if cls is SubuserStatsEntry:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            subuser_stats_entry = _new_instance(cls)
            subuser_stats_entry.type_ = type_
            subuser_stats_entry.metrics = metrics
            subuser_stats_entry.name = name
            subuser_stats_entry.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            subuser_stats_entry = cls(type_, metrics, name)
        # More keys than declared fields present: some are additional (most records have none).
        if len(src_dict) > 1 + ("metrics" in src_dict) + ("name" in src_dict):
            subuser_stats_entry.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return subuser_stats_entry

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
