"""The Python version policy (issue 18, tooling): the manifest records the reference CPython,
never the running one, and another interpreter is told what is and is not verified."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from generator import manifest
from generator.cli import main

REPO = Path(__file__).resolve().parents[2]
COMMITTED_MANIFEST = REPO / "generated" / "sendgrid-reseller" / manifest.MANIFEST_NAME


def test_the_committed_manifest_records_the_reference_python() -> None:
    recorded = json.loads(COMMITTED_MANIFEST.read_text(encoding="utf-8"))["tools"]["python"]
    assert recorded == ".".join(map(str, manifest.REFERENCE_PYTHON)), recorded


def test_another_interpreter_records_the_same_manifest_and_is_warned(monkeypatch: pytest.MonkeyPatch) -> None:
    on_reference = manifest.tool_versions()
    assert manifest.python_policy_warning() is None, "CI runs the reference CPython: no warning there"
    monkeypatch.setattr(sys, "version_info", (3, 13, 1, "final", 0))
    assert manifest.tool_versions() == on_reference, "the manifest must not depend on the running interpreter"
    warning = manifest.python_policy_warning()
    assert warning is not None and "3.13" in warning and "3.11" in warning, warning


def test_check_on_another_interpreter_says_so_before_anything_else(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "version_info", (3, 12, 4, "final", 0))
    missing = tmp_path / "absent.yaml"
    assert main(["check", "--spec", str(missing), "--out", str(tmp_path)]) != 0
    first_line = capsys.readouterr().err.splitlines()[0]
    assert first_line.startswith("warning: this is CPython 3.12;"), first_line
