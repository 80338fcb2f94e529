"""Generating a folder of other people's OpenAPI documents: ours (`python -m generator foreign`)
against stock openapi-python-client on the same files, side by side in one run.

    python -m bench.metrics.foreign_generation FOLDER [--rounds N]

Rounds alternate (ours, stock, ours, stock, ...); the report is the median wall time of each
side, and per document our time (from the `foreign` report) and stock's time and exit status.
Ours: one process, documents one per core, each generated, formatted and imported. Stock: the
openapi-python-client CLI (the pinned peer, with its default ruff post-hooks) once per file, as a
shell loop would run it. Prints a Markdown section for bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.support import OURS_PYTHON, PEERS_VENV, REPO, ensure_peers

ROUNDS = 3
_OUR_LINE = re.compile(r"^(\S+)\s+declared\s+(\d+)\s+generated\s+(\d+)\s+adaptations\s+(\d+)\s+([\d.]+)s\s+(\S+)")


def ours(folder: Path, out: Path, jobs: int = 0) -> tuple[float, dict[str, tuple[int, int, int, float, str]], str]:
    shutil.rmtree(out, ignore_errors=True)
    started = time.perf_counter()
    done = subprocess.run(
        [str(OURS_PYTHON), "-m", "generator", "foreign", str(folder), "--out", str(out), "--jobs", str(jobs)],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    elapsed = time.perf_counter() - started
    per_file = {
        m.group(1): (int(m.group(2)), int(m.group(3)), int(m.group(4)), float(m.group(5)), m.group(6))
        for m in map(_OUR_LINE.match, done.stdout.splitlines())
        if m
    }
    return elapsed, per_file, done.stdout.strip().splitlines()[-1] if done.stdout.strip() else done.stderr


def stock(documents: list[Path], out: Path) -> tuple[float, dict[str, tuple[float, int]]]:
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    peer_bin = PEERS_VENV / "bin"
    env = {**os.environ, "PATH": f"{peer_bin}{os.pathsep}{os.environ['PATH']}"}  # its ruff post-hooks
    per_file: dict[str, tuple[float, int]] = {}
    started = time.perf_counter()
    for document in documents:
        one = time.perf_counter()
        done = subprocess.run(
            [
                str(peer_bin / "openapi-python-client"),
                "generate",
                "--path",
                str(document),
                "--meta",
                "none",
                "--output-path",
                str(out / document.stem),
            ],
            env=env,
            capture_output=True,
            check=False,
        )
        per_file[document.name] = (time.perf_counter() - one, done.returncode)
    return time.perf_counter() - started, per_file


def measure() -> list[dict[str, object]]:
    """`make bench` row: only when BENCH_FOREIGN_SPECS names a folder of documents (SendGrid's
    published files are not committed: fetch them, then point this at them)."""
    folder = os.environ.get("BENCH_FOREIGN_SPECS")
    if not folder:
        print(
            "  foreign_generation: skipped (set BENCH_FOREIGN_SPECS to a folder of OpenAPI documents)", file=sys.stderr
        )
        return []
    documents = sorted(p for p in Path(folder).iterdir() if p.suffix in (".yaml", ".yml", ".json"))
    ensure_peers()
    ours_times: list[float] = []
    stock_times: list[float] = []
    with tempfile.TemporaryDirectory(prefix="bench-foreign-") as scratch:
        for _ in range(ROUNDS):
            ours_times.append(ours(Path(folder), Path(scratch) / "ours")[0])
            stock_times.append(stock(documents, Path(scratch) / "stock")[0])
    ours_median, stock_median = statistics.median(ours_times), statistics.median(stock_times)
    return [
        {
            "metric": f"generate {len(documents)} foreign documents vs stock openapi-python-client",
            "ours": round(ours_median, 2),
            "peer": round(stock_median, 2),
            "ratio": round(ours_median / stock_median, 3),
            "target": "<= 1.0x",
            "met": ours_median <= stock_median,
            "unit": "s",
            "notes": "python -m generator foreign FOLDER (one document per core, each generated, formatted and "
            "imported) vs the stock CLI once per file with its ruff post-hooks; BENCH_FOREIGN_SPECS names the folder",
        }
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=0, help="ours: documents at once (default: one per core)")
    args = parser.parse_args()
    documents = sorted(p for p in args.folder.iterdir() if p.suffix in (".yaml", ".yml", ".json"))
    ensure_peers()
    ours_times: list[float] = []
    stock_times: list[float] = []
    with tempfile.TemporaryDirectory(prefix="bench-foreign-") as scratch:
        for _ in range(args.rounds):
            elapsed, our_files, totals = ours(args.folder, Path(scratch) / "ours", args.jobs)
            ours_times.append(elapsed)
            stock_elapsed, stock_files = stock(documents, Path(scratch) / "stock")
            stock_times.append(stock_elapsed)
    ours_median, stock_median = statistics.median(ours_times), statistics.median(stock_times)
    print(f"### Generating {len(documents)} foreign documents: ours vs stock openapi-python-client\n")
    print(
        f"Command: `python -m bench.metrics.foreign_generation FOLDER --rounds {args.rounds} --jobs {args.jobs}`, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}."
    )
    print(f"Rounds interleaved (ours, stock, ...); ours: {', '.join(f'{t:.1f}' for t in ours_times)} s; "
          f"stock: {', '.join(f'{t:.1f}' for t in stock_times)} s.\n")  # fmt: skip
    print("| metric | ours | stock | ratio | target | met? | unit |")
    print("|---|---|---|---|---|---|---|")
    ratio = ours_median / stock_median
    met = "yes" if ratio <= 1.0 else "**no**"
    print(
        f"| wall time, all {len(documents)} documents | {ours_median:.1f} | {stock_median:.1f} | {ratio:.3f} | <= 1.0x | {met} | s |"
    )
    print(f"\nOurs (last round): {totals}. Stock: {sum(1 for _, code in stock_files.values() if code == 0)} of "
          f"{len(documents)} exit 0.\n")  # fmt: skip
    print("| document | declared | generated | adaptations | ours s | stock s | stock exit |")
    print("|---|---|---|---|---|---|---|")
    for document in documents:
        declared, generated, adapted, seconds, _ = our_files.get(document.name, (0, 0, 0, 0.0, "?"))
        stock_seconds, code = stock_files[document.name]
        print(
            f"| {document.name} | {declared} | {generated} | {adapted} | {seconds:.2f} | {stock_seconds:.2f} | {code} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
