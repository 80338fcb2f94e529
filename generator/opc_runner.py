"""`python -m generator.opc_runner ARGS`: openapi-python-client's command line, plus one line
naming what it was rendering when a template failed.

openapi-python-client reports a template error as a long rich traceback that names neither the
operation nor the schema. Each render that raises prints, before the traceback,
`generator-context: <what>` and `generator-error: <Type>: <message>`; generator/opc.py reads
them to give a one-line cause.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import io
import os
import sys
import traceback
from pathlib import Path
from typing import Any

import jinja2

CONTEXT_MARK = "generator-context: "
ERROR_MARK = "generator-error: "
# `python -m generator.opc_runner --template-bytecode KEPT NEW generate ...`: compiled templates are
# read from KEPT, and those compiled in this run written to NEW (kept once the whole run succeeds).
BYTECODE_OPTION = "--template-bytecode"


def describe(context: dict[str, Any]) -> str:
    """The operation or schema a template was rendering, in the words of the spec."""
    endpoint = context.get("endpoint")
    if endpoint is not None:
        path = endpoint.path
        path = path.get_untrusted_value() if hasattr(path, "get_untrusted_value") else path
        return f"operation {endpoint.name} ({str(endpoint.method).upper()} {path})"
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


def _reserve_template_names() -> None:
    """Parameters named like the template's own arguments get openapi-python-client's rename."""
    from openapi_python_client.parser.openapi import Endpoint
    from openapi_python_client.schema.untrusted_string import UntrustedString

    from generator.catalog import RESERVED_PARAMETER_NAMES

    original = Endpoint._check_parameters_for_conflicts

    def check(self: Any, *, config: Any, previously_modified_params: Any = None) -> Any:
        if previously_modified_params is None:
            for location, prop in self.iter_all_parameters():
                if prop.python_name in RESERVED_PARAMETER_NAMES:
                    prop.set_python_name(new_name=UntrustedString(f"{prop.python_name}_{location}"), config=config)
        return original(self, config=config, previously_modified_params=previously_modified_params)

    Endpoint._check_parameters_for_conflicts = check  # type: ignore[method-assign]


class TemplateBytecode(jinja2.BytecodeCache):
    """Jinja's compiled templates, kept from one run to the next under the template's name.

    Compiling openapi-python-client's templates and ours takes about 1.6 s of every run, longer
    than rendering the few operations an incremental run renders. Jinja's own file cache keys on
    the template's file name, which is a new temporary folder every run; the name is stable, and
    each entry carries a checksum of the template's source, so a changed template is compiled
    again (and Jinja's header names the Python version the bytecode is for)."""

    def __init__(self, kept: Path, new: Path) -> None:
        self.kept = kept
        self.new = new

    def get_cache_key(self, name: str, filename: str | None = None) -> str:
        return hashlib.sha256(name.encode("utf-8")).hexdigest()

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            with (self.kept / f"{bucket.key}.bytecode").open("rb") as stored:
                bucket.load_bytecode(stored)
        except OSError:
            return

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        target = self.new / f"{bucket.key}.bytecode"
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_name(f".{target.name}.{os.getpid()}")
        with temporary.open("wb") as written:
            bucket.write_bytecode(written)
        os.replace(temporary, target)


_bytecode: TemplateBytecode | None = None  # what the next Project compiles its templates with


def use_template_bytecode(folders: tuple[Path, Path] | None) -> None:
    """Read compiled templates from the first folder and write new ones to the second, in the runs
    that follow (None: compile every time)."""
    global _bytecode
    _bytecode = TemplateBytecode(*folders) if folders is not None else None


def _keep_template_bytecode() -> None:
    from openapi_python_client import Project

    original = Project.__init__

    def init(self: Any, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)
        self.env.bytecode_cache = _bytecode

    Project.__init__ = init  # type: ignore[method-assign]


@functools.cache
def _prepare() -> None:
    _install_hook()
    _reserve_template_names()
    _keep_template_bytecode()


def run_in_process(arguments: list[str]) -> tuple[int, str]:
    """The same run inside this process: (exit status, output). For a process that generates many
    documents, it saves starting Python and importing openapi-python-client for each one."""
    _prepare()
    import click
    from openapi_python_client.cli import app

    output = io.StringIO()
    with contextlib.redirect_stdout(output), contextlib.redirect_stderr(output):
        try:
            app(arguments, prog_name="openapi-python-client", standalone_mode=False)
            code = 0
        except click.exceptions.Exit as stop:
            code = stop.exit_code
        except click.ClickException as error:
            error.show(output)
            code = error.exit_code
        except Exception:
            traceback.print_exc(file=output)
            code = 1
    return code, output.getvalue()


def main() -> None:
    _prepare()
    from openapi_python_client.cli import app

    if sys.argv[1:2] == [BYTECODE_OPTION]:
        use_template_bytecode((Path(sys.argv[2]), Path(sys.argv[3])))
        del sys.argv[1:4]
    sys.argv[0] = "openapi-python-client"
    app()


if __name__ == "__main__":
    main()
