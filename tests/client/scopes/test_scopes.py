"""v3 scopes through the friendly client, sync and async."""

from __future__ import annotations

from tests.client.v3_cases import Case, area_tests

# The friendly client's name of each call (operationId -> client path): the one table to edit.
NAMES = {"list_scopes": "scopes.list"}

CASES = [
    Case("scopes/list_scopes", check=lambda r: r.scopes == ["mail.send", "alerts.create", "alerts.read"]),
]


test_names_are_the_spec_client_paths, test_sync, test_async = area_tests(NAMES, CASES)
