"""v3 scopes through the friendly client, sync and async."""

from __future__ import annotations

import pytest
from sendgrid_reseller import AsyncSendGrid, SendGrid

from tests.client.v3_cases import Case, check_names, run_async, run_sync

# The friendly client's name of each call (operationId -> client path): the one table to edit.
NAMES = {"list_scopes": "scopes.list"}

CASES = [
    Case("scopes/list_scopes", check=lambda r: r.scopes == ["mail.send", "alerts.create", "alerts.read"]),
]


def test_names_are_the_spec_client_paths() -> None:
    check_names(NAMES, CASES)


@pytest.mark.parametrize("case", CASES, ids=[c.cassette for c in CASES])
def test_sync(v3: SendGrid, case: Case) -> None:
    run_sync(v3, NAMES, case)


@pytest.mark.parametrize("case", CASES, ids=[c.cassette for c in CASES])
async def test_async(v3_async: AsyncSendGrid, case: Case) -> None:
    await run_async(v3_async, NAMES, case)
