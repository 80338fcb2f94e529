# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""The `client.alerts` operations: sync and async group classes, imported on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime.group import Group, GroupMethod


class AlertsGroup(Group):
    """Operations under `client.alerts`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.alerts import list_alerts as _list_alerts

        list = GroupMethod(_list_alerts.sync)
        list_detailed = GroupMethod(_list_alerts.sync_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.alerts.list_alerts", "sync")
        list_detailed = GroupMethod.lazy("sendgrid_reseller.api.alerts.list_alerts", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.alerts import create_alert as _create_alert

        create = GroupMethod(_create_alert.sync)
        create_detailed = GroupMethod(_create_alert.sync_detailed)
    else:
        create = GroupMethod.lazy("sendgrid_reseller.api.alerts.create_alert", "sync")
        create_detailed = GroupMethod.lazy("sendgrid_reseller.api.alerts.create_alert", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.alerts import get_alert as _get_alert

        get = GroupMethod(_get_alert.sync)
        get_detailed = GroupMethod(_get_alert.sync_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.alerts.get_alert", "sync")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.alerts.get_alert", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.alerts import delete_alert as _delete_alert

        delete = GroupMethod(_delete_alert.sync)
        delete_detailed = GroupMethod(_delete_alert.sync_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.alerts.delete_alert", "sync")
        delete_detailed = GroupMethod.lazy("sendgrid_reseller.api.alerts.delete_alert", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.alerts import update_alert as _update_alert

        update = GroupMethod(_update_alert.sync)
        update_detailed = GroupMethod(_update_alert.sync_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.alerts.update_alert", "sync")
        update_detailed = GroupMethod.lazy("sendgrid_reseller.api.alerts.update_alert", "sync_detailed")


class AsyncAlertsGroup(Group):
    """Operations under `client.alerts`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.alerts import list_alerts as _list_alerts

        list = GroupMethod(_list_alerts.asyncio)
        list_detailed = GroupMethod(_list_alerts.asyncio_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.alerts.list_alerts", "asyncio")
        list_detailed = GroupMethod.lazy("sendgrid_reseller.api.alerts.list_alerts", "asyncio_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.alerts import create_alert as _create_alert

        create = GroupMethod(_create_alert.asyncio)
        create_detailed = GroupMethod(_create_alert.asyncio_detailed)
    else:
        create = GroupMethod.lazy("sendgrid_reseller.api.alerts.create_alert", "asyncio")
        create_detailed = GroupMethod.lazy("sendgrid_reseller.api.alerts.create_alert", "asyncio_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.alerts import get_alert as _get_alert

        get = GroupMethod(_get_alert.asyncio)
        get_detailed = GroupMethod(_get_alert.asyncio_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.alerts.get_alert", "asyncio")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.alerts.get_alert", "asyncio_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.alerts import delete_alert as _delete_alert

        delete = GroupMethod(_delete_alert.asyncio)
        delete_detailed = GroupMethod(_delete_alert.asyncio_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.alerts.delete_alert", "asyncio")
        delete_detailed = GroupMethod.lazy("sendgrid_reseller.api.alerts.delete_alert", "asyncio_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.alerts import update_alert as _update_alert

        update = GroupMethod(_update_alert.asyncio)
        update_detailed = GroupMethod(_update_alert.asyncio_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.alerts.update_alert", "asyncio")
        update_detailed = GroupMethod.lazy("sendgrid_reseller.api.alerts.update_alert", "asyncio_detailed")
