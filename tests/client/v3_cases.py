"""Table-driven cassette tests of the friendly client, run sync and async from one table.

Each area's test module keeps the Python names of its calls in ONE dict (`NAMES`: operationId ->
dotted path on the client), so a renamed friendly surface means editing one table per area;
`check_names` fails when the table and the spec's `x-sendgrid-client-path` disagree.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any

import pytest
from sendgrid_reseller import AsyncSendGrid, SendGrid

from generator.load import load_spec
from generator.lower import lower
from generator.paths import DEFAULT_SPEC
from tests.client.cassettes import replay
from tests.client.friendly_calls import answer


@dataclass(frozen=True)
class Case:
    cassette: str  # "<tag module>/<operationId>[.<variant>]"
    args: tuple[Any, ...] = ()
    kwargs: Mapping[str, Any] = field(default_factory=dict)
    check: Callable[[Any], bool] = lambda result: result is None
    raises: type[BaseException] | None = None  # the call's documented answer surfaces as this error

    @property
    def operation_id(self) -> str:
        return self.cassette.split("/", 1)[1].split(".", 1)[0]


def _method(client: SendGrid | AsyncSendGrid, names: Mapping[str, str], case: Case) -> Callable[..., Any]:
    found: object = attrgetter(names[case.operation_id])(client)
    assert callable(found), names[case.operation_id]
    return found


def run_sync(client: SendGrid, names: Mapping[str, str], case: Case) -> None:
    method = _method(client, names, case)
    with replay(case.cassette):
        if case.raises is None:
            result = answer(method(*case.args, **case.kwargs))
        else:
            with pytest.raises(case.raises) as caught:
                method(*case.args, **case.kwargs)
            result = caught.value
    assert case.check(result), f"{case.cassette}: unexpected result {result!r}"


async def run_async(client: AsyncSendGrid, names: Mapping[str, str], case: Case) -> None:
    method = _method(client, names, case)
    with replay(case.cassette):
        if case.raises is None:
            result = answer(await method(*case.args, **case.kwargs))
        else:
            with pytest.raises(case.raises) as caught:
                await method(*case.args, **case.kwargs)
            result = caught.value
    assert case.check(result), f"{case.cassette}: unexpected result {result!r}"


@functools.cache
def _client_paths() -> dict[str, str]:
    _, catalog = lower(load_spec(DEFAULT_SPEC))
    return {info.operation_id: info.client_path for info in catalog}


def check_names(names: Mapping[str, str], cases: list[Case]) -> None:
    """The table names exactly the spec's client paths, and every named call has a case."""
    spec = _client_paths()
    assert {op: spec.get(op) for op in names} == dict(names)
    assert {case.operation_id for case in cases} == set(names)


def area_tests(names: Mapping[str, str], cases: list[Case]) -> tuple[Callable[..., Any], ...]:
    """An area module's three tests: the name table matches the spec; every case, sync and async.

    Use as `test_names, test_sync, test_async = area_tests(NAMES, CASES)` (pytest collects them
    by those module-level names)."""
    ids = [case.cassette for case in cases]

    def test_names() -> None:
        check_names(names, cases)

    @pytest.mark.parametrize("case", cases, ids=ids)
    def test_sync(v3: SendGrid, case: Case) -> None:
        run_sync(v3, names, case)

    @pytest.mark.parametrize("case", cases, ids=ids)
    async def test_async(v3_async: AsyncSendGrid, case: Case) -> None:
        await run_async(v3_async, names, case)

    return test_names, test_sync, test_async
