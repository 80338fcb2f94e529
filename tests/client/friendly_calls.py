"""Replay one documented example per operation through the friendly clients, sync and async.

An area's test module lists its calls once, in a table of `FriendlyCall`s naming the method by
its dotted path on the client (`"send_ips.pools.create"`). The same row drives the sync client
and the async one, so a renamed method is changed in exactly one place.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any

import pytest
from sendgrid_reseller import AsyncPage, AsyncSendGrid, SendGrid, SyncPage

from tests.client.cassettes import replay


@dataclass(frozen=True)
class FriendlyCall:
    cassette: str  # "<tag module>/<operation id>"
    method: str  # dotted path on SendGrid / AsyncSendGrid
    check: Callable[[Any], bool]  # what the decoded answer must satisfy
    args: tuple[Any, ...] = ()
    kwargs: Mapping[str, Any] = field(default_factory=dict)


def answer(result: Any) -> Any:
    """What a documented example decodes to: a list call's first page is its items."""
    return result.items if isinstance(result, SyncPage | AsyncPage) else result


def _method(client: SendGrid | AsyncSendGrid, dotted: str) -> Callable[..., Any]:
    found: object = attrgetter(dotted)(client)
    assert callable(found), dotted
    return found


def friendly_tests(calls: list[FriendlyCall]) -> tuple[Callable[..., None], Callable[..., Any]]:
    """A sync and an async test, each parametrized over `calls` (assign them to test_* names)."""
    parametrize = pytest.mark.parametrize("row", calls, ids=[row.cassette for row in calls])

    @parametrize
    def test_sync(v3: SendGrid, row: FriendlyCall) -> None:
        with replay(row.cassette):
            result = _method(v3, row.method)(*row.args, **row.kwargs)
        assert row.check(answer(result)), result

    @parametrize
    async def test_async(v3_async: AsyncSendGrid, row: FriendlyCall) -> None:
        with replay(row.cassette):
            result = await _method(v3_async, row.method)(*row.args, **row.kwargs)
        assert row.check(answer(result)), result

    return test_sync, test_async
