"""What each attempt logs (`attempt.py`): one DEBUG line per attempt, a WARNING per retry, nothing else."""

from __future__ import annotations

import logging
from collections.abc import Callable

import httpx
import pytest
from sendgrid_reseller._runtime.errors import TransportError
from sendgrid_reseller._runtime.options import RequestOptions

from tests.runtime.support import V3_GET, mock_client

V3_GET_KWARGS = {"method": "get", "url": "/v3/subusers/alice"}


def answers(*statuses: int) -> Callable[[httpx.Request], httpx.Response]:
    remaining = list(statuses)

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(remaining.pop(0) if len(remaining) > 1 else remaining[0], json={})

    return handler


class TestLogging:
    def test_debug_line_per_attempt_and_warning_per_retry(self, caplog: pytest.LogCaptureFixture) -> None:
        with mock_client(answers(503, 200)) as client:
            client.send(V3_GET, V3_GET_KWARGS)
        records = [record for record in caplog.records if record.name == "sendgrid_reseller"]
        debug = [record.getMessage() for record in records if record.levelno == logging.DEBUG]
        warnings = [record.getMessage() for record in records if record.levelno == logging.WARNING]
        assert debug[0].startswith("GET https://api.sendgrid.com/v3/subusers/alice -> 503 (get_subuser, attempt 1, ")
        assert debug[1].startswith("GET https://api.sendgrid.com/v3/subusers/alice -> 200 (get_subuser, attempt 2, ")
        assert len(warnings) == 1 and "answered 503; retrying in" in warnings[0] and "(attempt 2 of 4)" in warnings[0]

    def test_transport_failures_are_logged(self, caplog: pytest.LogCaptureFixture) -> None:
        def handler(request: httpx.Request) -> httpx.Response:
            raise httpx.ConnectError("refused", request=request)

        with mock_client(handler) as client, pytest.raises(TransportError):
            client.send(V3_GET, V3_GET_KWARGS, RequestOptions(max_attempts=2))
        messages = [record.getMessage() for record in caplog.records if record.name == "sendgrid_reseller"]
        assert any("failed: ConnectError" in message for message in messages)
        assert any("failed (ConnectError); retrying in" in message for message in messages)

    def test_quiet_when_debug_is_off(self, caplog: pytest.LogCaptureFixture) -> None:
        caplog.set_level(logging.INFO)
        with mock_client(answers(200)) as client:
            client.send(V3_GET, V3_GET_KWARGS)
        assert not [record for record in caplog.records if record.name == "sendgrid_reseller"]
