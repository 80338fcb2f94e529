"""Constructs any valid OpenAPI document may hold (issue 14), one fixture entry each.

The documents in fixtures/constructs/documents/ combine the constructs so that one `foreign` run (three
openapi-python-client runs, each package imported) and one `mypy --strict` run cover them all;
fixtures/constructs/expected.yaml says, per construct, the adaptation line it must print and a
fact about the generated code.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from generator import cli
from generator.catalog import OperationInfo
from generator.errors import GeneratorError
from generator.load import load_spec
from generator.manifest import MANIFEST_NAME
from generator.opc import start_openapi_python_client
from generator.paths import PackageNames

FIXTURES = Path(__file__).parent / "fixtures" / "constructs"
CONSTRUCTS = FIXTURES / "documents"
EXPECTED = yaml.safe_load((FIXTURES / "expected.yaml").read_text(encoding="utf-8"))
DOCUMENTS = sorted(p.name for p in CONSTRUCTS.glob("*.yaml"))


@dataclass
class ForeignRun:
    code: int
    report: str
    out: Path

    def package(self, document: str) -> Path:
        names = PackageNames.from_name(load_spec(CONSTRUCTS / document).document["info"]["title"])
        return self.out / names.distribution / names.package


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> ForeignRun:
    out = tmp_path_factory.mktemp("constructs")
    report = io.StringIO()
    with contextlib.redirect_stdout(report):
        code = cli.main(["foreign", str(CONSTRUCTS), "--out", str(out)])
    return ForeignRun(code, report.getvalue(), out)


@pytest.fixture(scope="module")
def mypy_output(run: ForeignRun) -> tuple[int, str]:
    packages = [str(run.package(document)) for document in DOCUMENTS]
    checked = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", "/dev/null", *packages],
        capture_output=True,
        text=True,
        check=False,
    )
    return checked.returncode, checked.stdout + checked.stderr


def test_expected_covers_every_fixture_document() -> None:
    assert {entry["document"] for entry in EXPECTED.values()} == set(DOCUMENTS)


@pytest.mark.parametrize("document", DOCUMENTS)
def test_document_generates_whole_and_imports(run: ForeignRun, document: str) -> None:
    line = next(line for line in run.report.splitlines() if line.startswith(document))
    declared = int(line.split("declared")[1].split()[0])
    generated = int(line.split("generated")[1].split()[0])
    assert declared == generated > 0, line
    assert " ok (" in line, line  # `foreign` imported every module of the package


def test_foreign_prints_a_totals_line_and_succeeds(run: ForeignRun) -> None:
    assert run.code == 0, run.report
    assert run.report.splitlines()[-1].startswith(f"total: {len(DOCUMENTS)} document(s), declared ")
    assert run.report.splitlines()[-1].endswith(f"{len(DOCUMENTS)} ok, 0 refused, 0 failed")


def test_every_package_passes_mypy_strict(mypy_output: tuple[int, str]) -> None:
    code, output = mypy_output
    assert code == 0, output


@pytest.mark.parametrize("construct", sorted(EXPECTED))
def test_construct(run: ForeignRun, construct: str) -> None:
    expected = EXPECTED[construct]
    if expected["adapted"]:
        at, change = expected["adapted"]
        wanted = (
            f"    adapted {Path('tests/generator/fixtures/constructs/documents') / expected['document']}{at}: {change}"
        )
        assert any(line.startswith(wanted) for line in run.report.splitlines()), f"{wanted}\n---\n{run.report}"
        manifest = json.loads((run.package(expected["document"]).parent / MANIFEST_NAME).read_text())
        assert any(entry["at"].endswith(at) and change in entry["change"] for entry in manifest["adaptations"])
    if expected["file"]:
        code = (run.package(expected["document"]) / expected["file"]).read_text(encoding="utf-8")
        assert expected["contains"] in code


def test_markdown_ref_becomes_the_description() -> None:
    spec = load_spec(CONSTRUCTS / "bodies.yaml")
    assert spec.document["info"]["description"] == (CONSTRUCTS / "docs" / "intro.md").read_text(encoding="utf-8")


def test_generate_names_the_package_and_prints_adaptations(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = CONSTRUCTS / "bodies.yaml"
    assert cli.main(["generate", "--spec", str(spec), "--out", str(tmp_path), "--package-name", "Acme API"]) == 0
    stderr = capsys.readouterr().err
    assert (tmp_path / "acme-api" / "acme_api" / "api" / "default" / "start_login.py").is_file()
    assert 'name = "acme-api"' in (tmp_path / "acme-api" / "pyproject.toml").read_text()
    assert "bodies.yaml#/paths/~1login/get/responses: only a 302 redirect is documented" in stderr
    # Without --package-name the document's title names it.
    assert cli.main(["generate", "--spec", str(spec), "--out", str(tmp_path)]) == 0
    assert (tmp_path / "body-constructs" / "body_constructs" / "__init__.py").is_file()


def test_openapi_python_client_failure_is_one_line_with_its_subject_and_a_log(tmp_path: Path) -> None:
    """A template that fails (here: a catalog without the operation) is reported as its error
    line and the operation being rendered, never as a cut traceback; the log has everything."""
    lowered = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {"/a": {"get": {"operationId": "getA", "responses": {"200": {"description": "ok"}}}}},
    }
    stranger = OperationInfo(
        operation_id="other", tag="default", http_method="get", path_key="/b", wire_path="/b", api="v3"
    )
    with pytest.raises(GeneratorError) as caught:
        start_openapi_python_client(lowered, [stranger], tmp_path).finish()
    first, log_line = str(caught.value).splitlines()
    assert first.startswith(
        "openapi-python-client failed (exit 1): UndefinedError: 'dict object' has no attribute 'get_a'"
    )
    assert first.endswith("(while rendering operation get_a (GET /a) in template endpoint_module.py.jinja)")
    log = Path(log_line.removeprefix("full output: "))
    assert "Traceback" in log.read_text() or "UndefinedError" in log.read_text()
    log.unlink()


_REDIRECT_CHECK = """
import httpx
import pytest
from body_constructs.client import Client
from body_constructs.api.default import delete_note, start_login
from body_constructs._runtime.errors import SendGridError

def answer(request):
    if request.url.path == "/login":
        return httpx.Response(302, headers={"Location": "https://idp.example/start"})
    if request.url.path == "/notes/1":
        return httpx.Response(204)
    return httpx.Response(404, json={"errors": [{"message": "no such note"}]})

with Client(api_key="SG.test", transport=httpx.MockTransport(answer)) as client:
    assert start_login.sync(client) == "https://idp.example/start"
    assert delete_note.sync(client, 1) is None
    with pytest.raises(SendGridError):
        delete_note.sync(client, 2)
print("behaves")
"""


def test_redirect_only_call_returns_the_location_and_error_only_call_returns_none(run: ForeignRun) -> None:
    """The adapted answers behave as their adaptation lines say, through the real runtime (in a
    process of its own: the package's runtime would add its log filter to this one's httpx logger)."""
    checked = subprocess.run(
        [sys.executable, "-c", _REDIRECT_CHECK],
        env={**os.environ, "PYTHONPATH": str(run.package("bodies.yaml").parent)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.stdout.strip() == "behaves", checked.stderr
