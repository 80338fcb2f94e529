# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.webhooks` of `SendGrid`: the `WebhooksGroup` class, imported on first use.

Each method calls its endpoint function (`sendgrid_reseller.api.<tag>.<operation>`), importing that
module on first call; signatures and docstrings are the endpoint functions' own.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._runtime.group import Group

if TYPE_CHECKING:
    from .webhooks_event import WebhooksEventGroup
    from .webhooks_parse import WebhooksParseGroup
    from .webhooks_security import WebhooksSecurityGroup

    pass


class WebhooksGroup(Group):
    """Operations under `client.webhooks`."""

    @cached_property
    def event(self) -> WebhooksEventGroup:
        from .webhooks_event import WebhooksEventGroup

        return WebhooksEventGroup(self._client)

    @cached_property
    def parse(self) -> WebhooksParseGroup:
        from .webhooks_parse import WebhooksParseGroup

        return WebhooksParseGroup(self._client)

    @cached_property
    def security(self) -> WebhooksSecurityGroup:
        from .webhooks_security import WebhooksSecurityGroup

        return WebhooksSecurityGroup(self._client)
