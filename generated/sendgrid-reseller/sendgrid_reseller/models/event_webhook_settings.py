# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.unset import secret_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="EventWebhookSettings")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "url",
        "enabled",
        "group_resubscribe",
        "delivered",
        "group_unsubscribe",
        "spam_report",
        "bounce",
        "deferred",
        "unsubscribe",
        "processed",
        "open",
        "click",
        "dropped",
        "account_status_change",
        "friendly_name",
        "oauth_client_id",
        "oauth_client_secret",
        "oauth_token_url",
    }
)


@_attrs_define
class EventWebhookSettings:
    """
    Attributes:
        url (str): Where SendGrid POSTs the events.
        enabled (bool | Unset):
        group_resubscribe (bool | Unset):
        delivered (bool | Unset):
        group_unsubscribe (bool | Unset):
        spam_report (bool | Unset):
        bounce (bool | Unset):
        deferred (bool | Unset):
        unsubscribe (bool | Unset):
        processed (bool | Unset):
        open_ (bool | Unset):
        click (bool | Unset):
        dropped (bool | Unset):
        account_status_change (bool | Unset): Also send account status change (compliance) events.
        friendly_name (None | str | Unset): A label for people; use id in code.
        oauth_client_id (None | str | Unset):
        oauth_client_secret (None | str | Unset): Sent once; SendGrid stores it.
        oauth_token_url (None | str | Unset):
    """

    url: str
    enabled: bool | Unset = UNSET
    group_resubscribe: bool | Unset = UNSET
    delivered: bool | Unset = UNSET
    group_unsubscribe: bool | Unset = UNSET
    spam_report: bool | Unset = UNSET
    bounce: bool | Unset = UNSET
    deferred: bool | Unset = UNSET
    unsubscribe: bool | Unset = UNSET
    processed: bool | Unset = UNSET
    open_: bool | Unset = UNSET
    click: bool | Unset = UNSET
    dropped: bool | Unset = UNSET
    account_status_change: bool | Unset = UNSET
    friendly_name: None | str | Unset = UNSET
    oauth_client_id: None | str | Unset = UNSET
    oauth_client_secret: None | str | Unset = _attrs_field(default=UNSET, repr=secret_repr)
    oauth_token_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        enabled = self.enabled

        group_resubscribe = self.group_resubscribe

        delivered = self.delivered

        group_unsubscribe = self.group_unsubscribe

        spam_report = self.spam_report

        bounce = self.bounce

        deferred = self.deferred

        unsubscribe = self.unsubscribe

        processed = self.processed

        open_ = self.open_

        click = self.click

        dropped = self.dropped

        account_status_change = self.account_status_change

        friendly_name: None | str | Unset
        if isinstance(self.friendly_name, Unset):
            friendly_name = UNSET
        else:
            friendly_name = self.friendly_name

        oauth_client_id: None | str | Unset
        if isinstance(self.oauth_client_id, Unset):
            oauth_client_id = UNSET
        else:
            oauth_client_id = self.oauth_client_id

        oauth_client_secret: None | str | Unset
        if isinstance(self.oauth_client_secret, Unset):
            oauth_client_secret = UNSET
        else:
            oauth_client_secret = self.oauth_client_secret

        oauth_token_url: None | str | Unset
        if isinstance(self.oauth_token_url, Unset):
            oauth_token_url = UNSET
        else:
            oauth_token_url = self.oauth_token_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if group_resubscribe is not UNSET:
            field_dict["group_resubscribe"] = group_resubscribe
        if delivered is not UNSET:
            field_dict["delivered"] = delivered
        if group_unsubscribe is not UNSET:
            field_dict["group_unsubscribe"] = group_unsubscribe
        if spam_report is not UNSET:
            field_dict["spam_report"] = spam_report
        if bounce is not UNSET:
            field_dict["bounce"] = bounce
        if deferred is not UNSET:
            field_dict["deferred"] = deferred
        if unsubscribe is not UNSET:
            field_dict["unsubscribe"] = unsubscribe
        if processed is not UNSET:
            field_dict["processed"] = processed
        if open_ is not UNSET:
            field_dict["open"] = open_
        if click is not UNSET:
            field_dict["click"] = click
        if dropped is not UNSET:
            field_dict["dropped"] = dropped
        if account_status_change is not UNSET:
            field_dict["account_status_change"] = account_status_change
        if friendly_name is not UNSET:
            field_dict["friendly_name"] = friendly_name
        if oauth_client_id is not UNSET:
            field_dict["oauth_client_id"] = oauth_client_id
        if oauth_client_secret is not UNSET:
            field_dict["oauth_client_secret"] = oauth_client_secret
        if oauth_token_url is not UNSET:
            field_dict["oauth_token_url"] = oauth_token_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        url = src_dict["url"]

        enabled = src_dict.get("enabled", UNSET)

        group_resubscribe = src_dict.get("group_resubscribe", UNSET)

        delivered = src_dict.get("delivered", UNSET)

        group_unsubscribe = src_dict.get("group_unsubscribe", UNSET)

        spam_report = src_dict.get("spam_report", UNSET)

        bounce = src_dict.get("bounce", UNSET)

        deferred = src_dict.get("deferred", UNSET)

        unsubscribe = src_dict.get("unsubscribe", UNSET)

        processed = src_dict.get("processed", UNSET)

        open_ = src_dict.get("open", UNSET)

        click = src_dict.get("click", UNSET)

        dropped = src_dict.get("dropped", UNSET)

        account_status_change = src_dict.get("account_status_change", UNSET)

        def _parse_friendly_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        friendly_name = _parse_friendly_name(src_dict.get("friendly_name", UNSET))

        def _parse_oauth_client_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        oauth_client_id = _parse_oauth_client_id(src_dict.get("oauth_client_id", UNSET))

        def _parse_oauth_client_secret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        oauth_client_secret = _parse_oauth_client_secret(src_dict.get("oauth_client_secret", UNSET))

        def _parse_oauth_token_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        oauth_token_url = _parse_oauth_token_url(src_dict.get("oauth_token_url", UNSET))

        if cls is EventWebhookSettings:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            event_webhook_settings = _new_instance(cls)
            event_webhook_settings.url = url
            event_webhook_settings.enabled = enabled
            event_webhook_settings.group_resubscribe = group_resubscribe
            event_webhook_settings.delivered = delivered
            event_webhook_settings.group_unsubscribe = group_unsubscribe
            event_webhook_settings.spam_report = spam_report
            event_webhook_settings.bounce = bounce
            event_webhook_settings.deferred = deferred
            event_webhook_settings.unsubscribe = unsubscribe
            event_webhook_settings.processed = processed
            event_webhook_settings.open_ = open_
            event_webhook_settings.click = click
            event_webhook_settings.dropped = dropped
            event_webhook_settings.account_status_change = account_status_change
            event_webhook_settings.friendly_name = friendly_name
            event_webhook_settings.oauth_client_id = oauth_client_id
            event_webhook_settings.oauth_client_secret = oauth_client_secret
            event_webhook_settings.oauth_token_url = oauth_token_url
            event_webhook_settings.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            event_webhook_settings = cls(
                url,
                enabled,
                group_resubscribe,
                delivered,
                group_unsubscribe,
                spam_report,
                bounce,
                deferred,
                unsubscribe,
                processed,
                open_,
                click,
                dropped,
                account_status_change,
                friendly_name,
                oauth_client_id,
                oauth_client_secret,
                oauth_token_url,
            )
        # A key that is not a declared field is additional (most records have none). With this many
        # optional fields one pass over the keys is cheaper than testing each field's presence.
        if len(src_dict) > 1 and not _WIRE_NAMES.issuperset(src_dict):
            event_webhook_settings.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return event_webhook_settings

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
