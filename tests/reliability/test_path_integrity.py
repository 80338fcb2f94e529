"""Issue 13, defect 1: a path parameter reaches the server as exactly the one segment asked for.

Generated over the operation catalog: every generated endpoint module with path parameters is
called (sync and asyncio) against a loopback server with values full of characters that URL
handling likes to reinterpret, and the server's decoded segments must equal the values. The
values ".", ".." and "" would remove or merge a segment (RFC 3986 dot-segment removal, an empty
segment): they are refused before anything is sent, naming the parameter.
"""

from __future__ import annotations

import asyncio
import datetime
import enum
import importlib
import inspect
import pkgutil
import typing
from types import ModuleType
from typing import Any
from urllib.parse import unquote

import pytest
import sendgrid_reseller.api
from sendgrid_reseller._runtime.client import Client
from sendgrid_reseller._runtime.errors import InvalidRequestError
from sendgrid_reseller.api.authenticated_domains import remove_ip_from_domain
from sendgrid_reseller.api.ip_addresses import remove_ip_from_pool
from sendgrid_reseller.api.subusers import delete_subuser

from tests.runtime.loopback import LoopbackServer, Recorded, Reply
from tests.runtime.support import loopback_client

# Every character class that URL handling treats specially: separators, dots, percent signs
# (decoded twice would be a different value), spaces, non-ASCII.
TRICKY_TEXT = "a b/../c?d=1&e#f%2F%2e%2e;x@y:z+é"
TRICKY_INT = 7
REFUSED = (".", "..", "")


class _Body:
    """Stands in for any request body model: the path is what is checked here."""

    def to_dict(self) -> dict[str, Any]:
        return {}


def _modules_with_path_parameters() -> list[ModuleType]:
    found = []
    for info in pkgutil.walk_packages(sendgrid_reseller.api.__path__, "sendgrid_reseller.api."):
        module = importlib.import_module(info.name)
        operation = getattr(module, "OPERATION", None)
        if operation is not None and "{" in operation.path:
            found.append(module)
    return sorted(found, key=lambda module: module.__name__)


MODULES = _modules_with_path_parameters()
IDS = [module.OPERATION.name for module in MODULES]


def _path_parameters(module: ModuleType) -> list[inspect.Parameter]:
    parameters = inspect.signature(module._get_kwargs).parameters.values()
    return [p for p in parameters if p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD]


def _example(annotation: Any) -> Any:
    """Some valid value of a required query parameter's type (only the path is checked)."""
    for option in typing.get_args(annotation) or (annotation,):
        if option is datetime.date:
            return datetime.date(2024, 1, 1)
        if isinstance(option, type) and issubclass(option, enum.Enum):
            return next(iter(option))
        if option in (int, float):
            return 1
        if option is bool:
            return True
        if option is str:
            return "1"
    return "1"


def _body(annotation: Any) -> Any:
    return [] if typing.get_origin(annotation) is list else _Body()


def _required_keywords(module: ModuleType) -> dict[str, Any]:
    parameters = inspect.signature(module._get_kwargs, eval_str=True).parameters.values()
    keywords: dict[str, Any] = {}
    for parameter in parameters:
        if parameter.kind is inspect.Parameter.KEYWORD_ONLY and parameter.default is inspect.Parameter.empty:
            keywords[parameter.name] = (
                _body(parameter.annotation) if parameter.name == "body" else _example(parameter.annotation)
            )
    return keywords


def _value(parameter: inspect.Parameter) -> Any:
    return TRICKY_INT if "int" in str(parameter.annotation) else TRICKY_TEXT


def _call(module: ModuleType, values: list[Any]) -> tuple[Any, dict[str, Any]]:
    return module.OPERATION, module._get_kwargs(*values, **_required_keywords(module))


def _expected_segments(module: ModuleType, values: list[Any]) -> list[str]:
    """The template's segments with each placeholder replaced by its value, as text."""
    template = module.OPERATION.path.split("#")[0]
    names = [p.name for p in _path_parameters(module)]
    by_name = dict(zip(names, values, strict=True))
    segments = []
    for segment in template.strip("/").split("/"):
        if segment.startswith("{") and segment.endswith("}"):
            placeholder = segment[1:-1]
            # The template keeps the spec's names; the function's parameters are their Python names.
            match = next(name for name in names if _comparable(name) == _comparable(placeholder))
            segments.append(str(by_name[match]))
        else:
            segments.append(segment)
    return segments


def _comparable(name: str) -> str:
    """`accountID`, `account_id` and `account-id` alike."""
    return name.replace("_", "").replace("-", "").lower()


def _seen_segments(request: Recorded) -> list[str]:
    return [unquote(segment) for segment in request.path.strip("/").split("/")]


def _answer(_: Recorded) -> Reply:
    return Reply(204)


def test_the_catalog_has_path_parameters() -> None:
    """The count stated in tests/reliability/README.md."""
    assert len(MODULES) == 120


@pytest.mark.parametrize("module", MODULES, ids=IDS)
def test_the_server_sees_exactly_the_path_asked_for(module: ModuleType) -> None:
    values = [_value(parameter) for parameter in _path_parameters(module)]
    with LoopbackServer(_answer) as server:
        with loopback_client(server.base_url, api_user="u", password="p", api_key="SG.k") as client:
            client.send(*_call(module, values))

        async def call_async() -> None:
            async with loopback_client(server.base_url, api_user="u", password="p", api_key="SG.k") as client:
                await client.asend(*_call(module, values))

        asyncio.run(call_async())
        sync_request, async_request = server.requests
    expected = _expected_segments(module, values)
    assert _seen_segments(sync_request) == expected
    assert _seen_segments(async_request) == expected


@pytest.mark.parametrize("module", MODULES, ids=IDS)
def test_dot_and_empty_segments_are_refused_before_sending(module: ModuleType) -> None:
    parameters = _path_parameters(module)
    for index, parameter in enumerate(parameters):
        for bad in REFUSED:
            values = [_value(p) for p in parameters]
            values[index] = bad
            with pytest.raises(InvalidRequestError) as caught:
                _call(module, values)
            assert repr(parameter.name) in str(caught.value), str(caught.value)


def _refuses_sync_and_async(call: Any, acall: Any) -> None:
    with LoopbackServer(_answer) as server:
        with loopback_client(server.base_url) as client, pytest.raises(InvalidRequestError):
            call(client)

        async def run() -> None:
            async with loopback_client(server.base_url) as client:
                await acall(client)

        with pytest.raises(InvalidRequestError):
            asyncio.run(run())
        assert server.request_count == 0


def test_the_reported_calls_no_longer_reach_the_parent_resource() -> None:
    """The issue's examples: each would have deleted the parent resource."""
    cases: list[tuple[Any, tuple[Any, ...]]] = [
        (remove_ip_from_pool, ("pool1", "..")),
        (remove_ip_from_domain, (42, "..")),
        (delete_subuser, (".",)),
    ]
    for module, arguments in cases:

        def call(client: Client, module: Any = module, arguments: Any = arguments) -> Any:
            return module.sync_detailed(client, *arguments)

        async def acall(client: Client, module: Any = module, arguments: Any = arguments) -> Any:
            return await module.asyncio_detailed(client, *arguments)

        _refuses_sync_and_async(call, acall)
