"""Sequential and async calls and the rate-limited endpoint, against the sandbox running in its own
process (Link pagination: pagination.py). Each client run is a fresh process; sides alternate round by round."""

from __future__ import annotations

from bench.support import OURS_PYTHON, ensure_peers, interleaved, median_of, row, run_client, sandbox

SYNC_CALLS = 2000
ASYNC_CALLS = 1000
RECORDS = 100_000
RATE_LIMIT = (50, 1.0)
RATE_LIMITED_CALLS = 500
ROUNDS = 5


def _rate(python, workload: str, url: str, n: int) -> float:  # type: ignore[no-untyped-def]
    result = run_client(python, workload, url, str(n))
    return result["calls"] / result["seconds"]


def _sequential(url: str, peer_python) -> list[dict[str, object]]:  # type: ignore[no-untyped-def]
    ours, httpx_, phc = interleaved(
        ROUNDS,
        lambda: _rate(OURS_PYTHON, "sync-ours", url, SYNC_CALLS),
        lambda: _rate(OURS_PYTHON, "sync-httpx", url, SYNC_CALLS),
        lambda: _rate(peer_python, "sync-python-http-client", url, SYNC_CALLS),
    )
    o, h, p = median_of(ours), median_of(httpx_), median_of(phc)
    note = f"{SYNC_CALLS} GET /v3/subusers?limit=1 per run after 50 warm-up calls; keep-alive"
    return [
        row("sequential sync calls vs raw httpx.Client", o, h, o / h, ">= 0.95x", o / h >= 0.95, "req/s", note),
        row("sequential sync calls vs python_http_client", o, p, o / p, ">= 1.15x", o / p >= 1.15, "req/s", note),
    ]


def _fan_out(url: str) -> dict[str, object]:
    ours, peer = interleaved(
        ROUNDS,
        lambda: _rate(OURS_PYTHON, "async-ours", url, ASYNC_CALLS),
        lambda: _rate(OURS_PYTHON, "async-httpx", url, ASYNC_CALLS),
    )
    o, p = median_of(ours), median_of(peer)
    note = f"{ASYNC_CALLS} calls, concurrency 32 (asyncio.Semaphore), raw side: httpx.AsyncClient"
    return row("async fan-out, 1,000 calls, concurrency 32", o, p, o / p, ">= 0.9x", o / p >= 0.9, "req/s", note)


def _rate_limited() -> dict[str, object]:
    requests, window = RATE_LIMIT
    allowed = requests / window
    results = []
    with sandbox("--rate-limit", f"{requests}/{window}") as url:
        for _ in range(3):
            results.append(run_client(OURS_PYTHON, "rate-limited-ours", url, str(RATE_LIMITED_CALLS)))
    rate = median_of([r["calls"] / r["seconds"] for r in results])
    worst = max(r["max_429_per_window"] for r in results)
    met = rate / allowed >= 0.97 and worst <= 1
    note = f"{RATE_LIMITED_CALLS} sequential calls, sandbox {requests} per {window:g} s window; 3 runs; most 429s in one window: {worst}"
    return row(
        "rate-limited endpoint (50 per 1 s window), 500 calls",
        rate,
        allowed,
        rate / allowed,
        ">= 0.97 of allowed, <= 1 429/window",
        met,
        "req/s",
        note,
    )


def measure() -> list[dict[str, object]]:
    peer_python = ensure_peers()
    with sandbox("--rate-limit", "off", "--seed-subusers", str(RECORDS)) as url:
        rows = _sequential(url, peer_python)
        rows.append(_fan_out(url))
    rows.append(_rate_limited())
    return rows
