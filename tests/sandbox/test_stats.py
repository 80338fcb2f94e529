"""Sandbox v3 statistics: deterministic, internally consistent numbers from the request alone."""

from __future__ import annotations

import datetime
from typing import Any, TypedDict

import httpx
from sendgrid_reseller import SendGrid

from sandbox import DEFAULT_API_KEY, FakeClock, Sandbox, SandboxServer
from sandbox._stats import daily_metrics
from tests.present import present
from tests.sandbox.conftest import V3_AUTH


class Period(TypedDict):
    start_date: str
    end_date: str


OCTOBER: Period = {"start_date": "2024-10-01", "end_date": "2024-10-31"}


def _get(client: httpx.Client, path: str, headers: dict[str, str] = V3_AUTH, **params: Any) -> httpx.Response:
    return client.get(path, params=params, headers=headers)


def test_same_request_same_numbers_and_the_funnel_narrows(client: httpx.Client) -> None:
    first = _get(client, "/v3/stats", **OCTOBER).json()
    assert first == _get(client, "/v3/stats", **OCTOBER).json()
    assert [day["date"] for day in first][:2] == ["2024-10-01", "2024-10-02"] and len(first) == 31
    for day in first:
        m = day["stats"][0]["metrics"]
        assert m["requests"] >= m["processed"] >= m["delivered"] >= m["opens"] >= m["unique_opens"]
        assert m["opens"] >= m["clicks"] >= m["unique_clicks"]
    other = _get(client, "/v3/stats", headers={**V3_AUTH, "on-behalf-of": "subuser000001"}, **OCTOBER).json()
    assert other != first  # each account has its own numbers


def test_global_numbers_are_the_sums_over_mailbox_providers(client: httpx.Client) -> None:
    day: Period = {"start_date": "2024-10-05", "end_date": "2024-10-05"}
    total = _get(client, "/v3/stats", **day).json()[0]["stats"][0]["metrics"]
    providers = _get(client, "/v3/mailbox_providers/stats", **day).json()[0]["stats"]
    assert sum(p["metrics"]["delivered"] for p in providers) == total["delivered"]
    assert sum(p["metrics"]["requests"] for p in providers) == total["requests"]
    gmail = _get(client, "/v3/mailbox_providers/stats", mailbox_providers="Gmail", **day).json()[0]["stats"]
    assert [p["name"] for p in gmail] == ["Gmail"] and set(gmail[0]["metrics"]) == {
        "blocks", "bounces", "deferred", "delivered", "drops", "processed", "requests", "spam_reports",
    }  # fmt: skip


def test_weeks_and_months_are_sums_of_their_days(client: httpx.Client) -> None:
    daily = _get(client, "/v3/stats", **OCTOBER).json()
    monthly = _get(client, "/v3/stats", aggregated_by="month", **OCTOBER).json()
    weekly = _get(client, "/v3/stats", aggregated_by="week", **OCTOBER).json()
    delivered = sum(d["stats"][0]["metrics"]["delivered"] for d in daily)
    assert [(m["date"], m["stats"][0]["metrics"]["delivered"]) for m in monthly] == [("2024-10-01", delivered)]
    assert weekly[0]["date"] == "2024-10-01" and weekly[1]["date"] == "2024-10-07"  # weeks start on Monday
    assert sum(w["stats"][0]["metrics"]["delivered"] for w in weekly) == delivered


def test_date_lists_page_with_link(client: httpx.Client) -> None:
    page = _get(client, "/v3/devices/stats", limit=10, **OCTOBER)
    assert len(page.json()) == 10 and "next" in page.links
    expected = daily_metrics("sandbox_reseller", "device", "Desktop", datetime.date(2024, 10, 1))
    desktop = page.json()[0]["stats"][0]
    assert (desktop["type"], desktop["name"]) == ("device", "Desktop")
    assert desktop["metrics"] == {"opens": expected["opens"], "unique_opens": expected["unique_opens"]}


def test_breakdowns(client: httpx.Client) -> None:
    day: Period = {"start_date": "2024-10-05", "end_date": "2024-10-05"}
    browsers = _get(client, "/v3/browsers/stats", browsers=["Chrome", "Safari"], **day).json()[0]["stats"]
    assert [(b["type"], b["name"], set(b["metrics"])) for b in browsers] == [
        ("browser", "Chrome", {"clicks", "unique_clicks"}),
        ("browser", "Safari", {"clicks", "unique_clicks"}),
    ]
    phones = _get(client, "/v3/clients/phone/stats", **day).json()[0]["stats"]
    assert [c["name"] for c in phones] == ["iPhone", "Android"]
    assert _get(client, "/v3/clients/fridge/stats", **day).status_code == 400
    all_clients = _get(client, "/v3/clients/stats", **day).json()[0]["stats"]
    assert {c["name"] for c in phones} <= {c["name"] for c in all_clients}
    canada = _get(client, "/v3/geo/stats", country="CA", **day).json()[0]["stats"]
    assert [(g["type"], g["name"]) for g in canada] == [("province", "ON"), ("province", "QC")]
    assert _get(client, "/v3/geo/stats", country="FR", **day).status_code == 400


def test_categories_list_stats_and_sums(client: httpx.Client) -> None:
    names = [c["category"] for c in _get(client, "/v3/categories", limit=3).json()]
    assert names == ["newsletter", "password_reset", "promotions"]
    assert [c["category"] for c in _get(client, "/v3/categories", category="re").json()] == ["receipts", "reminders"]
    stats = _get(client, "/v3/categories/stats", categories=["welcome", "receipts"], **OCTOBER).json()
    assert [s["name"] for s in stats[0]["stats"]] == ["welcome", "receipts"]
    assert _get(client, "/v3/categories/stats", **OCTOBER).status_code == 400  # categories are required
    sums = _get(client, "/v3/categories/stats/sums", sort_by_metric="opens", limit=8, **OCTOBER).json()
    opens = [s["metrics"]["opens"] for s in sums["stats"]]
    assert sums["date"] == "2024-10-01" and opens == sorted(opens, reverse=True) and len(opens) == 8
    welcome = next(s for s in sums["stats"] if s["name"] == "welcome")["metrics"]["opens"]
    assert welcome == sum(d["stats"][0]["metrics"]["opens"] for d in stats)
    assert len(_get(client, "/v3/categories/stats/sums", **OCTOBER).json()["stats"]) == 5  # the default limit


def test_bad_periods_are_refused(client: httpx.Client) -> None:
    assert _get(client, "/v3/stats").json()["errors"][0]["field"] == "start_date"
    assert _get(client, "/v3/stats", start_date="2024-13-01").status_code == 400
    backwards = _get(client, "/v3/stats", start_date="2024-10-02", end_date="2024-10-01")
    assert backwards.json()["errors"][0]["field"] == "end_date"
    assert _get(client, "/v3/stats", start_date="2000-01-01", end_date="2024-01-01").status_code == 400
    assert _get(client, "/v3/stats", aggregated_by="year", **OCTOBER).status_code == 400


def test_friendly_client_walks_the_days_of_a_period(server: SandboxServer) -> None:
    with SendGrid(api_key=DEFAULT_API_KEY, base_url=server.base_url, allow_insecure_http=True) as sg:
        days = list(
            sg.stats.get_items(start_date=datetime.date(2024, 10, 1), end_date=datetime.date(2024, 10, 31), limit=7)
        )
    assert [d.date for d in days] == [f"2024-10-{n:02d}" for n in range(1, 32)]
    metrics = [present(d.stats[0].metrics) for d in days]
    assert all(present(m.requests) >= present(m.delivered) for m in metrics)


def test_an_open_ended_period_ends_on_the_sandbox_clocks_today() -> None:
    """Without end_date the period ends today by the sandbox's clock, not the machine's date."""
    clock = FakeClock()  # 2023-11-14T22:00:00Z
    sandbox = Sandbox(subusers=1, clock=clock)
    with httpx.Client(transport=sandbox.transport(), base_url=sandbox.base_url) as http:
        days = [day["date"] for day in _get(http, "/v3/stats", start_date="2023-11-10").json()]
        assert days == ["2023-11-10", "2023-11-11", "2023-11-12", "2023-11-13", "2023-11-14"]
        clock.advance(2 * 3600)  # past midnight UTC
        assert _get(http, "/v3/stats", start_date="2023-11-14").json()[-1]["date"] == "2023-11-15"
