"""`make bench`: run every bench/metrics/*.py module's `measure()` and write RESULTS.md + results.json.

A metric module returns a list of rows: {metric, ours, peer, ratio, target, met, unit, notes}.
Each row is stamped with the run that measured it (date, command, load average when its module
started), because a partial run must not pass off older rows as its own.
`python bench/run.py --only NAME,...` runs some modules only and keeps every other module's rows
from the previous results.json, each with its own stamp; a full run replaces them all. Sections
written by hand after the table in RESULTS.md (lines from the first `## ` heading on) are kept.
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
STAMP_KEYS = ("measured", "load")


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


def markdown(
    rows: list[dict[str, object]], info: dict[str, object], command: str, seconds: float, kept_sections: str
) -> str:
    lines = [
        "# Benchmark results",
        "",
        f"Last run: `{command}` ({seconds:.0f} s). Machine: {info['cpu']}, {info['cores']} cores, "
        f"{info['ram_gib']} GiB RAM, Python {info['python']}, {info['platform']}, {info['date']}.",
        "",
        "Each value is a median over repeated, interleaved runs (ours, peer, ours, peer, ...). Servers",
        "(the sandbox, in its own process) and clients bind 127.0.0.1. The `measured` column names the",
        "run each row comes from and the 1-minute load average when its module started (2 cores: above",
        "about 1.5 other work was competing and absolute figures are low).",
        "",
        "| metric | ours | peer | ratio | target | met? | unit | measured | notes |",
        "|---|---|---|---|---|---|---|---|---|",
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
            f"{r['measured']}, load {r['load']}",
            r["notes"],
        ]
        lines.append("| " + " | ".join(str(c).replace("|", "\\|") for c in cells) + " |")
    text = "\n".join(lines) + "\n"
    return text + ("\n" + kept_sections if kept_sections else "")


def hand_written_sections(results_md: Path) -> str:
    """What follows the generated table in RESULTS.md: from the first `## ` heading to the end."""
    if not results_md.exists():
        return ""
    text = results_md.read_text()
    at = text.find("\n## ")
    return text[at + 1 :] if at >= 0 else ""


def previous_rows(results_json: Path, replaced_modules: set[str]) -> list[dict[str, object]]:
    """Rows of modules not run this time, stamped with the run that measured them."""
    if not results_json.exists():
        return []
    previous = json.loads(results_json.read_text())
    fallback = {"measured": f"{previous['machine']['date']} ({previous['command']})", "load": "unknown"}
    return [fallback | row for row in previous["results"] if row.get("module") not in replaced_modules]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench/run.py", description=__doc__)
    parser.add_argument("--only", default="", help="comma-separated metric module names (default: all)")
    args = parser.parse_args(argv)
    available = sorted(p.stem for p in (BENCH / "metrics").glob("*.py") if not p.stem.startswith("_"))
    names = available
    if args.only:
        wanted = args.only.split(",")
        unknown = sorted(set(wanted) - set(available))
        if unknown:
            raise SystemExit(f"bench: --only names unknown metric module(s) {unknown}; known: {available}")
        names = [n for n in available if n in wanted]
    command = os.environ.get("BENCH_COMMAND") or shlex.join([Path(sys.executable).name, *sys.argv])
    started = time.perf_counter()
    rows: list[dict[str, object]] = []
    for name in names:
        print(f"bench: {name} ...", file=sys.stderr, flush=True)
        stamp = {
            "measured": f"{machine()['date']} ({command})",
            "load": f"{os.getloadavg()[0]:.1f}",
        }
        module = importlib.import_module(f"bench.metrics.{name}")
        for result in module.measure():
            missing = set(KEYS) - set(result)
            if missing:
                raise SystemExit(f"bench: {name}.measure() row lacks {sorted(missing)}")
            rows.append({key: result[key] for key in KEYS} | stamp | {"module": name})
            print(
                f"  {result['metric']}: {_fmt(result['ours'])} vs {_fmt(result['peer'])} -> met={result['met']}",
                file=sys.stderr,
            )
    seconds = time.perf_counter() - started
    info = machine()
    if args.only:
        order = {name: i for i, name in enumerate(available)}
        rows = sorted(
            previous_rows(BENCH / "results.json", set(names)) + rows,
            key=lambda row: order.get(str(row["module"]), len(order)),
        )
    kept_sections = hand_written_sections(BENCH / "RESULTS.md")
    (BENCH / "results.json").write_text(
        json.dumps({"command": command, "seconds": round(seconds, 1), "machine": info, "results": rows}, indent=2)
        + "\n"
    )
    (BENCH / "RESULTS.md").write_text(markdown(rows, info, command, seconds, kept_sections))
    missed = [str(r["metric"]) for r in rows if not r["met"]]
    print(
        f"bench: {len(rows) - len(missed)} of {len(rows)} targets met; wrote bench/RESULTS.md, bench/results.json",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
