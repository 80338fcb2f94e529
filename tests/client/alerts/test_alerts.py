"""v3 alerts through the friendly client, sync and async."""

from __future__ import annotations

from sendgrid_reseller.models import AlertCreate, AlertUpdate

from tests.client.v3_cases import Case, area_tests

# The friendly client's name of each call (operationId -> client path): the one table to edit.
NAMES = {
    "create_alert": "alerts.create",
    "list_alerts": "alerts.list",
    "get_alert": "alerts.get",
    "update_alert": "alerts.update",
    "delete_alert": "alerts.delete",
}

CASES = [
    Case(
        "alerts/create_alert",
        kwargs={"body": AlertCreate(type_="stats_notification", email_to="example@example.com", frequency="daily")},
        check=lambda r: (r.id, r.type_, r.frequency) == (48, "stats_notification", "daily"),
    ),
    Case(
        "alerts/list_alerts",
        check=lambda r: (
            [(a.id, a.type_) for a in r] == [(46, "usage_limit"), (47, "stats_notification")] and r[0].percentage == 90
        ),
    ),
    Case("alerts/get_alert", (48,), check=lambda r: r.email_to == "example@example.com"),
    Case(
        "alerts/update_alert",
        (48,),
        {"body": AlertUpdate(email_to="example@example.com")},
        check=lambda r: r.updated_at == 1451522691,
    ),
    Case("alerts/delete_alert", (48,)),
]


test_names_are_the_spec_client_paths, test_sync, test_async = area_tests(NAMES, CASES)
