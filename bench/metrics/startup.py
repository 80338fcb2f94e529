"""`import sendgrid_reseller` + one call in a fresh process, against `import httpx` + one raw call."""

from __future__ import annotations

import tempfile

from bench.support import CLIENTS, OURS_PYTHON, interleaved, median_of, ours_env, row, sandbox, timed

ROUNDS = 15


def warm_bytecode_env(cache_dir: str) -> dict[str, str]:
    """Both sides with bytecode written once and reused. Without this, PYTHONDONTWRITEBYTECODE (set
    in CI and here) leaves the generated package, which has no __pycache__, compiled from source in
    every process while httpx's bytecode was written when the venv was installed: a skew against us.
    A private PYTHONPYCACHEPREFIX keeps the source trees untouched."""
    env = ours_env()
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = cache_dir
    return env


def measure() -> list[dict[str, object]]:
    with (
        tempfile.TemporaryDirectory(prefix="bench-startup-pycache-") as cache_dir,
        sandbox("--rate-limit", "off") as url,
    ):
        env = warm_bytecode_env(cache_dir)
        ours_command = [str(OURS_PYTHON), str(CLIENTS), "startup-ours", url]
        peer_command = [str(OURS_PYTHON), str(CLIENTS), "startup-httpx", url]
        for command in (ours_command, peer_command):
            timed(command, env=env)  # untimed warm-up: writes each side's bytecode into the cache
        ours, peer = interleaved(ROUNDS, lambda: timed(ours_command, env=env), lambda: timed(peer_command, env=env))
    o, p = median_of(ours), median_of(peer)
    note = (
        "wall time from spawn to exit: interpreter start, import, client, one GET /v3/subusers?limit=1; "
        "both sides with warm bytecode (one untimed run each, PYTHONPYCACHEPREFIX in a temporary folder)"
    )
    return [row("import sendgrid_reseller + one call, fresh process", o, p, o / p, "<= 1.3x", o / p <= 1.3, "s", note)]
