"""What the generated endpoint modules define, read from openapi-python-client's own output.

Two readers: the model names each operation uses (for API.md), and the friendly client's group
methods, copied from the endpoint functions (signature, overloads, docstring) so a method and its
module-level function never disagree. Reading the generated code (instead of re-deriving opc's
naming rules from spec titles) keeps both exactly in step, whatever opc's naming does; the module
text is deterministic, so the output is too.
"""

from __future__ import annotations

import ast
import copy
import functools
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from generator.catalog import OperationInfo
from generator.errors import GeneratorError

# Group method suffix -> the endpoint function it calls, per flavour (sync, async).
FRIENDLY_FUNCTIONS: dict[str, tuple[str, str]] = {
    "": ("sync", "asyncio"),
    "_detailed": ("sync_detailed", "asyncio_detailed"),
    "_pages": ("iter_pages", "aiter_pages"),
    "_items": ("iter_items", "aiter_items"),
}
# A list call's page-object function (sync, async): the plain method calls it instead of sync/asyncio.
PAGE_FUNCTIONS = ("page", "apage")
_Node = TypeVar("_Node", bound=ast.AST)
# Builtin type names that a method of the same name (`list`, `get`...) would shadow inside a class.
_BUILTIN_TYPES = frozenset({"list", "dict", "set", "tuple", "str", "int", "float", "bool", "bytes", "type", "object"})


@dataclass(frozen=True)
class OperationModels:
    request: str  # the `body` parameter's type, "" when the operation takes no body
    response: str  # what `sync()` returns, e.g. `list[Subuser]`
    paged: bool = False  # the friendly method returns a page object (the module has `page()`)
    parameters: tuple[str, ...] = ()  # `name: type` / `name: type = default`, as in the signature


def _without_unset(annotation: ast.expr) -> str:
    text = ast.unparse(annotation)
    return " | ".join(part for part in text.split(" | ") if part not in ("Unset", "None")) or text


def _parameters(args: ast.arguments) -> tuple[str, ...]:
    """The caller's parameters (not the bound `client`, not the shared `options`), defaults shown."""
    positional = [*args.posonlyargs, *args.args]
    defaults: list[ast.expr | None] = [None] * (len(positional) - len(args.defaults)) + list(args.defaults)
    pairs = [*zip(positional, defaults, strict=True), *zip(args.kwonlyargs, args.kw_defaults, strict=True)]
    shown = []
    for arg, default in pairs:
        if arg.arg in ("client", "options"):
            continue
        text = f"{arg.arg}: {ast.unparse(arg.annotation)}" if arg.annotation else arg.arg
        shown.append(text if default is None else f"{text} = {ast.unparse(default)}")
    return tuple(shown)


# Endpoint modules outlined at once: one module's sync and async group methods and its models
# are read from a single parse (parsing is most of this stage's cost).
OUTLINE_CACHE_SIZE = 1024


@functools.lru_cache(maxsize=OUTLINE_CACHE_SIZE)
def _outline_of(text: str) -> ast.Module:
    tree = ast.parse(text)
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            # Only signatures and docstrings are read: dropping the bodies keeps cached outlines small.
            first = node.body[0]
            is_docstring = (
                isinstance(first, ast.Expr)
                and isinstance(first.value, ast.Constant)
                and isinstance(first.value.value, str)
            )
            node.body = [first] if is_docstring else [ast.Pass()]
    return tree


def module_outline(module: Path) -> ast.Module:
    """The module's top-level statements, each function reduced to its signature and docstring.

    Shared between callers (parsed once per text): never modify it."""
    return _outline_of(module.read_text(encoding="utf-8"))


def _models_of(module: Path) -> OperationModels:
    tree = module_outline(module)
    paged = any(isinstance(node, ast.FunctionDef) and node.name == PAGE_FUNCTIONS[0] for node in tree.body)
    # The last definition is the implementation (the ones before it may be @overload signatures).
    for node in reversed(tree.body):
        if isinstance(node, ast.FunctionDef) and node.name == "sync_detailed":
            body = next((a for a in node.args.kwonlyargs if a.arg == "body"), None)
            request = _without_unset(body.annotation) if body is not None and body.annotation else ""
            returns = node.returns
            if isinstance(returns, ast.Subscript) and ast.unparse(returns.value) == "Response":
                return OperationModels(request, ast.unparse(returns.slice), paged, _parameters(node.args))
            return OperationModels(request, ast.unparse(returns) if returns else "None", paged, _parameters(node.args))
    raise GeneratorError(f"{module}: no sync_detailed() found to read the operation's models from")


def operation_models(package_source: Path, catalog: list[OperationInfo]) -> dict[str, OperationModels]:
    """Request and response model names per operationId."""
    return {
        info.operation_id: _models_of(package_source / "api" / info.tag_module / f"{info.module}.py")
        for info in catalog
    }


def model_fields(package_source: Path) -> dict[str, list[str]]:
    """Each model class's public fields (`name: type`, `= default` when optional) and each type
    alias's value, by name, read from the generated `models/` modules."""
    found: dict[str, list[str]] = {}
    for module in sorted((package_source / "models").glob("*.py")):
        for node in ast.parse(module.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.ClassDef) and not node.name.startswith("_"):
                found[node.name] = [
                    f"{ast.unparse(item.target)}: {ast.unparse(item.annotation)}"
                    + (f" = {ast.unparse(item.value)}" if item.value is not None else "")
                    for item in node.body
                    if isinstance(item, ast.AnnAssign)
                    and isinstance(item.target, ast.Name)
                    and not item.target.id.startswith("_")
                    and item.target.id != "additional_properties"
                ]
            elif isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
                name = node.targets[0].id
                if name[:1].isupper() and not name.isupper() and ast.unparse(node.value).startswith("Literal["):
                    found[name] = [ast.unparse(node.value)]
    return dict(sorted(found.items()))


# -- the friendly client's methods, copied from the endpoint functions ----------------------------


@dataclass
class FriendlyMethods:
    """One group class's method definitions (source text) and the imports their annotations need."""

    source: list[str]
    type_imports: set[tuple[str, str]]  # (absolute module, name), imported under TYPE_CHECKING
    # Names a default value evaluates when the method is defined (e.g. `datetime.datetime...`).
    runtime_imports: set[tuple[str, str]] = field(default_factory=set)


def _absolute_module(package: str, node: ast.ImportFrom) -> str:
    parts = package.split(".")
    base = parts[: len(parts) - (node.level - 1)] if node.level else []
    return ".".join([*base, node.module] if node.module else base)


def _imported_names(tree: ast.Module, package: str) -> dict[str, tuple[str, str]]:
    """Each name the module imports -> (absolute module, original name)."""
    names: dict[str, tuple[str, str]] = {}
    for node in tree.body:
        if isinstance(node, ast.ImportFrom):
            module = _absolute_module(package, node)
            for alias in node.names:
                names[alias.asname or alias.name] = (module, alias.name)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                names[alias.asname or alias.name] = (alias.name, "")
    return names


def _qualified(node: _Node, shadowed: set[str]) -> _Node:
    """`node` with each name in `shadowed` read as `builtins.<name>`. Nodes are copied only on the
    way to a rewritten name: the rest stays shared with the cached outline, which is never modified."""
    if isinstance(node, ast.Name):
        if node.id not in shadowed:
            return node
        return ast.copy_location(ast.Attribute(value=ast.Name("builtins"), attr=node.id, ctx=node.ctx), node)  # type: ignore[return-value]
    replaced: dict[str, object] = {}
    for name, value in ast.iter_fields(node):
        if isinstance(value, ast.AST):
            rewritten = _qualified(value, shadowed)
            if rewritten is not value:
                replaced[name] = rewritten
        elif isinstance(value, list):
            items = [_qualified(item, shadowed) if isinstance(item, ast.AST) else item for item in value]
            if any(new is not old for new, old in zip(items, value, strict=True)):
                replaced[name] = items
    if not replaced:
        return node
    clone = copy.copy(node)
    for name, value in replaced.items():
        setattr(clone, name, value)
    return clone


def _annotations(function: ast.FunctionDef | ast.AsyncFunctionDef) -> list[ast.expr]:
    arguments = function.args
    every = [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs]
    found = [a.annotation for a in every if a.annotation is not None]
    return [*found, function.returns] if function.returns is not None else found


# What overlays/package/group_module.py.jinja imports itself.
GROUP_MODULE_NAMES = frozenset({"UNSET"})


def _defaults(function: ast.FunctionDef | ast.AsyncFunctionDef) -> list[ast.expr]:
    arguments = function.args
    return [*arguments.defaults, *(d for d in arguments.kw_defaults if d is not None)]


def _call_of(function: ast.FunctionDef | ast.AsyncFunctionDef, target: str, awaited: bool) -> ast.stmt:
    arguments = function.args
    call = ast.Call(
        func=ast.Attribute(value=ast.Name("_endpoint"), attr=target),
        args=[ast.Attribute(value=ast.Name("self"), attr="_client"), *(ast.Name(a.arg) for a in arguments.args)],
        keywords=[ast.keyword(arg=a.arg, value=ast.Name(a.arg)) for a in arguments.kwonlyargs],
    )
    return ast.Return(value=ast.Await(call) if awaited else call)


def _names_in(nodes: list[ast.expr]) -> set[str]:
    return {n.id for node in nodes for n in ast.walk(node) if isinstance(n, ast.Name)}


def _other_names(method: ast.FunctionDef | ast.AsyncFunctionDef) -> set[str]:
    """The names of `method` outside its annotations and defaults: decorators, and its body (the
    docstring has none; the call to the endpoint function passes the parameters by name)."""
    return _names_in(method.decorator_list) | {
        n.id for statement in method.body for n in ast.walk(statement) if isinstance(n, ast.Name)
    }


def friendly_methods(
    module_path: Path, module_name: str, method_name: str, is_async: bool, shadowed: set[str]
) -> FriendlyMethods:
    """The group methods `method_name`, `method_name_detailed` (and `_pages` / `_items`) for one
    endpoint module: the endpoint functions' signatures and docstrings with `self` for `client`,
    each calling its endpoint function (imported on first call, so group modules stay light)."""
    tree = module_outline(module_path)
    package = module_name.rpartition(".")[0]
    imported = _imported_names(tree, package)
    functions: dict[str, list[ast.FunctionDef | ast.AsyncFunctionDef]] = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            functions.setdefault(node.name, []).append(node)
    source: list[str] = []
    type_imports: set[tuple[str, str]] = set()
    runtime_imports: set[tuple[str, str]] = set()
    for suffix, flavours in FRIENDLY_FUNCTIONS.items():
        target = flavours[1 if is_async else 0]
        if suffix == "" and PAGE_FUNCTIONS[is_async] in functions:
            target = PAGE_FUNCTIONS[is_async]  # a list call: the method returns a page object
        if target not in functions:
            continue
        for definition in functions[target]:
            # An overloaded function's body is `_<name>_impl`, whose signature mypy can match.
            callee = f"_{target}_impl" if f"_{target}_impl" in functions else target
            method = _friendly_definition(definition, method_name + suffix, callee, module_name, suffix)
            annotation_names = _names_in(_annotations(method))
            default_names = _names_in(_defaults(method))
            type_imports.update(imported[name] for name in annotation_names if name in imported)
            runtime_imports.update(
                imported[name] for name in default_names if name in imported and name not in GROUP_MODULE_NAMES
            )
            if shadowed & (annotation_names | default_names | _other_names(method)):
                method = _qualified(method, shadowed)
            source.append(ast.unparse(method))
    if not source:
        raise GeneratorError(f"{module_path}: no endpoint function found for the friendly method {method_name!r}")
    return FriendlyMethods(source, type_imports - runtime_imports, runtime_imports)


def _friendly_definition(
    definition: ast.FunctionDef | ast.AsyncFunctionDef, name: str, target: str, module_name: str, suffix: str
) -> ast.FunctionDef | ast.AsyncFunctionDef:
    arguments = definition.args
    if not arguments.posonlyargs or arguments.posonlyargs[0].arg != "client":
        raise GeneratorError(f"{module_name}.{target}: the first parameter must be `client, /`")
    new_arguments = ast.arguments(
        posonlyargs=[],
        args=[ast.arg("self"), *arguments.args],
        vararg=None,
        kwonlyargs=arguments.kwonlyargs,
        kw_defaults=arguments.kw_defaults,
        kwarg=None,
        defaults=arguments.defaults,
    )
    is_overload = any(isinstance(d, ast.Name) and d.id == "overload" for d in definition.decorator_list)
    # Coroutines stay `async def`; page and item iterators are plain methods returning the iterator.
    coroutine = isinstance(definition, ast.AsyncFunctionDef) and suffix in ("", "_detailed")
    body: list[ast.stmt]
    if is_overload:
        body = [ast.Expr(ast.Constant(...))]
    else:
        docstring = ast.get_docstring(definition, clean=False)
        body = [ast.Expr(ast.Constant(docstring))] if docstring else []
        body.append(
            ast.ImportFrom(
                module=module_name.rpartition(".")[0],
                names=[ast.alias(module_name.rpartition(".")[2], "_endpoint")],
                level=0,
            )
        )
        body.append(_call_of(definition, target, awaited=coroutine))
    kind = ast.AsyncFunctionDef if coroutine else ast.FunctionDef
    method = kind(
        name=name,
        args=new_arguments,
        body=body,
        decorator_list=definition.decorator_list,
        returns=definition.returns,
        type_comment=None,
    )
    method.type_params = []  # type: ignore[union-attr]  # a field from Python 3.12 on; absent from the 3.11 stubs
    # Only unparsed, never compiled: the one location unparse reads is the definition's own line.
    return ast.copy_location(method, definition)
