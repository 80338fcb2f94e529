# Copied from sandbox/_stats.py by the generator. Do not edit; change the sandbox and run `make generate`.
"""v3 statistics from numbers the sandbox derives from (account, dimension, name, date) alone.

No state: the same request gives the same answer on every run and machine (CRC-32 seeds, no
clock, no random module), and the numbers are consistent: global metrics are the sums over the
mailbox providers, each funnel narrows (requests >= processed >= delivered >= opens >= unique
opens, clicks <= opens), and week/month buckets are sums of their days.
"""

from __future__ import annotations

import datetime
import zlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ._params import Paginate, Query, Routes, first, query_date, query_window
from ._reply import Reply, dumps, v3_error

if TYPE_CHECKING:
    from ._v3 import V3Request

MAX_DAYS = 366 * 3  # bounds every loop below
MAX_NAMES = 10
DEFAULT_SUMS_LIMIT = 5
METRICS = (
    "blocks", "bounce_drops", "bounces", "clicks", "deferred", "delivered", "invalid_emails", "opens",
    "processed", "requests", "spam_report_drops", "spam_reports", "unique_clicks", "unique_opens",
    "unsubscribe_drops", "unsubscribes",
)  # fmt: skip
MAILBOX_PROVIDERS = ("Gmail", "Yahoo", "Outlook.com", "AOL", "Apple iCloud")
BROWSERS = ("Chrome", "Firefox", "Safari", "Edge")
DEVICES = ("Desktop", "Webmail", "Phone", "Tablet")
CLIENTS = {"phone": ("iPhone", "Android"), "tablet": ("iPad",), "webmail": ("Gmail", "Yahoo"), "desktop": ("Outlook",)}
PROVINCES = {"US": ("CA", "NY", "TX"), "CA": ("ON", "QC")}
CATEGORIES = tuple(
    sorted(("newsletter", "password_reset", "promotions", "receipts", "reminders", "shipping", "surveys", "welcome"))
)
OPEN_METRICS = ("opens", "unique_opens")
CLICK_METRICS = ("clicks", "unique_clicks")
PROVIDER_METRICS = ("blocks", "bounces", "deferred", "delivered", "drops", "processed", "requests", "spam_reports")


def daily_metrics(account: str, dimension: str, name: str, day: datetime.date) -> dict[str, int]:
    """One day's full metrics for a name (a provider, a category, ...): a deterministic funnel."""
    seed = zlib.crc32(f"{account}|{dimension}|{name}|{day.isoformat()}".encode())

    def share(total: int, salt: int, percent: int) -> int:  # a stable part of `total`, up to `percent` %
        return total * ((seed >> salt) % (percent + 1)) // 100

    requests = 50 + seed % 950
    drops = share(requests, 3, 4)
    processed = requests - drops
    bounces, blocks, deferred = share(processed, 5, 5), share(processed, 7, 3), share(processed, 9, 4)
    delivered = processed - bounces - blocks
    opens = share(delivered, 11, 60)
    unique_opens = share(opens, 13, 90)
    clicks = share(opens, 15, 40)
    unique_clicks = share(clicks, 17, 90)
    return {
        "blocks": blocks,
        "bounce_drops": drops // 2,
        "bounces": bounces,
        "clicks": clicks,
        "deferred": deferred,
        "delivered": delivered,
        "invalid_emails": drops - drops // 2 - drops // 4,
        "opens": opens,
        "processed": processed,
        "requests": requests,
        "spam_report_drops": drops // 4,
        "spam_reports": share(delivered, 19, 1),
        "unique_clicks": unique_clicks,
        "unique_opens": unique_opens,
        "unsubscribe_drops": 0,
        "unsubscribes": share(delivered, 21, 1),
    }


def _add(total: dict[str, int], more: dict[str, int]) -> dict[str, int]:
    return {k: total.get(k, 0) + v for k, v in more.items()}


def _bucket(day: datetime.date, aggregated_by: str) -> datetime.date:
    if aggregated_by == "week":
        return day - datetime.timedelta(days=day.weekday())
    if aggregated_by == "month":
        return day.replace(day=1)
    return day


class Period:
    """The validated start_date/end_date/aggregated_by of a request."""

    def __init__(self, start: datetime.date, end: datetime.date, aggregated_by: str) -> None:
        self.start, self.end, self.aggregated_by = start, end, aggregated_by

    @classmethod
    def parse(cls, query: Query, today: datetime.date) -> Period | Reply:
        start, end = query_date(query, "start_date"), query_date(query, "end_date")
        if isinstance(start, Reply) or isinstance(end, Reply):
            return start if isinstance(start, Reply) else end  # type: ignore[return-value]
        if start is None:
            return v3_error(400, "start_date is required", "start_date")
        end = end or max(start, today)
        if end < start:
            return v3_error(400, "end_date must not be before start_date", "end_date")
        if (end - start).days >= MAX_DAYS:
            return v3_error(400, f"the period may span at most {MAX_DAYS} days", "end_date")
        aggregated_by = first(query, "aggregated_by") or "day"
        if aggregated_by not in ("day", "week", "month"):
            return v3_error(400, "aggregated_by must be day, week or month", "aggregated_by")
        return cls(start, end, aggregated_by)

    def days(self) -> list[datetime.date]:
        return [self.start + datetime.timedelta(days=n) for n in range((self.end - self.start).days + 1)]

    def label(self, day: datetime.date) -> str:
        """The date a day's numbers are reported under: its day, week (Monday) or month, not before start."""
        return max(_bucket(day, self.aggregated_by), self.start).isoformat()


class Stats:
    def __init__(self, paginate: Paginate, parent: str, now: Callable[[], float]) -> None:
        self._paginate = paginate
        self._parent = parent
        self._now = now  # the sandbox clock's time(): a FakeClock decides what "today" is

    def _today(self) -> datetime.date:
        return datetime.datetime.fromtimestamp(self._now(), datetime.UTC).date()

    def routes(self) -> Routes:
        return {
            ("GET", "/v3/stats"): ("get_global_stats", 200, self._global),
            ("GET", "/v3/categories"): ("list_categories", 200, self._categories),
            ("GET", "/v3/categories/stats"): ("get_category_stats", 200, self._category_stats),
            ("GET", "/v3/categories/stats/sums"): ("get_category_stats_sums", 200, self._category_sums),
            ("GET", "/v3/browsers/stats"): (
                "get_browser_stats",
                200,
                self._breakdown("browser", BROWSERS, CLICK_METRICS, "browsers"),
            ),
            ("GET", "/v3/clients/stats"): ("get_client_stats", 200, self._clients),
            ("GET", "/v3/clients/{}/stats"): ("get_client_type_stats", 200, self._client_type),
            ("GET", "/v3/devices/stats"): ("get_device_stats", 200, self._breakdown("device", DEVICES, OPEN_METRICS)),
            ("GET", "/v3/geo/stats"): ("get_geo_stats", 200, self._geo),
            ("GET", "/v3/mailbox_providers/stats"): (
                "get_mailbox_provider_stats",
                200,
                self._breakdown("mailbox_provider", MAILBOX_PROVIDERS, PROVIDER_METRICS, "mailbox_providers"),
            ),
        }

    def _account(self, request: V3Request) -> str:
        return request.on_behalf_of or self._parent

    def _metrics(self, request: V3Request, dimension: str, name: str, day: datetime.date) -> dict[str, int]:
        full = daily_metrics(self._account(request), dimension, name, day)
        full["drops"] = full["requests"] - full["processed"]
        return full

    def _days(self, request: V3Request, entries: Callable[[datetime.date], list[dict[str, Any]]]) -> list[Any] | Reply:
        """One {date, stats} per bucket of the period; an entry's metrics are summed over the bucket's days."""
        period = Period.parse(request.query, self._today())
        if isinstance(period, Reply):
            return period
        per_bucket: dict[str, list[dict[str, Any]]] = {}
        for day in period.days():
            current = per_bucket.setdefault(period.label(day), [])
            for index, entry in enumerate(entries(day)):
                if index < len(current):
                    current[index]["metrics"] = _add(current[index]["metrics"], entry["metrics"])
                else:
                    current.append(entry)
        return [{"date": label, "stats": stats} for label, stats in per_bucket.items()]

    def _paged(self, request: V3Request, days: list[Any] | Reply, status: int) -> Reply:
        if isinstance(days, Reply):
            return days
        return self._paginate(request, lambda offset, limit: (days[offset : offset + limit], len(days)))

    def _global(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        def entries(day: datetime.date) -> list[dict[str, Any]]:
            total: dict[str, int] = {}
            for provider in MAILBOX_PROVIDERS:
                total = _add(total, daily_metrics(self._account(request), "mailbox_provider", provider, day))
            return [{"metrics": total}]

        return self._paged(request, self._days(request, entries), status)

    def _categories(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        prefix = first(request.query, "category") or ""
        names = [{"category": name} for name in CATEGORIES if name.startswith(prefix)]
        return self._paginate(request, lambda offset, limit: (names[offset : offset + limit], len(names)))

    def _chosen(
        self, query: Query, name: str, known: tuple[str, ...], *, required: bool = False
    ) -> tuple[str, ...] | Reply:
        chosen = tuple(query.get(name) or ())
        if required and not chosen:
            return v3_error(400, f"{name} is required", name)
        if len(chosen) > MAX_NAMES:
            return v3_error(400, f"at most {MAX_NAMES} {name} may be given", name)
        return chosen or known

    def _category_stats(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        chosen = self._chosen(request.query, "categories", CATEGORIES, required=True)
        if isinstance(chosen, Reply):
            return chosen
        days = self._days(
            request,
            lambda day: [
                {"metrics": daily_metrics(self._account(request), "category", n, day), "name": n, "type": "category"}
                for n in chosen
            ],
        )
        return days if isinstance(days, Reply) else Reply(status, dumps(days))

    def _category_sums(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        period = Period.parse(request.query, self._today())
        if isinstance(period, Reply):
            return period
        window = query_window(request.query, default_limit=DEFAULT_SUMS_LIMIT, maximum=len(CATEGORIES))
        if isinstance(window, Reply):
            return window
        metric = first(request.query, "sort_by_metric") or "delivered"
        if metric not in METRICS:
            return v3_error(400, f"sort_by_metric must be one of {', '.join(METRICS)}", "sort_by_metric")
        direction = first(request.query, "sort_by_direction") or "desc"
        if direction not in ("asc", "desc"):
            return v3_error(400, "sort_by_direction must be asc or desc", "sort_by_direction")
        account = self._account(request)
        sums: list[dict[str, Any]] = []
        for name in CATEGORIES:
            total: dict[str, int] = {}
            for day in period.days():
                total = _add(total, daily_metrics(account, "category", name, day))
            sums.append({"metrics": total, "name": name, "type": "category"})
        sums.sort(key=lambda entry: (entry["metrics"][metric], entry["name"]), reverse=direction == "desc")
        start, limit = window
        page = sums[start : start + limit]
        return Reply(status, dumps({"date": period.start.isoformat(), "stats": page}))

    def _breakdown(
        self, kind: str, names: tuple[str, ...], metrics: tuple[str, ...], filter_name: str | None = None
    ) -> Callable[[V3Request, tuple[str, ...], int], Reply]:
        def handle(request: V3Request, params: tuple[str, ...], status: int) -> Reply:
            chosen = self._chosen(request.query, filter_name, names) if filter_name else names
            if isinstance(chosen, Reply):
                return chosen
            return self._paged(request, self._days(request, self._entries(request, kind, chosen, metrics)), status)

        return handle

    def _entries(
        self, request: V3Request, kind: str, names: tuple[str, ...], metrics: tuple[str, ...]
    ) -> Callable[[datetime.date], list[dict[str, Any]]]:
        def entries(day: datetime.date) -> list[dict[str, Any]]:
            result = []
            for name in names:
                full = self._metrics(request, kind, name, day)
                result.append({"type": kind, "name": name, "metrics": {m: full[m] for m in metrics}})
            return result

        return entries

    def _clients(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        names = tuple(name for group in CLIENTS.values() for name in group)
        days = self._days(request, self._entries(request, "client", names, OPEN_METRICS))
        return days if isinstance(days, Reply) else Reply(status, dumps(days))

    def _client_type(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        names = CLIENTS.get(params[0])
        if names is None:
            return v3_error(400, f"client_type must be one of {', '.join(CLIENTS)}", "client_type")
        days = self._days(request, self._entries(request, "client", names, OPEN_METRICS))
        return days if isinstance(days, Reply) else Reply(status, dumps(days))

    def _geo(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        country = first(request.query, "country")
        if country is not None and country not in PROVINCES:
            return v3_error(400, f"country must be one of {', '.join(PROVINCES)}", "country")
        names = PROVINCES[country] if country else tuple(p for group in PROVINCES.values() for p in group)
        entries = self._entries(request, "province", names, CLICK_METRICS + OPEN_METRICS)
        return self._paged(request, self._days(request, entries), status)
