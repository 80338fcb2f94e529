# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.suppressions` of `AsyncSendGrid`: the `AsyncSuppressionsGroup` class, imported on first use.

Each method calls its endpoint function (`sendgrid_reseller.api.<tag>.<operation>`), importing that
module on first call; signatures and docstrings are the endpoint functions' own.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._runtime.group import Group

if TYPE_CHECKING:
    from .suppressions_blocks_async import AsyncSuppressionsBlocksGroup
    from .suppressions_bounces_async import AsyncSuppressionsBouncesGroup
    from .suppressions_global_unsubscribes_async import AsyncSuppressionsGlobalUnsubscribesGroup
    from .suppressions_groups_async import AsyncSuppressionsGroupsGroup
    from .suppressions_invalid_emails_async import AsyncSuppressionsInvalidEmailsGroup
    from .suppressions_spam_reports_async import AsyncSuppressionsSpamReportsGroup

    pass


class AsyncSuppressionsGroup(Group):
    """Operations under `client.suppressions`."""

    @cached_property
    def groups(self) -> AsyncSuppressionsGroupsGroup:
        from .suppressions_groups_async import AsyncSuppressionsGroupsGroup

        return AsyncSuppressionsGroupsGroup(self._client)

    @cached_property
    def global_unsubscribes(self) -> AsyncSuppressionsGlobalUnsubscribesGroup:
        from .suppressions_global_unsubscribes_async import AsyncSuppressionsGlobalUnsubscribesGroup

        return AsyncSuppressionsGlobalUnsubscribesGroup(self._client)

    @cached_property
    def blocks(self) -> AsyncSuppressionsBlocksGroup:
        from .suppressions_blocks_async import AsyncSuppressionsBlocksGroup

        return AsyncSuppressionsBlocksGroup(self._client)

    @cached_property
    def bounces(self) -> AsyncSuppressionsBouncesGroup:
        from .suppressions_bounces_async import AsyncSuppressionsBouncesGroup

        return AsyncSuppressionsBouncesGroup(self._client)

    @cached_property
    def invalid_emails(self) -> AsyncSuppressionsInvalidEmailsGroup:
        from .suppressions_invalid_emails_async import AsyncSuppressionsInvalidEmailsGroup

        return AsyncSuppressionsInvalidEmailsGroup(self._client)

    @cached_property
    def spam_reports(self) -> AsyncSuppressionsSpamReportsGroup:
        from .suppressions_spam_reports_async import AsyncSuppressionsSpamReportsGroup

        return AsyncSuppressionsSpamReportsGroup(self._client)
