# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""The `client.suppressions` operations: sync and async group classes, imported on first use."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._runtime.group import Group, GroupMethod


class SuppressionsGroupsSuppressionsGroup(Group):
    """Operations under `client.suppressions.groups.suppressions`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.suppressions import list_group_suppressions as _list_group_suppressions

        list = GroupMethod(_list_group_suppressions.sync)
        list_detailed = GroupMethod(_list_group_suppressions.sync_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.suppressions.list_group_suppressions", "sync")
        list_detailed = GroupMethod.lazy("sendgrid_reseller.api.suppressions.list_group_suppressions", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.suppressions import add_group_suppressions as _add_group_suppressions

        add = GroupMethod(_add_group_suppressions.sync)
        add_detailed = GroupMethod(_add_group_suppressions.sync_detailed)
    else:
        add = GroupMethod.lazy("sendgrid_reseller.api.suppressions.add_group_suppressions", "sync")
        add_detailed = GroupMethod.lazy("sendgrid_reseller.api.suppressions.add_group_suppressions", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.suppressions import search_group_suppressions as _search_group_suppressions

        search = GroupMethod(_search_group_suppressions.sync)
        search_detailed = GroupMethod(_search_group_suppressions.sync_detailed)
    else:
        search = GroupMethod.lazy("sendgrid_reseller.api.suppressions.search_group_suppressions", "sync")
        search_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.suppressions.search_group_suppressions", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.suppressions import delete_group_suppression as _delete_group_suppression

        delete = GroupMethod(_delete_group_suppression.sync)
        delete_detailed = GroupMethod(_delete_group_suppression.sync_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.suppressions.delete_group_suppression", "sync")
        delete_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.suppressions.delete_group_suppression", "sync_detailed"
        )


class SuppressionsGroupsGroup(Group):
    """Operations under `client.suppressions.groups`."""

    @cached_property
    def suppressions(self) -> SuppressionsGroupsSuppressionsGroup:
        return SuppressionsGroupsSuppressionsGroup(self._client)

    if TYPE_CHECKING:
        from sendgrid_reseller.api.suppressions import list_suppression_groups as _list_suppression_groups

        list = GroupMethod(_list_suppression_groups.sync)
        list_detailed = GroupMethod(_list_suppression_groups.sync_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.suppressions.list_suppression_groups", "sync")
        list_detailed = GroupMethod.lazy("sendgrid_reseller.api.suppressions.list_suppression_groups", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.suppressions import create_suppression_group as _create_suppression_group

        create = GroupMethod(_create_suppression_group.sync)
        create_detailed = GroupMethod(_create_suppression_group.sync_detailed)
    else:
        create = GroupMethod.lazy("sendgrid_reseller.api.suppressions.create_suppression_group", "sync")
        create_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.suppressions.create_suppression_group", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.suppressions import get_suppression_group as _get_suppression_group

        get = GroupMethod(_get_suppression_group.sync)
        get_detailed = GroupMethod(_get_suppression_group.sync_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.suppressions.get_suppression_group", "sync")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.suppressions.get_suppression_group", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.suppressions import delete_suppression_group as _delete_suppression_group

        delete = GroupMethod(_delete_suppression_group.sync)
        delete_detailed = GroupMethod(_delete_suppression_group.sync_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.suppressions.delete_suppression_group", "sync")
        delete_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.suppressions.delete_suppression_group", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.suppressions import update_suppression_group as _update_suppression_group

        update = GroupMethod(_update_suppression_group.sync)
        update_detailed = GroupMethod(_update_suppression_group.sync_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.suppressions.update_suppression_group", "sync")
        update_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.suppressions.update_suppression_group", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.suppressions import list_all_group_suppressions as _list_all_group_suppressions

        list_all_suppressions = GroupMethod(_list_all_group_suppressions.sync)
        list_all_suppressions_detailed = GroupMethod(_list_all_group_suppressions.sync_detailed)
    else:
        list_all_suppressions = GroupMethod.lazy(
            "sendgrid_reseller.api.suppressions.list_all_group_suppressions", "sync"
        )
        list_all_suppressions_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.suppressions.list_all_group_suppressions", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.suppressions import get_address_suppression_groups as _get_address_suppression_groups

        for_address = GroupMethod(_get_address_suppression_groups.sync)
        for_address_detailed = GroupMethod(_get_address_suppression_groups.sync_detailed)
    else:
        for_address = GroupMethod.lazy("sendgrid_reseller.api.suppressions.get_address_suppression_groups", "sync")
        for_address_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.suppressions.get_address_suppression_groups", "sync_detailed"
        )


class SuppressionsGlobalUnsubscribesGroup(Group):
    """Operations under `client.suppressions.global_unsubscribes`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.suppressions import add_global_unsubscribes as _add_global_unsubscribes

        add = GroupMethod(_add_global_unsubscribes.sync)
        add_detailed = GroupMethod(_add_global_unsubscribes.sync_detailed)
    else:
        add = GroupMethod.lazy("sendgrid_reseller.api.suppressions.add_global_unsubscribes", "sync")
        add_detailed = GroupMethod.lazy("sendgrid_reseller.api.suppressions.add_global_unsubscribes", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.suppressions import get_global_unsubscribe as _get_global_unsubscribe

        get = GroupMethod(_get_global_unsubscribe.sync)
        get_detailed = GroupMethod(_get_global_unsubscribe.sync_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.suppressions.get_global_unsubscribe", "sync")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.suppressions.get_global_unsubscribe", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.suppressions import delete_global_unsubscribe as _delete_global_unsubscribe

        delete = GroupMethod(_delete_global_unsubscribe.sync)
        delete_detailed = GroupMethod(_delete_global_unsubscribe.sync_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.suppressions.delete_global_unsubscribe", "sync")
        delete_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.suppressions.delete_global_unsubscribe", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.suppressions import list_global_unsubscribes as _list_global_unsubscribes

        list = GroupMethod(_list_global_unsubscribes.sync)
        list_detailed = GroupMethod(_list_global_unsubscribes.sync_detailed)
        list_pages = GroupMethod(_list_global_unsubscribes.iter_pages)
        list_items = GroupMethod(_list_global_unsubscribes.iter_items)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.suppressions.list_global_unsubscribes", "sync")
        list_detailed = GroupMethod.lazy("sendgrid_reseller.api.suppressions.list_global_unsubscribes", "sync_detailed")
        list_pages = GroupMethod.lazy("sendgrid_reseller.api.suppressions.list_global_unsubscribes", "iter_pages")
        list_items = GroupMethod.lazy("sendgrid_reseller.api.suppressions.list_global_unsubscribes", "iter_items")


class SuppressionsBlocksGroup(Group):
    """Operations under `client.suppressions.blocks`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.suppressions import list_blocks as _list_blocks

        list = GroupMethod(_list_blocks.sync)
        list_detailed = GroupMethod(_list_blocks.sync_detailed)
        list_pages = GroupMethod(_list_blocks.iter_pages)
        list_items = GroupMethod(_list_blocks.iter_items)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.suppressions.list_blocks", "sync")
        list_detailed = GroupMethod.lazy("sendgrid_reseller.api.suppressions.list_blocks", "sync_detailed")
        list_pages = GroupMethod.lazy("sendgrid_reseller.api.suppressions.list_blocks", "iter_pages")
        list_items = GroupMethod.lazy("sendgrid_reseller.api.suppressions.list_blocks", "iter_items")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.suppressions import delete_blocks as _delete_blocks

        delete_many = GroupMethod(_delete_blocks.sync)
        delete_many_detailed = GroupMethod(_delete_blocks.sync_detailed)
    else:
        delete_many = GroupMethod.lazy("sendgrid_reseller.api.suppressions.delete_blocks", "sync")
        delete_many_detailed = GroupMethod.lazy("sendgrid_reseller.api.suppressions.delete_blocks", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.suppressions import get_block as _get_block

        get = GroupMethod(_get_block.sync)
        get_detailed = GroupMethod(_get_block.sync_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.suppressions.get_block", "sync")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.suppressions.get_block", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.suppressions import delete_block as _delete_block

        delete = GroupMethod(_delete_block.sync)
        delete_detailed = GroupMethod(_delete_block.sync_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.suppressions.delete_block", "sync")
        delete_detailed = GroupMethod.lazy("sendgrid_reseller.api.suppressions.delete_block", "sync_detailed")


class SuppressionsBouncesGroup(Group):
    """Operations under `client.suppressions.bounces`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.suppressions import list_bounces as _list_bounces

        list = GroupMethod(_list_bounces.sync)
        list_detailed = GroupMethod(_list_bounces.sync_detailed)
        list_pages = GroupMethod(_list_bounces.iter_pages)
        list_items = GroupMethod(_list_bounces.iter_items)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.suppressions.list_bounces", "sync")
        list_detailed = GroupMethod.lazy("sendgrid_reseller.api.suppressions.list_bounces", "sync_detailed")
        list_pages = GroupMethod.lazy("sendgrid_reseller.api.suppressions.list_bounces", "iter_pages")
        list_items = GroupMethod.lazy("sendgrid_reseller.api.suppressions.list_bounces", "iter_items")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.suppressions import delete_bounces as _delete_bounces

        delete_many = GroupMethod(_delete_bounces.sync)
        delete_many_detailed = GroupMethod(_delete_bounces.sync_detailed)
    else:
        delete_many = GroupMethod.lazy("sendgrid_reseller.api.suppressions.delete_bounces", "sync")
        delete_many_detailed = GroupMethod.lazy("sendgrid_reseller.api.suppressions.delete_bounces", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.suppressions import get_bounce as _get_bounce

        get = GroupMethod(_get_bounce.sync)
        get_detailed = GroupMethod(_get_bounce.sync_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.suppressions.get_bounce", "sync")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.suppressions.get_bounce", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.suppressions import delete_bounce as _delete_bounce

        delete = GroupMethod(_delete_bounce.sync)
        delete_detailed = GroupMethod(_delete_bounce.sync_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.suppressions.delete_bounce", "sync")
        delete_detailed = GroupMethod.lazy("sendgrid_reseller.api.suppressions.delete_bounce", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.suppressions import (
            get_bounce_classification_totals as _get_bounce_classification_totals,
        )

        classification_totals = GroupMethod(_get_bounce_classification_totals.sync)
        classification_totals_detailed = GroupMethod(_get_bounce_classification_totals.sync_detailed)
    else:
        classification_totals = GroupMethod.lazy(
            "sendgrid_reseller.api.suppressions.get_bounce_classification_totals", "sync"
        )
        classification_totals_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.suppressions.get_bounce_classification_totals", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.suppressions import (
            get_bounce_classification_domains as _get_bounce_classification_domains,
        )

        classification_domains = GroupMethod(_get_bounce_classification_domains.sync)
        classification_domains_detailed = GroupMethod(_get_bounce_classification_domains.sync_detailed)
    else:
        classification_domains = GroupMethod.lazy(
            "sendgrid_reseller.api.suppressions.get_bounce_classification_domains", "sync"
        )
        classification_domains_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.suppressions.get_bounce_classification_domains", "sync_detailed"
        )


class SuppressionsInvalidEmailsGroup(Group):
    """Operations under `client.suppressions.invalid_emails`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.suppressions import list_invalid_emails as _list_invalid_emails

        list = GroupMethod(_list_invalid_emails.sync)
        list_detailed = GroupMethod(_list_invalid_emails.sync_detailed)
        list_pages = GroupMethod(_list_invalid_emails.iter_pages)
        list_items = GroupMethod(_list_invalid_emails.iter_items)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.suppressions.list_invalid_emails", "sync")
        list_detailed = GroupMethod.lazy("sendgrid_reseller.api.suppressions.list_invalid_emails", "sync_detailed")
        list_pages = GroupMethod.lazy("sendgrid_reseller.api.suppressions.list_invalid_emails", "iter_pages")
        list_items = GroupMethod.lazy("sendgrid_reseller.api.suppressions.list_invalid_emails", "iter_items")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.suppressions import delete_invalid_emails as _delete_invalid_emails

        delete_many = GroupMethod(_delete_invalid_emails.sync)
        delete_many_detailed = GroupMethod(_delete_invalid_emails.sync_detailed)
    else:
        delete_many = GroupMethod.lazy("sendgrid_reseller.api.suppressions.delete_invalid_emails", "sync")
        delete_many_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.suppressions.delete_invalid_emails", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.suppressions import get_invalid_email as _get_invalid_email

        get = GroupMethod(_get_invalid_email.sync)
        get_detailed = GroupMethod(_get_invalid_email.sync_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.suppressions.get_invalid_email", "sync")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.suppressions.get_invalid_email", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.suppressions import delete_invalid_email as _delete_invalid_email

        delete = GroupMethod(_delete_invalid_email.sync)
        delete_detailed = GroupMethod(_delete_invalid_email.sync_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.suppressions.delete_invalid_email", "sync")
        delete_detailed = GroupMethod.lazy("sendgrid_reseller.api.suppressions.delete_invalid_email", "sync_detailed")


class SuppressionsSpamReportsGroup(Group):
    """Operations under `client.suppressions.spam_reports`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.suppressions import list_spam_reports as _list_spam_reports

        list = GroupMethod(_list_spam_reports.sync)
        list_detailed = GroupMethod(_list_spam_reports.sync_detailed)
        list_pages = GroupMethod(_list_spam_reports.iter_pages)
        list_items = GroupMethod(_list_spam_reports.iter_items)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.suppressions.list_spam_reports", "sync")
        list_detailed = GroupMethod.lazy("sendgrid_reseller.api.suppressions.list_spam_reports", "sync_detailed")
        list_pages = GroupMethod.lazy("sendgrid_reseller.api.suppressions.list_spam_reports", "iter_pages")
        list_items = GroupMethod.lazy("sendgrid_reseller.api.suppressions.list_spam_reports", "iter_items")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.suppressions import delete_spam_reports as _delete_spam_reports

        delete_many = GroupMethod(_delete_spam_reports.sync)
        delete_many_detailed = GroupMethod(_delete_spam_reports.sync_detailed)
    else:
        delete_many = GroupMethod.lazy("sendgrid_reseller.api.suppressions.delete_spam_reports", "sync")
        delete_many_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.suppressions.delete_spam_reports", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.suppressions import get_spam_report as _get_spam_report

        get = GroupMethod(_get_spam_report.sync)
        get_detailed = GroupMethod(_get_spam_report.sync_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.suppressions.get_spam_report", "sync")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.suppressions.get_spam_report", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.suppressions import delete_spam_report as _delete_spam_report

        delete = GroupMethod(_delete_spam_report.sync)
        delete_detailed = GroupMethod(_delete_spam_report.sync_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.suppressions.delete_spam_report", "sync")
        delete_detailed = GroupMethod.lazy("sendgrid_reseller.api.suppressions.delete_spam_report", "sync_detailed")


class SuppressionsGroup(Group):
    """Operations under `client.suppressions`."""

    @cached_property
    def groups(self) -> SuppressionsGroupsGroup:
        return SuppressionsGroupsGroup(self._client)

    @cached_property
    def global_unsubscribes(self) -> SuppressionsGlobalUnsubscribesGroup:
        return SuppressionsGlobalUnsubscribesGroup(self._client)

    @cached_property
    def blocks(self) -> SuppressionsBlocksGroup:
        return SuppressionsBlocksGroup(self._client)

    @cached_property
    def bounces(self) -> SuppressionsBouncesGroup:
        return SuppressionsBouncesGroup(self._client)

    @cached_property
    def invalid_emails(self) -> SuppressionsInvalidEmailsGroup:
        return SuppressionsInvalidEmailsGroup(self._client)

    @cached_property
    def spam_reports(self) -> SuppressionsSpamReportsGroup:
        return SuppressionsSpamReportsGroup(self._client)


class AsyncSuppressionsGroupsSuppressionsGroup(Group):
    """Operations under `client.suppressions.groups.suppressions`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.suppressions import list_group_suppressions as _list_group_suppressions

        list = GroupMethod(_list_group_suppressions.asyncio)
        list_detailed = GroupMethod(_list_group_suppressions.asyncio_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.suppressions.list_group_suppressions", "asyncio")
        list_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.suppressions.list_group_suppressions", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.suppressions import add_group_suppressions as _add_group_suppressions

        add = GroupMethod(_add_group_suppressions.asyncio)
        add_detailed = GroupMethod(_add_group_suppressions.asyncio_detailed)
    else:
        add = GroupMethod.lazy("sendgrid_reseller.api.suppressions.add_group_suppressions", "asyncio")
        add_detailed = GroupMethod.lazy("sendgrid_reseller.api.suppressions.add_group_suppressions", "asyncio_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.suppressions import search_group_suppressions as _search_group_suppressions

        search = GroupMethod(_search_group_suppressions.asyncio)
        search_detailed = GroupMethod(_search_group_suppressions.asyncio_detailed)
    else:
        search = GroupMethod.lazy("sendgrid_reseller.api.suppressions.search_group_suppressions", "asyncio")
        search_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.suppressions.search_group_suppressions", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.suppressions import delete_group_suppression as _delete_group_suppression

        delete = GroupMethod(_delete_group_suppression.asyncio)
        delete_detailed = GroupMethod(_delete_group_suppression.asyncio_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.suppressions.delete_group_suppression", "asyncio")
        delete_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.suppressions.delete_group_suppression", "asyncio_detailed"
        )


class AsyncSuppressionsGroupsGroup(Group):
    """Operations under `client.suppressions.groups`."""

    @cached_property
    def suppressions(self) -> AsyncSuppressionsGroupsSuppressionsGroup:
        return AsyncSuppressionsGroupsSuppressionsGroup(self._client)

    if TYPE_CHECKING:
        from sendgrid_reseller.api.suppressions import list_suppression_groups as _list_suppression_groups

        list = GroupMethod(_list_suppression_groups.asyncio)
        list_detailed = GroupMethod(_list_suppression_groups.asyncio_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.suppressions.list_suppression_groups", "asyncio")
        list_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.suppressions.list_suppression_groups", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.suppressions import create_suppression_group as _create_suppression_group

        create = GroupMethod(_create_suppression_group.asyncio)
        create_detailed = GroupMethod(_create_suppression_group.asyncio_detailed)
    else:
        create = GroupMethod.lazy("sendgrid_reseller.api.suppressions.create_suppression_group", "asyncio")
        create_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.suppressions.create_suppression_group", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.suppressions import get_suppression_group as _get_suppression_group

        get = GroupMethod(_get_suppression_group.asyncio)
        get_detailed = GroupMethod(_get_suppression_group.asyncio_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.suppressions.get_suppression_group", "asyncio")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.suppressions.get_suppression_group", "asyncio_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.suppressions import delete_suppression_group as _delete_suppression_group

        delete = GroupMethod(_delete_suppression_group.asyncio)
        delete_detailed = GroupMethod(_delete_suppression_group.asyncio_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.suppressions.delete_suppression_group", "asyncio")
        delete_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.suppressions.delete_suppression_group", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.suppressions import update_suppression_group as _update_suppression_group

        update = GroupMethod(_update_suppression_group.asyncio)
        update_detailed = GroupMethod(_update_suppression_group.asyncio_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.suppressions.update_suppression_group", "asyncio")
        update_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.suppressions.update_suppression_group", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.suppressions import list_all_group_suppressions as _list_all_group_suppressions

        list_all_suppressions = GroupMethod(_list_all_group_suppressions.asyncio)
        list_all_suppressions_detailed = GroupMethod(_list_all_group_suppressions.asyncio_detailed)
    else:
        list_all_suppressions = GroupMethod.lazy(
            "sendgrid_reseller.api.suppressions.list_all_group_suppressions", "asyncio"
        )
        list_all_suppressions_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.suppressions.list_all_group_suppressions", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.suppressions import get_address_suppression_groups as _get_address_suppression_groups

        for_address = GroupMethod(_get_address_suppression_groups.asyncio)
        for_address_detailed = GroupMethod(_get_address_suppression_groups.asyncio_detailed)
    else:
        for_address = GroupMethod.lazy("sendgrid_reseller.api.suppressions.get_address_suppression_groups", "asyncio")
        for_address_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.suppressions.get_address_suppression_groups", "asyncio_detailed"
        )


class AsyncSuppressionsGlobalUnsubscribesGroup(Group):
    """Operations under `client.suppressions.global_unsubscribes`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.suppressions import add_global_unsubscribes as _add_global_unsubscribes

        add = GroupMethod(_add_global_unsubscribes.asyncio)
        add_detailed = GroupMethod(_add_global_unsubscribes.asyncio_detailed)
    else:
        add = GroupMethod.lazy("sendgrid_reseller.api.suppressions.add_global_unsubscribes", "asyncio")
        add_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.suppressions.add_global_unsubscribes", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.suppressions import get_global_unsubscribe as _get_global_unsubscribe

        get = GroupMethod(_get_global_unsubscribe.asyncio)
        get_detailed = GroupMethod(_get_global_unsubscribe.asyncio_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.suppressions.get_global_unsubscribe", "asyncio")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.suppressions.get_global_unsubscribe", "asyncio_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.suppressions import delete_global_unsubscribe as _delete_global_unsubscribe

        delete = GroupMethod(_delete_global_unsubscribe.asyncio)
        delete_detailed = GroupMethod(_delete_global_unsubscribe.asyncio_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.suppressions.delete_global_unsubscribe", "asyncio")
        delete_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.suppressions.delete_global_unsubscribe", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.suppressions import list_global_unsubscribes as _list_global_unsubscribes

        list = GroupMethod(_list_global_unsubscribes.asyncio)
        list_detailed = GroupMethod(_list_global_unsubscribes.asyncio_detailed)
        list_pages = GroupMethod(_list_global_unsubscribes.aiter_pages)
        list_items = GroupMethod(_list_global_unsubscribes.aiter_items)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.suppressions.list_global_unsubscribes", "asyncio")
        list_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.suppressions.list_global_unsubscribes", "asyncio_detailed"
        )
        list_pages = GroupMethod.lazy("sendgrid_reseller.api.suppressions.list_global_unsubscribes", "aiter_pages")
        list_items = GroupMethod.lazy("sendgrid_reseller.api.suppressions.list_global_unsubscribes", "aiter_items")


class AsyncSuppressionsBlocksGroup(Group):
    """Operations under `client.suppressions.blocks`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.suppressions import list_blocks as _list_blocks

        list = GroupMethod(_list_blocks.asyncio)
        list_detailed = GroupMethod(_list_blocks.asyncio_detailed)
        list_pages = GroupMethod(_list_blocks.aiter_pages)
        list_items = GroupMethod(_list_blocks.aiter_items)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.suppressions.list_blocks", "asyncio")
        list_detailed = GroupMethod.lazy("sendgrid_reseller.api.suppressions.list_blocks", "asyncio_detailed")
        list_pages = GroupMethod.lazy("sendgrid_reseller.api.suppressions.list_blocks", "aiter_pages")
        list_items = GroupMethod.lazy("sendgrid_reseller.api.suppressions.list_blocks", "aiter_items")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.suppressions import delete_blocks as _delete_blocks

        delete_many = GroupMethod(_delete_blocks.asyncio)
        delete_many_detailed = GroupMethod(_delete_blocks.asyncio_detailed)
    else:
        delete_many = GroupMethod.lazy("sendgrid_reseller.api.suppressions.delete_blocks", "asyncio")
        delete_many_detailed = GroupMethod.lazy("sendgrid_reseller.api.suppressions.delete_blocks", "asyncio_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.suppressions import get_block as _get_block

        get = GroupMethod(_get_block.asyncio)
        get_detailed = GroupMethod(_get_block.asyncio_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.suppressions.get_block", "asyncio")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.suppressions.get_block", "asyncio_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.suppressions import delete_block as _delete_block

        delete = GroupMethod(_delete_block.asyncio)
        delete_detailed = GroupMethod(_delete_block.asyncio_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.suppressions.delete_block", "asyncio")
        delete_detailed = GroupMethod.lazy("sendgrid_reseller.api.suppressions.delete_block", "asyncio_detailed")


class AsyncSuppressionsBouncesGroup(Group):
    """Operations under `client.suppressions.bounces`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.suppressions import list_bounces as _list_bounces

        list = GroupMethod(_list_bounces.asyncio)
        list_detailed = GroupMethod(_list_bounces.asyncio_detailed)
        list_pages = GroupMethod(_list_bounces.aiter_pages)
        list_items = GroupMethod(_list_bounces.aiter_items)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.suppressions.list_bounces", "asyncio")
        list_detailed = GroupMethod.lazy("sendgrid_reseller.api.suppressions.list_bounces", "asyncio_detailed")
        list_pages = GroupMethod.lazy("sendgrid_reseller.api.suppressions.list_bounces", "aiter_pages")
        list_items = GroupMethod.lazy("sendgrid_reseller.api.suppressions.list_bounces", "aiter_items")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.suppressions import delete_bounces as _delete_bounces

        delete_many = GroupMethod(_delete_bounces.asyncio)
        delete_many_detailed = GroupMethod(_delete_bounces.asyncio_detailed)
    else:
        delete_many = GroupMethod.lazy("sendgrid_reseller.api.suppressions.delete_bounces", "asyncio")
        delete_many_detailed = GroupMethod.lazy("sendgrid_reseller.api.suppressions.delete_bounces", "asyncio_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.suppressions import get_bounce as _get_bounce

        get = GroupMethod(_get_bounce.asyncio)
        get_detailed = GroupMethod(_get_bounce.asyncio_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.suppressions.get_bounce", "asyncio")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.suppressions.get_bounce", "asyncio_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.suppressions import delete_bounce as _delete_bounce

        delete = GroupMethod(_delete_bounce.asyncio)
        delete_detailed = GroupMethod(_delete_bounce.asyncio_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.suppressions.delete_bounce", "asyncio")
        delete_detailed = GroupMethod.lazy("sendgrid_reseller.api.suppressions.delete_bounce", "asyncio_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.suppressions import (
            get_bounce_classification_totals as _get_bounce_classification_totals,
        )

        classification_totals = GroupMethod(_get_bounce_classification_totals.asyncio)
        classification_totals_detailed = GroupMethod(_get_bounce_classification_totals.asyncio_detailed)
    else:
        classification_totals = GroupMethod.lazy(
            "sendgrid_reseller.api.suppressions.get_bounce_classification_totals", "asyncio"
        )
        classification_totals_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.suppressions.get_bounce_classification_totals", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.suppressions import (
            get_bounce_classification_domains as _get_bounce_classification_domains,
        )

        classification_domains = GroupMethod(_get_bounce_classification_domains.asyncio)
        classification_domains_detailed = GroupMethod(_get_bounce_classification_domains.asyncio_detailed)
    else:
        classification_domains = GroupMethod.lazy(
            "sendgrid_reseller.api.suppressions.get_bounce_classification_domains", "asyncio"
        )
        classification_domains_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.suppressions.get_bounce_classification_domains", "asyncio_detailed"
        )


class AsyncSuppressionsInvalidEmailsGroup(Group):
    """Operations under `client.suppressions.invalid_emails`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.suppressions import list_invalid_emails as _list_invalid_emails

        list = GroupMethod(_list_invalid_emails.asyncio)
        list_detailed = GroupMethod(_list_invalid_emails.asyncio_detailed)
        list_pages = GroupMethod(_list_invalid_emails.aiter_pages)
        list_items = GroupMethod(_list_invalid_emails.aiter_items)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.suppressions.list_invalid_emails", "asyncio")
        list_detailed = GroupMethod.lazy("sendgrid_reseller.api.suppressions.list_invalid_emails", "asyncio_detailed")
        list_pages = GroupMethod.lazy("sendgrid_reseller.api.suppressions.list_invalid_emails", "aiter_pages")
        list_items = GroupMethod.lazy("sendgrid_reseller.api.suppressions.list_invalid_emails", "aiter_items")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.suppressions import delete_invalid_emails as _delete_invalid_emails

        delete_many = GroupMethod(_delete_invalid_emails.asyncio)
        delete_many_detailed = GroupMethod(_delete_invalid_emails.asyncio_detailed)
    else:
        delete_many = GroupMethod.lazy("sendgrid_reseller.api.suppressions.delete_invalid_emails", "asyncio")
        delete_many_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.suppressions.delete_invalid_emails", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.suppressions import get_invalid_email as _get_invalid_email

        get = GroupMethod(_get_invalid_email.asyncio)
        get_detailed = GroupMethod(_get_invalid_email.asyncio_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.suppressions.get_invalid_email", "asyncio")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.suppressions.get_invalid_email", "asyncio_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.suppressions import delete_invalid_email as _delete_invalid_email

        delete = GroupMethod(_delete_invalid_email.asyncio)
        delete_detailed = GroupMethod(_delete_invalid_email.asyncio_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.suppressions.delete_invalid_email", "asyncio")
        delete_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.suppressions.delete_invalid_email", "asyncio_detailed"
        )


class AsyncSuppressionsSpamReportsGroup(Group):
    """Operations under `client.suppressions.spam_reports`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.suppressions import list_spam_reports as _list_spam_reports

        list = GroupMethod(_list_spam_reports.asyncio)
        list_detailed = GroupMethod(_list_spam_reports.asyncio_detailed)
        list_pages = GroupMethod(_list_spam_reports.aiter_pages)
        list_items = GroupMethod(_list_spam_reports.aiter_items)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.suppressions.list_spam_reports", "asyncio")
        list_detailed = GroupMethod.lazy("sendgrid_reseller.api.suppressions.list_spam_reports", "asyncio_detailed")
        list_pages = GroupMethod.lazy("sendgrid_reseller.api.suppressions.list_spam_reports", "aiter_pages")
        list_items = GroupMethod.lazy("sendgrid_reseller.api.suppressions.list_spam_reports", "aiter_items")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.suppressions import delete_spam_reports as _delete_spam_reports

        delete_many = GroupMethod(_delete_spam_reports.asyncio)
        delete_many_detailed = GroupMethod(_delete_spam_reports.asyncio_detailed)
    else:
        delete_many = GroupMethod.lazy("sendgrid_reseller.api.suppressions.delete_spam_reports", "asyncio")
        delete_many_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.suppressions.delete_spam_reports", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.suppressions import get_spam_report as _get_spam_report

        get = GroupMethod(_get_spam_report.asyncio)
        get_detailed = GroupMethod(_get_spam_report.asyncio_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.suppressions.get_spam_report", "asyncio")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.suppressions.get_spam_report", "asyncio_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.suppressions import delete_spam_report as _delete_spam_report

        delete = GroupMethod(_delete_spam_report.asyncio)
        delete_detailed = GroupMethod(_delete_spam_report.asyncio_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.suppressions.delete_spam_report", "asyncio")
        delete_detailed = GroupMethod.lazy("sendgrid_reseller.api.suppressions.delete_spam_report", "asyncio_detailed")


class AsyncSuppressionsGroup(Group):
    """Operations under `client.suppressions`."""

    @cached_property
    def groups(self) -> AsyncSuppressionsGroupsGroup:
        return AsyncSuppressionsGroupsGroup(self._client)

    @cached_property
    def global_unsubscribes(self) -> AsyncSuppressionsGlobalUnsubscribesGroup:
        return AsyncSuppressionsGlobalUnsubscribesGroup(self._client)

    @cached_property
    def blocks(self) -> AsyncSuppressionsBlocksGroup:
        return AsyncSuppressionsBlocksGroup(self._client)

    @cached_property
    def bounces(self) -> AsyncSuppressionsBouncesGroup:
        return AsyncSuppressionsBouncesGroup(self._client)

    @cached_property
    def invalid_emails(self) -> AsyncSuppressionsInvalidEmailsGroup:
        return AsyncSuppressionsInvalidEmailsGroup(self._client)

    @cached_property
    def spam_reports(self) -> AsyncSuppressionsSpamReportsGroup:
        return AsyncSuppressionsSpamReportsGroup(self._client)
