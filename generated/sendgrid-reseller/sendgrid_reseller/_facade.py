# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""The friendly clients: `SendGrid` and `AsyncSendGrid`, with every operation reachable by group.

Each top-level group lives in its own modules under `_groups/` (`<group>.py` for `SendGrid`,
`<group>_async.py` for `AsyncSendGrid`), imported on first use.
"""

from __future__ import annotations

from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Unpack

import httpx

from ._runtime.client import Client
from ._runtime.client_options import ClientOptions
from ._runtime.group import Group
from ._runtime.policy import RetryPolicy

if TYPE_CHECKING:
    from ._groups.domains import DomainsGroup
    from ._groups.domains_async import AsyncDomainsGroup
    from ._groups.ips import IpsGroup
    from ._groups.ips_async import AsyncIpsGroup
    from ._groups.reseller import ResellerGroup
    from ._groups.reseller_async import AsyncResellerGroup
    from ._groups.subusers import SubusersGroup
    from ._groups.subusers_async import AsyncSubusersGroup
    from ._groups.suppressions import SuppressionsGroup
    from ._groups.suppressions_async import AsyncSuppressionsGroup
    from ._groups.webhooks import WebhooksGroup
    from ._groups.webhooks_async import AsyncWebhooksGroup


class SendGrid(Group):
    """The synchronous client. Pass credentials as for `Client`, or a ready `client=`.

    Credentials: `api_key="SG..."` (v3, and v2 as api_user="apikey"); `api_user=` + `password=`
    (the reseller's v2 login, v2 calls only); all three to call both. Without any,
    `SENDGRID_API_KEY` is read. Use it as a context manager (or call `close()`) to release its
    connections and anything else it built (a Redis rate-limit store named by URL).
    """

    def __init__(self, *, client: Client | None = None, **client_options: Unpack[ClientOptions]) -> None:
        super().__init__(client if client is not None else Client(**client_options))

    @property
    def client(self) -> Client:
        """The low-level client, for the module-level endpoint functions."""
        return self._client

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        on_behalf_of: str | None = None,
    ) -> SendGrid:
        """A copy with these settings changed, sharing this client's connections and rate limits."""
        return SendGrid(
            client=self._client.with_options(
                timeout=timeout, max_retries=max_retries, retry=retry, on_behalf_of=on_behalf_of
            )
        )

    @cached_property
    def reseller(self) -> ResellerGroup:
        from ._groups.reseller import ResellerGroup

        return ResellerGroup(self._client)

    @cached_property
    def subusers(self) -> SubusersGroup:
        from ._groups.subusers import SubusersGroup

        return SubusersGroup(self._client)

    @cached_property
    def suppressions(self) -> SuppressionsGroup:
        from ._groups.suppressions import SuppressionsGroup

        return SuppressionsGroup(self._client)

    @cached_property
    def ips(self) -> IpsGroup:
        from ._groups.ips import IpsGroup

        return IpsGroup(self._client)

    @cached_property
    def domains(self) -> DomainsGroup:
        from ._groups.domains import DomainsGroup

        return DomainsGroup(self._client)

    @cached_property
    def webhooks(self) -> WebhooksGroup:
        from ._groups.webhooks import WebhooksGroup

        return WebhooksGroup(self._client)

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> SendGrid:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncSendGrid(Group):
    """The asyncio client: every method is a coroutine (or an async iterator for pages and items).

    One client may serve several event loops (each gets its own connections), e.g. successive
    `asyncio.run()` calls; `aclose()` closes the running loop's connections and what the client built.
    """

    def __init__(self, *, client: Client | None = None, **client_options: Unpack[ClientOptions]) -> None:
        super().__init__(client if client is not None else Client(**client_options))

    @property
    def client(self) -> Client:
        return self._client

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        on_behalf_of: str | None = None,
    ) -> AsyncSendGrid:
        """A copy with these settings changed, sharing this client's connections and rate limits."""
        return AsyncSendGrid(
            client=self._client.with_options(
                timeout=timeout, max_retries=max_retries, retry=retry, on_behalf_of=on_behalf_of
            )
        )

    @cached_property
    def reseller(self) -> AsyncResellerGroup:
        from ._groups.reseller_async import AsyncResellerGroup

        return AsyncResellerGroup(self._client)

    @cached_property
    def subusers(self) -> AsyncSubusersGroup:
        from ._groups.subusers_async import AsyncSubusersGroup

        return AsyncSubusersGroup(self._client)

    @cached_property
    def suppressions(self) -> AsyncSuppressionsGroup:
        from ._groups.suppressions_async import AsyncSuppressionsGroup

        return AsyncSuppressionsGroup(self._client)

    @cached_property
    def ips(self) -> AsyncIpsGroup:
        from ._groups.ips_async import AsyncIpsGroup

        return AsyncIpsGroup(self._client)

    @cached_property
    def domains(self) -> AsyncDomainsGroup:
        from ._groups.domains_async import AsyncDomainsGroup

        return AsyncDomainsGroup(self._client)

    @cached_property
    def webhooks(self) -> AsyncWebhooksGroup:
        from ._groups.webhooks_async import AsyncWebhooksGroup

        return AsyncWebhooksGroup(self._client)

    async def aclose(self) -> None:
        await self._client.aclose()

    async def __aenter__(self) -> AsyncSendGrid:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()
