"""Incremental regeneration: one operation's description changed, `generate` (with the generator
cache of the previous run) against a cold run of the same spec, and the two outputs compared."""

from __future__ import annotations

import filecmp
import shutil
import tempfile
from pathlib import Path

from bench.support import OURS_PYTHON, REPO, interleaved, median_of, row, timed

ROUNDS = 3
EDITED_FILE = "v3/subusers.yaml"


def _edit(spec_dir: Path, round_number: int) -> None:
    """A new text for the first operation-level description of the subusers file."""
    path = spec_dir / EDITED_FILE
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    operation = next(i for i, line in enumerate(lines) if line.startswith("    operationId: "))
    index = next(i for i, line in enumerate(lines) if i > operation and line.startswith("    description: "))
    lines[index] = f"    description: Edited for the incremental benchmark, round {round_number}.\n"
    path.write_text("".join(lines), encoding="utf-8")


def _same_trees(left: Path, right: Path) -> bool:
    compared = filecmp.dircmp(left, right)
    if compared.left_only or compared.right_only or compared.funny_files:
        return False
    _, mismatch, errors = filecmp.cmpfiles(left, right, compared.common_files, shallow=False)
    return not mismatch and not errors and all(_same_trees(left / d, right / d) for d in compared.common_dirs)


def measure() -> list[dict[str, object]]:
    with tempfile.TemporaryDirectory(prefix="bench-incremental-") as scratch:
        work = Path(scratch)
        shutil.copytree(REPO / "spec", work / "spec")
        if (REPO / "CHANGELOG.md").exists():
            shutil.copyfile(REPO / "CHANGELOG.md", work / "CHANGELOG.md")
        spec = work / "spec" / "openapi.yaml"
        generate = [str(OURS_PYTHON), "-m", "generator", "generate", "--spec", str(spec)]
        timed([*generate, "--out", str(work / "incremental")], cwd=REPO)  # the previous run: fills the cache
        rounds = iter(range(1, ROUNDS + 1))

        def incremental() -> float:
            _edit(work / "spec", next(rounds))
            return timed([*generate, "--out", str(work / "incremental")], cwd=REPO)

        ours, cold = interleaved(
            ROUNDS, incremental, lambda: timed([*generate, "--cold", "--force", "--out", str(work / "cold")], cwd=REPO)
        )
        identical = _same_trees(work / "incremental" / "sendgrid-reseller", work / "cold" / "sendgrid-reseller")
    o, c = median_of(ours), median_of(cold)
    return [
        row(
            "incremental regeneration: one operation's description changed vs cold",
            o,
            c,
            o / c,
            "<= 0.35x, byte-identical",
            o / c <= 0.35 and identical,
            "s",
            f"`python -m generator generate` with the cache of the previous run (a new description in {EDITED_FILE} "
            f"each round) vs `generate --cold` of the same spec, median of {ROUNDS} interleaved rounds; outputs "
            f"{'byte-identical' if identical else 'DIFFER'} (tests/generator/test_incremental.py proves it too)",
        )
    ]
