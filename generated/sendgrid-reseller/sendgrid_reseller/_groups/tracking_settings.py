# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""The `client.tracking_settings` operations: sync and async group classes, imported on first use."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._runtime.group import Group, GroupMethod


class TrackingSettingsClickGroup(Group):
    """Operations under `client.tracking_settings.click`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.tracking_settings import get_click_tracking_setting as _get_click_tracking_setting

        get = GroupMethod(_get_click_tracking_setting.sync)
        get_detailed = GroupMethod(_get_click_tracking_setting.sync_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.tracking_settings.get_click_tracking_setting", "sync")
        get_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.tracking_settings.get_click_tracking_setting", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.tracking_settings import (
            update_click_tracking_setting as _update_click_tracking_setting,
        )

        update = GroupMethod(_update_click_tracking_setting.sync)
        update_detailed = GroupMethod(_update_click_tracking_setting.sync_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.tracking_settings.update_click_tracking_setting", "sync")
        update_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.tracking_settings.update_click_tracking_setting", "sync_detailed"
        )


class TrackingSettingsGoogleAnalyticsGroup(Group):
    """Operations under `client.tracking_settings.google_analytics`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.tracking_settings import (
            get_google_analytics_setting as _get_google_analytics_setting,
        )

        get = GroupMethod(_get_google_analytics_setting.sync)
        get_detailed = GroupMethod(_get_google_analytics_setting.sync_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.tracking_settings.get_google_analytics_setting", "sync")
        get_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.tracking_settings.get_google_analytics_setting", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.tracking_settings import (
            update_google_analytics_setting as _update_google_analytics_setting,
        )

        update = GroupMethod(_update_google_analytics_setting.sync)
        update_detailed = GroupMethod(_update_google_analytics_setting.sync_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.tracking_settings.update_google_analytics_setting", "sync")
        update_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.tracking_settings.update_google_analytics_setting", "sync_detailed"
        )


class TrackingSettingsOpenGroup(Group):
    """Operations under `client.tracking_settings.open`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.tracking_settings import get_open_tracking_setting as _get_open_tracking_setting

        get = GroupMethod(_get_open_tracking_setting.sync)
        get_detailed = GroupMethod(_get_open_tracking_setting.sync_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.tracking_settings.get_open_tracking_setting", "sync")
        get_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.tracking_settings.get_open_tracking_setting", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.tracking_settings import (
            update_open_tracking_setting as _update_open_tracking_setting,
        )

        update = GroupMethod(_update_open_tracking_setting.sync)
        update_detailed = GroupMethod(_update_open_tracking_setting.sync_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.tracking_settings.update_open_tracking_setting", "sync")
        update_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.tracking_settings.update_open_tracking_setting", "sync_detailed"
        )


class TrackingSettingsSubscriptionGroup(Group):
    """Operations under `client.tracking_settings.subscription`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.tracking_settings import (
            get_subscription_tracking_setting as _get_subscription_tracking_setting,
        )

        get = GroupMethod(_get_subscription_tracking_setting.sync)
        get_detailed = GroupMethod(_get_subscription_tracking_setting.sync_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.tracking_settings.get_subscription_tracking_setting", "sync")
        get_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.tracking_settings.get_subscription_tracking_setting", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.tracking_settings import (
            update_subscription_tracking_setting as _update_subscription_tracking_setting,
        )

        update = GroupMethod(_update_subscription_tracking_setting.sync)
        update_detailed = GroupMethod(_update_subscription_tracking_setting.sync_detailed)
    else:
        update = GroupMethod.lazy(
            "sendgrid_reseller.api.tracking_settings.update_subscription_tracking_setting", "sync"
        )
        update_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.tracking_settings.update_subscription_tracking_setting", "sync_detailed"
        )


class TrackingSettingsGroup(Group):
    """Operations under `client.tracking_settings`."""

    @cached_property
    def click(self) -> TrackingSettingsClickGroup:
        return TrackingSettingsClickGroup(self._client)

    @cached_property
    def google_analytics(self) -> TrackingSettingsGoogleAnalyticsGroup:
        return TrackingSettingsGoogleAnalyticsGroup(self._client)

    @cached_property
    def open(self) -> TrackingSettingsOpenGroup:
        return TrackingSettingsOpenGroup(self._client)

    @cached_property
    def subscription(self) -> TrackingSettingsSubscriptionGroup:
        return TrackingSettingsSubscriptionGroup(self._client)

    if TYPE_CHECKING:
        from sendgrid_reseller.api.tracking_settings import list_tracking_settings as _list_tracking_settings

        list = GroupMethod(_list_tracking_settings.sync)
        list_detailed = GroupMethod(_list_tracking_settings.sync_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.tracking_settings.list_tracking_settings", "sync")
        list_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.tracking_settings.list_tracking_settings", "sync_detailed"
        )


class AsyncTrackingSettingsClickGroup(Group):
    """Operations under `client.tracking_settings.click`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.tracking_settings import get_click_tracking_setting as _get_click_tracking_setting

        get = GroupMethod(_get_click_tracking_setting.asyncio)
        get_detailed = GroupMethod(_get_click_tracking_setting.asyncio_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.tracking_settings.get_click_tracking_setting", "asyncio")
        get_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.tracking_settings.get_click_tracking_setting", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.tracking_settings import (
            update_click_tracking_setting as _update_click_tracking_setting,
        )

        update = GroupMethod(_update_click_tracking_setting.asyncio)
        update_detailed = GroupMethod(_update_click_tracking_setting.asyncio_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.tracking_settings.update_click_tracking_setting", "asyncio")
        update_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.tracking_settings.update_click_tracking_setting", "asyncio_detailed"
        )


class AsyncTrackingSettingsGoogleAnalyticsGroup(Group):
    """Operations under `client.tracking_settings.google_analytics`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.tracking_settings import (
            get_google_analytics_setting as _get_google_analytics_setting,
        )

        get = GroupMethod(_get_google_analytics_setting.asyncio)
        get_detailed = GroupMethod(_get_google_analytics_setting.asyncio_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.tracking_settings.get_google_analytics_setting", "asyncio")
        get_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.tracking_settings.get_google_analytics_setting", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.tracking_settings import (
            update_google_analytics_setting as _update_google_analytics_setting,
        )

        update = GroupMethod(_update_google_analytics_setting.asyncio)
        update_detailed = GroupMethod(_update_google_analytics_setting.asyncio_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.tracking_settings.update_google_analytics_setting", "asyncio")
        update_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.tracking_settings.update_google_analytics_setting", "asyncio_detailed"
        )


class AsyncTrackingSettingsOpenGroup(Group):
    """Operations under `client.tracking_settings.open`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.tracking_settings import get_open_tracking_setting as _get_open_tracking_setting

        get = GroupMethod(_get_open_tracking_setting.asyncio)
        get_detailed = GroupMethod(_get_open_tracking_setting.asyncio_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.tracking_settings.get_open_tracking_setting", "asyncio")
        get_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.tracking_settings.get_open_tracking_setting", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.tracking_settings import (
            update_open_tracking_setting as _update_open_tracking_setting,
        )

        update = GroupMethod(_update_open_tracking_setting.asyncio)
        update_detailed = GroupMethod(_update_open_tracking_setting.asyncio_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.tracking_settings.update_open_tracking_setting", "asyncio")
        update_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.tracking_settings.update_open_tracking_setting", "asyncio_detailed"
        )


class AsyncTrackingSettingsSubscriptionGroup(Group):
    """Operations under `client.tracking_settings.subscription`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.tracking_settings import (
            get_subscription_tracking_setting as _get_subscription_tracking_setting,
        )

        get = GroupMethod(_get_subscription_tracking_setting.asyncio)
        get_detailed = GroupMethod(_get_subscription_tracking_setting.asyncio_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.tracking_settings.get_subscription_tracking_setting", "asyncio")
        get_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.tracking_settings.get_subscription_tracking_setting", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.tracking_settings import (
            update_subscription_tracking_setting as _update_subscription_tracking_setting,
        )

        update = GroupMethod(_update_subscription_tracking_setting.asyncio)
        update_detailed = GroupMethod(_update_subscription_tracking_setting.asyncio_detailed)
    else:
        update = GroupMethod.lazy(
            "sendgrid_reseller.api.tracking_settings.update_subscription_tracking_setting", "asyncio"
        )
        update_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.tracking_settings.update_subscription_tracking_setting", "asyncio_detailed"
        )


class AsyncTrackingSettingsGroup(Group):
    """Operations under `client.tracking_settings`."""

    @cached_property
    def click(self) -> AsyncTrackingSettingsClickGroup:
        return AsyncTrackingSettingsClickGroup(self._client)

    @cached_property
    def google_analytics(self) -> AsyncTrackingSettingsGoogleAnalyticsGroup:
        return AsyncTrackingSettingsGoogleAnalyticsGroup(self._client)

    @cached_property
    def open(self) -> AsyncTrackingSettingsOpenGroup:
        return AsyncTrackingSettingsOpenGroup(self._client)

    @cached_property
    def subscription(self) -> AsyncTrackingSettingsSubscriptionGroup:
        return AsyncTrackingSettingsSubscriptionGroup(self._client)

    if TYPE_CHECKING:
        from sendgrid_reseller.api.tracking_settings import list_tracking_settings as _list_tracking_settings

        list = GroupMethod(_list_tracking_settings.asyncio)
        list_detailed = GroupMethod(_list_tracking_settings.asyncio_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.tracking_settings.list_tracking_settings", "asyncio")
        list_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.tracking_settings.list_tracking_settings", "asyncio_detailed"
        )
