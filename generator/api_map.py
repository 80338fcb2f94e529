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


def _without_unset(annotation: ast.expr) -> str:
    text = ast.unparse(annotation)
    return " | ".join(part for part in text.split(" | ") if part not in ("Unset", "None")) or text


def _models_of(module: Path) -> OperationModels:
    tree = ast.parse(module.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "sync_detailed":
            body = next((a for a in node.args.kwonlyargs if a.arg == "body"), None)
            request = _without_unset(body.annotation) if body is not None and body.annotation else ""
            returns = node.returns
            if isinstance(returns, ast.Subscript) and ast.unparse(returns.value) == "Response":
                return OperationModels(request, ast.unparse(returns.slice))
            return OperationModels(request, ast.unparse(returns) if returns else "None")
    raise GeneratorError(f"{module}: no sync_detailed() found to read the operation's models from")


def operation_models(package_source: Path, catalog: list[OperationInfo]) -> dict[str, OperationModels]:
    """Request and response model names per operationId."""
    return {
        info.operation_id: _models_of(package_source / "api" / info.tag_module / f"{info.module}.py")
        for info in catalog
    }
