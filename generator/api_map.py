"""The model names each operation uses, read from openapi-python-client's own output.

Reading the generated endpoint module (instead of re-deriving opc's naming rules from spec
titles) keeps API.md exactly in step with the code, whatever opc's naming does; the module
text is deterministic, so the map is too.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

from generator.catalog import OperationInfo
from generator.errors import GeneratorError


@dataclass(frozen=True)
class OperationModels:
    request: str  # the `body` parameter's type, "" when the operation takes no body
    response: str  # what `sync()` returns, e.g. `list[Subuser]`
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


def _models_of(module: Path) -> OperationModels:
    tree = ast.parse(module.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "sync_detailed":
            body = next((a for a in node.args.kwonlyargs if a.arg == "body"), None)
            request = _without_unset(body.annotation) if body is not None and body.annotation else ""
            returns = node.returns
            if isinstance(returns, ast.Subscript) and ast.unparse(returns.value) == "Response":
                return OperationModels(request, ast.unparse(returns.slice), _parameters(node.args))
            return OperationModels(request, ast.unparse(returns) if returns else "None", _parameters(node.args))
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
