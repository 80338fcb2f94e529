"""`x-pagination` in the catalog: read once, checked, carried to the operations that declare it."""

from __future__ import annotations

from typing import Any

import pytest

from generator.catalog import pagination_of, pointer_tokens
from generator.load import load_spec
from generator.lower import lower
from generator.paths import DEFAULT_SPEC

BODY_PAGED = {
    "list_partner_accounts": "cursor",
    "list_partner_account_ips": "cursor",
    "list_verified_senders": "cursor",
    "list_partner_settings": "offset",
    "list_teammates": "offset",
    "list_mail_settings": "offset",
    "list_teammate_subuser_access": "next_params",
    "list_send_ips": "next_params",
    "list_send_ip_subusers": "next_params",
    "list_send_ip_pools": "next_params",
    "list_send_ip_pool_ips": "next_params",
    "list_templates": "next_url",
}


def _refuse(message: str) -> ValueError:
    return ValueError(message)


def test_the_catalog_carries_every_declared_style_and_nothing_else() -> None:
    _, catalog = lower(load_spec(DEFAULT_SPEC))
    styles = {info.operation_id: info.pagination["style"] for info in catalog if info.pagination}
    assert styles == BODY_PAGED
    assert not any(info.paginated for info in catalog if info.pagination)  # never both ways
    templates = next(info for info in catalog if info.operation_id == "list_templates")
    assert templates.as_template_data()["page_items"] == ["result"]


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("offset", "object of strings"),
        ({"style": "pages", "items": "/r", "limit": "limit"}, "style must be one of"),
        ({"style": "offset", "items": "/r", "limit": "limit"}, "missing offset"),
        ({"style": "offset", "items": "/r", "limit": "limit", "offset": "o", "cursor": "c"}, "unknown cursor"),
        ({"style": "cursor", "items": "/r", "limit": "l", "cursor": "c"}, "exactly one of"),
        (
            {"style": "cursor", "items": "/r", "limit": "l", "cursor": "c", "next_cursor": "/a", "cursor_field": "id"},
            "exactly one of",
        ),
        ({"style": "next_url", "items": "/r", "limit": "l", "next_url": "_metadata.next"}, "JSON pointer"),
    ],
)
def test_a_malformed_declaration_is_refused_with_what_is_wrong(value: Any, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        pagination_of({"x-pagination": value}, _refuse)


def test_pointer_tokens_unescape_rfc6901() -> None:
    assert pointer_tokens("") == []
    assert pointer_tokens("/_metadata/next_params") == ["_metadata", "next_params"]
    assert pointer_tokens("/a~1b/c~0d") == ["a/b", "c~d"]
