"""Names the generated package re-exports from its hand-written runtime, read from the runtime's
own source so that they are listed once (templates receive them; they never restate them)."""

from __future__ import annotations

import ast
import functools
from pathlib import Path

from generator.errors import GeneratorError
from generator.paths import RUNTIME

ERRORS_MODULE = RUNTIME / "errors.py"


def declared_exports(module: Path) -> list[str]:
    """The module's `__all__`, read without importing it (the runtime needs httpx and friends)."""
    tree = ast.parse(module.read_text(encoding="utf-8"), filename=str(module))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == "__all__" for target in node.targets
        ):
            try:
                names = ast.literal_eval(node.value)
            except ValueError as error:
                raise GeneratorError(f"{module}: __all__ must be a literal list of names") from error
            if not isinstance(names, list) or not all(isinstance(name, str) for name in names):
                raise GeneratorError(f"{module}: __all__ must be a literal list of names")
            return list(names)
    raise GeneratorError(f"{module}: no __all__ naming what the package re-exports")


@functools.cache
def exception_names() -> tuple[str, ...]:
    """Every name `sendgrid_reseller.errors` (and the package root) re-exports from the runtime's
    errors module, sorted as the generated `__all__` lists them."""
    return tuple(sorted(declared_exports(ERRORS_MODULE)))
