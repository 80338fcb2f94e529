"""Every runtime test runs with all loggers at DEBUG and fails if a test secret shows up in a record."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

from tests.runtime.support import FakeClock, assert_no_secret


@pytest.fixture(autouse=True)
def no_secret_in_logs(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    caplog.set_level(logging.DEBUG)
    yield
    for record in [*caplog.get_records("setup"), *caplog.get_records("call")]:
        assert_no_secret(record.getMessage())
        if record.exc_text:
            assert_no_secret(record.exc_text)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()
