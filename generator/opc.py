"""Stage 4: run openapi-python-client on the lowered document with our template overrides.

openapi-python-client exits 0 while it drops endpoints, responses and schemas; this stage reads
its warnings and fails, naming each operation and the reason.
"""

from __future__ import annotations

import json
import re
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

from generator.adapt import binary_media_types
from generator.cache import StageCache
from generator.catalog import OperationInfo
from generator.errors import GeneratorError
from generator.incremental import catalog_table, changed_path_items, reduced_document
from generator.opc_runner import BYTECODE_OPTION, CONTEXT_MARK, ERROR_MARK, run_in_process, use_template_bytecode
from generator.paths import DEFAULT_NAMES, OPC_CONFIG, TEMPLATES, PackageNames
from generator.runtime_exports import exception_names
from generator.tools import Background, Started

_ENDPOINT_WARNING = re.compile(r"WARNING parsing (\w+) (\S+) within (\S+)\.")
# The exception line that ends a Python (or rich) traceback: `SomeError: what went wrong`.
_EXCEPTION_LINE = re.compile(r"^\s*([A-Za-z_][\w.]*(?:Error|Exception)): (.+)$")


class DroppedByGenerator(GeneratorError):
    """openapi-python-client would have silently left something out."""


def write_catalog_template(catalog: list[OperationInfo], template_dir: Path) -> None:
    """The catalog as a Jinja module the endpoint template imports (templates never see `x-` data)."""
    # Keyed as templates look it up: by `endpoint.name`, openapi-python-client's snake-cased id.
    table = {info.module: info.as_template_data() for info in catalog}
    text = "{#- Written by the generator: what templates need to know per operation. -#}\n"
    text += "{% set operations = " + json.dumps(table, sort_keys=True) + " %}\n"
    text += "{% set error_names = " + json.dumps(exception_names()) + " %}\n"
    (template_dir / "_sendgrid_catalog.jinja").write_text(text, encoding="utf-8")


def _describe_warnings(output: str, catalog: list[OperationInfo]) -> list[str]:
    by_route = {(info.http_method.upper(), info.path_key): info.operation_id for info in catalog}
    lines = [re.sub(r"<[\w.]*UntrustedString object at 0x[0-9a-f]+>", "?", line) for line in output.splitlines()]
    reports: list[str] = []
    current: list[str] = []
    for line in lines:
        match = _ENDPOINT_WARNING.search(line)
        if match or line.startswith(("WARNING", "ERROR", "Unable", "Cannot", "Warning")):
            if current:
                reports.append(" ".join(current))
            if match:
                operation_id = by_route.get((match.group(1).upper(), match.group(2)), "?")
                current = [f"operation {operation_id!r} ({match.group(1).upper()} {match.group(2)}) would be dropped:"]
            else:
                current = [line.strip()]
        elif current and line.strip():
            current.append(line.strip())
    if current:
        reports.append(" ".join(current))
    noise = ("Generating", "Warning(s) encountered")
    cleaned = [r.split(" If you believe this was a mistake")[0] for r in reports if not r.startswith(noise)]
    return cleaned


def _keep_log(output: str) -> Path:
    """The whole output of a failed run, in a file that outlives the staging area."""
    handle = tempfile.NamedTemporaryFile(
        "w", prefix="openapi-python-client-", suffix=".log", delete=False, encoding="utf-8"
    )
    with handle:
        handle.write(output)
    return Path(handle.name)


def _first_cause(output: str) -> str:
    """The one line that says what failed, with what it was working on when the runner knew it."""
    context = next((line[len(CONTEXT_MARK) :] for line in output.splitlines() if line.startswith(CONTEXT_MARK)), "")
    error = next((line[len(ERROR_MARK) :] for line in output.splitlines() if line.startswith(ERROR_MARK)), "")
    if not error:
        found = [m for m in map(_EXCEPTION_LINE.match, output.splitlines()) if m]
        error = f"{found[-1].group(1)}: {found[-1].group(2).strip()}" if found else ""
    if not error:
        meaningful = [line.strip(" │╭╰─") for line in output.splitlines() if line.strip(" │╭╰─")]
        error = meaningful[-1] if meaningful else "no output"
    return f"{error} (while rendering {context})" if context else error


def failure_message(returncode: int, output: str, problems: list[str]) -> str:
    log = _keep_log(output)
    if problems:
        detail = "\n".join(f"  - {p}" for p in problems)
        return f"openapi-python-client did not generate everything:\n{detail}\nfull output: {log}"
    return f"openapi-python-client failed (exit {returncode}): {_first_cause(output)}\nfull output: {log}"


def _config_file(names: PackageNames, work_dir: Path, raw_bytes: list[str]) -> Path:
    """Our openapi-python-client settings, naming the package being generated; media types it
    neither sends nor reads are handled as application/octet-stream (raw bytes)."""
    if names == DEFAULT_NAMES and not raw_bytes:
        return OPC_CONFIG
    settings = yaml.safe_load(OPC_CONFIG.read_text(encoding="utf-8"))
    settings["project_name_override"] = names.distribution
    settings["package_name_override"] = names.package
    if raw_bytes:
        settings["content_type_overrides"] = {media_type: "application/octet-stream" for media_type in raw_bytes}
    config = work_dir / "opc-config.yaml"
    config.write_text(yaml.safe_dump(settings, sort_keys=True), encoding="utf-8")
    return config


def start_openapi_python_client(
    lowered: dict[str, Any],
    catalog: list[OperationInfo],
    work_dir: Path,
    names: PackageNames = DEFAULT_NAMES,
    *,
    in_process: bool = False,
    template_bytecode: tuple[Path, Path] | None = None,
) -> Started[Path]:
    """Start generating the bare package into work_dir; the returned function waits for it and
    returns the package directory (or raises). Other stages run while the subprocess works.
    `template_bytecode`: the folders compiled templates are read from and new ones written to."""
    template_dir = work_dir / "templates"
    shutil.copytree(TEMPLATES, template_dir)
    write_catalog_template(catalog, template_dir)
    # JSON, not YAML: the same document, written and parsed (by opc's json.loads) far faster.
    spec_file = work_dir / "lowered-openapi.json"
    spec_file.write_text(json.dumps(lowered, ensure_ascii=False), encoding="utf-8")
    out_dir = work_dir / "opc-out"
    arguments = [
        "generate",
        "--path",
        str(spec_file),
        "--config",
        str(_config_file(names, work_dir, sorted(binary_media_types(lowered)))),
        "--custom-template-path",
        str(template_dir),
        "--meta",
        "none",
        "--output-path",
        str(out_dir),
    ]
    if in_process:
        use_template_bytecode(template_bytecode)
        done = run_in_process(arguments)
        running = None
    else:
        keep = [BYTECODE_OPTION, *map(str, template_bytecode)] if template_bytecode is not None else []
        running = Background([sys.executable, "-m", "generator.opc_runner", *keep, *arguments])

    def finish() -> Path:
        returncode, output = running.wait() if running is not None else done
        problems = _describe_warnings(output, catalog)
        if returncode != 0 or problems or not out_dir.is_dir():
            raise DroppedByGenerator(failure_message(returncode, output, problems))
        return out_dir

    return Started(finish, running.stop if running is not None else lambda: None)


OUTPUT_RECORD = "openapi-python-client-output"
LOWERED_RECORD = "lowered-document"


def _reused_modules(reduced_out: Path, recorded: Path) -> list[Path] | None:
    """The endpoint modules of a reduced run to put over the recorded output, or None when the
    reduced run wrote a model the recorded output does not have byte for byte (then only a full
    run is sure to be right)."""
    for model in (reduced_out / "models").glob("*.py"):
        if model.name != "__init__.py":
            previous = recorded / "models" / model.name
            if not previous.is_file() or previous.read_bytes() != model.read_bytes():
                return None
    modules = [m for m in (reduced_out / "api").glob("*/*.py") if m.name != "__init__.py"]
    if not all((recorded / m.relative_to(reduced_out)).is_file() for m in modules):
        return None
    return modules


def start_package_source(
    lowered: dict[str, Any],
    catalog: list[OperationInfo],
    work_dir: Path,
    names: PackageNames = DEFAULT_NAMES,
    *,
    in_process: bool = False,
    cache: StageCache | None = None,
) -> Started[Path]:
    """openapi-python-client's package for `lowered`: with a cache whose last run differs only in
    the documentation of some path items, those alone are generated and the rest is the recorded
    output; otherwise a full run. Either way the cache records this run's document and output."""
    previous = cache.previous(LOWERED_RECORD) if cache is not None else None
    table = catalog_table(catalog)
    changed = None
    if isinstance(previous, dict) and isinstance(previous.get("lowered"), dict):
        changed = changed_path_items(previous["lowered"], lowered, previous.get("catalog"), table)
    out_dir = work_dir / "opc-out"
    bytecode = _bytecode_folders(cache, work_dir)

    def full_run() -> Started[Path]:
        return start_openapi_python_client(
            lowered, catalog, work_dir, names, in_process=in_process, template_bytecode=bytecode
        )

    if cache is None or changed is None or not cache.restore_tree(OUTPUT_RECORD, out_dir):
        shutil.rmtree(out_dir, ignore_errors=True)
        return _recorded(full_run(), lowered, table, cache)
    if not changed:
        return _recorded(Started(lambda: out_dir, lambda: None), lowered, table, cache)
    reduced_dir = work_dir / "reduced"
    reduced_dir.mkdir()

    def finish() -> Path:
        # In this process, once the caller has validated the spec: a few operations take less
        # time to render than a new interpreter takes to import openapi-python-client.
        reduced = start_openapi_python_client(
            reduced_document(lowered, changed), catalog, reduced_dir, names, in_process=True, template_bytecode=bytecode
        )
        modules = _reused_modules(reduced.finish(), out_dir)
        if modules is None:
            shutil.rmtree(out_dir)
            return full_run().finish()
        for module in modules:
            shutil.copyfile(module, out_dir / module.relative_to(reduced_dir / "opc-out"))
        return out_dir

    return _recorded(Started(finish, lambda: None), lowered, table, cache)


TEMPLATE_BYTECODE = "template-bytecode"


def _bytecode_folders(cache: StageCache | None, work_dir: Path) -> tuple[Path, Path] | None:
    """Where openapi-python-client reads compiled templates, and where it writes new ones: in the
    scratch folder, handed to the cache by `_recorded` (so a failed run leaves the cache as it was)."""
    return (cache.folder(TEMPLATE_BYTECODE), work_dir / TEMPLATE_BYTECODE) if cache is not None else None


def _recorded(
    stage: Started[Path], lowered: dict[str, Any], table: dict[str, Any], cache: StageCache | None
) -> Started[Path]:
    def finish() -> Path:
        out_dir = stage.finish()
        if cache is not None:
            cache.record(LOWERED_RECORD, {"lowered": lowered, "catalog": table})
            cache.store_tree(OUTPUT_RECORD, out_dir)
            compiled = out_dir.parent / TEMPLATE_BYTECODE
            if compiled.is_dir():
                for entry in sorted(compiled.iterdir()):
                    cache.put_file(TEMPLATE_BYTECODE, entry.name, entry.read_bytes())
        return out_dir

    return Started(finish, stage.stop)
