# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""The `client.webhooks` operations: sync and async group classes, imported on first use."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._runtime.group import Group, GroupMethod


class WebhooksEventGroup(Group):
    """Operations under `client.webhooks.event`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.webhooks import create_event_webhook as _create_event_webhook

        create = GroupMethod(_create_event_webhook.sync)
        create_detailed = GroupMethod(_create_event_webhook.sync_detailed)
    else:
        create = GroupMethod.lazy("sendgrid_reseller.api.webhooks.create_event_webhook", "sync")
        create_detailed = GroupMethod.lazy("sendgrid_reseller.api.webhooks.create_event_webhook", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.webhooks import list_event_webhooks as _list_event_webhooks

        list = GroupMethod(_list_event_webhooks.sync)
        list_detailed = GroupMethod(_list_event_webhooks.sync_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.webhooks.list_event_webhooks", "sync")
        list_detailed = GroupMethod.lazy("sendgrid_reseller.api.webhooks.list_event_webhooks", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.webhooks import get_event_webhook as _get_event_webhook

        get_settings = GroupMethod(_get_event_webhook.sync)
        get_settings_detailed = GroupMethod(_get_event_webhook.sync_detailed)
    else:
        get_settings = GroupMethod.lazy("sendgrid_reseller.api.webhooks.get_event_webhook", "sync")
        get_settings_detailed = GroupMethod.lazy("sendgrid_reseller.api.webhooks.get_event_webhook", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.webhooks import delete_event_webhook as _delete_event_webhook

        delete = GroupMethod(_delete_event_webhook.sync)
        delete_detailed = GroupMethod(_delete_event_webhook.sync_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.webhooks.delete_event_webhook", "sync")
        delete_detailed = GroupMethod.lazy("sendgrid_reseller.api.webhooks.delete_event_webhook", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.webhooks import update_event_webhook as _update_event_webhook

        update_settings = GroupMethod(_update_event_webhook.sync)
        update_settings_detailed = GroupMethod(_update_event_webhook.sync_detailed)
    else:
        update_settings = GroupMethod.lazy("sendgrid_reseller.api.webhooks.update_event_webhook", "sync")
        update_settings_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.webhooks.update_event_webhook", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.webhooks import get_event_webhook_public_key as _get_event_webhook_public_key

        get_public_key = GroupMethod(_get_event_webhook_public_key.sync)
        get_public_key_detailed = GroupMethod(_get_event_webhook_public_key.sync_detailed)
    else:
        get_public_key = GroupMethod.lazy("sendgrid_reseller.api.webhooks.get_event_webhook_public_key", "sync")
        get_public_key_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.webhooks.get_event_webhook_public_key", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.webhooks import set_event_webhook_signing as _set_event_webhook_signing

        set_signing = GroupMethod(_set_event_webhook_signing.sync)
        set_signing_detailed = GroupMethod(_set_event_webhook_signing.sync_detailed)
    else:
        set_signing = GroupMethod.lazy("sendgrid_reseller.api.webhooks.set_event_webhook_signing", "sync")
        set_signing_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.webhooks.set_event_webhook_signing", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.webhooks import test_event_webhook as _test_event_webhook

        test = GroupMethod(_test_event_webhook.sync)
        test_detailed = GroupMethod(_test_event_webhook.sync_detailed)
    else:
        test = GroupMethod.lazy("sendgrid_reseller.api.webhooks.test_event_webhook", "sync")
        test_detailed = GroupMethod.lazy("sendgrid_reseller.api.webhooks.test_event_webhook", "sync_detailed")


class WebhooksParseGroup(Group):
    """Operations under `client.webhooks.parse`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.webhooks import list_parse_settings as _list_parse_settings

        list = GroupMethod(_list_parse_settings.sync)
        list_detailed = GroupMethod(_list_parse_settings.sync_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.webhooks.list_parse_settings", "sync")
        list_detailed = GroupMethod.lazy("sendgrid_reseller.api.webhooks.list_parse_settings", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.webhooks import create_parse_setting as _create_parse_setting

        create = GroupMethod(_create_parse_setting.sync)
        create_detailed = GroupMethod(_create_parse_setting.sync_detailed)
    else:
        create = GroupMethod.lazy("sendgrid_reseller.api.webhooks.create_parse_setting", "sync")
        create_detailed = GroupMethod.lazy("sendgrid_reseller.api.webhooks.create_parse_setting", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.webhooks import get_parse_setting as _get_parse_setting

        get = GroupMethod(_get_parse_setting.sync)
        get_detailed = GroupMethod(_get_parse_setting.sync_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.webhooks.get_parse_setting", "sync")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.webhooks.get_parse_setting", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.webhooks import delete_parse_setting as _delete_parse_setting

        delete = GroupMethod(_delete_parse_setting.sync)
        delete_detailed = GroupMethod(_delete_parse_setting.sync_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.webhooks.delete_parse_setting", "sync")
        delete_detailed = GroupMethod.lazy("sendgrid_reseller.api.webhooks.delete_parse_setting", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.webhooks import update_parse_setting as _update_parse_setting

        update = GroupMethod(_update_parse_setting.sync)
        update_detailed = GroupMethod(_update_parse_setting.sync_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.webhooks.update_parse_setting", "sync")
        update_detailed = GroupMethod.lazy("sendgrid_reseller.api.webhooks.update_parse_setting", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.webhooks import get_parse_stats as _get_parse_stats

        stats = GroupMethod(_get_parse_stats.sync)
        stats_detailed = GroupMethod(_get_parse_stats.sync_detailed)
        stats_pages = GroupMethod(_get_parse_stats.iter_pages)
        stats_items = GroupMethod(_get_parse_stats.iter_items)
    else:
        stats = GroupMethod.lazy("sendgrid_reseller.api.webhooks.get_parse_stats", "sync")
        stats_detailed = GroupMethod.lazy("sendgrid_reseller.api.webhooks.get_parse_stats", "sync_detailed")
        stats_pages = GroupMethod.lazy("sendgrid_reseller.api.webhooks.get_parse_stats", "iter_pages")
        stats_items = GroupMethod.lazy("sendgrid_reseller.api.webhooks.get_parse_stats", "iter_items")


class WebhooksSecurityGroup(Group):
    """Operations under `client.webhooks.security`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.webhooks import list_webhook_security_policies as _list_webhook_security_policies

        list = GroupMethod(_list_webhook_security_policies.sync)
        list_detailed = GroupMethod(_list_webhook_security_policies.sync_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.webhooks.list_webhook_security_policies", "sync")
        list_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.webhooks.list_webhook_security_policies", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.webhooks import create_webhook_security_policy as _create_webhook_security_policy

        create = GroupMethod(_create_webhook_security_policy.sync)
        create_detailed = GroupMethod(_create_webhook_security_policy.sync_detailed)
    else:
        create = GroupMethod.lazy("sendgrid_reseller.api.webhooks.create_webhook_security_policy", "sync")
        create_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.webhooks.create_webhook_security_policy", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.webhooks import get_webhook_security_policy as _get_webhook_security_policy

        get = GroupMethod(_get_webhook_security_policy.sync)
        get_detailed = GroupMethod(_get_webhook_security_policy.sync_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.webhooks.get_webhook_security_policy", "sync")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.webhooks.get_webhook_security_policy", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.webhooks import delete_webhook_security_policy as _delete_webhook_security_policy

        delete = GroupMethod(_delete_webhook_security_policy.sync)
        delete_detailed = GroupMethod(_delete_webhook_security_policy.sync_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.webhooks.delete_webhook_security_policy", "sync")
        delete_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.webhooks.delete_webhook_security_policy", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.webhooks import update_webhook_security_policy as _update_webhook_security_policy

        update = GroupMethod(_update_webhook_security_policy.sync)
        update_detailed = GroupMethod(_update_webhook_security_policy.sync_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.webhooks.update_webhook_security_policy", "sync")
        update_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.webhooks.update_webhook_security_policy", "sync_detailed"
        )


class WebhooksGroup(Group):
    """Operations under `client.webhooks`."""

    @cached_property
    def event(self) -> WebhooksEventGroup:
        return WebhooksEventGroup(self._client)

    @cached_property
    def parse(self) -> WebhooksParseGroup:
        return WebhooksParseGroup(self._client)

    @cached_property
    def security(self) -> WebhooksSecurityGroup:
        return WebhooksSecurityGroup(self._client)


class AsyncWebhooksEventGroup(Group):
    """Operations under `client.webhooks.event`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.webhooks import create_event_webhook as _create_event_webhook

        create = GroupMethod(_create_event_webhook.asyncio)
        create_detailed = GroupMethod(_create_event_webhook.asyncio_detailed)
    else:
        create = GroupMethod.lazy("sendgrid_reseller.api.webhooks.create_event_webhook", "asyncio")
        create_detailed = GroupMethod.lazy("sendgrid_reseller.api.webhooks.create_event_webhook", "asyncio_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.webhooks import list_event_webhooks as _list_event_webhooks

        list = GroupMethod(_list_event_webhooks.asyncio)
        list_detailed = GroupMethod(_list_event_webhooks.asyncio_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.webhooks.list_event_webhooks", "asyncio")
        list_detailed = GroupMethod.lazy("sendgrid_reseller.api.webhooks.list_event_webhooks", "asyncio_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.webhooks import get_event_webhook as _get_event_webhook

        get_settings = GroupMethod(_get_event_webhook.asyncio)
        get_settings_detailed = GroupMethod(_get_event_webhook.asyncio_detailed)
    else:
        get_settings = GroupMethod.lazy("sendgrid_reseller.api.webhooks.get_event_webhook", "asyncio")
        get_settings_detailed = GroupMethod.lazy("sendgrid_reseller.api.webhooks.get_event_webhook", "asyncio_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.webhooks import delete_event_webhook as _delete_event_webhook

        delete = GroupMethod(_delete_event_webhook.asyncio)
        delete_detailed = GroupMethod(_delete_event_webhook.asyncio_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.webhooks.delete_event_webhook", "asyncio")
        delete_detailed = GroupMethod.lazy("sendgrid_reseller.api.webhooks.delete_event_webhook", "asyncio_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.webhooks import update_event_webhook as _update_event_webhook

        update_settings = GroupMethod(_update_event_webhook.asyncio)
        update_settings_detailed = GroupMethod(_update_event_webhook.asyncio_detailed)
    else:
        update_settings = GroupMethod.lazy("sendgrid_reseller.api.webhooks.update_event_webhook", "asyncio")
        update_settings_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.webhooks.update_event_webhook", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.webhooks import get_event_webhook_public_key as _get_event_webhook_public_key

        get_public_key = GroupMethod(_get_event_webhook_public_key.asyncio)
        get_public_key_detailed = GroupMethod(_get_event_webhook_public_key.asyncio_detailed)
    else:
        get_public_key = GroupMethod.lazy("sendgrid_reseller.api.webhooks.get_event_webhook_public_key", "asyncio")
        get_public_key_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.webhooks.get_event_webhook_public_key", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.webhooks import set_event_webhook_signing as _set_event_webhook_signing

        set_signing = GroupMethod(_set_event_webhook_signing.asyncio)
        set_signing_detailed = GroupMethod(_set_event_webhook_signing.asyncio_detailed)
    else:
        set_signing = GroupMethod.lazy("sendgrid_reseller.api.webhooks.set_event_webhook_signing", "asyncio")
        set_signing_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.webhooks.set_event_webhook_signing", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.webhooks import test_event_webhook as _test_event_webhook

        test = GroupMethod(_test_event_webhook.asyncio)
        test_detailed = GroupMethod(_test_event_webhook.asyncio_detailed)
    else:
        test = GroupMethod.lazy("sendgrid_reseller.api.webhooks.test_event_webhook", "asyncio")
        test_detailed = GroupMethod.lazy("sendgrid_reseller.api.webhooks.test_event_webhook", "asyncio_detailed")


class AsyncWebhooksParseGroup(Group):
    """Operations under `client.webhooks.parse`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.webhooks import list_parse_settings as _list_parse_settings

        list = GroupMethod(_list_parse_settings.asyncio)
        list_detailed = GroupMethod(_list_parse_settings.asyncio_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.webhooks.list_parse_settings", "asyncio")
        list_detailed = GroupMethod.lazy("sendgrid_reseller.api.webhooks.list_parse_settings", "asyncio_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.webhooks import create_parse_setting as _create_parse_setting

        create = GroupMethod(_create_parse_setting.asyncio)
        create_detailed = GroupMethod(_create_parse_setting.asyncio_detailed)
    else:
        create = GroupMethod.lazy("sendgrid_reseller.api.webhooks.create_parse_setting", "asyncio")
        create_detailed = GroupMethod.lazy("sendgrid_reseller.api.webhooks.create_parse_setting", "asyncio_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.webhooks import get_parse_setting as _get_parse_setting

        get = GroupMethod(_get_parse_setting.asyncio)
        get_detailed = GroupMethod(_get_parse_setting.asyncio_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.webhooks.get_parse_setting", "asyncio")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.webhooks.get_parse_setting", "asyncio_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.webhooks import delete_parse_setting as _delete_parse_setting

        delete = GroupMethod(_delete_parse_setting.asyncio)
        delete_detailed = GroupMethod(_delete_parse_setting.asyncio_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.webhooks.delete_parse_setting", "asyncio")
        delete_detailed = GroupMethod.lazy("sendgrid_reseller.api.webhooks.delete_parse_setting", "asyncio_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.webhooks import update_parse_setting as _update_parse_setting

        update = GroupMethod(_update_parse_setting.asyncio)
        update_detailed = GroupMethod(_update_parse_setting.asyncio_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.webhooks.update_parse_setting", "asyncio")
        update_detailed = GroupMethod.lazy("sendgrid_reseller.api.webhooks.update_parse_setting", "asyncio_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.webhooks import get_parse_stats as _get_parse_stats

        stats = GroupMethod(_get_parse_stats.asyncio)
        stats_detailed = GroupMethod(_get_parse_stats.asyncio_detailed)
        stats_pages = GroupMethod(_get_parse_stats.aiter_pages)
        stats_items = GroupMethod(_get_parse_stats.aiter_items)
    else:
        stats = GroupMethod.lazy("sendgrid_reseller.api.webhooks.get_parse_stats", "asyncio")
        stats_detailed = GroupMethod.lazy("sendgrid_reseller.api.webhooks.get_parse_stats", "asyncio_detailed")
        stats_pages = GroupMethod.lazy("sendgrid_reseller.api.webhooks.get_parse_stats", "aiter_pages")
        stats_items = GroupMethod.lazy("sendgrid_reseller.api.webhooks.get_parse_stats", "aiter_items")


class AsyncWebhooksSecurityGroup(Group):
    """Operations under `client.webhooks.security`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.webhooks import list_webhook_security_policies as _list_webhook_security_policies

        list = GroupMethod(_list_webhook_security_policies.asyncio)
        list_detailed = GroupMethod(_list_webhook_security_policies.asyncio_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.webhooks.list_webhook_security_policies", "asyncio")
        list_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.webhooks.list_webhook_security_policies", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.webhooks import create_webhook_security_policy as _create_webhook_security_policy

        create = GroupMethod(_create_webhook_security_policy.asyncio)
        create_detailed = GroupMethod(_create_webhook_security_policy.asyncio_detailed)
    else:
        create = GroupMethod.lazy("sendgrid_reseller.api.webhooks.create_webhook_security_policy", "asyncio")
        create_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.webhooks.create_webhook_security_policy", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.webhooks import get_webhook_security_policy as _get_webhook_security_policy

        get = GroupMethod(_get_webhook_security_policy.asyncio)
        get_detailed = GroupMethod(_get_webhook_security_policy.asyncio_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.webhooks.get_webhook_security_policy", "asyncio")
        get_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.webhooks.get_webhook_security_policy", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.webhooks import delete_webhook_security_policy as _delete_webhook_security_policy

        delete = GroupMethod(_delete_webhook_security_policy.asyncio)
        delete_detailed = GroupMethod(_delete_webhook_security_policy.asyncio_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.webhooks.delete_webhook_security_policy", "asyncio")
        delete_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.webhooks.delete_webhook_security_policy", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.webhooks import update_webhook_security_policy as _update_webhook_security_policy

        update = GroupMethod(_update_webhook_security_policy.asyncio)
        update_detailed = GroupMethod(_update_webhook_security_policy.asyncio_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.webhooks.update_webhook_security_policy", "asyncio")
        update_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.webhooks.update_webhook_security_policy", "asyncio_detailed"
        )


class AsyncWebhooksGroup(Group):
    """Operations under `client.webhooks`."""

    @cached_property
    def event(self) -> AsyncWebhooksEventGroup:
        return AsyncWebhooksEventGroup(self._client)

    @cached_property
    def parse(self) -> AsyncWebhooksParseGroup:
        return AsyncWebhooksParseGroup(self._client)

    @cached_property
    def security(self) -> AsyncWebhooksSecurityGroup:
        return AsyncWebhooksSecurityGroup(self._client)
