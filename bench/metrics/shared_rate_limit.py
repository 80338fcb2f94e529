"""Rate limits shared through Redis: 4 processes x 4 threads against one sandbox endpoint (50 per 1 s).

`measure()` returns the rows `make bench` collects; `python -m bench.metrics.shared_rate_limit`
prints them. Everything runs on loopback: a sandbox (SendGrid's windows and X-RateLimit-* headers)
in this process (in its own for the latency rows), a throw-away redis-server, and worker processes
spawned fresh.

Runs (each against a fresh sandbox, Redis flushed):
- redis: every worker uses `rate_limit_store=<redis URL>` (one shared window per endpoint);
- memory: the same workers with their own in-memory stores (what sharing prevents);
- one process: 16 threads of one process sharing one in-memory store, the best pacing can do
  from the server's headers alone (the reference for what sharing costs).
"""

from __future__ import annotations

import json
import logging
import math
import multiprocessing
import statistics
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from multiprocessing.sharedctypes import Synchronized
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
for _path in (ROOT, ROOT / "generated" / "sendgrid-reseller"):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

from sendgrid_reseller._runtime.client import Client  # noqa: E402
from sendgrid_reseller._runtime.errors import SendGridError  # noqa: E402
from sendgrid_reseller._runtime.operation import Operation  # noqa: E402

from bench.redis_server import RedisServer, ensure_installed  # noqa: E402
from bench.support import sandbox  # noqa: E402
from sandbox import RateLimit, SandboxServer  # noqa: E402
from sandbox._config import DEFAULT_API_KEY  # noqa: E402

LIMIT = 50
WINDOW = 1.0
PROCESSES = 4
THREADS = 4
CALLS = 600
TARGET_THROUGHPUT = 0.95
TARGET_429_PER_WINDOW = 1
LATENCY_CALLS = 1500
RUN_TIMEOUT = 120.0  # seconds a run may take before it counts as hung
# Issue 17: what the Redis store may add to a call on loopback, and how often a call may wait for Redis.
TARGET_ADDED_LATENCY_US = 400.0
TARGET_ROUND_TRIPS = 1
ROUND_TRIP_CALLS = 100
# The latency runs' sandbox: in its own process (an in-process one shares the client's GIL, and its
# work after each answer lands on whatever the client does next), with a limit never reached.
UNTHROTTLED = ("--rate-limit", f"{10**9}/60", "--seed-subusers", "10")

OPERATION = Operation(name="list_subusers", api="v3", method="GET", path="/v3/subusers", idempotent=True)
CALL: dict[str, Any] = {"method": "get", "url": "/v3/subusers", "params": {"limit": 1}}
ENDPOINT = "GET /v3/subusers"


@dataclass
class Run:
    store: str
    processes: int
    threads: int
    calls: int
    ok: int
    failed: int
    seconds: float
    throughput: float  # successful calls per second
    throttled: int  # 429s the sandbox sent
    throttled_per_window: list[int]

    @property
    def max_429_per_window(self) -> int:
        return max(self.throttled_per_window, default=0)


def _client(base_url: str, store: str) -> Client:
    return Client(api_key=DEFAULT_API_KEY, base_url=base_url, allow_insecure_http=True, rate_limit_store=store)


def _call_loop(client: Client, counter: Synchronized[int], total: int, out: dict[str, float]) -> None:
    while True:
        with counter.get_lock():
            if counter.value >= total:
                return
            counter.value += 1
        try:
            client.send(OPERATION, CALL)
        except SendGridError:
            out["failed"] += 1
        else:
            out["ok"] += 1
        out["end"] = time.time()


def _worker(
    base_url: str,
    store: str,
    threads: int,
    counter: Synchronized[int],
    total: int,
    barrier: Any,
    start_at: Synchronized[float],
    results: Any,
) -> None:
    logging.getLogger("sendgrid_reseller").setLevel(logging.ERROR)  # the 429 retries of the memory run
    client = _client(base_url, store)
    tallies = [{"ok": 0.0, "failed": 0.0, "end": 0.0} for _ in range(threads)]
    # Every run starts 0.1 s into a wall-clock second: the sandbox rounds Reset up to whole seconds,
    # so the phase of the first window decides when the later ones open. Same phase, fair comparison.
    if barrier.wait() == 0:
        start_at.value = math.ceil(time.time() + 0.2) + 0.1
    barrier.wait()
    time.sleep(max(0.0, start_at.value - time.time()))
    started = start_at.value
    pool = [threading.Thread(target=_call_loop, args=(client, counter, total, out)) for out in tallies]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()
    client.close()
    results.put(
        {
            "ok": sum(t["ok"] for t in tallies),
            "failed": sum(t["failed"] for t in tallies),
            "start": started,
            "end": max(t["end"] for t in tallies),
        }
    )


def run(store: str, *, processes: int = PROCESSES, threads: int = THREADS, calls: int = CALLS) -> Run:
    """`calls` calls from `processes` x `threads` workers using `store`, against a fresh sandbox."""
    context = multiprocessing.get_context("spawn")
    counter = context.Value("i", 0)
    start_at = context.Value("d", 0.0)
    barrier = context.Barrier(processes)
    results = context.Queue()
    with SandboxServer(subusers=10, rate_limit=RateLimit(LIMIT, WINDOW)) as server:
        workers = [
            context.Process(
                target=_worker,
                args=(server.base_url, store, threads, counter, calls, barrier, start_at, results),
                daemon=True,
            )
            for _ in range(processes)
        ]
        for worker in workers:
            worker.start()
        reports = [results.get(timeout=RUN_TIMEOUT) for _ in workers]
        for worker in workers:
            worker.join(30)
        stats = server.stats()
    seconds = max(r["end"] for r in reports) - start_at.value
    ok = int(sum(r["ok"] for r in reports))
    per_window = stats.throttled_per_window.get(ENDPOINT, [])
    return Run(
        store=store.split("://")[0],
        processes=processes,
        threads=threads,
        calls=calls,
        ok=ok,
        failed=int(sum(r["failed"] for r in reports)),
        seconds=round(seconds, 3),
        throughput=round(ok / seconds, 2),
        throttled=stats.throttled,
        throttled_per_window=per_window,
    )


@contextmanager
def redis_wire_log() -> Iterator[list[str]]:
    """What goes over redis-py's connections meanwhile: "send" (a command written), "ready" (a reply
    already received, seen without waiting) and "read" (a reply read)."""
    from redis.asyncio.connection import Connection as AsyncConnection
    from redis.connection import Connection

    events: list[str] = []
    originals: list[tuple[type[Any], str, Any]] = []

    def wrap(cls: type[Any], name: str, event: str, when_true: bool) -> None:
        original = cls.__dict__.get(name) or getattr(cls, name)
        originals.append((cls, name, cls.__dict__.get(name)))

        if cls is AsyncConnection:

            async def logged_async(self: Any, *args: Any, **kwargs: Any) -> Any:
                result = await original(self, *args, **kwargs)
                if result or not when_true:
                    events.append(event)
                return result

            setattr(cls, name, logged_async)
        else:

            def logged(self: Any, *args: Any, **kwargs: Any) -> Any:
                result = original(self, *args, **kwargs)
                if result or not when_true:
                    events.append(event)
                return result

            setattr(cls, name, logged)

    for cls in (Connection, AsyncConnection):
        wrap(cls, "send_packed_command", "send", False)
        wrap(cls, "read_response", "read", False)
        wrap(cls, "can_read", "ready", True)
    try:
        yield events
    finally:
        for cls, name, original in reversed(originals):
            if original is None:
                delattr(cls, name)
            else:
                setattr(cls, name, original)


def round_trips(events: list[str]) -> int:
    """How often the client waited for Redis: a read right after a send (reads after "ready", or after
    another read of the same batch, wait for nothing new)."""
    return sum(1 for before, after in zip(events, events[1:], strict=False) if (before, after) == ("send", "read"))


def round_trips_per_call(redis_url: str, calls: int = ROUND_TRIP_CALLS) -> float:
    """Redis round trips per call (reserve + the answer), in the steady state, on an unthrottled sandbox."""
    with sandbox(*UNTHROTTLED) as base_url:
        client = _client(base_url, redis_url)
        client.send(OPERATION, CALL)  # connect, load the scripts, learn the limit
        with redis_wire_log() as events:
            for _ in range(calls):
                client.send(OPERATION, CALL)
        client.close()
    return round_trips(events) / calls


def added_latency(redis_url: str, calls: int = LATENCY_CALLS) -> tuple[float, float]:
    """Median call latency in µs (in-memory store, Redis store), sequential, on an unthrottled sandbox."""
    timings: dict[str, list[float]] = {"memory": [], "redis": []}
    with sandbox(*UNTHROTTLED) as base_url:
        clients = {"memory": _client(base_url, "memory"), "redis": _client(base_url, redis_url)}
        for client in clients.values():
            client.send(OPERATION, CALL)  # connect, learn the limit
        for _ in range(calls // 100):
            for name, client in clients.items():  # interleaved blocks: both see the same machine load
                for _ in range(100):
                    started = time.perf_counter()
                    client.send(OPERATION, CALL)
                    timings[name].append((time.perf_counter() - started) * 1e6)
        for client in clients.values():
            client.close()
    return statistics.median(timings["memory"]), statistics.median(timings["redis"])


def _row(
    metric: str, ours: float, peer: float, ratio: float, target: float | str, met: bool, unit: str, notes: str
) -> dict[str, Any]:
    return {
        "metric": metric,
        "ours": ours,
        "peer": peer,
        "ratio": round(ratio, 3),
        "target": target,
        "met": met,
        "unit": unit,
        "notes": notes,
    }


def latency_row(memory_us: float, redis_us: float, trips: float, latency_calls: int) -> dict[str, Any]:
    return _row(
        "shared_rate_limit.median_call_latency",
        round(redis_us, 1),
        round(memory_us, 1),
        redis_us / memory_us,
        f"≤ {TARGET_ROUND_TRIPS} round trip per call, ≤ {TARGET_ADDED_LATENCY_US:.0f} µs added",
        trips <= TARGET_ROUND_TRIPS and redis_us - memory_us <= TARGET_ADDED_LATENCY_US,
        "µs",
        f"median of {latency_calls} sequential calls each on loopback (sandbox in its own process, unthrottled; "
        f"peer: the in-memory store); the Redis store adds {redis_us - memory_us:.0f} µs per call and waits for Redis {trips:g} "
        f"time(s) per call ({ROUND_TRIP_CALLS} calls counted on redis-py's connections): the reservation's "
        f"script; the answer's script is sent at once and its reply read with the next call's.",
    )


def measure(calls: int = CALLS, latency_calls: int = LATENCY_CALLS) -> list[dict[str, Any]]:
    executable = ensure_installed()
    if executable is None:
        raise RuntimeError("redis-server is not installed and cannot be installed here (apt-get as root)")
    with RedisServer(executable) as redis_server:
        shared = run(redis_server.url, calls=calls)
        separate = run("memory", calls=calls)
        one_process = run("memory", processes=1, threads=PROCESSES * THREADS, calls=calls)
        memory_us, redis_us = added_latency(redis_server.url, latency_calls)
        trips = round_trips_per_call(redis_server.url)
    allowed = LIMIT / WINDOW
    setup = f"{PROCESSES} processes x {THREADS} threads, {calls} calls, sandbox {LIMIT}/{WINDOW:g} s"
    return [
        _row(
            "shared_rate_limit.throughput_vs_allowed",
            shared.throughput,
            allowed,
            shared.throughput / allowed,
            TARGET_THROUGHPUT,
            shared.throughput / allowed >= TARGET_THROUGHPUT,
            "calls/s",
            f"{setup}; Redis store (the sandbox's windows tick with the clock, so its integer Reset is exact); "
            f"for reference one process pacing alone reaches {one_process.throughput} calls/s.",
        ),
        _row(
            "shared_rate_limit.throughput_vs_one_process",
            shared.throughput,
            one_process.throughput,
            shared.throughput / one_process.throughput,
            TARGET_THROUGHPUT,
            shared.throughput / one_process.throughput >= TARGET_THROUGHPUT,
            "calls/s",
            f"{setup}; peer: 1 process x {PROCESSES * THREADS} threads sharing one in-memory store (the same "
            f"pacing rules without Redis); what sharing across processes costs in throughput.",
        ),
        _row(
            "shared_rate_limit.max_429_per_window",
            shared.max_429_per_window,
            separate.max_429_per_window,
            shared.max_429_per_window / max(1, separate.max_429_per_window),
            TARGET_429_PER_WINDOW,
            shared.max_429_per_window <= TARGET_429_PER_WINDOW,
            "429s",
            f"{setup}; ours: Redis store, {shared.throttled} 429s in all, {shared.failed} calls failed; peer: "
            f"in-memory store per process, {separate.throttled} 429s in all (per window {separate.throttled_per_window}), "
            f"{separate.failed} calls failed, {separate.throughput} calls/s.",
        ),
        latency_row(memory_us, redis_us, trips, latency_calls),
    ]


def main() -> None:
    for row in measure():
        print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main()
