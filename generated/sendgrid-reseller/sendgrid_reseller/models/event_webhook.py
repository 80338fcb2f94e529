# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EventWebhook")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "id",
        "enabled",
        "url",
        "account_status_change",
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
        "friendly_name",
        "oauth_client_id",
        "oauth_token_url",
        "public_key",
        "created_date",
        "updated_date",
    }
)


@_attrs_define
class EventWebhook:
    """
    Attributes:
        id (str | Unset):
        enabled (bool | Unset):
        url (str | Unset):
        account_status_change (bool | Unset):
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
        friendly_name (None | str | Unset):
        oauth_client_id (None | str | Unset):
        oauth_token_url (None | str | Unset):
        public_key (str | Unset): Present when signature verification is on.
        created_date (datetime.datetime | None | Unset): Null for the legacy (oldest) webhook.
        updated_date (datetime.datetime | Unset):
    """

    id: str | Unset = UNSET
    enabled: bool | Unset = UNSET
    url: str | Unset = UNSET
    account_status_change: bool | Unset = UNSET
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
    friendly_name: None | str | Unset = UNSET
    oauth_client_id: None | str | Unset = UNSET
    oauth_token_url: None | str | Unset = UNSET
    public_key: str | Unset = UNSET
    created_date: datetime.datetime | None | Unset = UNSET
    updated_date: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        enabled = self.enabled

        url = self.url

        account_status_change = self.account_status_change

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

        oauth_token_url: None | str | Unset
        if isinstance(self.oauth_token_url, Unset):
            oauth_token_url = UNSET
        else:
            oauth_token_url = self.oauth_token_url

        public_key = self.public_key

        created_date: None | str | Unset
        if isinstance(self.created_date, Unset):
            created_date = UNSET
        elif isinstance(self.created_date, datetime.datetime):
            created_date = self.created_date.isoformat()
        else:
            created_date = self.created_date

        updated_date: str | Unset = UNSET
        if not isinstance(self.updated_date, Unset):
            updated_date = self.updated_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if url is not UNSET:
            field_dict["url"] = url
        if account_status_change is not UNSET:
            field_dict["account_status_change"] = account_status_change
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
        if friendly_name is not UNSET:
            field_dict["friendly_name"] = friendly_name
        if oauth_client_id is not UNSET:
            field_dict["oauth_client_id"] = oauth_client_id
        if oauth_token_url is not UNSET:
            field_dict["oauth_token_url"] = oauth_token_url
        if public_key is not UNSET:
            field_dict["public_key"] = public_key
        if created_date is not UNSET:
            field_dict["created_date"] = created_date
        if updated_date is not UNSET:
            field_dict["updated_date"] = updated_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict.get("id", UNSET)

        enabled = src_dict.get("enabled", UNSET)

        url = src_dict.get("url", UNSET)

        account_status_change = src_dict.get("account_status_change", UNSET)

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

        def _parse_oauth_token_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        oauth_token_url = _parse_oauth_token_url(src_dict.get("oauth_token_url", UNSET))

        public_key = src_dict.get("public_key", UNSET)

        def _parse_created_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_date_type_0 = datetime.datetime.fromisoformat(data)

                return created_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_date = _parse_created_date(src_dict.get("created_date", UNSET))

        _updated_date = src_dict.get("updated_date", UNSET)
        updated_date: datetime.datetime | Unset
        if isinstance(_updated_date, Unset):
            updated_date = UNSET
        else:
            updated_date = datetime.datetime.fromisoformat(_updated_date)

        if cls is EventWebhook:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            event_webhook = _new_instance(cls)
            event_webhook.id = id
            event_webhook.enabled = enabled
            event_webhook.url = url
            event_webhook.account_status_change = account_status_change
            event_webhook.group_resubscribe = group_resubscribe
            event_webhook.delivered = delivered
            event_webhook.group_unsubscribe = group_unsubscribe
            event_webhook.spam_report = spam_report
            event_webhook.bounce = bounce
            event_webhook.deferred = deferred
            event_webhook.unsubscribe = unsubscribe
            event_webhook.processed = processed
            event_webhook.open_ = open_
            event_webhook.click = click
            event_webhook.dropped = dropped
            event_webhook.friendly_name = friendly_name
            event_webhook.oauth_client_id = oauth_client_id
            event_webhook.oauth_token_url = oauth_token_url
            event_webhook.public_key = public_key
            event_webhook.created_date = created_date
            event_webhook.updated_date = updated_date
            event_webhook.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            event_webhook = cls(
                id,
                enabled,
                url,
                account_status_change,
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
                friendly_name,
                oauth_client_id,
                oauth_token_url,
                public_key,
                created_date,
                updated_date,
            )
        # A key that is not a declared field is additional (most records have none). With this many
        # optional fields one pass over the keys is cheaper than testing each field's presence.
        if len(src_dict) > 0 and not _WIRE_NAMES.issuperset(src_dict):
            event_webhook.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return event_webhook

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
