# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.reseller` of `SendGrid`: the `ResellerGroup` class, imported on first use.

Each method calls its endpoint function (`sendgrid_reseller.api.<tag>.<operation>`), importing that
module on first call; signatures and docstrings are the endpoint functions' own.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._runtime.group import Group

if TYPE_CHECKING:
    from .reseller_account_changes import ResellerAccountChangesGroup
    from .reseller_account_limits import ResellerAccountLimitsGroup
    from .reseller_account_overview import ResellerAccountOverviewGroup
    from .reseller_apps import ResellerAppsGroup
    from .reseller_auth import ResellerAuthGroup
    from .reseller_bounces import ResellerBouncesGroup
    from .reseller_customers import ResellerCustomersGroup
    from .reseller_domain_authentication import ResellerDomainAuthenticationGroup
    from .reseller_event_notification_url import ResellerEventNotificationUrlGroup
    from .reseller_invalid_emails import ResellerInvalidEmailsGroup
    from .reseller_invoices import ResellerInvoicesGroup
    from .reseller_ips import ResellerIpsGroup
    from .reseller_monitors import ResellerMonitorsGroup
    from .reseller_packages import ResellerPackagesGroup
    from .reseller_parse import ResellerParseGroup
    from .reseller_spam_reports import ResellerSpamReportsGroup
    from .reseller_statistics import ResellerStatisticsGroup
    from .reseller_timezones import ResellerTimezonesGroup
    from .reseller_unsubscribes import ResellerUnsubscribesGroup

    pass


class ResellerGroup(Group):
    """Operations under `client.reseller`."""

    @cached_property
    def customers(self) -> ResellerCustomersGroup:
        from .reseller_customers import ResellerCustomersGroup

        return ResellerCustomersGroup(self._client)

    @cached_property
    def statistics(self) -> ResellerStatisticsGroup:
        from .reseller_statistics import ResellerStatisticsGroup

        return ResellerStatisticsGroup(self._client)

    @cached_property
    def bounces(self) -> ResellerBouncesGroup:
        from .reseller_bounces import ResellerBouncesGroup

        return ResellerBouncesGroup(self._client)

    @cached_property
    def unsubscribes(self) -> ResellerUnsubscribesGroup:
        from .reseller_unsubscribes import ResellerUnsubscribesGroup

        return ResellerUnsubscribesGroup(self._client)

    @cached_property
    def invalid_emails(self) -> ResellerInvalidEmailsGroup:
        from .reseller_invalid_emails import ResellerInvalidEmailsGroup

        return ResellerInvalidEmailsGroup(self._client)

    @cached_property
    def spam_reports(self) -> ResellerSpamReportsGroup:
        from .reseller_spam_reports import ResellerSpamReportsGroup

        return ResellerSpamReportsGroup(self._client)

    @cached_property
    def account_limits(self) -> ResellerAccountLimitsGroup:
        from .reseller_account_limits import ResellerAccountLimitsGroup

        return ResellerAccountLimitsGroup(self._client)

    @cached_property
    def timezones(self) -> ResellerTimezonesGroup:
        from .reseller_timezones import ResellerTimezonesGroup

        return ResellerTimezonesGroup(self._client)

    @cached_property
    def monitors(self) -> ResellerMonitorsGroup:
        from .reseller_monitors import ResellerMonitorsGroup

        return ResellerMonitorsGroup(self._client)

    @cached_property
    def ips(self) -> ResellerIpsGroup:
        from .reseller_ips import ResellerIpsGroup

        return ResellerIpsGroup(self._client)

    @cached_property
    def domain_authentication(self) -> ResellerDomainAuthenticationGroup:
        from .reseller_domain_authentication import ResellerDomainAuthenticationGroup

        return ResellerDomainAuthenticationGroup(self._client)

    @cached_property
    def event_notification_url(self) -> ResellerEventNotificationUrlGroup:
        from .reseller_event_notification_url import ResellerEventNotificationUrlGroup

        return ResellerEventNotificationUrlGroup(self._client)

    @cached_property
    def auth(self) -> ResellerAuthGroup:
        from .reseller_auth import ResellerAuthGroup

        return ResellerAuthGroup(self._client)

    @cached_property
    def parse(self) -> ResellerParseGroup:
        from .reseller_parse import ResellerParseGroup

        return ResellerParseGroup(self._client)

    @cached_property
    def apps(self) -> ResellerAppsGroup:
        from .reseller_apps import ResellerAppsGroup

        return ResellerAppsGroup(self._client)

    @cached_property
    def invoices(self) -> ResellerInvoicesGroup:
        from .reseller_invoices import ResellerInvoicesGroup

        return ResellerInvoicesGroup(self._client)

    @cached_property
    def account_changes(self) -> ResellerAccountChangesGroup:
        from .reseller_account_changes import ResellerAccountChangesGroup

        return ResellerAccountChangesGroup(self._client)

    @cached_property
    def packages(self) -> ResellerPackagesGroup:
        from .reseller_packages import ResellerPackagesGroup

        return ResellerPackagesGroup(self._client)

    @cached_property
    def account_overview(self) -> ResellerAccountOverviewGroup:
        from .reseller_account_overview import ResellerAccountOverviewGroup

        return ResellerAccountOverviewGroup(self._client)
