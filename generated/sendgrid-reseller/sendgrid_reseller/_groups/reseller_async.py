# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.reseller` of `AsyncSendGrid`: the `AsyncResellerGroup` class, imported on first use.

Each method calls its endpoint function (`sendgrid_reseller.api.<tag>.<operation>`), importing that
module on first call; signatures and docstrings are the endpoint functions' own.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._runtime.group import Group

if TYPE_CHECKING:
    from .reseller_account_changes_async import AsyncResellerAccountChangesGroup
    from .reseller_account_limits_async import AsyncResellerAccountLimitsGroup
    from .reseller_account_overview_async import AsyncResellerAccountOverviewGroup
    from .reseller_apps_async import AsyncResellerAppsGroup
    from .reseller_auth_async import AsyncResellerAuthGroup
    from .reseller_bounces_async import AsyncResellerBouncesGroup
    from .reseller_customers_async import AsyncResellerCustomersGroup
    from .reseller_domain_authentication_async import AsyncResellerDomainAuthenticationGroup
    from .reseller_event_notification_url_async import AsyncResellerEventNotificationUrlGroup
    from .reseller_invalid_emails_async import AsyncResellerInvalidEmailsGroup
    from .reseller_invoices_async import AsyncResellerInvoicesGroup
    from .reseller_ips_async import AsyncResellerIpsGroup
    from .reseller_monitors_async import AsyncResellerMonitorsGroup
    from .reseller_packages_async import AsyncResellerPackagesGroup
    from .reseller_parse_async import AsyncResellerParseGroup
    from .reseller_spam_reports_async import AsyncResellerSpamReportsGroup
    from .reseller_statistics_async import AsyncResellerStatisticsGroup
    from .reseller_timezones_async import AsyncResellerTimezonesGroup
    from .reseller_unsubscribes_async import AsyncResellerUnsubscribesGroup

    pass


class AsyncResellerGroup(Group):
    """Operations under `client.reseller`."""

    @cached_property
    def customers(self) -> AsyncResellerCustomersGroup:
        from .reseller_customers_async import AsyncResellerCustomersGroup

        return AsyncResellerCustomersGroup(self._client)

    @cached_property
    def statistics(self) -> AsyncResellerStatisticsGroup:
        from .reseller_statistics_async import AsyncResellerStatisticsGroup

        return AsyncResellerStatisticsGroup(self._client)

    @cached_property
    def bounces(self) -> AsyncResellerBouncesGroup:
        from .reseller_bounces_async import AsyncResellerBouncesGroup

        return AsyncResellerBouncesGroup(self._client)

    @cached_property
    def unsubscribes(self) -> AsyncResellerUnsubscribesGroup:
        from .reseller_unsubscribes_async import AsyncResellerUnsubscribesGroup

        return AsyncResellerUnsubscribesGroup(self._client)

    @cached_property
    def invalid_emails(self) -> AsyncResellerInvalidEmailsGroup:
        from .reseller_invalid_emails_async import AsyncResellerInvalidEmailsGroup

        return AsyncResellerInvalidEmailsGroup(self._client)

    @cached_property
    def spam_reports(self) -> AsyncResellerSpamReportsGroup:
        from .reseller_spam_reports_async import AsyncResellerSpamReportsGroup

        return AsyncResellerSpamReportsGroup(self._client)

    @cached_property
    def account_limits(self) -> AsyncResellerAccountLimitsGroup:
        from .reseller_account_limits_async import AsyncResellerAccountLimitsGroup

        return AsyncResellerAccountLimitsGroup(self._client)

    @cached_property
    def timezones(self) -> AsyncResellerTimezonesGroup:
        from .reseller_timezones_async import AsyncResellerTimezonesGroup

        return AsyncResellerTimezonesGroup(self._client)

    @cached_property
    def monitors(self) -> AsyncResellerMonitorsGroup:
        from .reseller_monitors_async import AsyncResellerMonitorsGroup

        return AsyncResellerMonitorsGroup(self._client)

    @cached_property
    def ips(self) -> AsyncResellerIpsGroup:
        from .reseller_ips_async import AsyncResellerIpsGroup

        return AsyncResellerIpsGroup(self._client)

    @cached_property
    def domain_authentication(self) -> AsyncResellerDomainAuthenticationGroup:
        from .reseller_domain_authentication_async import AsyncResellerDomainAuthenticationGroup

        return AsyncResellerDomainAuthenticationGroup(self._client)

    @cached_property
    def event_notification_url(self) -> AsyncResellerEventNotificationUrlGroup:
        from .reseller_event_notification_url_async import AsyncResellerEventNotificationUrlGroup

        return AsyncResellerEventNotificationUrlGroup(self._client)

    @cached_property
    def auth(self) -> AsyncResellerAuthGroup:
        from .reseller_auth_async import AsyncResellerAuthGroup

        return AsyncResellerAuthGroup(self._client)

    @cached_property
    def parse(self) -> AsyncResellerParseGroup:
        from .reseller_parse_async import AsyncResellerParseGroup

        return AsyncResellerParseGroup(self._client)

    @cached_property
    def apps(self) -> AsyncResellerAppsGroup:
        from .reseller_apps_async import AsyncResellerAppsGroup

        return AsyncResellerAppsGroup(self._client)

    @cached_property
    def invoices(self) -> AsyncResellerInvoicesGroup:
        from .reseller_invoices_async import AsyncResellerInvoicesGroup

        return AsyncResellerInvoicesGroup(self._client)

    @cached_property
    def account_changes(self) -> AsyncResellerAccountChangesGroup:
        from .reseller_account_changes_async import AsyncResellerAccountChangesGroup

        return AsyncResellerAccountChangesGroup(self._client)

    @cached_property
    def packages(self) -> AsyncResellerPackagesGroup:
        from .reseller_packages_async import AsyncResellerPackagesGroup

        return AsyncResellerPackagesGroup(self._client)

    @cached_property
    def account_overview(self) -> AsyncResellerAccountOverviewGroup:
        from .reseller_account_overview_async import AsyncResellerAccountOverviewGroup

        return AsyncResellerAccountOverviewGroup(self._client)
