"""Stage 4: run openapi-python-client on the lowered document with our template overrides.

openapi-python-client exits 0 while it drops endpoints, responses and schemas; this stage reads
its warnings and fails, naming each operation and the reason.
"""

from __future__ import annotations

import json
import re
import shutil
import sys
from pathlib import Path
from typing import Any

from generator.catalog import OperationInfo
from generator.errors import GeneratorError
from generator.paths import OPC_CONFIG, TEMPLATES
from generator.tools import Background, Started

_ENDPOINT_WARNING = re.compile(r"WARNING parsing (\w+) (\S+) within (\S+)\.")


class DroppedByGenerator(GeneratorError):
    """openapi-python-client would have silently left something out."""


def write_catalog_template(catalog: list[OperationInfo], template_dir: Path) -> None:
    """The catalog as a Jinja module the endpoint template imports (templates never see `x-` data)."""
    table = {info.operation_id: info.as_template_data() for info in catalog}
    text = "{#- Written by the generator: what templates need to know per operation. -#}\n"
    text += "{% set operations = " + json.dumps(table, sort_keys=True) + " %}\n"
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


def start_openapi_python_client(lowered: dict[str, Any], catalog: list[OperationInfo], work_dir: Path) -> Started[Path]:
    """Start generating the bare package into work_dir; the returned function waits for it and
    returns the package directory (or raises). Other stages run while the subprocess works."""
    template_dir = work_dir / "templates"
    shutil.copytree(TEMPLATES, template_dir)
    write_catalog_template(catalog, template_dir)
    # JSON, not YAML: the same document, written and parsed (by opc's json.loads) far faster.
    spec_file = work_dir / "lowered-openapi.json"
    spec_file.write_text(json.dumps(lowered, ensure_ascii=False), encoding="utf-8")
    out_dir = work_dir / "opc-out"
    executable = Path(sys.executable).parent / "openapi-python-client"
    command = [
        str(executable),
        "generate",
        "--path",
        str(spec_file),
        "--config",
        str(OPC_CONFIG),
        "--custom-template-path",
        str(template_dir),
        "--meta",
        "none",
        "--output-path",
        str(out_dir),
    ]
    running = Background(command)

    def finish() -> Path:
        returncode, output = running.wait()
        problems = _describe_warnings(output, catalog)
        if returncode != 0 or problems or not out_dir.is_dir():
            detail = "\n".join(f"  - {p}" for p in problems) or output.strip()[-2000:]
            raise DroppedByGenerator(f"openapi-python-client did not generate everything:\n{detail}")
        return out_dir

    return Started(finish, running.stop)


def run_openapi_python_client(lowered: dict[str, Any], catalog: list[OperationInfo], work_dir: Path) -> Path:
    """Generate the bare package into work_dir and return the package directory."""
    return start_openapi_python_client(lowered, catalog, work_dir).finish()
