# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.webhooks` of `AsyncSendGrid`: the `AsyncWebhooksGroup` class, imported on first use.

Each method calls its endpoint function (`sendgrid_reseller.api.<tag>.<operation>`), importing that
module on first call; signatures and docstrings are the endpoint functions' own.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._runtime.group import Group

if TYPE_CHECKING:
    from .webhooks_event_async import AsyncWebhooksEventGroup
    from .webhooks_parse_async import AsyncWebhooksParseGroup
    from .webhooks_security_async import AsyncWebhooksSecurityGroup

    pass


class AsyncWebhooksGroup(Group):
    """Operations under `client.webhooks`."""

    @cached_property
    def event(self) -> AsyncWebhooksEventGroup:
        from .webhooks_event_async import AsyncWebhooksEventGroup

        return AsyncWebhooksEventGroup(self._client)

    @cached_property
    def parse(self) -> AsyncWebhooksParseGroup:
        from .webhooks_parse_async import AsyncWebhooksParseGroup

        return AsyncWebhooksParseGroup(self._client)

    @cached_property
    def security(self) -> AsyncWebhooksSecurityGroup:
        from .webhooks_security_async import AsyncWebhooksSecurityGroup

        return AsyncWebhooksSecurityGroup(self._client)
