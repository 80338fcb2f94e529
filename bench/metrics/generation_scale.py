"""Generation scale: cold generation of synthetic documents of 250, 500 and 1,000 operations
(bench/synthetic_spec.py): wall time and the peak RSS of the largest process should grow at most
linearly in the number of operations."""

from __future__ import annotations

import functools
import json
import subprocess
import tempfile
from pathlib import Path

from bench.support import OURS_PYTHON, REPO, interleaved, median_of, row
from bench.synthetic_spec import write

SIZES = (250, 500, 1000)
ROUNDS = 2
# Runs the generator and prints its wall seconds and the peak RSS (bytes) of the largest process
# it started or was (ru_maxrss of the waited-for descendants; Linux reports KiB).
_PROBE = """
import json, resource, subprocess, sys, time
started = time.perf_counter()
subprocess.run(sys.argv[1:], check=True, capture_output=True)
elapsed = time.perf_counter() - started
print(json.dumps({"seconds": elapsed, "rss": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024}))
"""


def _generate(spec: Path, out: Path) -> dict[str, float]:
    command = [
        str(OURS_PYTHON),
        "-m",
        "generator",
        "generate",
        "--cold",
        "--force",
        "--spec",
        str(spec),
        "--out",
        str(out),
    ]
    result = subprocess.run(
        [str(OURS_PYTHON), "-c", _PROBE, *command], cwd=REPO, capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise RuntimeError(f"generating {spec.name} failed:\n{result.stderr[-3000:]}")
    measured: dict[str, float] = json.loads(result.stdout)
    return measured


def measure() -> list[dict[str, object]]:
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as scratch:
        work = Path(scratch)
        specs = {size: write(size, work / f"synthetic-{size}.json") for size in SIZES}
        samples = interleaved(
            ROUNDS, *(functools.partial(_generate, specs[size], work / f"out-{size}") for size in SIZES)
        )
    seconds = {size: median_of([s["seconds"] for s in runs]) for size, runs in zip(SIZES, samples, strict=True)}
    rss = {size: median_of([s["rss"] for s in runs]) for size, runs in zip(SIZES, samples, strict=True)}
    small, middle, large = SIZES
    detail = ", ".join(f"{size} ops: {seconds[size]:.2f} s, {rss[size] / 2**20:.0f} MiB" for size in SIZES)
    note = (
        f"python -m generator generate --cold on bench/synthetic_spec.py documents, median of {ROUNDS} interleaved "
        f"rounds ({detail}); peak RSS is the largest single process (generator or openapi-python-client)"
    )
    time_ratio = seconds[large] / seconds[small]
    middle_ratio = seconds[middle] / seconds[small]
    rss_ratio = rss[large] / rss[small]
    return [
        row(
            "generation scale: 1,000-op vs 250-op time",
            seconds[large],
            seconds[small],
            time_ratio,
            "<= 4.4x",
            time_ratio <= 4.4,
            "s",
            note,
        ),
        row(
            "generation scale: 500-op vs 250-op time",
            seconds[middle],
            seconds[small],
            middle_ratio,
            "<= 2.2x (linear)",
            middle_ratio <= 2.2,
            "s",
            "same runs as above",
        ),
        row(
            "generation scale: 1,000-op vs 250-op peak RSS",
            rss[large],
            rss[small],
            rss_ratio,
            "<= 4.0x (linear)",
            rss_ratio <= 4.0,
            "bytes",
            "same runs as above; ru_maxrss of the largest process",
        ),
    ]
