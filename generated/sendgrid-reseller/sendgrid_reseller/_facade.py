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
    from ._groups.accounts import AccountsGroup
    from ._groups.accounts_async import AsyncAccountsGroup
    from ._groups.alerts import AlertsGroup
    from ._groups.alerts_async import AsyncAlertsGroup
    from ._groups.api_keys import ApiKeysGroup
    from ._groups.api_keys_async import AsyncApiKeysGroup
    from ._groups.categories import CategoriesGroup
    from ._groups.categories_async import AsyncCategoriesGroup
    from ._groups.domains import DomainsGroup
    from ._groups.domains_async import AsyncDomainsGroup
    from ._groups.ip_access import IpAccessGroup
    from ._groups.ip_access_async import AsyncIpAccessGroup
    from ._groups.ips import IpsGroup
    from ._groups.ips_async import AsyncIpsGroup
    from ._groups.link_branding import LinkBrandingGroup
    from ._groups.link_branding_async import AsyncLinkBrandingGroup
    from ._groups.mail_settings import MailSettingsGroup
    from ._groups.mail_settings_async import AsyncMailSettingsGroup
    from ._groups.partner_settings import PartnerSettingsGroup
    from ._groups.partner_settings_async import AsyncPartnerSettingsGroup
    from ._groups.reseller import ResellerGroup
    from ._groups.reseller_async import AsyncResellerGroup
    from ._groups.reverse_dns import ReverseDnsGroup
    from ._groups.reverse_dns_async import AsyncReverseDnsGroup
    from ._groups.scopes import ScopesGroup
    from ._groups.scopes_async import AsyncScopesGroup
    from ._groups.send_ips import SendIpsGroup
    from ._groups.send_ips_async import AsyncSendIpsGroup
    from ._groups.sso import SsoGroup
    from ._groups.sso_async import AsyncSsoGroup
    from ._groups.stats import StatsGroup
    from ._groups.stats_async import AsyncStatsGroup
    from ._groups.subusers import SubusersGroup
    from ._groups.subusers_async import AsyncSubusersGroup
    from ._groups.suppressions import SuppressionsGroup
    from ._groups.suppressions_async import AsyncSuppressionsGroup
    from ._groups.teammates import TeammatesGroup
    from ._groups.teammates_async import AsyncTeammatesGroup
    from ._groups.templates import TemplatesGroup
    from ._groups.templates_async import AsyncTemplatesGroup
    from ._groups.tracking_settings import TrackingSettingsGroup
    from ._groups.tracking_settings_async import AsyncTrackingSettingsGroup
    from ._groups.user import UserGroup
    from ._groups.user_async import AsyncUserGroup
    from ._groups.verified_senders import VerifiedSendersGroup
    from ._groups.verified_senders_async import AsyncVerifiedSendersGroup
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

    @cached_property
    def send_ips(self) -> SendIpsGroup:
        from ._groups.send_ips import SendIpsGroup

        return SendIpsGroup(self._client)

    @cached_property
    def reverse_dns(self) -> ReverseDnsGroup:
        from ._groups.reverse_dns import ReverseDnsGroup

        return ReverseDnsGroup(self._client)

    @cached_property
    def link_branding(self) -> LinkBrandingGroup:
        from ._groups.link_branding import LinkBrandingGroup

        return LinkBrandingGroup(self._client)

    @cached_property
    def verified_senders(self) -> VerifiedSendersGroup:
        from ._groups.verified_senders import VerifiedSendersGroup

        return VerifiedSendersGroup(self._client)

    @cached_property
    def mail_settings(self) -> MailSettingsGroup:
        from ._groups.mail_settings import MailSettingsGroup

        return MailSettingsGroup(self._client)

    @cached_property
    def tracking_settings(self) -> TrackingSettingsGroup:
        from ._groups.tracking_settings import TrackingSettingsGroup

        return TrackingSettingsGroup(self._client)

    @cached_property
    def stats(self) -> StatsGroup:
        from ._groups.stats import StatsGroup

        return StatsGroup(self._client)

    @cached_property
    def categories(self) -> CategoriesGroup:
        from ._groups.categories import CategoriesGroup

        return CategoriesGroup(self._client)

    @cached_property
    def accounts(self) -> AccountsGroup:
        from ._groups.accounts import AccountsGroup

        return AccountsGroup(self._client)

    @cached_property
    def partner_settings(self) -> PartnerSettingsGroup:
        from ._groups.partner_settings import PartnerSettingsGroup

        return PartnerSettingsGroup(self._client)

    @cached_property
    def teammates(self) -> TeammatesGroup:
        from ._groups.teammates import TeammatesGroup

        return TeammatesGroup(self._client)

    @cached_property
    def sso(self) -> SsoGroup:
        from ._groups.sso import SsoGroup

        return SsoGroup(self._client)

    @cached_property
    def scopes(self) -> ScopesGroup:
        from ._groups.scopes import ScopesGroup

        return ScopesGroup(self._client)

    @cached_property
    def api_keys(self) -> ApiKeysGroup:
        from ._groups.api_keys import ApiKeysGroup

        return ApiKeysGroup(self._client)

    @cached_property
    def user(self) -> UserGroup:
        from ._groups.user import UserGroup

        return UserGroup(self._client)

    @cached_property
    def alerts(self) -> AlertsGroup:
        from ._groups.alerts import AlertsGroup

        return AlertsGroup(self._client)

    @cached_property
    def ip_access(self) -> IpAccessGroup:
        from ._groups.ip_access import IpAccessGroup

        return IpAccessGroup(self._client)

    @cached_property
    def templates(self) -> TemplatesGroup:
        from ._groups.templates import TemplatesGroup

        return TemplatesGroup(self._client)

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

    @cached_property
    def send_ips(self) -> AsyncSendIpsGroup:
        from ._groups.send_ips_async import AsyncSendIpsGroup

        return AsyncSendIpsGroup(self._client)

    @cached_property
    def reverse_dns(self) -> AsyncReverseDnsGroup:
        from ._groups.reverse_dns_async import AsyncReverseDnsGroup

        return AsyncReverseDnsGroup(self._client)

    @cached_property
    def link_branding(self) -> AsyncLinkBrandingGroup:
        from ._groups.link_branding_async import AsyncLinkBrandingGroup

        return AsyncLinkBrandingGroup(self._client)

    @cached_property
    def verified_senders(self) -> AsyncVerifiedSendersGroup:
        from ._groups.verified_senders_async import AsyncVerifiedSendersGroup

        return AsyncVerifiedSendersGroup(self._client)

    @cached_property
    def mail_settings(self) -> AsyncMailSettingsGroup:
        from ._groups.mail_settings_async import AsyncMailSettingsGroup

        return AsyncMailSettingsGroup(self._client)

    @cached_property
    def tracking_settings(self) -> AsyncTrackingSettingsGroup:
        from ._groups.tracking_settings_async import AsyncTrackingSettingsGroup

        return AsyncTrackingSettingsGroup(self._client)

    @cached_property
    def stats(self) -> AsyncStatsGroup:
        from ._groups.stats_async import AsyncStatsGroup

        return AsyncStatsGroup(self._client)

    @cached_property
    def categories(self) -> AsyncCategoriesGroup:
        from ._groups.categories_async import AsyncCategoriesGroup

        return AsyncCategoriesGroup(self._client)

    @cached_property
    def accounts(self) -> AsyncAccountsGroup:
        from ._groups.accounts_async import AsyncAccountsGroup

        return AsyncAccountsGroup(self._client)

    @cached_property
    def partner_settings(self) -> AsyncPartnerSettingsGroup:
        from ._groups.partner_settings_async import AsyncPartnerSettingsGroup

        return AsyncPartnerSettingsGroup(self._client)

    @cached_property
    def teammates(self) -> AsyncTeammatesGroup:
        from ._groups.teammates_async import AsyncTeammatesGroup

        return AsyncTeammatesGroup(self._client)

    @cached_property
    def sso(self) -> AsyncSsoGroup:
        from ._groups.sso_async import AsyncSsoGroup

        return AsyncSsoGroup(self._client)

    @cached_property
    def scopes(self) -> AsyncScopesGroup:
        from ._groups.scopes_async import AsyncScopesGroup

        return AsyncScopesGroup(self._client)

    @cached_property
    def api_keys(self) -> AsyncApiKeysGroup:
        from ._groups.api_keys_async import AsyncApiKeysGroup

        return AsyncApiKeysGroup(self._client)

    @cached_property
    def user(self) -> AsyncUserGroup:
        from ._groups.user_async import AsyncUserGroup

        return AsyncUserGroup(self._client)

    @cached_property
    def alerts(self) -> AsyncAlertsGroup:
        from ._groups.alerts_async import AsyncAlertsGroup

        return AsyncAlertsGroup(self._client)

    @cached_property
    def ip_access(self) -> AsyncIpAccessGroup:
        from ._groups.ip_access_async import AsyncIpAccessGroup

        return AsyncIpAccessGroup(self._client)

    @cached_property
    def templates(self) -> AsyncTemplatesGroup:
        from ._groups.templates_async import AsyncTemplatesGroup

        return AsyncTemplatesGroup(self._client)

    async def aclose(self) -> None:
        await self._client.aclose()

    async def __aenter__(self) -> AsyncSendGrid:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()
