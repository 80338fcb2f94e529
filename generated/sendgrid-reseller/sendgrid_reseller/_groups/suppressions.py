# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.suppressions` of `SendGrid`: the `SuppressionsGroup` class, imported on first use.

Each method calls its endpoint function (`sendgrid_reseller.api.<tag>.<operation>`), importing that
module on first call; signatures and docstrings are the endpoint functions' own.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._runtime.group import Group

if TYPE_CHECKING:
    from .suppressions_blocks import SuppressionsBlocksGroup
    from .suppressions_bounces import SuppressionsBouncesGroup
    from .suppressions_global_unsubscribes import SuppressionsGlobalUnsubscribesGroup
    from .suppressions_groups import SuppressionsGroupsGroup
    from .suppressions_invalid_emails import SuppressionsInvalidEmailsGroup
    from .suppressions_spam_reports import SuppressionsSpamReportsGroup

    pass


class SuppressionsGroup(Group):
    """Operations under `client.suppressions`."""

    @cached_property
    def groups(self) -> SuppressionsGroupsGroup:
        from .suppressions_groups import SuppressionsGroupsGroup

        return SuppressionsGroupsGroup(self._client)

    @cached_property
    def global_unsubscribes(self) -> SuppressionsGlobalUnsubscribesGroup:
        from .suppressions_global_unsubscribes import SuppressionsGlobalUnsubscribesGroup

        return SuppressionsGlobalUnsubscribesGroup(self._client)

    @cached_property
    def blocks(self) -> SuppressionsBlocksGroup:
        from .suppressions_blocks import SuppressionsBlocksGroup

        return SuppressionsBlocksGroup(self._client)

    @cached_property
    def bounces(self) -> SuppressionsBouncesGroup:
        from .suppressions_bounces import SuppressionsBouncesGroup

        return SuppressionsBouncesGroup(self._client)

    @cached_property
    def invalid_emails(self) -> SuppressionsInvalidEmailsGroup:
        from .suppressions_invalid_emails import SuppressionsInvalidEmailsGroup

        return SuppressionsInvalidEmailsGroup(self._client)

    @cached_property
    def spam_reports(self) -> SuppressionsSpamReportsGroup:
        from .suppressions_spam_reports import SuppressionsSpamReportsGroup

        return SuppressionsSpamReportsGroup(self._client)
