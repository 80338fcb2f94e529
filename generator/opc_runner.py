"""`python -m generator.opc_runner ARGS`: openapi-python-client's command line, plus one line
naming what it was rendering when a template failed.

openapi-python-client reports a template error as a long rich traceback that names neither the
operation nor the schema. Each render that raises prints, before the traceback,
`generator-context: <what>` and `generator-error: <Type>: <message>`; generator/opc.py reads
them to give a one-line cause.
"""

from __future__ import annotations

import sys
from typing import Any

import jinja2

CONTEXT_MARK = "generator-context: "
ERROR_MARK = "generator-error: "


def describe(context: dict[str, Any]) -> str:
    """The operation or schema a template was rendering, in the words of the spec."""
    endpoint = context.get("endpoint")
    if endpoint is not None:
        return f"operation {endpoint.name} ({str(endpoint.method).upper()} {endpoint.path})"
    model = context.get("model") or context.get("enum")
    if model is not None:
        class_info = getattr(model, "class_info", None)
        return f"schema {getattr(class_info, 'name', '?')} (from {getattr(model, 'name', '?')!s})"
    return "the package files"


def _install_hook() -> None:
    original = jinja2.Template.render

    def render(self: jinja2.Template, *args: Any, **kwargs: Any) -> str:
        try:
            return original(self, *args, **kwargs)
        except Exception as error:
            if not getattr(error, "_generator_reported", False):
                error._generator_reported = True  # type: ignore[attr-defined]  # innermost render only
                print(f"{CONTEXT_MARK}{describe(dict(*args, **kwargs))} in template {self.name}", file=sys.stderr)
                first = str(error).strip().splitlines()[0] if str(error).strip() else ""
                print(f"{ERROR_MARK}{type(error).__name__}: {first}", file=sys.stderr)
            raise

    jinja2.Template.render = render  # type: ignore[method-assign]


def main() -> None:
    _install_hook()
    from openapi_python_client.cli import app

    sys.argv[0] = "openapi-python-client"
    app()


if __name__ == "__main__":
    main()
