"""How many operations API.md lists per section, read from its text.

API.md is the package's other, independent listing of its operations; the reference pages are
built from the package, so comparing the two catches a page that drops or invents a method.
A section is a `## ` heading; its operations are the body rows of its tables, or, for a format
without tables, the distinct endpoint modules (`sendgrid_reseller.api.<group>.<operation>`) it names.
"""

from __future__ import annotations

import re
from pathlib import Path

from tests.docs.site_tools import REPOSITORY

API_MD = REPOSITORY / "generated" / "sendgrid-reseller" / "API.md"
SEPARATOR_ROW = re.compile(r"^\|(\s*:?-+:?\s*\|)+\s*$")
MODULE = re.compile(r"sendgrid_reseller\.api\.\w+\.\w+")


def _count(lines: list[str]) -> int:
    rows, in_table = 0, False
    for line in lines:
        if not line.startswith("|"):
            in_table = False
        elif not in_table:
            in_table = True  # the header row
        elif not SEPARATOR_ROW.match(line):
            rows += 1
    return rows or len(set(MODULE.findall("\n".join(lines))))


def operations_per_section(path: Path = API_MD) -> dict[str, int]:
    sections: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            current = sections.setdefault(line[3:].strip(), [])
        elif current is not None:
            current.append(line.strip())
    counts = {title: _count(lines) for title, lines in sections.items()}
    return {title: count for title, count in counts.items() if count}
