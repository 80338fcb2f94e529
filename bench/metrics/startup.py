"""`import sendgrid_reseller` + one call in a fresh process, against `import httpx` + one raw call."""

from __future__ import annotations

from bench.support import CLIENTS, OURS_PYTHON, interleaved, median_of, ours_env, row, sandbox, timed

ROUNDS = 15


def measure() -> list[dict[str, object]]:
    env = ours_env()
    with sandbox("--rate-limit", "off") as url:
        ours, peer = interleaved(
            ROUNDS,
            lambda: timed([str(OURS_PYTHON), str(CLIENTS), "startup-ours", url], env=env),
            lambda: timed([str(OURS_PYTHON), str(CLIENTS), "startup-httpx", url], env=env),
        )
    o, p = median_of(ours), median_of(peer)
    note = "wall time from spawn to exit: interpreter start, import, client, one GET /v3/subusers?limit=1"
    return [row("import sendgrid_reseller + one call, fresh process", o, p, o / p, "<= 1.3x", o / p <= 1.3, "s", note)]
