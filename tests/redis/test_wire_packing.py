"""Issue 17: what the Redis store writes per call is packed by hand and carries no constants.

`_packed` must write exactly the bytes redis-py's own packer writes (the server parses them); the
store's pacing constants are written into its scripts once instead of being sent with every call.
"""

from __future__ import annotations

import math
from typing import Any

import pytest
from redis import Connection
from sendgrid_reseller._runtime.redis_connection import _packed
from sendgrid_reseller._runtime.redis_scripts import window_scripts
from sendgrid_reseller._runtime.redis_store import RedisRateLimitStore

COMMANDS: list[tuple[str | int, ...]] = [
    ("EVALSHA", "0" * 40, 1, "sendgrid_reseller:ratelimit:abc:GET /v3/subusers", "1767225600.125", "0", "tok", "1.5"),
    ("SCRIPT", "LOAD", "return 'é' .. '\r\n'"),
    ("EVALSHA", "f" * 40, 1, "k:ü/ß", "", "-3", "1e-05"),
]


@pytest.mark.parametrize("batch", [COMMANDS[:1], COMMANDS[1:2], COMMANDS])
def test_packed_commands_are_the_bytes_redis_py_writes(batch: list[tuple[str | int, ...]]) -> None:
    connection: Any = Connection  # redis-py's connection classes are untyped
    assert b"".join(_packed(batch)) == b"".join(connection().pack_commands(batch))


def test_packed_commands_are_one_buffer() -> None:
    assert len(_packed(COMMANDS)) == 1


def test_the_store_constants_are_written_into_its_scripts() -> None:
    scripts = window_scripts(margin=0.25, poll=0.05, tolerance=1.5, grace=60.0, max_ttl=3600.0)
    for script in scripts:
        assert "local grace = 60.0\n" in script.source and "local margin = 0.25\n" in script.source
        assert "@" not in script.source  # every placeholder filled
    other = window_scripts(margin=0.25, poll=0.05, tolerance=1.5, grace=5.0, max_ttl=3600.0)
    assert other.reserve.sha != scripts.reserve.sha  # another grace: other scripts, each cached by Redis apart


@pytest.mark.parametrize("bad", [math.inf, math.nan])
def test_a_constant_that_is_not_a_finite_number_is_refused(bad: float) -> None:
    with pytest.raises(ValueError, match="key_grace|grace must be a finite number"):
        RedisRateLimitStore("redis://127.0.0.1:1/0", key_grace=bad)


def test_a_call_sends_only_the_time_and_its_own_arguments() -> None:
    store = RedisRateLimitStore("redis://127.0.0.1:1/0")
    assert store._args(12.5, "0", "token", "77.5") == ["12.5", "0", "token", "77.5"]
