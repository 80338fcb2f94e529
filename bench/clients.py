"""Client-side workloads, one per process: `python bench/clients.py WORKLOAD URL [N]`.

Prints one JSON line. Timing covers the measured loop only (imports and a warm-up are outside
it), except `startup-*`, which the parent times from spawn to exit. Runs under the project venv
(ours, raw httpx) or the peer venv (python_http_client), so every import is local to a workload.
"""

from __future__ import annotations

import json
import resource
import sys
import time

API_KEY = "SG.sandbox-api-key"
AUTH = {"Authorization": f"Bearer {API_KEY}"}
WARMUP = 50


def _ours(url: str):  # type: ignore[no-untyped-def]
    from sendgrid_reseller import SendGrid

    return SendGrid(api_key=API_KEY, base_url=url, allow_insecure_http=True)


def sync_ours(url: str, n: int) -> dict[str, float]:
    with _ours(url) as client:
        for _ in range(WARMUP):
            client.subusers.list(limit=1)
        started = time.perf_counter()
        for _ in range(n):
            client.subusers.list(limit=1)
        return {"seconds": time.perf_counter() - started, "calls": n}


def sync_httpx(url: str, n: int) -> dict[str, float]:
    import httpx

    with httpx.Client(base_url=url, headers=AUTH) as client:

        def call() -> None:
            response = client.get("/v3/subusers", params={"limit": 1})
            response.raise_for_status()
            response.json()

        for _ in range(WARMUP):
            call()
        started = time.perf_counter()
        for _ in range(n):
            call()
        return {"seconds": time.perf_counter() - started, "calls": n}


def sync_python_http_client(url: str, n: int) -> dict[str, float]:
    import python_http_client  # type: ignore[import-untyped]  # the peer, installed in the bench venv only

    client = python_http_client.Client(host=url, request_headers=AUTH)
    for _ in range(WARMUP):
        _ = client.v3.subusers.get(query_params={"limit": 1}).to_dict  # decode, like the others
    started = time.perf_counter()
    for _ in range(n):
        _ = client.v3.subusers.get(query_params={"limit": 1}).to_dict  # decode, like the others
    return {"seconds": time.perf_counter() - started, "calls": n}


def _fan_out(call, n: int, concurrency: int) -> float:  # type: ignore[no-untyped-def]
    import asyncio

    async def run() -> float:
        gate = asyncio.Semaphore(concurrency)

        async def one() -> None:
            async with gate:
                await call()

        await asyncio.gather(*(one() for _ in range(WARMUP)))
        started = time.perf_counter()
        await asyncio.gather(*(one() for _ in range(n)))
        return time.perf_counter() - started

    return asyncio.run(run())


def async_ours(url: str, n: int) -> dict[str, float]:
    from sendgrid_reseller import AsyncSendGrid

    client = AsyncSendGrid(api_key=API_KEY, base_url=url, allow_insecure_http=True)

    async def call() -> None:
        await client.subusers.list(limit=1)

    return {"seconds": _fan_out(call, n, 32), "calls": n}  # connections close with the process


def async_httpx(url: str, n: int) -> dict[str, float]:
    import httpx

    client = httpx.AsyncClient(base_url=url, headers=AUTH)

    async def call() -> None:
        response = await client.get("/v3/subusers", params={"limit": 1})
        response.raise_for_status()
        response.json()

    return {"seconds": _fan_out(call, n, 32), "calls": n}


def _peak_rss() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # Linux: KiB


def pages_ours(url: str, page_size: int, pages: int = 0) -> dict[str, float]:
    """Every record of the list through the generated typed iterator (the first `pages` pages when
    given): records/s, and peak RSS growth after a one-page warm-up."""
    from itertools import islice

    with _ours(url) as client:
        client.subusers.list(limit=page_size, offset=0)  # warm-up: modules, connection, one page
        baseline = _peak_rss()
        started, cpu = time.perf_counter(), time.process_time()
        items = client.subusers.list_items(limit=page_size)
        records = sum(1 for _ in islice(items, pages * page_size if pages else None))
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
        return {"seconds": seconds, "records": records, "rss_growth": _peak_rss() - baseline, "cpu_seconds": cpu}


def pages_runtime(url: str, page_size: int) -> dict[str, float]:
    """Our runtime's page iterator (auth, pacing, retries, Link guards) with json() only, no models:
    isolates the runtime's cost from the typed decoding of each record."""
    from sendgrid_reseller.api.subusers import list_subusers

    with _ours(url) as client:
        client.subusers.list(limit=page_size, offset=0)
        started = time.perf_counter()
        kwargs = list_subusers._get_kwargs(limit=page_size)
        records = sum(len(page.json()) for page in client.client.paginate(list_subusers.OPERATION, kwargs))
        seconds = time.perf_counter() - started
        return {"seconds": seconds, "records": records}


def pages_httpx(url: str, page_size: int, pages: int = 0) -> dict[str, float]:
    """The raw loop: httpx, links['next'], json() only (the first `pages` pages when given)."""
    import httpx

    with httpx.Client(base_url=url, headers=AUTH) as client:
        client.get("/v3/subusers", params={"limit": page_size}).json()
        baseline = _peak_rss()
        started, cpu = time.perf_counter(), time.process_time()
        records = 0
        next_url: str | None = f"/v3/subusers?limit={page_size}"
        for _ in range(pages or 10_000):  # bounded: 100,000 records need 200 pages
            if next_url is None:
                break
            response = client.get(next_url)
            response.raise_for_status()
            records += len(response.json())
            next_url = response.links.get("next", {}).get("url")
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
        return {"seconds": seconds, "records": records, "rss_growth": _peak_rss() - baseline, "cpu_seconds": cpu}


def page_footprint(url: str, page_size: int) -> dict[str, float]:
    """Bytes one page occupies while held: the response plus its decoded records (tracemalloc)."""
    import tracemalloc

    with _ours(url) as client:
        client.subusers.list(limit=page_size)
        tracemalloc.start()
        page = next(iter(client.subusers.list_pages(limit=page_size)))
        held, _ = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        return {"bytes": held, "records": len(page.parsed), "body_bytes": len(page.content)}


def rate_limited_ours(url: str, n: int) -> dict[str, float]:
    """n calls against a rate-limited endpoint; 429s counted per window from the responses seen."""
    import httpx
    from sendgrid_reseller import SendGrid

    throttled: dict[str, int] = {}

    def count(response: httpx.Response) -> None:
        if response.status_code == 429:
            window = response.headers.get("X-RateLimit-Reset", "?")
            throttled[window] = throttled.get(window, 0) + 1

    hooks = {"event_hooks": {"response": [count]}}
    with SendGrid(api_key=API_KEY, base_url=url, allow_insecure_http=True, httpx_args=hooks) as client:
        started = time.perf_counter()
        for _ in range(n):
            client.subusers.list(limit=1)
        seconds = time.perf_counter() - started
    return {
        "seconds": seconds,
        "calls": n,
        "throttled": sum(throttled.values()),
        "max_429_per_window": max(throttled.values(), default=0),
    }


def startup_ours(url: str) -> dict[str, float]:
    import sendgrid_reseller

    with sendgrid_reseller.SendGrid(api_key=API_KEY, base_url=url, allow_insecure_http=True) as client:
        client.subusers.list(limit=1)
    return {}


def startup_httpx(url: str) -> dict[str, float]:
    import httpx

    httpx.get(f"{url}/v3/subusers", params={"limit": 1}, headers=AUTH).raise_for_status()
    return {}


WORKLOADS = {
    name: function
    for name, function in globals().items()
    if callable(function) and "_" in name and not name.startswith("_")
}

if __name__ == "__main__":
    workload, url, *rest = sys.argv[1:]
    result = WORKLOADS[workload.replace("-", "_")](url, *(int(value) for value in rest))
    print(json.dumps(result))
