"""The pytest plugin of `sendgrid-reseller[testing]`: one consumer-style suite, run in both modes.

The suite (tests/testing/suite/check_fixtures.py) runs in a pytest of its own, as a project that
installed the extra runs it, against the generated package: once over sockets, once in process.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PACKAGE_ROOT = REPO / "generated" / "sendgrid-reseller"
SUITE = Path(__file__).parent / "suite"
INI = """[pytest]
python_files = check_*.py
sendgrid_sandbox_mode = {mode}
filterwarnings = error
asyncio_default_fixture_loop_scope = function
addopts = -p sendgrid_reseller.testing.pytest_plugin -p no:cacheprovider
"""


def run_suite(directory: Path, mode: str, *args: str) -> subprocess.CompletedProcess[str]:
    (directory / "pytest.ini").write_text(INI.format(mode=mode))
    env = {**os.environ, "PYTHONPATH": str(PACKAGE_ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:randomly", *args],
        cwd=directory,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.mark.parametrize("mode", ["socket", "in-process"])
def test_the_fixture_suite_passes_in_both_modes(tmp_path: Path, mode: str) -> None:
    shutil.copy(SUITE / "check_fixtures.py", tmp_path)
    result = run_suite(tmp_path, mode)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert " passed" in result.stdout and "skipped" not in result.stdout, result.stdout[-2000:]


def test_an_unknown_mode_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "check_one.py").write_text("def test_it(sendgrid_sandbox):\n    pass\n")
    result = run_suite(tmp_path, "carrier-pigeon")
    assert result.returncode != 0 and "sendgrid_sandbox_mode must be one of" in result.stdout + result.stderr
