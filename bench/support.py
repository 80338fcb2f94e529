"""What every metric shares: the peer venv, the sandbox in its own process, interleaved medians.

Peers (openapi-generator-cli, sendgrid / python_http_client, stock openapi-python-client) are
installed from PyPI into bench/.venv-peers (gitignored), never into the project's venv.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

REPO = Path(__file__).resolve().parent.parent
BENCH = REPO / "bench"
OURS_PYTHON = Path(sys.executable)
PEERS_VENV = BENCH / ".venv-peers"
PEER_PYTHON = PEERS_VENV / "bin" / "python"
PEER_REQUIREMENTS = ["openapi-generator-cli==7.26.0", "sendgrid==6.12.5", "openapi-python-client==0.29.1"]
PACKAGE_DIR = REPO / "generated" / "sendgrid-reseller"
API_KEY = "SG.sandbox-api-key"  # the sandbox's default key
CLIENTS = BENCH / "clients.py"


def ensure_peers() -> Path:
    """Create bench/.venv-peers and install the peers once (a marker file records the pins)."""
    marker = PEERS_VENV / ".bench-peers"
    wanted = "\n".join(PEER_REQUIREMENTS)
    if marker.exists() and marker.read_text() == wanted:
        return PEER_PYTHON
    if not PEER_PYTHON.exists():
        subprocess.run([sys.executable, "-m", "venv", str(PEERS_VENV)], check=True)
    pip = [str(PEER_PYTHON), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run([*pip, *PEER_REQUIREMENTS], check=True)
    marker.write_text(wanted)
    return PEER_PYTHON


def median_of(values: list[float]) -> float:
    return statistics.median(values)


Sample = TypeVar("Sample")


def interleaved(runs: int, *sides: Callable[[], Sample]) -> list[list[Sample]]:
    """Run each side once per round, in order (ours, peer, ours, peer, ...); samples per side."""
    samples: list[list[Sample]] = [[] for _ in sides]
    for _ in range(runs):
        for index, side in enumerate(sides):
            samples[index].append(side())
    return samples


def ours_env() -> dict[str, str]:
    """The project venv's interpreter sees the generated package as the tests do (pythonpath)."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(PACKAGE_DIR), env.get("PYTHONPATH", "")) if p)
    return env


def run_client(python: Path, workload: str, url: str, *args: str, timeout: float = 300.0) -> dict[str, float]:
    """Run one workload of bench/clients.py in a fresh process; it prints one JSON line."""
    command = [str(python), str(CLIENTS), workload, url, *args]
    result = subprocess.run(command, capture_output=True, text=True, env=ours_env(), timeout=timeout, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{result.stderr[-3000:]}")
    measured: dict[str, float] = json.loads(result.stdout.strip().splitlines()[-1])
    return measured


@contextmanager
def sandbox(*args: str) -> Iterator[str]:
    """`python -m sandbox --port 0 ARGS` in its own process (clients never share its core's GIL)."""
    command = [str(OURS_PYTHON), "-m", "sandbox", "--port", "0", *args]
    process = subprocess.Popen(command, cwd=REPO, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        url = process.stdout.readline().strip()  # the sandbox prints its URL once it listens
        if not url.startswith("http://127.0.0.1:"):
            raise RuntimeError(f"sandbox did not start (printed {url!r})")
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


def timed(
    command: list[str], *, env: dict[str, str] | None = None, cwd: Path | None = None, timeout: float = 300.0
) -> float:
    """Wall seconds of one command (which must succeed)."""
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, env=env, cwd=cwd, timeout=timeout, check=False)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise RuntimeError(
            f"{' '.join(command)} failed (exit {result.returncode}):\n{(result.stdout + result.stderr)[-3000:]}"
        )
    return elapsed


def row(
    metric: str, ours: float, peer: float | None, ratio: float | None, target: str, met: bool, unit: str, notes: str
) -> dict[str, object]:
    return {
        "metric": metric,
        "ours": ours,
        "peer": peer,
        "ratio": ratio,
        "target": target,
        "met": met,
        "unit": unit,
        "notes": notes,
    }
