# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_security_o_auth_settings import WebhookSecurityOAuthSettings
    from ..models.webhook_security_signature_settings import WebhookSecuritySignatureSettings


T = TypeVar("T", bound="WebhookSecurityPolicySettings")

# from_dict's bare instance of the class itself (looked up once, not per record).
_new_instance = object.__new__


# The declared fields' wire names: every other key of a decoded object is an additional property.
_WIRE_NAMES = frozenset(
    {
        "name",
        "oauth",
        "signature",
    }
)


@_attrs_define
class WebhookSecurityPolicySettings:
    """
    Attributes:
        name (str | Unset): A label for people.
        oauth (WebhookSecurityOAuthSettings | Unset):
        signature (WebhookSecuritySignatureSettings | Unset):
    """

    name: str | Unset = UNSET
    oauth: WebhookSecurityOAuthSettings | Unset = UNSET
    signature: WebhookSecuritySignatureSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        oauth: dict[str, Any] | Unset = UNSET
        if not isinstance(self.oauth, Unset):
            oauth = self.oauth.to_dict()

        signature: dict[str, Any] | Unset = UNSET
        if not isinstance(self.signature, Unset):
            signature = self.signature.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if oauth is not UNSET:
            field_dict["oauth"] = oauth
        if signature is not UNSET:
            field_dict["signature"] = signature

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_security_o_auth_settings import WebhookSecurityOAuthSettings  # noqa: PLC0415
        from ..models.webhook_security_signature_settings import WebhookSecuritySignatureSettings  # noqa: PLC0415

        name = src_dict.get("name", UNSET)

        _oauth = src_dict.get("oauth", UNSET)
        oauth: WebhookSecurityOAuthSettings | Unset
        if isinstance(_oauth, Unset):
            oauth = UNSET
        else:
            oauth = WebhookSecurityOAuthSettings.from_dict(_oauth)

        _signature = src_dict.get("signature", UNSET)
        signature: WebhookSecuritySignatureSettings | Unset
        if isinstance(_signature, Unset):
            signature = UNSET
        else:
            signature = WebhookSecuritySignatureSettings.from_dict(_signature)

        if cls is WebhookSecurityPolicySettings:
            # The class itself: a bare instance and one store per field, which is all attrs' __init__
            # does for this class (slotted, not frozen, no validators, converters or hooks).
            webhook_security_policy_settings = _new_instance(cls)
            webhook_security_policy_settings.name = name
            webhook_security_policy_settings.oauth = oauth
            webhook_security_policy_settings.signature = signature
            webhook_security_policy_settings.additional_properties = {}
        else:
            # A subclass may have its own __init__: build it through the class, positionally, in the
            # order the class declares its fields (one call, no keyword matching).
            webhook_security_policy_settings = cls(name, oauth, signature)
        # More keys than declared fields present: some are additional (most records have none).
        if len(src_dict) > 0 + ("name" in src_dict) + ("oauth" in src_dict) + ("signature" in src_dict):
            webhook_security_policy_settings.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return webhook_security_policy_settings

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
