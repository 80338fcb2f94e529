# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.unset import secret_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="EventWebhookTestRequest")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "url",
        "id",
        "oauth_client_id",
        "oauth_client_secret",
        "oauth_token_url",
    }
)


@_attrs_define
class EventWebhookTestRequest:
    """
    Attributes:
        url (str):
        id (str | Unset): The webhook whose saved OAuth secret to reuse.
        oauth_client_id (None | str | Unset):
        oauth_client_secret (None | str | Unset):
        oauth_token_url (None | str | Unset):
    """

    url: str
    id: str | Unset = UNSET
    oauth_client_id: None | str | Unset = UNSET
    oauth_client_secret: None | str | Unset = _attrs_field(default=UNSET, repr=secret_repr)
    oauth_token_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        id = self.id

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
        if id is not UNSET:
            field_dict["id"] = id
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

        id = src_dict.get("id", UNSET)

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

        if cls is EventWebhookTestRequest:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            event_webhook_test_request = _new_instance(cls)
            event_webhook_test_request.url = url
            event_webhook_test_request.id = id
            event_webhook_test_request.oauth_client_id = oauth_client_id
            event_webhook_test_request.oauth_client_secret = oauth_client_secret
            event_webhook_test_request.oauth_token_url = oauth_token_url
            event_webhook_test_request.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            event_webhook_test_request = cls(url, id, oauth_client_id, oauth_client_secret, oauth_token_url)
        # A key that is not a declared field is additional (most records have none). With this many
        # optional fields one pass over the keys is cheaper than testing each field's presence.
        if len(src_dict) > 1 and not _WIRE_NAMES.issuperset(src_dict):
            event_webhook_test_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return event_webhook_test_request

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
