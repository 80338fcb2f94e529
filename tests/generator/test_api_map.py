"""Reading generated endpoint modules: each module is parsed once and its outline shared, so the
readers must give the same answers in any order and must never change what they share."""

from __future__ import annotations

import ast
import textwrap
from pathlib import Path

import pytest

from generator import api_map

MODULE_NAME = "pkg.api.items.list_items"

# An endpoint module in the shape openapi-python-client writes with our templates: `client, /`
# first, a body and a return type that name the builtin `list`.
ENDPOINT_MODULE = textwrap.dedent(
    '''
    from ...client import Client
    from ...models.item import Item
    from ...types import UNSET, Response, Unset


    def _get_kwargs(*, limit: int | Unset = UNSET) -> dict[str, object]:
        return {"params": {"limit": limit}}


    def sync_detailed(client: Client, /, *, body: list[Item] | Unset = UNSET, limit: int = 10) -> Response[list[Item]]:
        """Every item: a docstring with a "quote" and a tab\there."""
        kwargs = _get_kwargs(limit=limit)
        return client.send(**kwargs)


    def sync(client: Client, /, *, body: list[Item] | Unset = UNSET, limit: int = 10) -> list[Item]:
        """Every item, parsed."""
        return sync_detailed(client, body=body, limit=limit).parsed


    async def asyncio_detailed(
        client: Client, /, *, body: list[Item] | Unset = UNSET, limit: int = 10
    ) -> Response[list[Item]]:
        """Every item, awaited."""
        return await client.asend(limit=limit)


    async def asyncio(client: Client, /, *, body: list[Item] | Unset = UNSET, limit: int = 10) -> list[Item]:
        return (await asyncio_detailed(client, body=body, limit=limit)).parsed
    '''
)


@pytest.fixture
def endpoint(tmp_path: Path) -> Path:
    module = tmp_path / "list_items.py"
    module.write_text(ENDPOINT_MODULE, encoding="utf-8")
    return module


def _fresh_reading(module: Path, shadowed: set[str], is_async: bool) -> api_map.FriendlyMethods:
    api_map._outline_of.cache_clear()
    return api_map.friendly_methods(module, MODULE_NAME, "list", is_async, shadowed)


def test_outline_keeps_signatures_and_docstrings_only(endpoint: Path) -> None:
    outline = api_map.module_outline(endpoint)
    functions = {n.name: n for n in outline.body if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)}

    assert list(functions) == ["_get_kwargs", "sync_detailed", "sync", "asyncio_detailed", "asyncio"]
    assert ast.get_docstring(functions["sync_detailed"], clean=False) == (
        'Every item: a docstring with a "quote" and a tab\there.'
    )
    assert [type(s) for s in functions["sync_detailed"].body] == [ast.Expr]
    assert [type(s) for s in functions["asyncio"].body] == [ast.Pass]  # no docstring: nothing kept
    assert api_map.module_outline(endpoint) is outline  # the same text is parsed once


def test_qualifying_shadowed_builtins_leaves_the_shared_outline_unchanged(endpoint: Path) -> None:
    api_map._outline_of.cache_clear()
    models_before = api_map._models_of(endpoint)
    outline_text = ast.dump(api_map.module_outline(endpoint))

    methods = api_map.friendly_methods(endpoint, MODULE_NAME, "list", False, {"list"})

    assert "builtins.list[Item]" in methods.source[0]
    assert ast.dump(api_map.module_outline(endpoint)) == outline_text
    assert api_map._models_of(endpoint) == models_before
    assert models_before.response == "list[Item]"


@pytest.mark.parametrize("is_async", [False, True])
def test_readings_from_a_shared_outline_equal_readings_from_a_fresh_parse(endpoint: Path, is_async: bool) -> None:
    fresh_plain = _fresh_reading(endpoint, set(), is_async)
    fresh_shadowed = _fresh_reading(endpoint, {"list"}, is_async)

    api_map._outline_of.cache_clear()
    api_map._models_of(endpoint)
    shared = [
        api_map.friendly_methods(endpoint, MODULE_NAME, "list", not is_async, {"list"}),
        api_map.friendly_methods(endpoint, MODULE_NAME, "list", is_async, {"list"}),
        api_map.friendly_methods(endpoint, MODULE_NAME, "list", is_async, set()),
    ]

    assert shared[1] == fresh_shadowed
    assert shared[2] == fresh_plain
    assert fresh_plain.source != fresh_shadowed.source
