"""mypy --strict on consumer code: the right calls pass, the usual mistakes are caught where they are."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from generator.paths import REPO_ROOT

CONSUMER = Path(__file__).parent / "consumer"
_MARK = re.compile(r"# error: ([\w-]+)")
_REPORTED = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+): error: .*\[(?P<code>[\w-]+)\]$")


def _expected() -> set[tuple[str, int, str]]:
    found = set()
    for number, line in enumerate((CONSUMER / "bad.py").read_text().splitlines(), start=1):
        mark = _MARK.search(line)
        if mark:
            found.add(("bad.py", number, mark.group(1)))
    return found


def test_mypy_strict_catches_consumer_mistakes(mypy_cache: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(mypy_cache), "good.py", "bad.py"],
        cwd=CONSUMER,
        env={**os.environ, "MYPYPATH": str(REPO_ROOT / "generated" / "sendgrid-reseller")},
        capture_output=True,
        text=True,
        check=False,
    )
    reported = set()
    for line in result.stdout.splitlines():
        match = _REPORTED.match(line)
        if match:
            reported.add((Path(match["file"]).name, int(match["line"]), match["code"]))
    expected = _expected()
    # misspelled keyword, wrong type, missing field, missing await (2), async items and page iterated with `for`
    assert len(expected) == 7
    assert reported == expected, result.stdout
