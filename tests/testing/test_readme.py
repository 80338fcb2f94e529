"""The README's "Testing your code" examples run, as written, as a consumer's suite in both modes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.testing.test_plugin import REPO, run_suite

SECTION = re.compile(r"^## Testing your code\n(.*?)^## ", re.S | re.M)
PYTHON_BLOCK = re.compile(r"```python\n(.*?)```", re.S)


def readme_examples() -> list[str]:
    section = SECTION.search((REPO / "README.md").read_text(encoding="utf-8"))
    assert section is not None, "README.md has no '## Testing your code' section"
    return PYTHON_BLOCK.findall(section.group(1))


def test_the_section_has_test_examples_and_a_conftest() -> None:
    examples = readme_examples()
    assert sum("def test_" in block for block in examples) >= 2
    assert any("def sendgrid_sandbox_mode" in block for block in examples)


@pytest.mark.parametrize("mode", ["socket", "in-process"])
def test_readme_examples_pass(tmp_path: Path, mode: str) -> None:
    tests = [block for block in readme_examples() if "def test_" in block]
    for index, block in enumerate(tests):
        (tmp_path / f"check_readme_{index}.py").write_text(block)
    result = run_suite(tmp_path, mode)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert f"{sum(block.count('def test_') for block in tests)} passed" in result.stdout, result.stdout[-2000:]


def test_the_readme_conftest_runs_a_suite_in_both_modes(tmp_path: Path) -> None:
    conftest = next(block for block in readme_examples() if "def sendgrid_sandbox_mode" in block)
    (tmp_path / "conftest.py").write_text(conftest)
    (tmp_path / "check_modes.py").write_text(
        "from sendgrid_reseller.testing import SandboxServer\n\n"
        "def test_mode(sendgrid_sandbox, sendgrid_sandbox_mode):\n"
        "    assert isinstance(sendgrid_sandbox, SandboxServer) == (sendgrid_sandbox_mode == 'socket')\n"
    )
    result = run_suite(tmp_path, "socket", "-vv")
    assert result.returncode == 0 and "2 passed" in result.stdout, result.stdout[-3000:]
    assert "test_mode[socket] PASSED" in result.stdout and "test_mode[in-process] PASSED" in result.stdout
