# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_webhook import EventWebhook


T = TypeVar("T", bound="EventWebhookList")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "max_allowed",
        "webhooks",
    }
)


@_attrs_define
class EventWebhookList:
    """
    Attributes:
        max_allowed (int | Unset): How many Event Webhooks the plan allows.
        webhooks (list[EventWebhook] | Unset):
    """

    max_allowed: int | Unset = UNSET
    webhooks: list[EventWebhook] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_allowed = self.max_allowed

        webhooks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.webhooks, Unset):
            webhooks = []
            for webhooks_item_data in self.webhooks:
                webhooks_item = webhooks_item_data.to_dict()
                webhooks.append(webhooks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if max_allowed is not UNSET:
            field_dict["max_allowed"] = max_allowed
        if webhooks is not UNSET:
            field_dict["webhooks"] = webhooks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_webhook import EventWebhook  # noqa: PLC0415

        max_allowed = src_dict.get("max_allowed", UNSET)

        _webhooks = src_dict.get("webhooks", UNSET)
        webhooks: list[EventWebhook] | Unset = UNSET
        if _webhooks is not UNSET:
            webhooks = []
            for webhooks_item_data in _webhooks:
                webhooks_item = EventWebhook.from_dict(webhooks_item_data)

                webhooks.append(webhooks_item)

        if cls is EventWebhookList:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            event_webhook_list = _new_instance(cls)
            event_webhook_list.max_allowed = max_allowed
            event_webhook_list.webhooks = webhooks
            event_webhook_list.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            event_webhook_list = cls(max_allowed, webhooks)
        # More keys than declared fields present: some are additional (most records have none).
        if len(src_dict) > 0 + ("max_allowed" in src_dict) + ("webhooks" in src_dict):
            event_webhook_list.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return event_webhook_list

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
