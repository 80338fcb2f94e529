# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.email_stats_metrics import EmailStatsMetrics


T = TypeVar("T", bound="SubuserMonthlyStatsEntry")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "first_name",
        "last_name",
        "metrics",
        "name",
        "type",
    }
)


@_attrs_define
class SubuserMonthlyStatsEntry:
    """
    Attributes:
        first_name (str | Unset):
        last_name (str | Unset):
        metrics (EmailStatsMetrics | Unset): Counts of what happened to mail in the period.
        name (str | Unset): The subuser's username.
        type_ (str | Unset): Always subuser.
    """

    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    metrics: EmailStatsMetrics | Unset = UNSET
    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = self.metrics.to_dict()

        name = self.name

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.email_stats_metrics import EmailStatsMetrics  # noqa: PLC0415

        first_name = src_dict.get("first_name", UNSET)

        last_name = src_dict.get("last_name", UNSET)

        _metrics = src_dict.get("metrics", UNSET)
        metrics: EmailStatsMetrics | Unset
        if isinstance(_metrics, Unset):
            metrics = UNSET
        else:
            metrics = EmailStatsMetrics.from_dict(_metrics)

        name = src_dict.get("name", UNSET)

        type_ = src_dict.get("type", UNSET)

        if cls is SubuserMonthlyStatsEntry:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            subuser_monthly_stats_entry = _new_instance(cls)
            subuser_monthly_stats_entry.first_name = first_name
            subuser_monthly_stats_entry.last_name = last_name
            subuser_monthly_stats_entry.metrics = metrics
            subuser_monthly_stats_entry.name = name
            subuser_monthly_stats_entry.type_ = type_
            subuser_monthly_stats_entry.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            subuser_monthly_stats_entry = cls(first_name, last_name, metrics, name, type_)
        # A key that is not a declared field is additional (most records have none). With this many
        # optional fields one pass over the keys is cheaper than testing each field's presence.
        if len(src_dict) > 0 and not _WIRE_NAMES.issuperset(src_dict):
            subuser_monthly_stats_entry.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return subuser_monthly_stats_entry

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
