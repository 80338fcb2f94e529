"""Each piece of generator knowledge is coded in one place (issue 18, items 1 and 3).

The checks read the generator's own source with `ast`: a second module that starts deciding what
a v2 discriminator is, spelling the v2 path prefixes, splitting a `<wire path>#<call>` key, or
listing the exported exception names fails here, naming the file and line.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jinja2
import pytest

import generator.opc
from generator.catalog import OperationInfo, build_catalog
from generator.load import LoadedSpec, load_spec
from generator.lower import lower
from generator.opc import write_catalog_template
from generator.paths import DEFAULT_SPEC, OVERLAYS, REPO_ROOT, RUNTIME, TEMPLATES
from generator.runtime_exports import declared_exports, exception_names
from generator.spec_query import discriminators, operations

GENERATOR = REPO_ROOT / "generator"
SPEC_QUERY = GENERATOR / "spec_query.py"
CATALOG = GENERATOR / "catalog.py"
RUNTIME_ERRORS = RUNTIME / "errors.py"
# The spec-reading helpers: defined in generator/spec_query.py and nowhere else in the generator.
SPEC_QUERY_FUNCTIONS = frozenset(
    {"operations", "deref", "discriminators", "effective_operation_id", "form_schema", "wire_path", "is_fixed"}
)
V2_PREFIX = re.compile(r"^/api(v2)?/")
PYTHON_SOURCE_LINE = re.compile(r"^(from \S+ import |import \S+$|def \w+\(|class \w+[(:])", re.MULTILINE)


def _generator_modules() -> Iterator[tuple[Path, ast.Module]]:
    for path in sorted(GENERATOR.rglob("*.py")):
        if "__pycache__" not in path.parts:
            yield path, ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _where(path: Path, node: ast.AST) -> str:
    return f"{path.relative_to(REPO_ROOT)}:{getattr(node, 'lineno', '?')}"


def _docstrings(tree: ast.Module) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            first = node.body[0] if node.body else None
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def test_only_spec_query_decides_what_a_fixed_field_is() -> None:
    # The discriminator rule is "the schema has a `const`": `"const" in schema` anywhere else restates it.
    restated = [
        _where(path, node)
        for path, tree in _generator_modules()
        if path != SPEC_QUERY
        for node in ast.walk(tree)
        if isinstance(node, ast.Compare)
        and isinstance(node.left, ast.Constant)
        and node.left.value == "const"
        and any(isinstance(op, (ast.In, ast.NotIn)) for op in node.ops)
    ]
    assert restated == [], f"the fixed-field rule is restated outside generator/spec_query.py at {restated}"


def test_only_spec_query_splits_a_v2_path_key() -> None:
    # (`partition("#")` is left alone: generator/load.py splits a `$ref` at its fragment that way.)
    splits = [
        _where(path, node)
        for path, tree in _generator_modules()
        if path != SPEC_QUERY
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in ("split", "rsplit")
        and node.args
        and isinstance(node.args[0], ast.Constant)
        and node.args[0].value == "#"
    ]
    assert splits == [], f"a `<wire path>#<call>` key is split outside spec_query.wire_path at {splits}"


def test_only_the_catalog_knows_the_v2_path_prefixes() -> None:
    spelt = [
        _where(path, node)
        for path, tree in _generator_modules()
        if path != CATALOG
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and V2_PREFIX.match(node.value)
    ]
    assert spelt == [], f"the v2 path prefixes are spelt outside generator/catalog.py at {spelt}"


def test_spec_query_helpers_are_defined_once() -> None:
    redefined = [
        f"{_where(path, node)} ({node.name})"
        for path, tree in _generator_modules()
        if path != SPEC_QUERY
        for node in ast.walk(tree)
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name in SPEC_QUERY_FUNCTIONS
    ]
    assert redefined == [], f"spec-reading helpers defined outside generator/spec_query.py: {redefined}"


def test_validate_only_validates() -> None:
    tree = ast.parse((GENERATOR / "validate.py").read_text(encoding="utf-8"))
    public = sorted(
        node.name
        for node in tree.body
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)) and not node.name.startswith("_")
    )
    assert public == ["validate_spec"], f"generator/validate.py offers more than validation: {public}"
    borrowed = []
    for root in ("generator", "tests", "bench", "docs", "release", "sandbox"):
        for path in sorted((REPO_ROOT / root).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.ImportFrom) and node.module == "generator.validate":
                    borrowed += [f"{_where(path, node)} ({a.name})" for a in node.names if a.name != "validate_spec"]
    assert borrowed == [], f"spec queries imported from generator.validate (use generator.spec_query): {borrowed}"


@pytest.fixture(scope="module")
def spec() -> LoadedSpec:
    return load_spec(DEFAULT_SPEC)


def test_lowering_uses_the_catalog_built_from_the_spec(spec: LoadedSpec) -> None:
    lowered, catalog = lower(spec)
    assert catalog == build_catalog(spec)
    still_fixed = {
        str(operation["operationId"]): found
        for _, _, operation in operations(lowered)
        if (found := discriminators(lowered, operation))
    }
    assert still_fixed == {}, f"fixed fields the catalog records are still in the lowered document: {still_fixed}"


def test_catalog_facts_of_v2_calls(spec: LoadedSpec) -> None:
    by_id: dict[str, OperationInfo] = {info.operation_id: info for info in build_catalog(spec)}
    shared = [info for info in by_id.values() if info.path_key != info.wire_path]
    assert shared, "the spec has no v2 calls sharing a wire path"
    for info in shared:
        assert info.api == "v2", info.operation_id
        assert info.fixed_fields, f"{info.operation_id}: a call sharing {info.wire_path} has no fixed field"
        assert info.path_key.startswith(info.wire_path + "#"), info.path_key
    assert {info.api for info in by_id.values() if info.wire_path.startswith("/v3/")} == {"v3"}


def test_exception_names_are_listed_only_in_the_runtime_errors_module() -> None:
    names = exception_names()
    listing = []
    for root in (GENERATOR, OVERLAYS, REPO_ROOT / "docs" / "hooks"):
        for path in sorted(root.rglob("*")):
            if not path.is_file() or path == RUNTIME_ERRORS or path.suffix not in (".py", ".jinja", ".md"):
                continue
            text = path.read_text(encoding="utf-8")
            mentioned = [name for name in names if re.search(rf"\b{name}\b", text)]
            if len(mentioned) > len(names) // 2:
                listing.append(f"{path.relative_to(REPO_ROOT)} ({len(mentioned)} of {len(names)})")
    assert listing == [], f"exception names listed outside overlays/runtime/errors.py: {listing}"


def test_runtime_errors_all_names_every_public_exception() -> None:
    tree = ast.parse(RUNTIME_ERRORS.read_text(encoding="utf-8"))
    classes = {node.name for node in tree.body if isinstance(node, ast.ClassDef) and not node.name.startswith("_")}
    aliases = {
        target.id
        for node in tree.body
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Name) and node.value.id in classes
        for target in node.targets
        if isinstance(target, ast.Name)
    }
    assert set(declared_exports(RUNTIME_ERRORS)) == classes | aliases


def _render(template: str, catalog_dir: Path) -> ast.Module:
    # As openapi-python-client sets up its environment, with the generator's catalog module beside.
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader([jinja2.FileSystemLoader(catalog_dir), jinja2.FileSystemLoader(TEMPLATES)]),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    return ast.parse(env.get_template(template).render())


def _all_of(module: ast.Module) -> list[Any]:
    for node in module.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets):
            return list(ast.literal_eval(node.value))
    raise AssertionError("no __all__")


def _top_level_statements(module: ast.Module) -> list[ast.stmt]:
    """The module's statements, with those of its top-level `if TYPE_CHECKING:` blocks."""
    found: list[ast.stmt] = []
    for node in module.body:
        found.append(node)
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING":
            found.extend(node.body)
    return found


def _imported_from_runtime_errors(module: ast.Module) -> list[str]:
    return [
        alias.name
        for node in _top_level_statements(module)
        if isinstance(node, ast.ImportFrom) and node.module == "_runtime.errors"
        for alias in node.names
    ]


def _lazily_imported(module: ast.Module) -> dict[str, str]:
    """The package root's table of public names -> the module each is imported from on first use."""
    for node in module.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "_MODULE_OF" for t in node.targets):
            table: dict[str, str] = ast.literal_eval(node.value)
            return table
    raise AssertionError("no _MODULE_OF")


@pytest.mark.parametrize("names", [None, ("ZetaError", "AlphaError")])
def test_templates_export_the_names_the_runtime_declares(
    names: tuple[str, ...] | None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # With the real list and with an invented one: the templates follow whatever the runtime declares.
    if names is not None:
        monkeypatch.setattr(generator.opc, "exception_names", lambda: tuple(sorted(names)))
    expected = sorted(names) if names is not None else list(exception_names())
    write_catalog_template([], tmp_path)
    errors_module = _render("errors.py.jinja", tmp_path)
    assert _imported_from_runtime_errors(errors_module) == expected
    assert _all_of(errors_module) == expected
    package_init = _render("package_init.py.jinja", tmp_path)
    assert _imported_from_runtime_errors(package_init) == expected
    exported = _all_of(package_init)
    assert set(expected) <= set(exported)
    lazy = _lazily_imported(package_init)
    assert sorted(name for name, module in lazy.items() if module == "_runtime.errors") == expected
    assert set(lazy) == set(exported) - {"__version__"}, "every public name but the version is imported lazily"
    assert exported == sorted(exported), "the package's __all__ is sorted"


def test_generated_package_exports_what_the_runtime_declares() -> None:
    import sendgrid_reseller
    import sendgrid_reseller.errors

    declared = sorted(declared_exports(RUNTIME_ERRORS))
    assert sendgrid_reseller.errors.__all__ == declared
    missing = sorted(set(declared) - set(sendgrid_reseller.__all__))
    assert missing == [], f"sendgrid_reseller does not re-export {missing}"


def test_the_generator_holds_no_python_source_text() -> None:
    # Generated Python lives in overlays/ templates; a string holding import or def lines is a second home.
    found = []
    for path, tree in _generator_modules():
        docstrings = _docstrings(tree)
        for node in ast.walk(tree):
            pieces = node.values if isinstance(node, ast.JoinedStr) else [node]
            for piece in pieces:
                if (
                    isinstance(piece, ast.Constant)
                    and isinstance(piece.value, str)
                    and id(piece) not in docstrings
                    and PYTHON_SOURCE_LINE.search(piece.value)
                ):
                    found.append(_where(path, piece))
    assert found == [], f"Python source text written from generator code (move it to a template): {found}"
