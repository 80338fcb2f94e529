"""`make bench`: run every bench/metrics/*.py module's `measure()` and write RESULTS.md + results.json.

A metric module returns a list of rows: {metric, ours, peer, ratio, target, met, unit, notes}.
`python bench/run.py [--only NAME,...]` runs some modules only (and still writes both files).
"""

from __future__ import annotations

import argparse
import datetime
import importlib
import json
import os
import platform
import shlex
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH.parent))  # `bench.*` and `generator` import from the repository root

KEYS = ("metric", "ours", "peer", "ratio", "target", "met", "unit", "notes")


def machine() -> dict[str, object]:
    cpu = platform.processor() or "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        ram = int(Path("/proc/meminfo").read_text().split()[1]) * 1024
    except OSError:
        ram = 0
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "ram_gib": round(ram / 2**30, 1),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "date": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
    }


def _fmt(value: object) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:.3f}" if abs(value) < 100 else f"{value:,.0f}"
    return str(value)


def markdown(rows: list[dict[str, object]], info: dict[str, object], command: str, seconds: float) -> str:
    lines = [
        "# Benchmark results",
        "",
        f"Command: `{command}` ({seconds:.0f} s). Machine: {info['cpu']}, {info['cores']} cores, "
        f"{info['ram_gib']} GiB RAM, Python {info['python']}, {info['platform']}, {info['date']}.",
        "",
        "Each value is a median over repeated, interleaved runs (ours, peer, ours, peer, ...). Servers",
        "(the sandbox, in its own process) and clients bind 127.0.0.1.",
        "",
        "| metric | ours | peer | ratio | target | met? | unit | notes |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        met = "yes" if r["met"] else "**no**"
        cells = [
            r["metric"],
            _fmt(r["ours"]),
            _fmt(r["peer"]),
            _fmt(r["ratio"]),
            r["target"],
            met,
            r["unit"],
            r["notes"],
        ]
        lines.append("| " + " | ".join(str(c).replace("|", "\\|") for c in cells) + " |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench/run.py", description=__doc__)
    parser.add_argument("--only", default="", help="comma-separated metric module names (default: all)")
    args = parser.parse_args(argv)
    names = sorted(p.stem for p in (BENCH / "metrics").glob("*.py") if not p.stem.startswith("_"))
    if args.only:
        names = [n for n in names if n in args.only.split(",")]
    started = time.perf_counter()
    rows: list[dict[str, object]] = []
    for name in names:
        print(f"bench: {name} ...", file=sys.stderr, flush=True)
        module = importlib.import_module(f"bench.metrics.{name}")
        for result in module.measure():
            missing = set(KEYS) - set(result)
            if missing:
                raise SystemExit(f"bench: {name}.measure() row lacks {sorted(missing)}")
            rows.append({key: result[key] for key in KEYS} | {"module": name})
            print(
                f"  {result['metric']}: {_fmt(result['ours'])} vs {_fmt(result['peer'])} -> met={result['met']}",
                file=sys.stderr,
            )
    seconds = time.perf_counter() - started
    info = machine()
    command = os.environ.get("BENCH_COMMAND") or shlex.join([Path(sys.executable).name, *sys.argv])
    (BENCH / "results.json").write_text(
        json.dumps({"command": command, "seconds": round(seconds, 1), "machine": info, "results": rows}, indent=2)
        + "\n"
    )
    (BENCH / "RESULTS.md").write_text(markdown(rows, info, command, seconds))
    missed = [str(r["metric"]) for r in rows if not r["met"]]
    print(
        f"bench: {len(rows) - len(missed)} of {len(rows)} targets met; wrote bench/RESULTS.md, bench/results.json",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
