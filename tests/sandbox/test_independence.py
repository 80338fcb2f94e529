"""The sandbox is an independent oracle: it imports nothing from the generator, and it answers
every operation the generator builds a client method for, under that operation's name."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from generator.catalog import OperationInfo
from generator.load import load_spec
from generator.lower import lower
from sandbox import DEFAULT_API_KEY, DEFAULT_V2_PASSWORD, DEFAULT_V2_USER, Sandbox

REPO = Path(__file__).resolve().parents[2]
SANDBOX = REPO / "sandbox"
FORBIDDEN = ("generator", "openapi_python_client", "sendgrid_reseller")
# The pytest plugin hands consumers a client pointed at the sandbox: the one module that may import it.
GLUE = {"pytest_plugin.py": {"sendgrid_reseller"}}


def _imported_modules(source: Path) -> set[str]:
    tree = ast.parse(source.read_text(encoding="utf-8"), str(source))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
        elif isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "import_module" and node.args:
            if isinstance(node.args[0], ast.Constant):
                names.add(str(node.args[0].value))
    return names


@pytest.mark.parametrize("source", sorted(SANDBOX.glob("*.py")), ids=lambda p: p.name)
def test_no_sandbox_module_imports_the_generator_or_the_client(source: Path) -> None:
    allowed = GLUE.get(source.name, set())
    offending = sorted(n for n in _imported_modules(source) if n.split(".")[0] in set(FORBIDDEN) - allowed)
    assert not offending, f"{source.relative_to(REPO)} imports {offending}: the oracle must read the spec itself"


@pytest.mark.parametrize("source", sorted(SANDBOX.glob("*.py")), ids=lambda p: p.name)
def test_sandbox_modules_import_each_other_relatively(source: Path) -> None:
    # generator/testing_extra.py copies them into sendgrid_reseller.testing, where `sandbox` does not exist.
    absolute = sorted(n for n in _imported_modules(source) if n.split(".")[0] == "sandbox")
    assert not absolute, f"{source.relative_to(REPO)} imports {absolute}: write `from ._module import name`"


def test_running_the_sandbox_loads_no_generator_module() -> None:
    script = (
        "import sys, httpx, sandbox\n"
        "s = sandbox.Sandbox(subusers=1)\n"
        "httpx.Client(transport=s.transport(), base_url=s.base_url).get('/v3/subusers')\n"
        f"print(' '.join(sorted(m for m in sys.modules if m.split('.')[0] in {FORBIDDEN!r})))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "", f"the sandbox loaded {result.stdout.strip()}"


def _request(sandbox: Sandbox, info: OperationInfo) -> httpx.Request:
    method = info.http_method.upper()
    if info.api == "v2":
        fields = {"api_user": DEFAULT_V2_USER, "api_key": DEFAULT_V2_PASSWORD}
        fields |= sandbox.routes.v2_route(info.operation_id).example_fields()
        if method == "GET":
            return httpx.Request(method, sandbox.base_url + info.wire_path, params=fields)
        return httpx.Request(method, sandbox.base_url + info.wire_path, data=fields)
    path = re.sub(r"\{[^}/]+\}", "example", info.wire_path)
    body: dict[str, object] | None = {} if method in ("POST", "PUT", "PATCH") else None
    headers = {"Authorization": f"Bearer {DEFAULT_API_KEY}"}
    return httpx.Request(method, sandbox.base_url + path, json=body, headers=headers)


def test_every_operation_in_the_spec_is_implemented() -> None:
    # The generator's reading of the spec (what the client sends) against the sandbox's own.
    _, catalog = lower(load_spec(REPO / "spec" / "openapi.yaml"))
    sandbox = Sandbox(subusers=1, rate_limit=None, record_requests=True)
    transport = sandbox.transport()
    unanswered = []
    for info in catalog:
        response = transport.handle_request(_request(sandbox, info))
        answered_by = sandbox.requests()[-1].operation
        if response.status_code == 501 or answered_by != info.operation_id:
            unanswered.append(f"{info.operation_id}: {response.status_code} from {answered_by or 'no operation'}")
    assert not unanswered, "operations the sandbox does not answer as themselves:\n" + "\n".join(unanswered)
    assert len(catalog) == len(sandbox.routes.v2) + len(sandbox.routes.v3)
