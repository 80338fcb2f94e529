# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""The friendly clients: `SendGrid` and `AsyncSendGrid`, with every operation reachable by group."""

from __future__ import annotations

from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Any

from ._runtime.client import Client
from ._runtime.group import Group, GroupMethod


class ResellerCustomersGroup(Group):
    """Operations under `client.reseller.customers`."""

    if TYPE_CHECKING:
        from .api.customer_management import create_customer as _create_customer

        create = GroupMethod(_create_customer.sync)
        create_detailed = GroupMethod(_create_customer.sync_detailed)
    else:
        create = GroupMethod.lazy("sendgrid_reseller.api.customer_management.create_customer", "sync")
        create_detailed = GroupMethod.lazy("sendgrid_reseller.api.customer_management.create_customer", "sync_detailed")

    if TYPE_CHECKING:
        from .api.customer_management import delete_customer as _delete_customer

        delete = GroupMethod(_delete_customer.sync)
        delete_detailed = GroupMethod(_delete_customer.sync_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.customer_management.delete_customer", "sync")
        delete_detailed = GroupMethod.lazy("sendgrid_reseller.api.customer_management.delete_customer", "sync_detailed")

    if TYPE_CHECKING:
        from .api.customer_management import list_customers as _list_customers

        list = GroupMethod(_list_customers.sync)
        list_detailed = GroupMethod(_list_customers.sync_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.customer_management.list_customers", "sync")
        list_detailed = GroupMethod.lazy("sendgrid_reseller.api.customer_management.list_customers", "sync_detailed")

    if TYPE_CHECKING:
        from .api.customer_management import enable_customer as _enable_customer

        enable = GroupMethod(_enable_customer.sync)
        enable_detailed = GroupMethod(_enable_customer.sync_detailed)
    else:
        enable = GroupMethod.lazy("sendgrid_reseller.api.customer_management.enable_customer", "sync")
        enable_detailed = GroupMethod.lazy("sendgrid_reseller.api.customer_management.enable_customer", "sync_detailed")

    if TYPE_CHECKING:
        from .api.customer_management import disable_customer as _disable_customer

        disable = GroupMethod(_disable_customer.sync)
        disable_detailed = GroupMethod(_disable_customer.sync_detailed)
    else:
        disable = GroupMethod.lazy("sendgrid_reseller.api.customer_management.disable_customer", "sync")
        disable_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_management.disable_customer", "sync_detailed"
        )

    if TYPE_CHECKING:
        from .api.customer_management import enable_customer_website_access as _enable_customer_website_access

        enable_website_access = GroupMethod(_enable_customer_website_access.sync)
        enable_website_access_detailed = GroupMethod(_enable_customer_website_access.sync_detailed)
    else:
        enable_website_access = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_management.enable_customer_website_access", "sync"
        )
        enable_website_access_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_management.enable_customer_website_access", "sync_detailed"
        )

    if TYPE_CHECKING:
        from .api.customer_management import disable_customer_website_access as _disable_customer_website_access

        disable_website_access = GroupMethod(_disable_customer_website_access.sync)
        disable_website_access_detailed = GroupMethod(_disable_customer_website_access.sync_detailed)
    else:
        disable_website_access = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_management.disable_customer_website_access", "sync"
        )
        disable_website_access_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_management.disable_customer_website_access", "sync_detailed"
        )

    if TYPE_CHECKING:
        from .api.customer_management import update_customer_profile as _update_customer_profile

        update_profile = GroupMethod(_update_customer_profile.sync)
        update_profile_detailed = GroupMethod(_update_customer_profile.sync_detailed)
    else:
        update_profile = GroupMethod.lazy("sendgrid_reseller.api.customer_management.update_customer_profile", "sync")
        update_profile_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_management.update_customer_profile", "sync_detailed"
        )

    if TYPE_CHECKING:
        from .api.customer_management import update_customer_password as _update_customer_password

        update_password = GroupMethod(_update_customer_password.sync)
        update_password_detailed = GroupMethod(_update_customer_password.sync_detailed)
    else:
        update_password = GroupMethod.lazy("sendgrid_reseller.api.customer_management.update_customer_password", "sync")
        update_password_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_management.update_customer_password", "sync_detailed"
        )

    if TYPE_CHECKING:
        from .api.customer_management import update_customer_username as _update_customer_username

        update_username = GroupMethod(_update_customer_username.sync)
        update_username_detailed = GroupMethod(_update_customer_username.sync_detailed)
    else:
        update_username = GroupMethod.lazy("sendgrid_reseller.api.customer_management.update_customer_username", "sync")
        update_username_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_management.update_customer_username", "sync_detailed"
        )

    if TYPE_CHECKING:
        from .api.customer_management import update_customer_email as _update_customer_email

        update_email = GroupMethod(_update_customer_email.sync)
        update_email_detailed = GroupMethod(_update_customer_email.sync_detailed)
    else:
        update_email = GroupMethod.lazy("sendgrid_reseller.api.customer_management.update_customer_email", "sync")
        update_email_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_management.update_customer_email", "sync_detailed"
        )


class ResellerStatisticsGroup(Group):
    """Operations under `client.reseller.statistics`."""

    if TYPE_CHECKING:
        from .api.customer_statistics import get_customer_statistics as _get_customer_statistics

        get = GroupMethod(_get_customer_statistics.sync)
        get_detailed = GroupMethod(_get_customer_statistics.sync_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.customer_statistics.get_customer_statistics", "sync")
        get_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_statistics.get_customer_statistics", "sync_detailed"
        )

    if TYPE_CHECKING:
        from .api.customer_statistics import get_customer_aggregate_statistics as _get_customer_aggregate_statistics

        aggregate = GroupMethod(_get_customer_aggregate_statistics.sync)
        aggregate_detailed = GroupMethod(_get_customer_aggregate_statistics.sync_detailed)
    else:
        aggregate = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_statistics.get_customer_aggregate_statistics", "sync"
        )
        aggregate_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_statistics.get_customer_aggregate_statistics", "sync_detailed"
        )

    if TYPE_CHECKING:
        from .api.customer_statistics import list_customer_stat_categories as _list_customer_stat_categories

        list_categories = GroupMethod(_list_customer_stat_categories.sync)
        list_categories_detailed = GroupMethod(_list_customer_stat_categories.sync_detailed)
    else:
        list_categories = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_statistics.list_customer_stat_categories", "sync"
        )
        list_categories_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_statistics.list_customer_stat_categories", "sync_detailed"
        )

    if TYPE_CHECKING:
        from .api.customer_statistics import get_customer_category_statistics as _get_customer_category_statistics

        get_by_category = GroupMethod(_get_customer_category_statistics.sync)
        get_by_category_detailed = GroupMethod(_get_customer_category_statistics.sync_detailed)
    else:
        get_by_category = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_statistics.get_customer_category_statistics", "sync"
        )
        get_by_category_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_statistics.get_customer_category_statistics", "sync_detailed"
        )


class ResellerBouncesGroup(Group):
    """Operations under `client.reseller.bounces`."""

    if TYPE_CHECKING:
        from .api.customer_bounces import get_customer_bounces as _get_customer_bounces

        get = GroupMethod(_get_customer_bounces.sync)
        get_detailed = GroupMethod(_get_customer_bounces.sync_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.customer_bounces.get_customer_bounces", "sync")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.customer_bounces.get_customer_bounces", "sync_detailed")

    if TYPE_CHECKING:
        from .api.customer_bounces import delete_customer_bounces as _delete_customer_bounces

        delete = GroupMethod(_delete_customer_bounces.sync)
        delete_detailed = GroupMethod(_delete_customer_bounces.sync_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.customer_bounces.delete_customer_bounces", "sync")
        delete_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_bounces.delete_customer_bounces", "sync_detailed"
        )


class ResellerUnsubscribesGroup(Group):
    """Operations under `client.reseller.unsubscribes`."""

    if TYPE_CHECKING:
        from .api.customer_unsubscribes import get_customer_unsubscribes as _get_customer_unsubscribes

        get = GroupMethod(_get_customer_unsubscribes.sync)
        get_detailed = GroupMethod(_get_customer_unsubscribes.sync_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.customer_unsubscribes.get_customer_unsubscribes", "sync")
        get_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_unsubscribes.get_customer_unsubscribes", "sync_detailed"
        )

    if TYPE_CHECKING:
        from .api.customer_unsubscribes import delete_customer_unsubscribes as _delete_customer_unsubscribes

        delete = GroupMethod(_delete_customer_unsubscribes.sync)
        delete_detailed = GroupMethod(_delete_customer_unsubscribes.sync_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.customer_unsubscribes.delete_customer_unsubscribes", "sync")
        delete_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_unsubscribes.delete_customer_unsubscribes", "sync_detailed"
        )

    if TYPE_CHECKING:
        from .api.customer_unsubscribes import add_customer_unsubscribes as _add_customer_unsubscribes

        add = GroupMethod(_add_customer_unsubscribes.sync)
        add_detailed = GroupMethod(_add_customer_unsubscribes.sync_detailed)
    else:
        add = GroupMethod.lazy("sendgrid_reseller.api.customer_unsubscribes.add_customer_unsubscribes", "sync")
        add_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_unsubscribes.add_customer_unsubscribes", "sync_detailed"
        )


class ResellerInvalidEmailsGroup(Group):
    """Operations under `client.reseller.invalid_emails`."""

    if TYPE_CHECKING:
        from .api.customer_invalid_emails import get_customer_invalid_emails as _get_customer_invalid_emails

        get = GroupMethod(_get_customer_invalid_emails.sync)
        get_detailed = GroupMethod(_get_customer_invalid_emails.sync_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.customer_invalid_emails.get_customer_invalid_emails", "sync")
        get_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_invalid_emails.get_customer_invalid_emails", "sync_detailed"
        )

    if TYPE_CHECKING:
        from .api.customer_invalid_emails import delete_customer_invalid_emails as _delete_customer_invalid_emails

        delete = GroupMethod(_delete_customer_invalid_emails.sync)
        delete_detailed = GroupMethod(_delete_customer_invalid_emails.sync_detailed)
    else:
        delete = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_invalid_emails.delete_customer_invalid_emails", "sync"
        )
        delete_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_invalid_emails.delete_customer_invalid_emails", "sync_detailed"
        )


class ResellerSpamReportsGroup(Group):
    """Operations under `client.reseller.spam_reports`."""

    if TYPE_CHECKING:
        from .api.customer_spam_reports import get_customer_spam_reports as _get_customer_spam_reports

        get = GroupMethod(_get_customer_spam_reports.sync)
        get_detailed = GroupMethod(_get_customer_spam_reports.sync_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.customer_spam_reports.get_customer_spam_reports", "sync")
        get_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_spam_reports.get_customer_spam_reports", "sync_detailed"
        )

    if TYPE_CHECKING:
        from .api.customer_spam_reports import delete_customer_spam_reports as _delete_customer_spam_reports

        delete = GroupMethod(_delete_customer_spam_reports.sync)
        delete_detailed = GroupMethod(_delete_customer_spam_reports.sync_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.customer_spam_reports.delete_customer_spam_reports", "sync")
        delete_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_spam_reports.delete_customer_spam_reports", "sync_detailed"
        )


class ResellerAccountLimitsGroup(Group):
    """Operations under `client.reseller.account_limits`."""

    if TYPE_CHECKING:
        from .api.customer_account_limits import get_customer_credit_limit as _get_customer_credit_limit

        get = GroupMethod(_get_customer_credit_limit.sync)
        get_detailed = GroupMethod(_get_customer_credit_limit.sync_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.customer_account_limits.get_customer_credit_limit", "sync")
        get_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_account_limits.get_customer_credit_limit", "sync_detailed"
        )


class ResellerTimezonesGroup(Group):
    """Operations under `client.reseller.timezones`."""

    if TYPE_CHECKING:
        from .api.customer_timezone import list_customer_timezones as _list_customer_timezones

        list = GroupMethod(_list_customer_timezones.sync)
        list_detailed = GroupMethod(_list_customer_timezones.sync_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.customer_timezone.list_customer_timezones", "sync")
        list_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_timezone.list_customer_timezones", "sync_detailed"
        )

    if TYPE_CHECKING:
        from .api.customer_timezone import get_customer_timezone as _get_customer_timezone

        get = GroupMethod(_get_customer_timezone.sync)
        get_detailed = GroupMethod(_get_customer_timezone.sync_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.customer_timezone.get_customer_timezone", "sync")
        get_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_timezone.get_customer_timezone", "sync_detailed"
        )

    if TYPE_CHECKING:
        from .api.customer_timezone import set_customer_timezone as _set_customer_timezone

        set = GroupMethod(_set_customer_timezone.sync)
        set_detailed = GroupMethod(_set_customer_timezone.sync_detailed)
    else:
        set = GroupMethod.lazy("sendgrid_reseller.api.customer_timezone.set_customer_timezone", "sync")
        set_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_timezone.set_customer_timezone", "sync_detailed"
        )


class ResellerMonitorsGroup(Group):
    """Operations under `client.reseller.monitors`."""

    if TYPE_CHECKING:
        from .api.monitor_records import create_monitor_record as _create_monitor_record

        create = GroupMethod(_create_monitor_record.sync)
        create_detailed = GroupMethod(_create_monitor_record.sync_detailed)
    else:
        create = GroupMethod.lazy("sendgrid_reseller.api.monitor_records.create_monitor_record", "sync")
        create_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.monitor_records.create_monitor_record", "sync_detailed"
        )

    if TYPE_CHECKING:
        from .api.monitor_records import edit_monitor_record as _edit_monitor_record

        edit = GroupMethod(_edit_monitor_record.sync)
        edit_detailed = GroupMethod(_edit_monitor_record.sync_detailed)
    else:
        edit = GroupMethod.lazy("sendgrid_reseller.api.monitor_records.edit_monitor_record", "sync")
        edit_detailed = GroupMethod.lazy("sendgrid_reseller.api.monitor_records.edit_monitor_record", "sync_detailed")

    if TYPE_CHECKING:
        from .api.monitor_records import delete_monitor_record as _delete_monitor_record

        delete = GroupMethod(_delete_monitor_record.sync)
        delete_detailed = GroupMethod(_delete_monitor_record.sync_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.monitor_records.delete_monitor_record", "sync")
        delete_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.monitor_records.delete_monitor_record", "sync_detailed"
        )

    if TYPE_CHECKING:
        from .api.monitor_records import list_monitor_records as _list_monitor_records

        list = GroupMethod(_list_monitor_records.sync)
        list_detailed = GroupMethod(_list_monitor_records.sync_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.monitor_records.list_monitor_records", "sync")
        list_detailed = GroupMethod.lazy("sendgrid_reseller.api.monitor_records.list_monitor_records", "sync_detailed")

    if TYPE_CHECKING:
        from .api.monitor_records import append_customer_to_monitor_record as _append_customer_to_monitor_record

        append_customer = GroupMethod(_append_customer_to_monitor_record.sync)
        append_customer_detailed = GroupMethod(_append_customer_to_monitor_record.sync_detailed)
    else:
        append_customer = GroupMethod.lazy(
            "sendgrid_reseller.api.monitor_records.append_customer_to_monitor_record", "sync"
        )
        append_customer_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.monitor_records.append_customer_to_monitor_record", "sync_detailed"
        )

    if TYPE_CHECKING:
        from .api.monitor_records import detach_customer_from_monitor_record as _detach_customer_from_monitor_record

        detach_customer = GroupMethod(_detach_customer_from_monitor_record.sync)
        detach_customer_detailed = GroupMethod(_detach_customer_from_monitor_record.sync_detailed)
    else:
        detach_customer = GroupMethod.lazy(
            "sendgrid_reseller.api.monitor_records.detach_customer_from_monitor_record", "sync"
        )
        detach_customer_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.monitor_records.detach_customer_from_monitor_record", "sync_detailed"
        )


class ResellerIpsGroup(Group):
    """Operations under `client.reseller.ips`."""

    if TYPE_CHECKING:
        from .api.ip_management import list_reseller_ips as _list_reseller_ips

        list = GroupMethod(_list_reseller_ips.sync)
        list_detailed = GroupMethod(_list_reseller_ips.sync_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.ip_management.list_reseller_ips", "sync")
        list_detailed = GroupMethod.lazy("sendgrid_reseller.api.ip_management.list_reseller_ips", "sync_detailed")

    if TYPE_CHECKING:
        from .api.ip_management import list_free_reseller_ips as _list_free_reseller_ips

        list_free = GroupMethod(_list_free_reseller_ips.sync)
        list_free_detailed = GroupMethod(_list_free_reseller_ips.sync_detailed)
    else:
        list_free = GroupMethod.lazy("sendgrid_reseller.api.ip_management.list_free_reseller_ips", "sync")
        list_free_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.ip_management.list_free_reseller_ips", "sync_detailed"
        )

    if TYPE_CHECKING:
        from .api.ip_management import list_taken_reseller_ips as _list_taken_reseller_ips

        list_taken = GroupMethod(_list_taken_reseller_ips.sync)
        list_taken_detailed = GroupMethod(_list_taken_reseller_ips.sync_detailed)
    else:
        list_taken = GroupMethod.lazy("sendgrid_reseller.api.ip_management.list_taken_reseller_ips", "sync")
        list_taken_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.ip_management.list_taken_reseller_ips", "sync_detailed"
        )

    if TYPE_CHECKING:
        from .api.ip_management import list_available_reseller_ips as _list_available_reseller_ips

        list_available = GroupMethod(_list_available_reseller_ips.sync)
        list_available_detailed = GroupMethod(_list_available_reseller_ips.sync_detailed)
    else:
        list_available = GroupMethod.lazy("sendgrid_reseller.api.ip_management.list_available_reseller_ips", "sync")
        list_available_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.ip_management.list_available_reseller_ips", "sync_detailed"
        )

    if TYPE_CHECKING:
        from .api.ip_management import get_reseller_ip_usage as _get_reseller_ip_usage

        usage = GroupMethod(_get_reseller_ip_usage.sync)
        usage_detailed = GroupMethod(_get_reseller_ip_usage.sync_detailed)
    else:
        usage = GroupMethod.lazy("sendgrid_reseller.api.ip_management.get_reseller_ip_usage", "sync")
        usage_detailed = GroupMethod.lazy("sendgrid_reseller.api.ip_management.get_reseller_ip_usage", "sync_detailed")


class ResellerDomainAuthenticationGroup(Group):
    """Operations under `client.reseller.domain_authentication`."""

    if TYPE_CHECKING:
        from .api.domain_authentication import list_reseller_whitelabels as _list_reseller_whitelabels

        list = GroupMethod(_list_reseller_whitelabels.sync)
        list_detailed = GroupMethod(_list_reseller_whitelabels.sync_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.domain_authentication.list_reseller_whitelabels", "sync")
        list_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.domain_authentication.list_reseller_whitelabels", "sync_detailed"
        )

    if TYPE_CHECKING:
        from .api.domain_authentication import append_whitelabel_to_customer as _append_whitelabel_to_customer

        append = GroupMethod(_append_whitelabel_to_customer.sync)
        append_detailed = GroupMethod(_append_whitelabel_to_customer.sync_detailed)
    else:
        append = GroupMethod.lazy("sendgrid_reseller.api.domain_authentication.append_whitelabel_to_customer", "sync")
        append_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.domain_authentication.append_whitelabel_to_customer", "sync_detailed"
        )


class ResellerEventNotificationUrlGroup(Group):
    """Operations under `client.reseller.event_notification_url`."""

    if TYPE_CHECKING:
        from .api.event_notification_url import (
            get_customer_event_notification_url as _get_customer_event_notification_url,
        )

        get = GroupMethod(_get_customer_event_notification_url.sync)
        get_detailed = GroupMethod(_get_customer_event_notification_url.sync_detailed)
    else:
        get = GroupMethod.lazy(
            "sendgrid_reseller.api.event_notification_url.get_customer_event_notification_url", "sync"
        )
        get_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.event_notification_url.get_customer_event_notification_url", "sync_detailed"
        )

    if TYPE_CHECKING:
        from .api.event_notification_url import (
            set_customer_event_notification_url as _set_customer_event_notification_url,
        )

        set = GroupMethod(_set_customer_event_notification_url.sync)
        set_detailed = GroupMethod(_set_customer_event_notification_url.sync_detailed)
    else:
        set = GroupMethod.lazy(
            "sendgrid_reseller.api.event_notification_url.set_customer_event_notification_url", "sync"
        )
        set_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.event_notification_url.set_customer_event_notification_url", "sync_detailed"
        )

    if TYPE_CHECKING:
        from .api.event_notification_url import (
            delete_customer_event_notification_url as _delete_customer_event_notification_url,
        )

        delete = GroupMethod(_delete_customer_event_notification_url.sync)
        delete_detailed = GroupMethod(_delete_customer_event_notification_url.sync_detailed)
    else:
        delete = GroupMethod.lazy(
            "sendgrid_reseller.api.event_notification_url.delete_customer_event_notification_url", "sync"
        )
        delete_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.event_notification_url.delete_customer_event_notification_url", "sync_detailed"
        )


class ResellerAuthGroup(Group):
    """Operations under `client.reseller.auth`."""

    if TYPE_CHECKING:
        from .api.authenticate_a_customer import authenticate_customer as _authenticate_customer

        check = GroupMethod(_authenticate_customer.sync)
        check_detailed = GroupMethod(_authenticate_customer.sync_detailed)
    else:
        check = GroupMethod.lazy("sendgrid_reseller.api.authenticate_a_customer.authenticate_customer", "sync")
        check_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticate_a_customer.authenticate_customer", "sync_detailed"
        )


class ResellerParseGroup(Group):
    """Operations under `client.reseller.parse`."""

    if TYPE_CHECKING:
        from .api.parse_settings import get_customer_parse_settings as _get_customer_parse_settings

        get = GroupMethod(_get_customer_parse_settings.sync)
        get_detailed = GroupMethod(_get_customer_parse_settings.sync_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.parse_settings.get_customer_parse_settings", "sync")
        get_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.parse_settings.get_customer_parse_settings", "sync_detailed"
        )

    if TYPE_CHECKING:
        from .api.parse_settings import create_customer_parse_setting as _create_customer_parse_setting

        create = GroupMethod(_create_customer_parse_setting.sync)
        create_detailed = GroupMethod(_create_customer_parse_setting.sync_detailed)
    else:
        create = GroupMethod.lazy("sendgrid_reseller.api.parse_settings.create_customer_parse_setting", "sync")
        create_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.parse_settings.create_customer_parse_setting", "sync_detailed"
        )

    if TYPE_CHECKING:
        from .api.parse_settings import update_customer_parse_setting as _update_customer_parse_setting

        update = GroupMethod(_update_customer_parse_setting.sync)
        update_detailed = GroupMethod(_update_customer_parse_setting.sync_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.parse_settings.update_customer_parse_setting", "sync")
        update_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.parse_settings.update_customer_parse_setting", "sync_detailed"
        )

    if TYPE_CHECKING:
        from .api.parse_settings import delete_customer_parse_setting as _delete_customer_parse_setting

        delete = GroupMethod(_delete_customer_parse_setting.sync)
        delete_detailed = GroupMethod(_delete_customer_parse_setting.sync_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.parse_settings.delete_customer_parse_setting", "sync")
        delete_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.parse_settings.delete_customer_parse_setting", "sync_detailed"
        )


class ResellerAppsGroup(Group):
    """Operations under `client.reseller.apps`."""

    if TYPE_CHECKING:
        from .api.filter_apps import list_customer_apps as _list_customer_apps

        list = GroupMethod(_list_customer_apps.sync)
        list_detailed = GroupMethod(_list_customer_apps.sync_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.filter_apps.list_customer_apps", "sync")
        list_detailed = GroupMethod.lazy("sendgrid_reseller.api.filter_apps.list_customer_apps", "sync_detailed")

    if TYPE_CHECKING:
        from .api.filter_apps import activate_customer_app as _activate_customer_app

        activate = GroupMethod(_activate_customer_app.sync)
        activate_detailed = GroupMethod(_activate_customer_app.sync_detailed)
    else:
        activate = GroupMethod.lazy("sendgrid_reseller.api.filter_apps.activate_customer_app", "sync")
        activate_detailed = GroupMethod.lazy("sendgrid_reseller.api.filter_apps.activate_customer_app", "sync_detailed")

    if TYPE_CHECKING:
        from .api.filter_apps import deactivate_customer_app as _deactivate_customer_app

        deactivate = GroupMethod(_deactivate_customer_app.sync)
        deactivate_detailed = GroupMethod(_deactivate_customer_app.sync_detailed)
    else:
        deactivate = GroupMethod.lazy("sendgrid_reseller.api.filter_apps.deactivate_customer_app", "sync")
        deactivate_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.filter_apps.deactivate_customer_app", "sync_detailed"
        )

    if TYPE_CHECKING:
        from .api.filter_apps import setup_customer_app as _setup_customer_app

        setup = GroupMethod(_setup_customer_app.sync)
        setup_detailed = GroupMethod(_setup_customer_app.sync_detailed)
    else:
        setup = GroupMethod.lazy("sendgrid_reseller.api.filter_apps.setup_customer_app", "sync")
        setup_detailed = GroupMethod.lazy("sendgrid_reseller.api.filter_apps.setup_customer_app", "sync_detailed")

    if TYPE_CHECKING:
        from .api.filter_apps import get_customer_app_settings as _get_customer_app_settings

        get_settings = GroupMethod(_get_customer_app_settings.sync)
        get_settings_detailed = GroupMethod(_get_customer_app_settings.sync_detailed)
    else:
        get_settings = GroupMethod.lazy("sendgrid_reseller.api.filter_apps.get_customer_app_settings", "sync")
        get_settings_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.filter_apps.get_customer_app_settings", "sync_detailed"
        )


class ResellerInvoicesGroup(Group):
    """Operations under `client.reseller.invoices`."""

    if TYPE_CHECKING:
        from .api.invoice_retrieval import list_invoice_numbers as _list_invoice_numbers

        list = GroupMethod(_list_invoice_numbers.sync)
        list_detailed = GroupMethod(_list_invoice_numbers.sync_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.invoice_retrieval.list_invoice_numbers", "sync")
        list_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.invoice_retrieval.list_invoice_numbers", "sync_detailed"
        )

    if TYPE_CHECKING:
        from .api.invoice_retrieval import get_invoices as _get_invoices

        get = GroupMethod(_get_invoices.sync)
        get_detailed = GroupMethod(_get_invoices.sync_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.invoice_retrieval.get_invoices", "sync")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.invoice_retrieval.get_invoices", "sync_detailed")


class ResellerAccountChangesGroup(Group):
    """Operations under `client.reseller.account_changes`."""

    if TYPE_CHECKING:
        from .api.account_changes import upgrade_customer_account as _upgrade_customer_account

        upgrade = GroupMethod(_upgrade_customer_account.sync)
        upgrade_detailed = GroupMethod(_upgrade_customer_account.sync_detailed)
    else:
        upgrade = GroupMethod.lazy("sendgrid_reseller.api.account_changes.upgrade_customer_account", "sync")
        upgrade_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.account_changes.upgrade_customer_account", "sync_detailed"
        )

    if TYPE_CHECKING:
        from .api.account_changes import downgrade_customer_account as _downgrade_customer_account

        downgrade = GroupMethod(_downgrade_customer_account.sync)
        downgrade_detailed = GroupMethod(_downgrade_customer_account.sync_detailed)
    else:
        downgrade = GroupMethod.lazy("sendgrid_reseller.api.account_changes.downgrade_customer_account", "sync")
        downgrade_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.account_changes.downgrade_customer_account", "sync_detailed"
        )

    if TYPE_CHECKING:
        from .api.account_changes import close_customer_account as _close_customer_account

        close = GroupMethod(_close_customer_account.sync)
        close_detailed = GroupMethod(_close_customer_account.sync_detailed)
    else:
        close = GroupMethod.lazy("sendgrid_reseller.api.account_changes.close_customer_account", "sync")
        close_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.account_changes.close_customer_account", "sync_detailed"
        )


class ResellerPackagesGroup(Group):
    """Operations under `client.reseller.packages`."""

    if TYPE_CHECKING:
        from .api.view_available_packages import list_reseller_packages as _list_reseller_packages

        list = GroupMethod(_list_reseller_packages.sync)
        list_detailed = GroupMethod(_list_reseller_packages.sync_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.view_available_packages.list_reseller_packages", "sync")
        list_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.view_available_packages.list_reseller_packages", "sync_detailed"
        )


class ResellerAccountOverviewGroup(Group):
    """Operations under `client.reseller.account_overview`."""

    if TYPE_CHECKING:
        from .api.account_overview import get_customer_account_overview as _get_customer_account_overview

        get = GroupMethod(_get_customer_account_overview.sync)
        get_detailed = GroupMethod(_get_customer_account_overview.sync_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.account_overview.get_customer_account_overview", "sync")
        get_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.account_overview.get_customer_account_overview", "sync_detailed"
        )


class ResellerGroup(Group):
    """Operations under `client.reseller`."""

    @cached_property
    def customers(self) -> ResellerCustomersGroup:
        return ResellerCustomersGroup(self._client)

    @cached_property
    def statistics(self) -> ResellerStatisticsGroup:
        return ResellerStatisticsGroup(self._client)

    @cached_property
    def bounces(self) -> ResellerBouncesGroup:
        return ResellerBouncesGroup(self._client)

    @cached_property
    def unsubscribes(self) -> ResellerUnsubscribesGroup:
        return ResellerUnsubscribesGroup(self._client)

    @cached_property
    def invalid_emails(self) -> ResellerInvalidEmailsGroup:
        return ResellerInvalidEmailsGroup(self._client)

    @cached_property
    def spam_reports(self) -> ResellerSpamReportsGroup:
        return ResellerSpamReportsGroup(self._client)

    @cached_property
    def account_limits(self) -> ResellerAccountLimitsGroup:
        return ResellerAccountLimitsGroup(self._client)

    @cached_property
    def timezones(self) -> ResellerTimezonesGroup:
        return ResellerTimezonesGroup(self._client)

    @cached_property
    def monitors(self) -> ResellerMonitorsGroup:
        return ResellerMonitorsGroup(self._client)

    @cached_property
    def ips(self) -> ResellerIpsGroup:
        return ResellerIpsGroup(self._client)

    @cached_property
    def domain_authentication(self) -> ResellerDomainAuthenticationGroup:
        return ResellerDomainAuthenticationGroup(self._client)

    @cached_property
    def event_notification_url(self) -> ResellerEventNotificationUrlGroup:
        return ResellerEventNotificationUrlGroup(self._client)

    @cached_property
    def auth(self) -> ResellerAuthGroup:
        return ResellerAuthGroup(self._client)

    @cached_property
    def parse(self) -> ResellerParseGroup:
        return ResellerParseGroup(self._client)

    @cached_property
    def apps(self) -> ResellerAppsGroup:
        return ResellerAppsGroup(self._client)

    @cached_property
    def invoices(self) -> ResellerInvoicesGroup:
        return ResellerInvoicesGroup(self._client)

    @cached_property
    def account_changes(self) -> ResellerAccountChangesGroup:
        return ResellerAccountChangesGroup(self._client)

    @cached_property
    def packages(self) -> ResellerPackagesGroup:
        return ResellerPackagesGroup(self._client)

    @cached_property
    def account_overview(self) -> ResellerAccountOverviewGroup:
        return ResellerAccountOverviewGroup(self._client)


class AsyncResellerCustomersGroup(Group):
    """Operations under `client.reseller.customers`."""

    if TYPE_CHECKING:
        from .api.customer_management import create_customer as _create_customer

        create = GroupMethod(_create_customer.asyncio)
        create_detailed = GroupMethod(_create_customer.asyncio_detailed)
    else:
        create = GroupMethod.lazy("sendgrid_reseller.api.customer_management.create_customer", "asyncio")
        create_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_management.create_customer", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from .api.customer_management import delete_customer as _delete_customer

        delete = GroupMethod(_delete_customer.asyncio)
        delete_detailed = GroupMethod(_delete_customer.asyncio_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.customer_management.delete_customer", "asyncio")
        delete_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_management.delete_customer", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from .api.customer_management import list_customers as _list_customers

        list = GroupMethod(_list_customers.asyncio)
        list_detailed = GroupMethod(_list_customers.asyncio_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.customer_management.list_customers", "asyncio")
        list_detailed = GroupMethod.lazy("sendgrid_reseller.api.customer_management.list_customers", "asyncio_detailed")

    if TYPE_CHECKING:
        from .api.customer_management import enable_customer as _enable_customer

        enable = GroupMethod(_enable_customer.asyncio)
        enable_detailed = GroupMethod(_enable_customer.asyncio_detailed)
    else:
        enable = GroupMethod.lazy("sendgrid_reseller.api.customer_management.enable_customer", "asyncio")
        enable_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_management.enable_customer", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from .api.customer_management import disable_customer as _disable_customer

        disable = GroupMethod(_disable_customer.asyncio)
        disable_detailed = GroupMethod(_disable_customer.asyncio_detailed)
    else:
        disable = GroupMethod.lazy("sendgrid_reseller.api.customer_management.disable_customer", "asyncio")
        disable_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_management.disable_customer", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from .api.customer_management import enable_customer_website_access as _enable_customer_website_access

        enable_website_access = GroupMethod(_enable_customer_website_access.asyncio)
        enable_website_access_detailed = GroupMethod(_enable_customer_website_access.asyncio_detailed)
    else:
        enable_website_access = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_management.enable_customer_website_access", "asyncio"
        )
        enable_website_access_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_management.enable_customer_website_access", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from .api.customer_management import disable_customer_website_access as _disable_customer_website_access

        disable_website_access = GroupMethod(_disable_customer_website_access.asyncio)
        disable_website_access_detailed = GroupMethod(_disable_customer_website_access.asyncio_detailed)
    else:
        disable_website_access = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_management.disable_customer_website_access", "asyncio"
        )
        disable_website_access_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_management.disable_customer_website_access", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from .api.customer_management import update_customer_profile as _update_customer_profile

        update_profile = GroupMethod(_update_customer_profile.asyncio)
        update_profile_detailed = GroupMethod(_update_customer_profile.asyncio_detailed)
    else:
        update_profile = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_management.update_customer_profile", "asyncio"
        )
        update_profile_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_management.update_customer_profile", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from .api.customer_management import update_customer_password as _update_customer_password

        update_password = GroupMethod(_update_customer_password.asyncio)
        update_password_detailed = GroupMethod(_update_customer_password.asyncio_detailed)
    else:
        update_password = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_management.update_customer_password", "asyncio"
        )
        update_password_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_management.update_customer_password", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from .api.customer_management import update_customer_username as _update_customer_username

        update_username = GroupMethod(_update_customer_username.asyncio)
        update_username_detailed = GroupMethod(_update_customer_username.asyncio_detailed)
    else:
        update_username = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_management.update_customer_username", "asyncio"
        )
        update_username_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_management.update_customer_username", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from .api.customer_management import update_customer_email as _update_customer_email

        update_email = GroupMethod(_update_customer_email.asyncio)
        update_email_detailed = GroupMethod(_update_customer_email.asyncio_detailed)
    else:
        update_email = GroupMethod.lazy("sendgrid_reseller.api.customer_management.update_customer_email", "asyncio")
        update_email_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_management.update_customer_email", "asyncio_detailed"
        )


class AsyncResellerStatisticsGroup(Group):
    """Operations under `client.reseller.statistics`."""

    if TYPE_CHECKING:
        from .api.customer_statistics import get_customer_statistics as _get_customer_statistics

        get = GroupMethod(_get_customer_statistics.asyncio)
        get_detailed = GroupMethod(_get_customer_statistics.asyncio_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.customer_statistics.get_customer_statistics", "asyncio")
        get_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_statistics.get_customer_statistics", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from .api.customer_statistics import get_customer_aggregate_statistics as _get_customer_aggregate_statistics

        aggregate = GroupMethod(_get_customer_aggregate_statistics.asyncio)
        aggregate_detailed = GroupMethod(_get_customer_aggregate_statistics.asyncio_detailed)
    else:
        aggregate = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_statistics.get_customer_aggregate_statistics", "asyncio"
        )
        aggregate_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_statistics.get_customer_aggregate_statistics", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from .api.customer_statistics import list_customer_stat_categories as _list_customer_stat_categories

        list_categories = GroupMethod(_list_customer_stat_categories.asyncio)
        list_categories_detailed = GroupMethod(_list_customer_stat_categories.asyncio_detailed)
    else:
        list_categories = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_statistics.list_customer_stat_categories", "asyncio"
        )
        list_categories_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_statistics.list_customer_stat_categories", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from .api.customer_statistics import get_customer_category_statistics as _get_customer_category_statistics

        get_by_category = GroupMethod(_get_customer_category_statistics.asyncio)
        get_by_category_detailed = GroupMethod(_get_customer_category_statistics.asyncio_detailed)
    else:
        get_by_category = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_statistics.get_customer_category_statistics", "asyncio"
        )
        get_by_category_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_statistics.get_customer_category_statistics", "asyncio_detailed"
        )


class AsyncResellerBouncesGroup(Group):
    """Operations under `client.reseller.bounces`."""

    if TYPE_CHECKING:
        from .api.customer_bounces import get_customer_bounces as _get_customer_bounces

        get = GroupMethod(_get_customer_bounces.asyncio)
        get_detailed = GroupMethod(_get_customer_bounces.asyncio_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.customer_bounces.get_customer_bounces", "asyncio")
        get_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_bounces.get_customer_bounces", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from .api.customer_bounces import delete_customer_bounces as _delete_customer_bounces

        delete = GroupMethod(_delete_customer_bounces.asyncio)
        delete_detailed = GroupMethod(_delete_customer_bounces.asyncio_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.customer_bounces.delete_customer_bounces", "asyncio")
        delete_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_bounces.delete_customer_bounces", "asyncio_detailed"
        )


class AsyncResellerUnsubscribesGroup(Group):
    """Operations under `client.reseller.unsubscribes`."""

    if TYPE_CHECKING:
        from .api.customer_unsubscribes import get_customer_unsubscribes as _get_customer_unsubscribes

        get = GroupMethod(_get_customer_unsubscribes.asyncio)
        get_detailed = GroupMethod(_get_customer_unsubscribes.asyncio_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.customer_unsubscribes.get_customer_unsubscribes", "asyncio")
        get_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_unsubscribes.get_customer_unsubscribes", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from .api.customer_unsubscribes import delete_customer_unsubscribes as _delete_customer_unsubscribes

        delete = GroupMethod(_delete_customer_unsubscribes.asyncio)
        delete_detailed = GroupMethod(_delete_customer_unsubscribes.asyncio_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.customer_unsubscribes.delete_customer_unsubscribes", "asyncio")
        delete_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_unsubscribes.delete_customer_unsubscribes", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from .api.customer_unsubscribes import add_customer_unsubscribes as _add_customer_unsubscribes

        add = GroupMethod(_add_customer_unsubscribes.asyncio)
        add_detailed = GroupMethod(_add_customer_unsubscribes.asyncio_detailed)
    else:
        add = GroupMethod.lazy("sendgrid_reseller.api.customer_unsubscribes.add_customer_unsubscribes", "asyncio")
        add_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_unsubscribes.add_customer_unsubscribes", "asyncio_detailed"
        )


class AsyncResellerInvalidEmailsGroup(Group):
    """Operations under `client.reseller.invalid_emails`."""

    if TYPE_CHECKING:
        from .api.customer_invalid_emails import get_customer_invalid_emails as _get_customer_invalid_emails

        get = GroupMethod(_get_customer_invalid_emails.asyncio)
        get_detailed = GroupMethod(_get_customer_invalid_emails.asyncio_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.customer_invalid_emails.get_customer_invalid_emails", "asyncio")
        get_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_invalid_emails.get_customer_invalid_emails", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from .api.customer_invalid_emails import delete_customer_invalid_emails as _delete_customer_invalid_emails

        delete = GroupMethod(_delete_customer_invalid_emails.asyncio)
        delete_detailed = GroupMethod(_delete_customer_invalid_emails.asyncio_detailed)
    else:
        delete = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_invalid_emails.delete_customer_invalid_emails", "asyncio"
        )
        delete_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_invalid_emails.delete_customer_invalid_emails", "asyncio_detailed"
        )


class AsyncResellerSpamReportsGroup(Group):
    """Operations under `client.reseller.spam_reports`."""

    if TYPE_CHECKING:
        from .api.customer_spam_reports import get_customer_spam_reports as _get_customer_spam_reports

        get = GroupMethod(_get_customer_spam_reports.asyncio)
        get_detailed = GroupMethod(_get_customer_spam_reports.asyncio_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.customer_spam_reports.get_customer_spam_reports", "asyncio")
        get_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_spam_reports.get_customer_spam_reports", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from .api.customer_spam_reports import delete_customer_spam_reports as _delete_customer_spam_reports

        delete = GroupMethod(_delete_customer_spam_reports.asyncio)
        delete_detailed = GroupMethod(_delete_customer_spam_reports.asyncio_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.customer_spam_reports.delete_customer_spam_reports", "asyncio")
        delete_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_spam_reports.delete_customer_spam_reports", "asyncio_detailed"
        )


class AsyncResellerAccountLimitsGroup(Group):
    """Operations under `client.reseller.account_limits`."""

    if TYPE_CHECKING:
        from .api.customer_account_limits import get_customer_credit_limit as _get_customer_credit_limit

        get = GroupMethod(_get_customer_credit_limit.asyncio)
        get_detailed = GroupMethod(_get_customer_credit_limit.asyncio_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.customer_account_limits.get_customer_credit_limit", "asyncio")
        get_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_account_limits.get_customer_credit_limit", "asyncio_detailed"
        )


class AsyncResellerTimezonesGroup(Group):
    """Operations under `client.reseller.timezones`."""

    if TYPE_CHECKING:
        from .api.customer_timezone import list_customer_timezones as _list_customer_timezones

        list = GroupMethod(_list_customer_timezones.asyncio)
        list_detailed = GroupMethod(_list_customer_timezones.asyncio_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.customer_timezone.list_customer_timezones", "asyncio")
        list_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_timezone.list_customer_timezones", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from .api.customer_timezone import get_customer_timezone as _get_customer_timezone

        get = GroupMethod(_get_customer_timezone.asyncio)
        get_detailed = GroupMethod(_get_customer_timezone.asyncio_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.customer_timezone.get_customer_timezone", "asyncio")
        get_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_timezone.get_customer_timezone", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from .api.customer_timezone import set_customer_timezone as _set_customer_timezone

        set = GroupMethod(_set_customer_timezone.asyncio)
        set_detailed = GroupMethod(_set_customer_timezone.asyncio_detailed)
    else:
        set = GroupMethod.lazy("sendgrid_reseller.api.customer_timezone.set_customer_timezone", "asyncio")
        set_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_timezone.set_customer_timezone", "asyncio_detailed"
        )


class AsyncResellerMonitorsGroup(Group):
    """Operations under `client.reseller.monitors`."""

    if TYPE_CHECKING:
        from .api.monitor_records import create_monitor_record as _create_monitor_record

        create = GroupMethod(_create_monitor_record.asyncio)
        create_detailed = GroupMethod(_create_monitor_record.asyncio_detailed)
    else:
        create = GroupMethod.lazy("sendgrid_reseller.api.monitor_records.create_monitor_record", "asyncio")
        create_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.monitor_records.create_monitor_record", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from .api.monitor_records import edit_monitor_record as _edit_monitor_record

        edit = GroupMethod(_edit_monitor_record.asyncio)
        edit_detailed = GroupMethod(_edit_monitor_record.asyncio_detailed)
    else:
        edit = GroupMethod.lazy("sendgrid_reseller.api.monitor_records.edit_monitor_record", "asyncio")
        edit_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.monitor_records.edit_monitor_record", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from .api.monitor_records import delete_monitor_record as _delete_monitor_record

        delete = GroupMethod(_delete_monitor_record.asyncio)
        delete_detailed = GroupMethod(_delete_monitor_record.asyncio_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.monitor_records.delete_monitor_record", "asyncio")
        delete_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.monitor_records.delete_monitor_record", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from .api.monitor_records import list_monitor_records as _list_monitor_records

        list = GroupMethod(_list_monitor_records.asyncio)
        list_detailed = GroupMethod(_list_monitor_records.asyncio_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.monitor_records.list_monitor_records", "asyncio")
        list_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.monitor_records.list_monitor_records", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from .api.monitor_records import append_customer_to_monitor_record as _append_customer_to_monitor_record

        append_customer = GroupMethod(_append_customer_to_monitor_record.asyncio)
        append_customer_detailed = GroupMethod(_append_customer_to_monitor_record.asyncio_detailed)
    else:
        append_customer = GroupMethod.lazy(
            "sendgrid_reseller.api.monitor_records.append_customer_to_monitor_record", "asyncio"
        )
        append_customer_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.monitor_records.append_customer_to_monitor_record", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from .api.monitor_records import detach_customer_from_monitor_record as _detach_customer_from_monitor_record

        detach_customer = GroupMethod(_detach_customer_from_monitor_record.asyncio)
        detach_customer_detailed = GroupMethod(_detach_customer_from_monitor_record.asyncio_detailed)
    else:
        detach_customer = GroupMethod.lazy(
            "sendgrid_reseller.api.monitor_records.detach_customer_from_monitor_record", "asyncio"
        )
        detach_customer_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.monitor_records.detach_customer_from_monitor_record", "asyncio_detailed"
        )


class AsyncResellerIpsGroup(Group):
    """Operations under `client.reseller.ips`."""

    if TYPE_CHECKING:
        from .api.ip_management import list_reseller_ips as _list_reseller_ips

        list = GroupMethod(_list_reseller_ips.asyncio)
        list_detailed = GroupMethod(_list_reseller_ips.asyncio_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.ip_management.list_reseller_ips", "asyncio")
        list_detailed = GroupMethod.lazy("sendgrid_reseller.api.ip_management.list_reseller_ips", "asyncio_detailed")

    if TYPE_CHECKING:
        from .api.ip_management import list_free_reseller_ips as _list_free_reseller_ips

        list_free = GroupMethod(_list_free_reseller_ips.asyncio)
        list_free_detailed = GroupMethod(_list_free_reseller_ips.asyncio_detailed)
    else:
        list_free = GroupMethod.lazy("sendgrid_reseller.api.ip_management.list_free_reseller_ips", "asyncio")
        list_free_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.ip_management.list_free_reseller_ips", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from .api.ip_management import list_taken_reseller_ips as _list_taken_reseller_ips

        list_taken = GroupMethod(_list_taken_reseller_ips.asyncio)
        list_taken_detailed = GroupMethod(_list_taken_reseller_ips.asyncio_detailed)
    else:
        list_taken = GroupMethod.lazy("sendgrid_reseller.api.ip_management.list_taken_reseller_ips", "asyncio")
        list_taken_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.ip_management.list_taken_reseller_ips", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from .api.ip_management import list_available_reseller_ips as _list_available_reseller_ips

        list_available = GroupMethod(_list_available_reseller_ips.asyncio)
        list_available_detailed = GroupMethod(_list_available_reseller_ips.asyncio_detailed)
    else:
        list_available = GroupMethod.lazy("sendgrid_reseller.api.ip_management.list_available_reseller_ips", "asyncio")
        list_available_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.ip_management.list_available_reseller_ips", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from .api.ip_management import get_reseller_ip_usage as _get_reseller_ip_usage

        usage = GroupMethod(_get_reseller_ip_usage.asyncio)
        usage_detailed = GroupMethod(_get_reseller_ip_usage.asyncio_detailed)
    else:
        usage = GroupMethod.lazy("sendgrid_reseller.api.ip_management.get_reseller_ip_usage", "asyncio")
        usage_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.ip_management.get_reseller_ip_usage", "asyncio_detailed"
        )


class AsyncResellerDomainAuthenticationGroup(Group):
    """Operations under `client.reseller.domain_authentication`."""

    if TYPE_CHECKING:
        from .api.domain_authentication import list_reseller_whitelabels as _list_reseller_whitelabels

        list = GroupMethod(_list_reseller_whitelabels.asyncio)
        list_detailed = GroupMethod(_list_reseller_whitelabels.asyncio_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.domain_authentication.list_reseller_whitelabels", "asyncio")
        list_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.domain_authentication.list_reseller_whitelabels", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from .api.domain_authentication import append_whitelabel_to_customer as _append_whitelabel_to_customer

        append = GroupMethod(_append_whitelabel_to_customer.asyncio)
        append_detailed = GroupMethod(_append_whitelabel_to_customer.asyncio_detailed)
    else:
        append = GroupMethod.lazy(
            "sendgrid_reseller.api.domain_authentication.append_whitelabel_to_customer", "asyncio"
        )
        append_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.domain_authentication.append_whitelabel_to_customer", "asyncio_detailed"
        )


class AsyncResellerEventNotificationUrlGroup(Group):
    """Operations under `client.reseller.event_notification_url`."""

    if TYPE_CHECKING:
        from .api.event_notification_url import (
            get_customer_event_notification_url as _get_customer_event_notification_url,
        )

        get = GroupMethod(_get_customer_event_notification_url.asyncio)
        get_detailed = GroupMethod(_get_customer_event_notification_url.asyncio_detailed)
    else:
        get = GroupMethod.lazy(
            "sendgrid_reseller.api.event_notification_url.get_customer_event_notification_url", "asyncio"
        )
        get_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.event_notification_url.get_customer_event_notification_url", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from .api.event_notification_url import (
            set_customer_event_notification_url as _set_customer_event_notification_url,
        )

        set = GroupMethod(_set_customer_event_notification_url.asyncio)
        set_detailed = GroupMethod(_set_customer_event_notification_url.asyncio_detailed)
    else:
        set = GroupMethod.lazy(
            "sendgrid_reseller.api.event_notification_url.set_customer_event_notification_url", "asyncio"
        )
        set_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.event_notification_url.set_customer_event_notification_url", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from .api.event_notification_url import (
            delete_customer_event_notification_url as _delete_customer_event_notification_url,
        )

        delete = GroupMethod(_delete_customer_event_notification_url.asyncio)
        delete_detailed = GroupMethod(_delete_customer_event_notification_url.asyncio_detailed)
    else:
        delete = GroupMethod.lazy(
            "sendgrid_reseller.api.event_notification_url.delete_customer_event_notification_url", "asyncio"
        )
        delete_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.event_notification_url.delete_customer_event_notification_url", "asyncio_detailed"
        )


class AsyncResellerAuthGroup(Group):
    """Operations under `client.reseller.auth`."""

    if TYPE_CHECKING:
        from .api.authenticate_a_customer import authenticate_customer as _authenticate_customer

        check = GroupMethod(_authenticate_customer.asyncio)
        check_detailed = GroupMethod(_authenticate_customer.asyncio_detailed)
    else:
        check = GroupMethod.lazy("sendgrid_reseller.api.authenticate_a_customer.authenticate_customer", "asyncio")
        check_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticate_a_customer.authenticate_customer", "asyncio_detailed"
        )


class AsyncResellerParseGroup(Group):
    """Operations under `client.reseller.parse`."""

    if TYPE_CHECKING:
        from .api.parse_settings import get_customer_parse_settings as _get_customer_parse_settings

        get = GroupMethod(_get_customer_parse_settings.asyncio)
        get_detailed = GroupMethod(_get_customer_parse_settings.asyncio_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.parse_settings.get_customer_parse_settings", "asyncio")
        get_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.parse_settings.get_customer_parse_settings", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from .api.parse_settings import create_customer_parse_setting as _create_customer_parse_setting

        create = GroupMethod(_create_customer_parse_setting.asyncio)
        create_detailed = GroupMethod(_create_customer_parse_setting.asyncio_detailed)
    else:
        create = GroupMethod.lazy("sendgrid_reseller.api.parse_settings.create_customer_parse_setting", "asyncio")
        create_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.parse_settings.create_customer_parse_setting", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from .api.parse_settings import update_customer_parse_setting as _update_customer_parse_setting

        update = GroupMethod(_update_customer_parse_setting.asyncio)
        update_detailed = GroupMethod(_update_customer_parse_setting.asyncio_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.parse_settings.update_customer_parse_setting", "asyncio")
        update_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.parse_settings.update_customer_parse_setting", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from .api.parse_settings import delete_customer_parse_setting as _delete_customer_parse_setting

        delete = GroupMethod(_delete_customer_parse_setting.asyncio)
        delete_detailed = GroupMethod(_delete_customer_parse_setting.asyncio_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.parse_settings.delete_customer_parse_setting", "asyncio")
        delete_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.parse_settings.delete_customer_parse_setting", "asyncio_detailed"
        )


class AsyncResellerAppsGroup(Group):
    """Operations under `client.reseller.apps`."""

    if TYPE_CHECKING:
        from .api.filter_apps import list_customer_apps as _list_customer_apps

        list = GroupMethod(_list_customer_apps.asyncio)
        list_detailed = GroupMethod(_list_customer_apps.asyncio_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.filter_apps.list_customer_apps", "asyncio")
        list_detailed = GroupMethod.lazy("sendgrid_reseller.api.filter_apps.list_customer_apps", "asyncio_detailed")

    if TYPE_CHECKING:
        from .api.filter_apps import activate_customer_app as _activate_customer_app

        activate = GroupMethod(_activate_customer_app.asyncio)
        activate_detailed = GroupMethod(_activate_customer_app.asyncio_detailed)
    else:
        activate = GroupMethod.lazy("sendgrid_reseller.api.filter_apps.activate_customer_app", "asyncio")
        activate_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.filter_apps.activate_customer_app", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from .api.filter_apps import deactivate_customer_app as _deactivate_customer_app

        deactivate = GroupMethod(_deactivate_customer_app.asyncio)
        deactivate_detailed = GroupMethod(_deactivate_customer_app.asyncio_detailed)
    else:
        deactivate = GroupMethod.lazy("sendgrid_reseller.api.filter_apps.deactivate_customer_app", "asyncio")
        deactivate_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.filter_apps.deactivate_customer_app", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from .api.filter_apps import setup_customer_app as _setup_customer_app

        setup = GroupMethod(_setup_customer_app.asyncio)
        setup_detailed = GroupMethod(_setup_customer_app.asyncio_detailed)
    else:
        setup = GroupMethod.lazy("sendgrid_reseller.api.filter_apps.setup_customer_app", "asyncio")
        setup_detailed = GroupMethod.lazy("sendgrid_reseller.api.filter_apps.setup_customer_app", "asyncio_detailed")

    if TYPE_CHECKING:
        from .api.filter_apps import get_customer_app_settings as _get_customer_app_settings

        get_settings = GroupMethod(_get_customer_app_settings.asyncio)
        get_settings_detailed = GroupMethod(_get_customer_app_settings.asyncio_detailed)
    else:
        get_settings = GroupMethod.lazy("sendgrid_reseller.api.filter_apps.get_customer_app_settings", "asyncio")
        get_settings_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.filter_apps.get_customer_app_settings", "asyncio_detailed"
        )


class AsyncResellerInvoicesGroup(Group):
    """Operations under `client.reseller.invoices`."""

    if TYPE_CHECKING:
        from .api.invoice_retrieval import list_invoice_numbers as _list_invoice_numbers

        list = GroupMethod(_list_invoice_numbers.asyncio)
        list_detailed = GroupMethod(_list_invoice_numbers.asyncio_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.invoice_retrieval.list_invoice_numbers", "asyncio")
        list_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.invoice_retrieval.list_invoice_numbers", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from .api.invoice_retrieval import get_invoices as _get_invoices

        get = GroupMethod(_get_invoices.asyncio)
        get_detailed = GroupMethod(_get_invoices.asyncio_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.invoice_retrieval.get_invoices", "asyncio")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.invoice_retrieval.get_invoices", "asyncio_detailed")


class AsyncResellerAccountChangesGroup(Group):
    """Operations under `client.reseller.account_changes`."""

    if TYPE_CHECKING:
        from .api.account_changes import upgrade_customer_account as _upgrade_customer_account

        upgrade = GroupMethod(_upgrade_customer_account.asyncio)
        upgrade_detailed = GroupMethod(_upgrade_customer_account.asyncio_detailed)
    else:
        upgrade = GroupMethod.lazy("sendgrid_reseller.api.account_changes.upgrade_customer_account", "asyncio")
        upgrade_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.account_changes.upgrade_customer_account", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from .api.account_changes import downgrade_customer_account as _downgrade_customer_account

        downgrade = GroupMethod(_downgrade_customer_account.asyncio)
        downgrade_detailed = GroupMethod(_downgrade_customer_account.asyncio_detailed)
    else:
        downgrade = GroupMethod.lazy("sendgrid_reseller.api.account_changes.downgrade_customer_account", "asyncio")
        downgrade_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.account_changes.downgrade_customer_account", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from .api.account_changes import close_customer_account as _close_customer_account

        close = GroupMethod(_close_customer_account.asyncio)
        close_detailed = GroupMethod(_close_customer_account.asyncio_detailed)
    else:
        close = GroupMethod.lazy("sendgrid_reseller.api.account_changes.close_customer_account", "asyncio")
        close_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.account_changes.close_customer_account", "asyncio_detailed"
        )


class AsyncResellerPackagesGroup(Group):
    """Operations under `client.reseller.packages`."""

    if TYPE_CHECKING:
        from .api.view_available_packages import list_reseller_packages as _list_reseller_packages

        list = GroupMethod(_list_reseller_packages.asyncio)
        list_detailed = GroupMethod(_list_reseller_packages.asyncio_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.view_available_packages.list_reseller_packages", "asyncio")
        list_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.view_available_packages.list_reseller_packages", "asyncio_detailed"
        )


class AsyncResellerAccountOverviewGroup(Group):
    """Operations under `client.reseller.account_overview`."""

    if TYPE_CHECKING:
        from .api.account_overview import get_customer_account_overview as _get_customer_account_overview

        get = GroupMethod(_get_customer_account_overview.asyncio)
        get_detailed = GroupMethod(_get_customer_account_overview.asyncio_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.account_overview.get_customer_account_overview", "asyncio")
        get_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.account_overview.get_customer_account_overview", "asyncio_detailed"
        )


class AsyncResellerGroup(Group):
    """Operations under `client.reseller`."""

    @cached_property
    def customers(self) -> AsyncResellerCustomersGroup:
        return AsyncResellerCustomersGroup(self._client)

    @cached_property
    def statistics(self) -> AsyncResellerStatisticsGroup:
        return AsyncResellerStatisticsGroup(self._client)

    @cached_property
    def bounces(self) -> AsyncResellerBouncesGroup:
        return AsyncResellerBouncesGroup(self._client)

    @cached_property
    def unsubscribes(self) -> AsyncResellerUnsubscribesGroup:
        return AsyncResellerUnsubscribesGroup(self._client)

    @cached_property
    def invalid_emails(self) -> AsyncResellerInvalidEmailsGroup:
        return AsyncResellerInvalidEmailsGroup(self._client)

    @cached_property
    def spam_reports(self) -> AsyncResellerSpamReportsGroup:
        return AsyncResellerSpamReportsGroup(self._client)

    @cached_property
    def account_limits(self) -> AsyncResellerAccountLimitsGroup:
        return AsyncResellerAccountLimitsGroup(self._client)

    @cached_property
    def timezones(self) -> AsyncResellerTimezonesGroup:
        return AsyncResellerTimezonesGroup(self._client)

    @cached_property
    def monitors(self) -> AsyncResellerMonitorsGroup:
        return AsyncResellerMonitorsGroup(self._client)

    @cached_property
    def ips(self) -> AsyncResellerIpsGroup:
        return AsyncResellerIpsGroup(self._client)

    @cached_property
    def domain_authentication(self) -> AsyncResellerDomainAuthenticationGroup:
        return AsyncResellerDomainAuthenticationGroup(self._client)

    @cached_property
    def event_notification_url(self) -> AsyncResellerEventNotificationUrlGroup:
        return AsyncResellerEventNotificationUrlGroup(self._client)

    @cached_property
    def auth(self) -> AsyncResellerAuthGroup:
        return AsyncResellerAuthGroup(self._client)

    @cached_property
    def parse(self) -> AsyncResellerParseGroup:
        return AsyncResellerParseGroup(self._client)

    @cached_property
    def apps(self) -> AsyncResellerAppsGroup:
        return AsyncResellerAppsGroup(self._client)

    @cached_property
    def invoices(self) -> AsyncResellerInvoicesGroup:
        return AsyncResellerInvoicesGroup(self._client)

    @cached_property
    def account_changes(self) -> AsyncResellerAccountChangesGroup:
        return AsyncResellerAccountChangesGroup(self._client)

    @cached_property
    def packages(self) -> AsyncResellerPackagesGroup:
        return AsyncResellerPackagesGroup(self._client)

    @cached_property
    def account_overview(self) -> AsyncResellerAccountOverviewGroup:
        return AsyncResellerAccountOverviewGroup(self._client)


class SubusersWebsiteAccessGroup(Group):
    """Operations under `client.subusers.website_access`."""

    if TYPE_CHECKING:
        from .api.subusers import set_subuser_website_access as _set_subuser_website_access

        update = GroupMethod(_set_subuser_website_access.sync)
        update_detailed = GroupMethod(_set_subuser_website_access.sync_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.subusers.set_subuser_website_access", "sync")
        update_detailed = GroupMethod.lazy("sendgrid_reseller.api.subusers.set_subuser_website_access", "sync_detailed")


class SubusersCreditsGroup(Group):
    """Operations under `client.subusers.credits`."""

    if TYPE_CHECKING:
        from .api.subusers import get_subuser_credits as _get_subuser_credits

        get = GroupMethod(_get_subuser_credits.sync)
        get_detailed = GroupMethod(_get_subuser_credits.sync_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.subusers.get_subuser_credits", "sync")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.subusers.get_subuser_credits", "sync_detailed")

    if TYPE_CHECKING:
        from .api.subusers import update_subuser_credits as _update_subuser_credits

        update = GroupMethod(_update_subuser_credits.sync)
        update_detailed = GroupMethod(_update_subuser_credits.sync_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.subusers.update_subuser_credits", "sync")
        update_detailed = GroupMethod.lazy("sendgrid_reseller.api.subusers.update_subuser_credits", "sync_detailed")

    if TYPE_CHECKING:
        from .api.subusers import adjust_subuser_remaining_credits as _adjust_subuser_remaining_credits

        adjust_remaining = GroupMethod(_adjust_subuser_remaining_credits.sync)
        adjust_remaining_detailed = GroupMethod(_adjust_subuser_remaining_credits.sync_detailed)
    else:
        adjust_remaining = GroupMethod.lazy("sendgrid_reseller.api.subusers.adjust_subuser_remaining_credits", "sync")
        adjust_remaining_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.subusers.adjust_subuser_remaining_credits", "sync_detailed"
        )


class SubusersIpsGroup(Group):
    """Operations under `client.subusers.ips`."""

    if TYPE_CHECKING:
        from .api.subusers import update_subuser_ips as _update_subuser_ips

        update = GroupMethod(_update_subuser_ips.sync)
        update_detailed = GroupMethod(_update_subuser_ips.sync_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.subusers.update_subuser_ips", "sync")
        update_detailed = GroupMethod.lazy("sendgrid_reseller.api.subusers.update_subuser_ips", "sync_detailed")


class SubusersStatsGroup(Group):
    """Operations under `client.subusers.stats`."""

    if TYPE_CHECKING:
        from .api.subusers import get_subuser_monthly_stats as _get_subuser_monthly_stats

        monthly_for_subuser = GroupMethod(_get_subuser_monthly_stats.sync)
        monthly_for_subuser_detailed = GroupMethod(_get_subuser_monthly_stats.sync_detailed)
    else:
        monthly_for_subuser = GroupMethod.lazy("sendgrid_reseller.api.subusers.get_subuser_monthly_stats", "sync")
        monthly_for_subuser_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.subusers.get_subuser_monthly_stats", "sync_detailed"
        )

    if TYPE_CHECKING:
        from .api.subusers import get_subusers_stats as _get_subusers_stats

        get = GroupMethod(_get_subusers_stats.sync)
        get_detailed = GroupMethod(_get_subusers_stats.sync_detailed)
        get_pages = GroupMethod(_get_subusers_stats.iter_pages)
        get_items = GroupMethod(_get_subusers_stats.iter_items)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.subusers.get_subusers_stats", "sync")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.subusers.get_subusers_stats", "sync_detailed")
        get_pages = GroupMethod.lazy("sendgrid_reseller.api.subusers.get_subusers_stats", "iter_pages")
        get_items = GroupMethod.lazy("sendgrid_reseller.api.subusers.get_subusers_stats", "iter_items")

    if TYPE_CHECKING:
        from .api.subusers import get_subusers_monthly_stats as _get_subusers_monthly_stats

        monthly = GroupMethod(_get_subusers_monthly_stats.sync)
        monthly_detailed = GroupMethod(_get_subusers_monthly_stats.sync_detailed)
    else:
        monthly = GroupMethod.lazy("sendgrid_reseller.api.subusers.get_subusers_monthly_stats", "sync")
        monthly_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.subusers.get_subusers_monthly_stats", "sync_detailed"
        )

    if TYPE_CHECKING:
        from .api.subusers import get_subusers_stats_sums as _get_subusers_stats_sums

        sums = GroupMethod(_get_subusers_stats_sums.sync)
        sums_detailed = GroupMethod(_get_subusers_stats_sums.sync_detailed)
    else:
        sums = GroupMethod.lazy("sendgrid_reseller.api.subusers.get_subusers_stats_sums", "sync")
        sums_detailed = GroupMethod.lazy("sendgrid_reseller.api.subusers.get_subusers_stats_sums", "sync_detailed")


class SubusersReputationsGroup(Group):
    """Operations under `client.subusers.reputations`."""

    if TYPE_CHECKING:
        from .api.subusers import list_subuser_reputations as _list_subuser_reputations

        list = GroupMethod(_list_subuser_reputations.sync)
        list_detailed = GroupMethod(_list_subuser_reputations.sync_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.subusers.list_subuser_reputations", "sync")
        list_detailed = GroupMethod.lazy("sendgrid_reseller.api.subusers.list_subuser_reputations", "sync_detailed")


class SubusersGroup(Group):
    """Operations under `client.subusers`."""

    @cached_property
    def website_access(self) -> SubusersWebsiteAccessGroup:
        return SubusersWebsiteAccessGroup(self._client)

    @cached_property
    def credits(self) -> SubusersCreditsGroup:
        return SubusersCreditsGroup(self._client)

    @cached_property
    def ips(self) -> SubusersIpsGroup:
        return SubusersIpsGroup(self._client)

    @cached_property
    def stats(self) -> SubusersStatsGroup:
        return SubusersStatsGroup(self._client)

    @cached_property
    def reputations(self) -> SubusersReputationsGroup:
        return SubusersReputationsGroup(self._client)

    if TYPE_CHECKING:
        from .api.subusers import list_subusers as _list_subusers

        list = GroupMethod(_list_subusers.sync)
        list_detailed = GroupMethod(_list_subusers.sync_detailed)
        list_pages = GroupMethod(_list_subusers.iter_pages)
        list_items = GroupMethod(_list_subusers.iter_items)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.subusers.list_subusers", "sync")
        list_detailed = GroupMethod.lazy("sendgrid_reseller.api.subusers.list_subusers", "sync_detailed")
        list_pages = GroupMethod.lazy("sendgrid_reseller.api.subusers.list_subusers", "iter_pages")
        list_items = GroupMethod.lazy("sendgrid_reseller.api.subusers.list_subusers", "iter_items")

    if TYPE_CHECKING:
        from .api.subusers import create_subuser as _create_subuser

        create = GroupMethod(_create_subuser.sync)
        create_detailed = GroupMethod(_create_subuser.sync_detailed)
    else:
        create = GroupMethod.lazy("sendgrid_reseller.api.subusers.create_subuser", "sync")
        create_detailed = GroupMethod.lazy("sendgrid_reseller.api.subusers.create_subuser", "sync_detailed")

    if TYPE_CHECKING:
        from .api.subusers import delete_subuser as _delete_subuser

        delete = GroupMethod(_delete_subuser.sync)
        delete_detailed = GroupMethod(_delete_subuser.sync_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.subusers.delete_subuser", "sync")
        delete_detailed = GroupMethod.lazy("sendgrid_reseller.api.subusers.delete_subuser", "sync_detailed")

    if TYPE_CHECKING:
        from .api.subusers import set_subuser_disabled as _set_subuser_disabled

        set_disabled = GroupMethod(_set_subuser_disabled.sync)
        set_disabled_detailed = GroupMethod(_set_subuser_disabled.sync_detailed)
    else:
        set_disabled = GroupMethod.lazy("sendgrid_reseller.api.subusers.set_subuser_disabled", "sync")
        set_disabled_detailed = GroupMethod.lazy("sendgrid_reseller.api.subusers.set_subuser_disabled", "sync_detailed")


class AsyncSubusersWebsiteAccessGroup(Group):
    """Operations under `client.subusers.website_access`."""

    if TYPE_CHECKING:
        from .api.subusers import set_subuser_website_access as _set_subuser_website_access

        update = GroupMethod(_set_subuser_website_access.asyncio)
        update_detailed = GroupMethod(_set_subuser_website_access.asyncio_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.subusers.set_subuser_website_access", "asyncio")
        update_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.subusers.set_subuser_website_access", "asyncio_detailed"
        )


class AsyncSubusersCreditsGroup(Group):
    """Operations under `client.subusers.credits`."""

    if TYPE_CHECKING:
        from .api.subusers import get_subuser_credits as _get_subuser_credits

        get = GroupMethod(_get_subuser_credits.asyncio)
        get_detailed = GroupMethod(_get_subuser_credits.asyncio_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.subusers.get_subuser_credits", "asyncio")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.subusers.get_subuser_credits", "asyncio_detailed")

    if TYPE_CHECKING:
        from .api.subusers import update_subuser_credits as _update_subuser_credits

        update = GroupMethod(_update_subuser_credits.asyncio)
        update_detailed = GroupMethod(_update_subuser_credits.asyncio_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.subusers.update_subuser_credits", "asyncio")
        update_detailed = GroupMethod.lazy("sendgrid_reseller.api.subusers.update_subuser_credits", "asyncio_detailed")

    if TYPE_CHECKING:
        from .api.subusers import adjust_subuser_remaining_credits as _adjust_subuser_remaining_credits

        adjust_remaining = GroupMethod(_adjust_subuser_remaining_credits.asyncio)
        adjust_remaining_detailed = GroupMethod(_adjust_subuser_remaining_credits.asyncio_detailed)
    else:
        adjust_remaining = GroupMethod.lazy(
            "sendgrid_reseller.api.subusers.adjust_subuser_remaining_credits", "asyncio"
        )
        adjust_remaining_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.subusers.adjust_subuser_remaining_credits", "asyncio_detailed"
        )


class AsyncSubusersIpsGroup(Group):
    """Operations under `client.subusers.ips`."""

    if TYPE_CHECKING:
        from .api.subusers import update_subuser_ips as _update_subuser_ips

        update = GroupMethod(_update_subuser_ips.asyncio)
        update_detailed = GroupMethod(_update_subuser_ips.asyncio_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.subusers.update_subuser_ips", "asyncio")
        update_detailed = GroupMethod.lazy("sendgrid_reseller.api.subusers.update_subuser_ips", "asyncio_detailed")


class AsyncSubusersStatsGroup(Group):
    """Operations under `client.subusers.stats`."""

    if TYPE_CHECKING:
        from .api.subusers import get_subuser_monthly_stats as _get_subuser_monthly_stats

        monthly_for_subuser = GroupMethod(_get_subuser_monthly_stats.asyncio)
        monthly_for_subuser_detailed = GroupMethod(_get_subuser_monthly_stats.asyncio_detailed)
    else:
        monthly_for_subuser = GroupMethod.lazy("sendgrid_reseller.api.subusers.get_subuser_monthly_stats", "asyncio")
        monthly_for_subuser_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.subusers.get_subuser_monthly_stats", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from .api.subusers import get_subusers_stats as _get_subusers_stats

        get = GroupMethod(_get_subusers_stats.asyncio)
        get_detailed = GroupMethod(_get_subusers_stats.asyncio_detailed)
        get_pages = GroupMethod(_get_subusers_stats.aiter_pages)
        get_items = GroupMethod(_get_subusers_stats.aiter_items)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.subusers.get_subusers_stats", "asyncio")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.subusers.get_subusers_stats", "asyncio_detailed")
        get_pages = GroupMethod.lazy("sendgrid_reseller.api.subusers.get_subusers_stats", "aiter_pages")
        get_items = GroupMethod.lazy("sendgrid_reseller.api.subusers.get_subusers_stats", "aiter_items")

    if TYPE_CHECKING:
        from .api.subusers import get_subusers_monthly_stats as _get_subusers_monthly_stats

        monthly = GroupMethod(_get_subusers_monthly_stats.asyncio)
        monthly_detailed = GroupMethod(_get_subusers_monthly_stats.asyncio_detailed)
    else:
        monthly = GroupMethod.lazy("sendgrid_reseller.api.subusers.get_subusers_monthly_stats", "asyncio")
        monthly_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.subusers.get_subusers_monthly_stats", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from .api.subusers import get_subusers_stats_sums as _get_subusers_stats_sums

        sums = GroupMethod(_get_subusers_stats_sums.asyncio)
        sums_detailed = GroupMethod(_get_subusers_stats_sums.asyncio_detailed)
    else:
        sums = GroupMethod.lazy("sendgrid_reseller.api.subusers.get_subusers_stats_sums", "asyncio")
        sums_detailed = GroupMethod.lazy("sendgrid_reseller.api.subusers.get_subusers_stats_sums", "asyncio_detailed")


class AsyncSubusersReputationsGroup(Group):
    """Operations under `client.subusers.reputations`."""

    if TYPE_CHECKING:
        from .api.subusers import list_subuser_reputations as _list_subuser_reputations

        list = GroupMethod(_list_subuser_reputations.asyncio)
        list_detailed = GroupMethod(_list_subuser_reputations.asyncio_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.subusers.list_subuser_reputations", "asyncio")
        list_detailed = GroupMethod.lazy("sendgrid_reseller.api.subusers.list_subuser_reputations", "asyncio_detailed")


class AsyncSubusersGroup(Group):
    """Operations under `client.subusers`."""

    @cached_property
    def website_access(self) -> AsyncSubusersWebsiteAccessGroup:
        return AsyncSubusersWebsiteAccessGroup(self._client)

    @cached_property
    def credits(self) -> AsyncSubusersCreditsGroup:
        return AsyncSubusersCreditsGroup(self._client)

    @cached_property
    def ips(self) -> AsyncSubusersIpsGroup:
        return AsyncSubusersIpsGroup(self._client)

    @cached_property
    def stats(self) -> AsyncSubusersStatsGroup:
        return AsyncSubusersStatsGroup(self._client)

    @cached_property
    def reputations(self) -> AsyncSubusersReputationsGroup:
        return AsyncSubusersReputationsGroup(self._client)

    if TYPE_CHECKING:
        from .api.subusers import list_subusers as _list_subusers

        list = GroupMethod(_list_subusers.asyncio)
        list_detailed = GroupMethod(_list_subusers.asyncio_detailed)
        list_pages = GroupMethod(_list_subusers.aiter_pages)
        list_items = GroupMethod(_list_subusers.aiter_items)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.subusers.list_subusers", "asyncio")
        list_detailed = GroupMethod.lazy("sendgrid_reseller.api.subusers.list_subusers", "asyncio_detailed")
        list_pages = GroupMethod.lazy("sendgrid_reseller.api.subusers.list_subusers", "aiter_pages")
        list_items = GroupMethod.lazy("sendgrid_reseller.api.subusers.list_subusers", "aiter_items")

    if TYPE_CHECKING:
        from .api.subusers import create_subuser as _create_subuser

        create = GroupMethod(_create_subuser.asyncio)
        create_detailed = GroupMethod(_create_subuser.asyncio_detailed)
    else:
        create = GroupMethod.lazy("sendgrid_reseller.api.subusers.create_subuser", "asyncio")
        create_detailed = GroupMethod.lazy("sendgrid_reseller.api.subusers.create_subuser", "asyncio_detailed")

    if TYPE_CHECKING:
        from .api.subusers import delete_subuser as _delete_subuser

        delete = GroupMethod(_delete_subuser.asyncio)
        delete_detailed = GroupMethod(_delete_subuser.asyncio_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.subusers.delete_subuser", "asyncio")
        delete_detailed = GroupMethod.lazy("sendgrid_reseller.api.subusers.delete_subuser", "asyncio_detailed")

    if TYPE_CHECKING:
        from .api.subusers import set_subuser_disabled as _set_subuser_disabled

        set_disabled = GroupMethod(_set_subuser_disabled.asyncio)
        set_disabled_detailed = GroupMethod(_set_subuser_disabled.asyncio_detailed)
    else:
        set_disabled = GroupMethod.lazy("sendgrid_reseller.api.subusers.set_subuser_disabled", "asyncio")
        set_disabled_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.subusers.set_subuser_disabled", "asyncio_detailed"
        )


class SuppressionsGroupsSuppressionsGroup(Group):
    """Operations under `client.suppressions.groups.suppressions`."""

    if TYPE_CHECKING:
        from .api.suppressions import list_group_suppressions as _list_group_suppressions

        list = GroupMethod(_list_group_suppressions.sync)
        list_detailed = GroupMethod(_list_group_suppressions.sync_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.suppressions.list_group_suppressions", "sync")
        list_detailed = GroupMethod.lazy("sendgrid_reseller.api.suppressions.list_group_suppressions", "sync_detailed")

    if TYPE_CHECKING:
        from .api.suppressions import add_group_suppressions as _add_group_suppressions

        add = GroupMethod(_add_group_suppressions.sync)
        add_detailed = GroupMethod(_add_group_suppressions.sync_detailed)
    else:
        add = GroupMethod.lazy("sendgrid_reseller.api.suppressions.add_group_suppressions", "sync")
        add_detailed = GroupMethod.lazy("sendgrid_reseller.api.suppressions.add_group_suppressions", "sync_detailed")

    if TYPE_CHECKING:
        from .api.suppressions import search_group_suppressions as _search_group_suppressions

        search = GroupMethod(_search_group_suppressions.sync)
        search_detailed = GroupMethod(_search_group_suppressions.sync_detailed)
    else:
        search = GroupMethod.lazy("sendgrid_reseller.api.suppressions.search_group_suppressions", "sync")
        search_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.suppressions.search_group_suppressions", "sync_detailed"
        )

    if TYPE_CHECKING:
        from .api.suppressions import delete_group_suppression as _delete_group_suppression

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
        from .api.suppressions import list_suppression_groups as _list_suppression_groups

        list = GroupMethod(_list_suppression_groups.sync)
        list_detailed = GroupMethod(_list_suppression_groups.sync_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.suppressions.list_suppression_groups", "sync")
        list_detailed = GroupMethod.lazy("sendgrid_reseller.api.suppressions.list_suppression_groups", "sync_detailed")

    if TYPE_CHECKING:
        from .api.suppressions import create_suppression_group as _create_suppression_group

        create = GroupMethod(_create_suppression_group.sync)
        create_detailed = GroupMethod(_create_suppression_group.sync_detailed)
    else:
        create = GroupMethod.lazy("sendgrid_reseller.api.suppressions.create_suppression_group", "sync")
        create_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.suppressions.create_suppression_group", "sync_detailed"
        )

    if TYPE_CHECKING:
        from .api.suppressions import get_suppression_group as _get_suppression_group

        get = GroupMethod(_get_suppression_group.sync)
        get_detailed = GroupMethod(_get_suppression_group.sync_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.suppressions.get_suppression_group", "sync")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.suppressions.get_suppression_group", "sync_detailed")

    if TYPE_CHECKING:
        from .api.suppressions import delete_suppression_group as _delete_suppression_group

        delete = GroupMethod(_delete_suppression_group.sync)
        delete_detailed = GroupMethod(_delete_suppression_group.sync_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.suppressions.delete_suppression_group", "sync")
        delete_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.suppressions.delete_suppression_group", "sync_detailed"
        )

    if TYPE_CHECKING:
        from .api.suppressions import update_suppression_group as _update_suppression_group

        update = GroupMethod(_update_suppression_group.sync)
        update_detailed = GroupMethod(_update_suppression_group.sync_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.suppressions.update_suppression_group", "sync")
        update_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.suppressions.update_suppression_group", "sync_detailed"
        )

    if TYPE_CHECKING:
        from .api.suppressions import list_all_group_suppressions as _list_all_group_suppressions

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
        from .api.suppressions import get_address_suppression_groups as _get_address_suppression_groups

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
        from .api.suppressions import add_global_unsubscribes as _add_global_unsubscribes

        add = GroupMethod(_add_global_unsubscribes.sync)
        add_detailed = GroupMethod(_add_global_unsubscribes.sync_detailed)
    else:
        add = GroupMethod.lazy("sendgrid_reseller.api.suppressions.add_global_unsubscribes", "sync")
        add_detailed = GroupMethod.lazy("sendgrid_reseller.api.suppressions.add_global_unsubscribes", "sync_detailed")

    if TYPE_CHECKING:
        from .api.suppressions import get_global_unsubscribe as _get_global_unsubscribe

        get = GroupMethod(_get_global_unsubscribe.sync)
        get_detailed = GroupMethod(_get_global_unsubscribe.sync_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.suppressions.get_global_unsubscribe", "sync")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.suppressions.get_global_unsubscribe", "sync_detailed")

    if TYPE_CHECKING:
        from .api.suppressions import delete_global_unsubscribe as _delete_global_unsubscribe

        delete = GroupMethod(_delete_global_unsubscribe.sync)
        delete_detailed = GroupMethod(_delete_global_unsubscribe.sync_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.suppressions.delete_global_unsubscribe", "sync")
        delete_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.suppressions.delete_global_unsubscribe", "sync_detailed"
        )

    if TYPE_CHECKING:
        from .api.suppressions import list_global_unsubscribes as _list_global_unsubscribes

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
        from .api.suppressions import list_blocks as _list_blocks

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
        from .api.suppressions import delete_blocks as _delete_blocks

        delete_many = GroupMethod(_delete_blocks.sync)
        delete_many_detailed = GroupMethod(_delete_blocks.sync_detailed)
    else:
        delete_many = GroupMethod.lazy("sendgrid_reseller.api.suppressions.delete_blocks", "sync")
        delete_many_detailed = GroupMethod.lazy("sendgrid_reseller.api.suppressions.delete_blocks", "sync_detailed")

    if TYPE_CHECKING:
        from .api.suppressions import get_block as _get_block

        get = GroupMethod(_get_block.sync)
        get_detailed = GroupMethod(_get_block.sync_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.suppressions.get_block", "sync")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.suppressions.get_block", "sync_detailed")

    if TYPE_CHECKING:
        from .api.suppressions import delete_block as _delete_block

        delete = GroupMethod(_delete_block.sync)
        delete_detailed = GroupMethod(_delete_block.sync_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.suppressions.delete_block", "sync")
        delete_detailed = GroupMethod.lazy("sendgrid_reseller.api.suppressions.delete_block", "sync_detailed")


class SuppressionsBouncesGroup(Group):
    """Operations under `client.suppressions.bounces`."""

    if TYPE_CHECKING:
        from .api.suppressions import list_bounces as _list_bounces

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
        from .api.suppressions import delete_bounces as _delete_bounces

        delete_many = GroupMethod(_delete_bounces.sync)
        delete_many_detailed = GroupMethod(_delete_bounces.sync_detailed)
    else:
        delete_many = GroupMethod.lazy("sendgrid_reseller.api.suppressions.delete_bounces", "sync")
        delete_many_detailed = GroupMethod.lazy("sendgrid_reseller.api.suppressions.delete_bounces", "sync_detailed")

    if TYPE_CHECKING:
        from .api.suppressions import get_bounce as _get_bounce

        get = GroupMethod(_get_bounce.sync)
        get_detailed = GroupMethod(_get_bounce.sync_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.suppressions.get_bounce", "sync")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.suppressions.get_bounce", "sync_detailed")

    if TYPE_CHECKING:
        from .api.suppressions import delete_bounce as _delete_bounce

        delete = GroupMethod(_delete_bounce.sync)
        delete_detailed = GroupMethod(_delete_bounce.sync_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.suppressions.delete_bounce", "sync")
        delete_detailed = GroupMethod.lazy("sendgrid_reseller.api.suppressions.delete_bounce", "sync_detailed")

    if TYPE_CHECKING:
        from .api.suppressions import get_bounce_classification_totals as _get_bounce_classification_totals

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
        from .api.suppressions import get_bounce_classification_domains as _get_bounce_classification_domains

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
        from .api.suppressions import list_invalid_emails as _list_invalid_emails

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
        from .api.suppressions import delete_invalid_emails as _delete_invalid_emails

        delete_many = GroupMethod(_delete_invalid_emails.sync)
        delete_many_detailed = GroupMethod(_delete_invalid_emails.sync_detailed)
    else:
        delete_many = GroupMethod.lazy("sendgrid_reseller.api.suppressions.delete_invalid_emails", "sync")
        delete_many_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.suppressions.delete_invalid_emails", "sync_detailed"
        )

    if TYPE_CHECKING:
        from .api.suppressions import get_invalid_email as _get_invalid_email

        get = GroupMethod(_get_invalid_email.sync)
        get_detailed = GroupMethod(_get_invalid_email.sync_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.suppressions.get_invalid_email", "sync")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.suppressions.get_invalid_email", "sync_detailed")

    if TYPE_CHECKING:
        from .api.suppressions import delete_invalid_email as _delete_invalid_email

        delete = GroupMethod(_delete_invalid_email.sync)
        delete_detailed = GroupMethod(_delete_invalid_email.sync_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.suppressions.delete_invalid_email", "sync")
        delete_detailed = GroupMethod.lazy("sendgrid_reseller.api.suppressions.delete_invalid_email", "sync_detailed")


class SuppressionsSpamReportsGroup(Group):
    """Operations under `client.suppressions.spam_reports`."""

    if TYPE_CHECKING:
        from .api.suppressions import list_spam_reports as _list_spam_reports

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
        from .api.suppressions import delete_spam_reports as _delete_spam_reports

        delete_many = GroupMethod(_delete_spam_reports.sync)
        delete_many_detailed = GroupMethod(_delete_spam_reports.sync_detailed)
    else:
        delete_many = GroupMethod.lazy("sendgrid_reseller.api.suppressions.delete_spam_reports", "sync")
        delete_many_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.suppressions.delete_spam_reports", "sync_detailed"
        )

    if TYPE_CHECKING:
        from .api.suppressions import get_spam_report as _get_spam_report

        get = GroupMethod(_get_spam_report.sync)
        get_detailed = GroupMethod(_get_spam_report.sync_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.suppressions.get_spam_report", "sync")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.suppressions.get_spam_report", "sync_detailed")

    if TYPE_CHECKING:
        from .api.suppressions import delete_spam_report as _delete_spam_report

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
        from .api.suppressions import list_group_suppressions as _list_group_suppressions

        list = GroupMethod(_list_group_suppressions.asyncio)
        list_detailed = GroupMethod(_list_group_suppressions.asyncio_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.suppressions.list_group_suppressions", "asyncio")
        list_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.suppressions.list_group_suppressions", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from .api.suppressions import add_group_suppressions as _add_group_suppressions

        add = GroupMethod(_add_group_suppressions.asyncio)
        add_detailed = GroupMethod(_add_group_suppressions.asyncio_detailed)
    else:
        add = GroupMethod.lazy("sendgrid_reseller.api.suppressions.add_group_suppressions", "asyncio")
        add_detailed = GroupMethod.lazy("sendgrid_reseller.api.suppressions.add_group_suppressions", "asyncio_detailed")

    if TYPE_CHECKING:
        from .api.suppressions import search_group_suppressions as _search_group_suppressions

        search = GroupMethod(_search_group_suppressions.asyncio)
        search_detailed = GroupMethod(_search_group_suppressions.asyncio_detailed)
    else:
        search = GroupMethod.lazy("sendgrid_reseller.api.suppressions.search_group_suppressions", "asyncio")
        search_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.suppressions.search_group_suppressions", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from .api.suppressions import delete_group_suppression as _delete_group_suppression

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
        from .api.suppressions import list_suppression_groups as _list_suppression_groups

        list = GroupMethod(_list_suppression_groups.asyncio)
        list_detailed = GroupMethod(_list_suppression_groups.asyncio_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.suppressions.list_suppression_groups", "asyncio")
        list_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.suppressions.list_suppression_groups", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from .api.suppressions import create_suppression_group as _create_suppression_group

        create = GroupMethod(_create_suppression_group.asyncio)
        create_detailed = GroupMethod(_create_suppression_group.asyncio_detailed)
    else:
        create = GroupMethod.lazy("sendgrid_reseller.api.suppressions.create_suppression_group", "asyncio")
        create_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.suppressions.create_suppression_group", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from .api.suppressions import get_suppression_group as _get_suppression_group

        get = GroupMethod(_get_suppression_group.asyncio)
        get_detailed = GroupMethod(_get_suppression_group.asyncio_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.suppressions.get_suppression_group", "asyncio")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.suppressions.get_suppression_group", "asyncio_detailed")

    if TYPE_CHECKING:
        from .api.suppressions import delete_suppression_group as _delete_suppression_group

        delete = GroupMethod(_delete_suppression_group.asyncio)
        delete_detailed = GroupMethod(_delete_suppression_group.asyncio_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.suppressions.delete_suppression_group", "asyncio")
        delete_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.suppressions.delete_suppression_group", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from .api.suppressions import update_suppression_group as _update_suppression_group

        update = GroupMethod(_update_suppression_group.asyncio)
        update_detailed = GroupMethod(_update_suppression_group.asyncio_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.suppressions.update_suppression_group", "asyncio")
        update_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.suppressions.update_suppression_group", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from .api.suppressions import list_all_group_suppressions as _list_all_group_suppressions

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
        from .api.suppressions import get_address_suppression_groups as _get_address_suppression_groups

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
        from .api.suppressions import add_global_unsubscribes as _add_global_unsubscribes

        add = GroupMethod(_add_global_unsubscribes.asyncio)
        add_detailed = GroupMethod(_add_global_unsubscribes.asyncio_detailed)
    else:
        add = GroupMethod.lazy("sendgrid_reseller.api.suppressions.add_global_unsubscribes", "asyncio")
        add_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.suppressions.add_global_unsubscribes", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from .api.suppressions import get_global_unsubscribe as _get_global_unsubscribe

        get = GroupMethod(_get_global_unsubscribe.asyncio)
        get_detailed = GroupMethod(_get_global_unsubscribe.asyncio_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.suppressions.get_global_unsubscribe", "asyncio")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.suppressions.get_global_unsubscribe", "asyncio_detailed")

    if TYPE_CHECKING:
        from .api.suppressions import delete_global_unsubscribe as _delete_global_unsubscribe

        delete = GroupMethod(_delete_global_unsubscribe.asyncio)
        delete_detailed = GroupMethod(_delete_global_unsubscribe.asyncio_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.suppressions.delete_global_unsubscribe", "asyncio")
        delete_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.suppressions.delete_global_unsubscribe", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from .api.suppressions import list_global_unsubscribes as _list_global_unsubscribes

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
        from .api.suppressions import list_blocks as _list_blocks

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
        from .api.suppressions import delete_blocks as _delete_blocks

        delete_many = GroupMethod(_delete_blocks.asyncio)
        delete_many_detailed = GroupMethod(_delete_blocks.asyncio_detailed)
    else:
        delete_many = GroupMethod.lazy("sendgrid_reseller.api.suppressions.delete_blocks", "asyncio")
        delete_many_detailed = GroupMethod.lazy("sendgrid_reseller.api.suppressions.delete_blocks", "asyncio_detailed")

    if TYPE_CHECKING:
        from .api.suppressions import get_block as _get_block

        get = GroupMethod(_get_block.asyncio)
        get_detailed = GroupMethod(_get_block.asyncio_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.suppressions.get_block", "asyncio")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.suppressions.get_block", "asyncio_detailed")

    if TYPE_CHECKING:
        from .api.suppressions import delete_block as _delete_block

        delete = GroupMethod(_delete_block.asyncio)
        delete_detailed = GroupMethod(_delete_block.asyncio_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.suppressions.delete_block", "asyncio")
        delete_detailed = GroupMethod.lazy("sendgrid_reseller.api.suppressions.delete_block", "asyncio_detailed")


class AsyncSuppressionsBouncesGroup(Group):
    """Operations under `client.suppressions.bounces`."""

    if TYPE_CHECKING:
        from .api.suppressions import list_bounces as _list_bounces

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
        from .api.suppressions import delete_bounces as _delete_bounces

        delete_many = GroupMethod(_delete_bounces.asyncio)
        delete_many_detailed = GroupMethod(_delete_bounces.asyncio_detailed)
    else:
        delete_many = GroupMethod.lazy("sendgrid_reseller.api.suppressions.delete_bounces", "asyncio")
        delete_many_detailed = GroupMethod.lazy("sendgrid_reseller.api.suppressions.delete_bounces", "asyncio_detailed")

    if TYPE_CHECKING:
        from .api.suppressions import get_bounce as _get_bounce

        get = GroupMethod(_get_bounce.asyncio)
        get_detailed = GroupMethod(_get_bounce.asyncio_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.suppressions.get_bounce", "asyncio")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.suppressions.get_bounce", "asyncio_detailed")

    if TYPE_CHECKING:
        from .api.suppressions import delete_bounce as _delete_bounce

        delete = GroupMethod(_delete_bounce.asyncio)
        delete_detailed = GroupMethod(_delete_bounce.asyncio_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.suppressions.delete_bounce", "asyncio")
        delete_detailed = GroupMethod.lazy("sendgrid_reseller.api.suppressions.delete_bounce", "asyncio_detailed")

    if TYPE_CHECKING:
        from .api.suppressions import get_bounce_classification_totals as _get_bounce_classification_totals

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
        from .api.suppressions import get_bounce_classification_domains as _get_bounce_classification_domains

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
        from .api.suppressions import list_invalid_emails as _list_invalid_emails

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
        from .api.suppressions import delete_invalid_emails as _delete_invalid_emails

        delete_many = GroupMethod(_delete_invalid_emails.asyncio)
        delete_many_detailed = GroupMethod(_delete_invalid_emails.asyncio_detailed)
    else:
        delete_many = GroupMethod.lazy("sendgrid_reseller.api.suppressions.delete_invalid_emails", "asyncio")
        delete_many_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.suppressions.delete_invalid_emails", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from .api.suppressions import get_invalid_email as _get_invalid_email

        get = GroupMethod(_get_invalid_email.asyncio)
        get_detailed = GroupMethod(_get_invalid_email.asyncio_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.suppressions.get_invalid_email", "asyncio")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.suppressions.get_invalid_email", "asyncio_detailed")

    if TYPE_CHECKING:
        from .api.suppressions import delete_invalid_email as _delete_invalid_email

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
        from .api.suppressions import list_spam_reports as _list_spam_reports

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
        from .api.suppressions import delete_spam_reports as _delete_spam_reports

        delete_many = GroupMethod(_delete_spam_reports.asyncio)
        delete_many_detailed = GroupMethod(_delete_spam_reports.asyncio_detailed)
    else:
        delete_many = GroupMethod.lazy("sendgrid_reseller.api.suppressions.delete_spam_reports", "asyncio")
        delete_many_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.suppressions.delete_spam_reports", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from .api.suppressions import get_spam_report as _get_spam_report

        get = GroupMethod(_get_spam_report.asyncio)
        get_detailed = GroupMethod(_get_spam_report.asyncio_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.suppressions.get_spam_report", "asyncio")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.suppressions.get_spam_report", "asyncio_detailed")

    if TYPE_CHECKING:
        from .api.suppressions import delete_spam_report as _delete_spam_report

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


class IpsPoolsGroup(Group):
    """Operations under `client.ips.pools`."""

    if TYPE_CHECKING:
        from .api.ip_addresses import list_ip_pools as _list_ip_pools

        list = GroupMethod(_list_ip_pools.sync)
        list_detailed = GroupMethod(_list_ip_pools.sync_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.list_ip_pools", "sync")
        list_detailed = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.list_ip_pools", "sync_detailed")

    if TYPE_CHECKING:
        from .api.ip_addresses import create_ip_pool as _create_ip_pool

        create = GroupMethod(_create_ip_pool.sync)
        create_detailed = GroupMethod(_create_ip_pool.sync_detailed)
    else:
        create = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.create_ip_pool", "sync")
        create_detailed = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.create_ip_pool", "sync_detailed")

    if TYPE_CHECKING:
        from .api.ip_addresses import get_ip_pool as _get_ip_pool

        get = GroupMethod(_get_ip_pool.sync)
        get_detailed = GroupMethod(_get_ip_pool.sync_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.get_ip_pool", "sync")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.get_ip_pool", "sync_detailed")

    if TYPE_CHECKING:
        from .api.ip_addresses import rename_ip_pool as _rename_ip_pool

        rename = GroupMethod(_rename_ip_pool.sync)
        rename_detailed = GroupMethod(_rename_ip_pool.sync_detailed)
    else:
        rename = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.rename_ip_pool", "sync")
        rename_detailed = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.rename_ip_pool", "sync_detailed")

    if TYPE_CHECKING:
        from .api.ip_addresses import delete_ip_pool as _delete_ip_pool

        delete = GroupMethod(_delete_ip_pool.sync)
        delete_detailed = GroupMethod(_delete_ip_pool.sync_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.delete_ip_pool", "sync")
        delete_detailed = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.delete_ip_pool", "sync_detailed")

    if TYPE_CHECKING:
        from .api.ip_addresses import add_ip_to_pool as _add_ip_to_pool

        add_ip = GroupMethod(_add_ip_to_pool.sync)
        add_ip_detailed = GroupMethod(_add_ip_to_pool.sync_detailed)
    else:
        add_ip = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.add_ip_to_pool", "sync")
        add_ip_detailed = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.add_ip_to_pool", "sync_detailed")

    if TYPE_CHECKING:
        from .api.ip_addresses import remove_ip_from_pool as _remove_ip_from_pool

        remove_ip = GroupMethod(_remove_ip_from_pool.sync)
        remove_ip_detailed = GroupMethod(_remove_ip_from_pool.sync_detailed)
    else:
        remove_ip = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.remove_ip_from_pool", "sync")
        remove_ip_detailed = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.remove_ip_from_pool", "sync_detailed")


class IpsGroup(Group):
    """Operations under `client.ips`."""

    @cached_property
    def pools(self) -> IpsPoolsGroup:
        return IpsPoolsGroup(self._client)

    if TYPE_CHECKING:
        from .api.ip_addresses import list_ips as _list_ips

        list = GroupMethod(_list_ips.sync)
        list_detailed = GroupMethod(_list_ips.sync_detailed)
        list_pages = GroupMethod(_list_ips.iter_pages)
        list_items = GroupMethod(_list_ips.iter_items)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.list_ips", "sync")
        list_detailed = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.list_ips", "sync_detailed")
        list_pages = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.list_ips", "iter_pages")
        list_items = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.list_ips", "iter_items")

    if TYPE_CHECKING:
        from .api.ip_addresses import add_ips as _add_ips

        add = GroupMethod(_add_ips.sync)
        add_detailed = GroupMethod(_add_ips.sync_detailed)
    else:
        add = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.add_ips", "sync")
        add_detailed = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.add_ips", "sync_detailed")

    if TYPE_CHECKING:
        from .api.ip_addresses import get_ip as _get_ip

        get = GroupMethod(_get_ip.sync)
        get_detailed = GroupMethod(_get_ip.sync_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.get_ip", "sync")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.get_ip", "sync_detailed")

    if TYPE_CHECKING:
        from .api.ip_addresses import list_assigned_ips as _list_assigned_ips

        list_assigned = GroupMethod(_list_assigned_ips.sync)
        list_assigned_detailed = GroupMethod(_list_assigned_ips.sync_detailed)
    else:
        list_assigned = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.list_assigned_ips", "sync")
        list_assigned_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.ip_addresses.list_assigned_ips", "sync_detailed"
        )

    if TYPE_CHECKING:
        from .api.ip_addresses import get_remaining_ip_count as _get_remaining_ip_count

        remaining = GroupMethod(_get_remaining_ip_count.sync)
        remaining_detailed = GroupMethod(_get_remaining_ip_count.sync_detailed)
    else:
        remaining = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.get_remaining_ip_count", "sync")
        remaining_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.ip_addresses.get_remaining_ip_count", "sync_detailed"
        )


class AsyncIpsPoolsGroup(Group):
    """Operations under `client.ips.pools`."""

    if TYPE_CHECKING:
        from .api.ip_addresses import list_ip_pools as _list_ip_pools

        list = GroupMethod(_list_ip_pools.asyncio)
        list_detailed = GroupMethod(_list_ip_pools.asyncio_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.list_ip_pools", "asyncio")
        list_detailed = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.list_ip_pools", "asyncio_detailed")

    if TYPE_CHECKING:
        from .api.ip_addresses import create_ip_pool as _create_ip_pool

        create = GroupMethod(_create_ip_pool.asyncio)
        create_detailed = GroupMethod(_create_ip_pool.asyncio_detailed)
    else:
        create = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.create_ip_pool", "asyncio")
        create_detailed = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.create_ip_pool", "asyncio_detailed")

    if TYPE_CHECKING:
        from .api.ip_addresses import get_ip_pool as _get_ip_pool

        get = GroupMethod(_get_ip_pool.asyncio)
        get_detailed = GroupMethod(_get_ip_pool.asyncio_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.get_ip_pool", "asyncio")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.get_ip_pool", "asyncio_detailed")

    if TYPE_CHECKING:
        from .api.ip_addresses import rename_ip_pool as _rename_ip_pool

        rename = GroupMethod(_rename_ip_pool.asyncio)
        rename_detailed = GroupMethod(_rename_ip_pool.asyncio_detailed)
    else:
        rename = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.rename_ip_pool", "asyncio")
        rename_detailed = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.rename_ip_pool", "asyncio_detailed")

    if TYPE_CHECKING:
        from .api.ip_addresses import delete_ip_pool as _delete_ip_pool

        delete = GroupMethod(_delete_ip_pool.asyncio)
        delete_detailed = GroupMethod(_delete_ip_pool.asyncio_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.delete_ip_pool", "asyncio")
        delete_detailed = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.delete_ip_pool", "asyncio_detailed")

    if TYPE_CHECKING:
        from .api.ip_addresses import add_ip_to_pool as _add_ip_to_pool

        add_ip = GroupMethod(_add_ip_to_pool.asyncio)
        add_ip_detailed = GroupMethod(_add_ip_to_pool.asyncio_detailed)
    else:
        add_ip = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.add_ip_to_pool", "asyncio")
        add_ip_detailed = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.add_ip_to_pool", "asyncio_detailed")

    if TYPE_CHECKING:
        from .api.ip_addresses import remove_ip_from_pool as _remove_ip_from_pool

        remove_ip = GroupMethod(_remove_ip_from_pool.asyncio)
        remove_ip_detailed = GroupMethod(_remove_ip_from_pool.asyncio_detailed)
    else:
        remove_ip = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.remove_ip_from_pool", "asyncio")
        remove_ip_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.ip_addresses.remove_ip_from_pool", "asyncio_detailed"
        )


class AsyncIpsGroup(Group):
    """Operations under `client.ips`."""

    @cached_property
    def pools(self) -> AsyncIpsPoolsGroup:
        return AsyncIpsPoolsGroup(self._client)

    if TYPE_CHECKING:
        from .api.ip_addresses import list_ips as _list_ips

        list = GroupMethod(_list_ips.asyncio)
        list_detailed = GroupMethod(_list_ips.asyncio_detailed)
        list_pages = GroupMethod(_list_ips.aiter_pages)
        list_items = GroupMethod(_list_ips.aiter_items)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.list_ips", "asyncio")
        list_detailed = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.list_ips", "asyncio_detailed")
        list_pages = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.list_ips", "aiter_pages")
        list_items = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.list_ips", "aiter_items")

    if TYPE_CHECKING:
        from .api.ip_addresses import add_ips as _add_ips

        add = GroupMethod(_add_ips.asyncio)
        add_detailed = GroupMethod(_add_ips.asyncio_detailed)
    else:
        add = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.add_ips", "asyncio")
        add_detailed = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.add_ips", "asyncio_detailed")

    if TYPE_CHECKING:
        from .api.ip_addresses import get_ip as _get_ip

        get = GroupMethod(_get_ip.asyncio)
        get_detailed = GroupMethod(_get_ip.asyncio_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.get_ip", "asyncio")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.get_ip", "asyncio_detailed")

    if TYPE_CHECKING:
        from .api.ip_addresses import list_assigned_ips as _list_assigned_ips

        list_assigned = GroupMethod(_list_assigned_ips.asyncio)
        list_assigned_detailed = GroupMethod(_list_assigned_ips.asyncio_detailed)
    else:
        list_assigned = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.list_assigned_ips", "asyncio")
        list_assigned_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.ip_addresses.list_assigned_ips", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from .api.ip_addresses import get_remaining_ip_count as _get_remaining_ip_count

        remaining = GroupMethod(_get_remaining_ip_count.asyncio)
        remaining_detailed = GroupMethod(_get_remaining_ip_count.asyncio_detailed)
    else:
        remaining = GroupMethod.lazy("sendgrid_reseller.api.ip_addresses.get_remaining_ip_count", "asyncio")
        remaining_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.ip_addresses.get_remaining_ip_count", "asyncio_detailed"
        )


class DomainsSubusersGroup(Group):
    """Operations under `client.domains.subusers`."""

    if TYPE_CHECKING:
        from .api.authenticated_domains import associate_domain_with_subuser as _associate_domain_with_subuser

        associate = GroupMethod(_associate_domain_with_subuser.sync)
        associate_detailed = GroupMethod(_associate_domain_with_subuser.sync_detailed)
    else:
        associate = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.associate_domain_with_subuser", "sync"
        )
        associate_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.associate_domain_with_subuser", "sync_detailed"
        )

    if TYPE_CHECKING:
        from .api.authenticated_domains import disassociate_domain_from_subuser as _disassociate_domain_from_subuser

        remove_domain = GroupMethod(_disassociate_domain_from_subuser.sync)
        remove_domain_detailed = GroupMethod(_disassociate_domain_from_subuser.sync_detailed)
    else:
        remove_domain = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.disassociate_domain_from_subuser", "sync"
        )
        remove_domain_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.disassociate_domain_from_subuser", "sync_detailed"
        )

    if TYPE_CHECKING:
        from .api.authenticated_domains import add_subuser_domain as _add_subuser_domain

        add_domain = GroupMethod(_add_subuser_domain.sync)
        add_domain_detailed = GroupMethod(_add_subuser_domain.sync_detailed)
    else:
        add_domain = GroupMethod.lazy("sendgrid_reseller.api.authenticated_domains.add_subuser_domain", "sync")
        add_domain_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.add_subuser_domain", "sync_detailed"
        )

    if TYPE_CHECKING:
        from .api.authenticated_domains import get_subuser_domain as _get_subuser_domain

        get = GroupMethod(_get_subuser_domain.sync)
        get_detailed = GroupMethod(_get_subuser_domain.sync_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.authenticated_domains.get_subuser_domain", "sync")
        get_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.get_subuser_domain", "sync_detailed"
        )

    if TYPE_CHECKING:
        from .api.authenticated_domains import disassociate_subuser_domain as _disassociate_subuser_domain

        disassociate = GroupMethod(_disassociate_subuser_domain.sync)
        disassociate_detailed = GroupMethod(_disassociate_subuser_domain.sync_detailed)
    else:
        disassociate = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.disassociate_subuser_domain", "sync"
        )
        disassociate_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.disassociate_subuser_domain", "sync_detailed"
        )

    if TYPE_CHECKING:
        from .api.authenticated_domains import list_subuser_domains as _list_subuser_domains

        list = GroupMethod(_list_subuser_domains.sync)
        list_detailed = GroupMethod(_list_subuser_domains.sync_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.authenticated_domains.list_subuser_domains", "sync")
        list_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.list_subuser_domains", "sync_detailed"
        )


class DomainsIpsGroup(Group):
    """Operations under `client.domains.ips`."""

    if TYPE_CHECKING:
        from .api.authenticated_domains import add_ip_to_domain as _add_ip_to_domain

        add = GroupMethod(_add_ip_to_domain.sync)
        add_detailed = GroupMethod(_add_ip_to_domain.sync_detailed)
    else:
        add = GroupMethod.lazy("sendgrid_reseller.api.authenticated_domains.add_ip_to_domain", "sync")
        add_detailed = GroupMethod.lazy("sendgrid_reseller.api.authenticated_domains.add_ip_to_domain", "sync_detailed")

    if TYPE_CHECKING:
        from .api.authenticated_domains import remove_ip_from_domain as _remove_ip_from_domain

        remove = GroupMethod(_remove_ip_from_domain.sync)
        remove_detailed = GroupMethod(_remove_ip_from_domain.sync_detailed)
    else:
        remove = GroupMethod.lazy("sendgrid_reseller.api.authenticated_domains.remove_ip_from_domain", "sync")
        remove_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.remove_ip_from_domain", "sync_detailed"
        )


class DomainsGroup(Group):
    """Operations under `client.domains`."""

    @cached_property
    def subusers(self) -> DomainsSubusersGroup:
        return DomainsSubusersGroup(self._client)

    @cached_property
    def ips(self) -> DomainsIpsGroup:
        return DomainsIpsGroup(self._client)

    if TYPE_CHECKING:
        from .api.authenticated_domains import email_domain_dns_records as _email_domain_dns_records

        email_dns_records = GroupMethod(_email_domain_dns_records.sync)
        email_dns_records_detailed = GroupMethod(_email_domain_dns_records.sync_detailed)
    else:
        email_dns_records = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.email_domain_dns_records", "sync"
        )
        email_dns_records_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.email_domain_dns_records", "sync_detailed"
        )

    if TYPE_CHECKING:
        from .api.authenticated_domains import list_authenticated_domains as _list_authenticated_domains

        list = GroupMethod(_list_authenticated_domains.sync)
        list_detailed = GroupMethod(_list_authenticated_domains.sync_detailed)
        list_pages = GroupMethod(_list_authenticated_domains.iter_pages)
        list_items = GroupMethod(_list_authenticated_domains.iter_items)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.authenticated_domains.list_authenticated_domains", "sync")
        list_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.list_authenticated_domains", "sync_detailed"
        )
        list_pages = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.list_authenticated_domains", "iter_pages"
        )
        list_items = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.list_authenticated_domains", "iter_items"
        )

    if TYPE_CHECKING:
        from .api.authenticated_domains import authenticate_domain as _authenticate_domain

        create = GroupMethod(_authenticate_domain.sync)
        create_detailed = GroupMethod(_authenticate_domain.sync_detailed)
    else:
        create = GroupMethod.lazy("sendgrid_reseller.api.authenticated_domains.authenticate_domain", "sync")
        create_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.authenticate_domain", "sync_detailed"
        )

    if TYPE_CHECKING:
        from .api.authenticated_domains import get_authenticated_domain as _get_authenticated_domain

        get = GroupMethod(_get_authenticated_domain.sync)
        get_detailed = GroupMethod(_get_authenticated_domain.sync_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.authenticated_domains.get_authenticated_domain", "sync")
        get_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.get_authenticated_domain", "sync_detailed"
        )

    if TYPE_CHECKING:
        from .api.authenticated_domains import delete_authenticated_domain as _delete_authenticated_domain

        delete = GroupMethod(_delete_authenticated_domain.sync)
        delete_detailed = GroupMethod(_delete_authenticated_domain.sync_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.authenticated_domains.delete_authenticated_domain", "sync")
        delete_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.delete_authenticated_domain", "sync_detailed"
        )

    if TYPE_CHECKING:
        from .api.authenticated_domains import update_authenticated_domain as _update_authenticated_domain

        update = GroupMethod(_update_authenticated_domain.sync)
        update_detailed = GroupMethod(_update_authenticated_domain.sync_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.authenticated_domains.update_authenticated_domain", "sync")
        update_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.update_authenticated_domain", "sync_detailed"
        )

    if TYPE_CHECKING:
        from .api.authenticated_domains import validate_authenticated_domain as _validate_authenticated_domain

        validate = GroupMethod(_validate_authenticated_domain.sync)
        validate_detailed = GroupMethod(_validate_authenticated_domain.sync_detailed)
    else:
        validate = GroupMethod.lazy("sendgrid_reseller.api.authenticated_domains.validate_authenticated_domain", "sync")
        validate_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.validate_authenticated_domain", "sync_detailed"
        )

    if TYPE_CHECKING:
        from .api.authenticated_domains import get_default_authenticated_domain as _get_default_authenticated_domain

        get_default = GroupMethod(_get_default_authenticated_domain.sync)
        get_default_detailed = GroupMethod(_get_default_authenticated_domain.sync_detailed)
    else:
        get_default = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.get_default_authenticated_domain", "sync"
        )
        get_default_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.get_default_authenticated_domain", "sync_detailed"
        )


class AsyncDomainsSubusersGroup(Group):
    """Operations under `client.domains.subusers`."""

    if TYPE_CHECKING:
        from .api.authenticated_domains import associate_domain_with_subuser as _associate_domain_with_subuser

        associate = GroupMethod(_associate_domain_with_subuser.asyncio)
        associate_detailed = GroupMethod(_associate_domain_with_subuser.asyncio_detailed)
    else:
        associate = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.associate_domain_with_subuser", "asyncio"
        )
        associate_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.associate_domain_with_subuser", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from .api.authenticated_domains import disassociate_domain_from_subuser as _disassociate_domain_from_subuser

        remove_domain = GroupMethod(_disassociate_domain_from_subuser.asyncio)
        remove_domain_detailed = GroupMethod(_disassociate_domain_from_subuser.asyncio_detailed)
    else:
        remove_domain = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.disassociate_domain_from_subuser", "asyncio"
        )
        remove_domain_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.disassociate_domain_from_subuser", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from .api.authenticated_domains import add_subuser_domain as _add_subuser_domain

        add_domain = GroupMethod(_add_subuser_domain.asyncio)
        add_domain_detailed = GroupMethod(_add_subuser_domain.asyncio_detailed)
    else:
        add_domain = GroupMethod.lazy("sendgrid_reseller.api.authenticated_domains.add_subuser_domain", "asyncio")
        add_domain_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.add_subuser_domain", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from .api.authenticated_domains import get_subuser_domain as _get_subuser_domain

        get = GroupMethod(_get_subuser_domain.asyncio)
        get_detailed = GroupMethod(_get_subuser_domain.asyncio_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.authenticated_domains.get_subuser_domain", "asyncio")
        get_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.get_subuser_domain", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from .api.authenticated_domains import disassociate_subuser_domain as _disassociate_subuser_domain

        disassociate = GroupMethod(_disassociate_subuser_domain.asyncio)
        disassociate_detailed = GroupMethod(_disassociate_subuser_domain.asyncio_detailed)
    else:
        disassociate = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.disassociate_subuser_domain", "asyncio"
        )
        disassociate_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.disassociate_subuser_domain", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from .api.authenticated_domains import list_subuser_domains as _list_subuser_domains

        list = GroupMethod(_list_subuser_domains.asyncio)
        list_detailed = GroupMethod(_list_subuser_domains.asyncio_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.authenticated_domains.list_subuser_domains", "asyncio")
        list_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.list_subuser_domains", "asyncio_detailed"
        )


class AsyncDomainsIpsGroup(Group):
    """Operations under `client.domains.ips`."""

    if TYPE_CHECKING:
        from .api.authenticated_domains import add_ip_to_domain as _add_ip_to_domain

        add = GroupMethod(_add_ip_to_domain.asyncio)
        add_detailed = GroupMethod(_add_ip_to_domain.asyncio_detailed)
    else:
        add = GroupMethod.lazy("sendgrid_reseller.api.authenticated_domains.add_ip_to_domain", "asyncio")
        add_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.add_ip_to_domain", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from .api.authenticated_domains import remove_ip_from_domain as _remove_ip_from_domain

        remove = GroupMethod(_remove_ip_from_domain.asyncio)
        remove_detailed = GroupMethod(_remove_ip_from_domain.asyncio_detailed)
    else:
        remove = GroupMethod.lazy("sendgrid_reseller.api.authenticated_domains.remove_ip_from_domain", "asyncio")
        remove_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.remove_ip_from_domain", "asyncio_detailed"
        )


class AsyncDomainsGroup(Group):
    """Operations under `client.domains`."""

    @cached_property
    def subusers(self) -> AsyncDomainsSubusersGroup:
        return AsyncDomainsSubusersGroup(self._client)

    @cached_property
    def ips(self) -> AsyncDomainsIpsGroup:
        return AsyncDomainsIpsGroup(self._client)

    if TYPE_CHECKING:
        from .api.authenticated_domains import email_domain_dns_records as _email_domain_dns_records

        email_dns_records = GroupMethod(_email_domain_dns_records.asyncio)
        email_dns_records_detailed = GroupMethod(_email_domain_dns_records.asyncio_detailed)
    else:
        email_dns_records = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.email_domain_dns_records", "asyncio"
        )
        email_dns_records_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.email_domain_dns_records", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from .api.authenticated_domains import list_authenticated_domains as _list_authenticated_domains

        list = GroupMethod(_list_authenticated_domains.asyncio)
        list_detailed = GroupMethod(_list_authenticated_domains.asyncio_detailed)
        list_pages = GroupMethod(_list_authenticated_domains.aiter_pages)
        list_items = GroupMethod(_list_authenticated_domains.aiter_items)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.authenticated_domains.list_authenticated_domains", "asyncio")
        list_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.list_authenticated_domains", "asyncio_detailed"
        )
        list_pages = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.list_authenticated_domains", "aiter_pages"
        )
        list_items = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.list_authenticated_domains", "aiter_items"
        )

    if TYPE_CHECKING:
        from .api.authenticated_domains import authenticate_domain as _authenticate_domain

        create = GroupMethod(_authenticate_domain.asyncio)
        create_detailed = GroupMethod(_authenticate_domain.asyncio_detailed)
    else:
        create = GroupMethod.lazy("sendgrid_reseller.api.authenticated_domains.authenticate_domain", "asyncio")
        create_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.authenticate_domain", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from .api.authenticated_domains import get_authenticated_domain as _get_authenticated_domain

        get = GroupMethod(_get_authenticated_domain.asyncio)
        get_detailed = GroupMethod(_get_authenticated_domain.asyncio_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.authenticated_domains.get_authenticated_domain", "asyncio")
        get_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.get_authenticated_domain", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from .api.authenticated_domains import delete_authenticated_domain as _delete_authenticated_domain

        delete = GroupMethod(_delete_authenticated_domain.asyncio)
        delete_detailed = GroupMethod(_delete_authenticated_domain.asyncio_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.authenticated_domains.delete_authenticated_domain", "asyncio")
        delete_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.delete_authenticated_domain", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from .api.authenticated_domains import update_authenticated_domain as _update_authenticated_domain

        update = GroupMethod(_update_authenticated_domain.asyncio)
        update_detailed = GroupMethod(_update_authenticated_domain.asyncio_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.authenticated_domains.update_authenticated_domain", "asyncio")
        update_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.update_authenticated_domain", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from .api.authenticated_domains import validate_authenticated_domain as _validate_authenticated_domain

        validate = GroupMethod(_validate_authenticated_domain.asyncio)
        validate_detailed = GroupMethod(_validate_authenticated_domain.asyncio_detailed)
    else:
        validate = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.validate_authenticated_domain", "asyncio"
        )
        validate_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.validate_authenticated_domain", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from .api.authenticated_domains import get_default_authenticated_domain as _get_default_authenticated_domain

        get_default = GroupMethod(_get_default_authenticated_domain.asyncio)
        get_default_detailed = GroupMethod(_get_default_authenticated_domain.asyncio_detailed)
    else:
        get_default = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.get_default_authenticated_domain", "asyncio"
        )
        get_default_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.get_default_authenticated_domain", "asyncio_detailed"
        )


class WebhooksEventGroup(Group):
    """Operations under `client.webhooks.event`."""

    if TYPE_CHECKING:
        from .api.webhooks import create_event_webhook as _create_event_webhook

        create = GroupMethod(_create_event_webhook.sync)
        create_detailed = GroupMethod(_create_event_webhook.sync_detailed)
    else:
        create = GroupMethod.lazy("sendgrid_reseller.api.webhooks.create_event_webhook", "sync")
        create_detailed = GroupMethod.lazy("sendgrid_reseller.api.webhooks.create_event_webhook", "sync_detailed")

    if TYPE_CHECKING:
        from .api.webhooks import list_event_webhooks as _list_event_webhooks

        list = GroupMethod(_list_event_webhooks.sync)
        list_detailed = GroupMethod(_list_event_webhooks.sync_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.webhooks.list_event_webhooks", "sync")
        list_detailed = GroupMethod.lazy("sendgrid_reseller.api.webhooks.list_event_webhooks", "sync_detailed")

    if TYPE_CHECKING:
        from .api.webhooks import get_event_webhook as _get_event_webhook

        get_settings = GroupMethod(_get_event_webhook.sync)
        get_settings_detailed = GroupMethod(_get_event_webhook.sync_detailed)
    else:
        get_settings = GroupMethod.lazy("sendgrid_reseller.api.webhooks.get_event_webhook", "sync")
        get_settings_detailed = GroupMethod.lazy("sendgrid_reseller.api.webhooks.get_event_webhook", "sync_detailed")

    if TYPE_CHECKING:
        from .api.webhooks import delete_event_webhook as _delete_event_webhook

        delete = GroupMethod(_delete_event_webhook.sync)
        delete_detailed = GroupMethod(_delete_event_webhook.sync_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.webhooks.delete_event_webhook", "sync")
        delete_detailed = GroupMethod.lazy("sendgrid_reseller.api.webhooks.delete_event_webhook", "sync_detailed")

    if TYPE_CHECKING:
        from .api.webhooks import update_event_webhook as _update_event_webhook

        update_settings = GroupMethod(_update_event_webhook.sync)
        update_settings_detailed = GroupMethod(_update_event_webhook.sync_detailed)
    else:
        update_settings = GroupMethod.lazy("sendgrid_reseller.api.webhooks.update_event_webhook", "sync")
        update_settings_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.webhooks.update_event_webhook", "sync_detailed"
        )

    if TYPE_CHECKING:
        from .api.webhooks import get_event_webhook_public_key as _get_event_webhook_public_key

        get_public_key = GroupMethod(_get_event_webhook_public_key.sync)
        get_public_key_detailed = GroupMethod(_get_event_webhook_public_key.sync_detailed)
    else:
        get_public_key = GroupMethod.lazy("sendgrid_reseller.api.webhooks.get_event_webhook_public_key", "sync")
        get_public_key_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.webhooks.get_event_webhook_public_key", "sync_detailed"
        )

    if TYPE_CHECKING:
        from .api.webhooks import set_event_webhook_signing as _set_event_webhook_signing

        set_signing = GroupMethod(_set_event_webhook_signing.sync)
        set_signing_detailed = GroupMethod(_set_event_webhook_signing.sync_detailed)
    else:
        set_signing = GroupMethod.lazy("sendgrid_reseller.api.webhooks.set_event_webhook_signing", "sync")
        set_signing_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.webhooks.set_event_webhook_signing", "sync_detailed"
        )

    if TYPE_CHECKING:
        from .api.webhooks import test_event_webhook as _test_event_webhook

        test = GroupMethod(_test_event_webhook.sync)
        test_detailed = GroupMethod(_test_event_webhook.sync_detailed)
    else:
        test = GroupMethod.lazy("sendgrid_reseller.api.webhooks.test_event_webhook", "sync")
        test_detailed = GroupMethod.lazy("sendgrid_reseller.api.webhooks.test_event_webhook", "sync_detailed")


class WebhooksParseGroup(Group):
    """Operations under `client.webhooks.parse`."""

    if TYPE_CHECKING:
        from .api.webhooks import list_parse_settings as _list_parse_settings

        list = GroupMethod(_list_parse_settings.sync)
        list_detailed = GroupMethod(_list_parse_settings.sync_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.webhooks.list_parse_settings", "sync")
        list_detailed = GroupMethod.lazy("sendgrid_reseller.api.webhooks.list_parse_settings", "sync_detailed")

    if TYPE_CHECKING:
        from .api.webhooks import create_parse_setting as _create_parse_setting

        create = GroupMethod(_create_parse_setting.sync)
        create_detailed = GroupMethod(_create_parse_setting.sync_detailed)
    else:
        create = GroupMethod.lazy("sendgrid_reseller.api.webhooks.create_parse_setting", "sync")
        create_detailed = GroupMethod.lazy("sendgrid_reseller.api.webhooks.create_parse_setting", "sync_detailed")

    if TYPE_CHECKING:
        from .api.webhooks import get_parse_setting as _get_parse_setting

        get = GroupMethod(_get_parse_setting.sync)
        get_detailed = GroupMethod(_get_parse_setting.sync_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.webhooks.get_parse_setting", "sync")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.webhooks.get_parse_setting", "sync_detailed")

    if TYPE_CHECKING:
        from .api.webhooks import delete_parse_setting as _delete_parse_setting

        delete = GroupMethod(_delete_parse_setting.sync)
        delete_detailed = GroupMethod(_delete_parse_setting.sync_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.webhooks.delete_parse_setting", "sync")
        delete_detailed = GroupMethod.lazy("sendgrid_reseller.api.webhooks.delete_parse_setting", "sync_detailed")

    if TYPE_CHECKING:
        from .api.webhooks import update_parse_setting as _update_parse_setting

        update = GroupMethod(_update_parse_setting.sync)
        update_detailed = GroupMethod(_update_parse_setting.sync_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.webhooks.update_parse_setting", "sync")
        update_detailed = GroupMethod.lazy("sendgrid_reseller.api.webhooks.update_parse_setting", "sync_detailed")

    if TYPE_CHECKING:
        from .api.webhooks import get_parse_stats as _get_parse_stats

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
        from .api.webhooks import list_webhook_security_policies as _list_webhook_security_policies

        list = GroupMethod(_list_webhook_security_policies.sync)
        list_detailed = GroupMethod(_list_webhook_security_policies.sync_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.webhooks.list_webhook_security_policies", "sync")
        list_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.webhooks.list_webhook_security_policies", "sync_detailed"
        )

    if TYPE_CHECKING:
        from .api.webhooks import create_webhook_security_policy as _create_webhook_security_policy

        create = GroupMethod(_create_webhook_security_policy.sync)
        create_detailed = GroupMethod(_create_webhook_security_policy.sync_detailed)
    else:
        create = GroupMethod.lazy("sendgrid_reseller.api.webhooks.create_webhook_security_policy", "sync")
        create_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.webhooks.create_webhook_security_policy", "sync_detailed"
        )

    if TYPE_CHECKING:
        from .api.webhooks import get_webhook_security_policy as _get_webhook_security_policy

        get = GroupMethod(_get_webhook_security_policy.sync)
        get_detailed = GroupMethod(_get_webhook_security_policy.sync_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.webhooks.get_webhook_security_policy", "sync")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.webhooks.get_webhook_security_policy", "sync_detailed")

    if TYPE_CHECKING:
        from .api.webhooks import delete_webhook_security_policy as _delete_webhook_security_policy

        delete = GroupMethod(_delete_webhook_security_policy.sync)
        delete_detailed = GroupMethod(_delete_webhook_security_policy.sync_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.webhooks.delete_webhook_security_policy", "sync")
        delete_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.webhooks.delete_webhook_security_policy", "sync_detailed"
        )

    if TYPE_CHECKING:
        from .api.webhooks import update_webhook_security_policy as _update_webhook_security_policy

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
        from .api.webhooks import create_event_webhook as _create_event_webhook

        create = GroupMethod(_create_event_webhook.asyncio)
        create_detailed = GroupMethod(_create_event_webhook.asyncio_detailed)
    else:
        create = GroupMethod.lazy("sendgrid_reseller.api.webhooks.create_event_webhook", "asyncio")
        create_detailed = GroupMethod.lazy("sendgrid_reseller.api.webhooks.create_event_webhook", "asyncio_detailed")

    if TYPE_CHECKING:
        from .api.webhooks import list_event_webhooks as _list_event_webhooks

        list = GroupMethod(_list_event_webhooks.asyncio)
        list_detailed = GroupMethod(_list_event_webhooks.asyncio_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.webhooks.list_event_webhooks", "asyncio")
        list_detailed = GroupMethod.lazy("sendgrid_reseller.api.webhooks.list_event_webhooks", "asyncio_detailed")

    if TYPE_CHECKING:
        from .api.webhooks import get_event_webhook as _get_event_webhook

        get_settings = GroupMethod(_get_event_webhook.asyncio)
        get_settings_detailed = GroupMethod(_get_event_webhook.asyncio_detailed)
    else:
        get_settings = GroupMethod.lazy("sendgrid_reseller.api.webhooks.get_event_webhook", "asyncio")
        get_settings_detailed = GroupMethod.lazy("sendgrid_reseller.api.webhooks.get_event_webhook", "asyncio_detailed")

    if TYPE_CHECKING:
        from .api.webhooks import delete_event_webhook as _delete_event_webhook

        delete = GroupMethod(_delete_event_webhook.asyncio)
        delete_detailed = GroupMethod(_delete_event_webhook.asyncio_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.webhooks.delete_event_webhook", "asyncio")
        delete_detailed = GroupMethod.lazy("sendgrid_reseller.api.webhooks.delete_event_webhook", "asyncio_detailed")

    if TYPE_CHECKING:
        from .api.webhooks import update_event_webhook as _update_event_webhook

        update_settings = GroupMethod(_update_event_webhook.asyncio)
        update_settings_detailed = GroupMethod(_update_event_webhook.asyncio_detailed)
    else:
        update_settings = GroupMethod.lazy("sendgrid_reseller.api.webhooks.update_event_webhook", "asyncio")
        update_settings_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.webhooks.update_event_webhook", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from .api.webhooks import get_event_webhook_public_key as _get_event_webhook_public_key

        get_public_key = GroupMethod(_get_event_webhook_public_key.asyncio)
        get_public_key_detailed = GroupMethod(_get_event_webhook_public_key.asyncio_detailed)
    else:
        get_public_key = GroupMethod.lazy("sendgrid_reseller.api.webhooks.get_event_webhook_public_key", "asyncio")
        get_public_key_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.webhooks.get_event_webhook_public_key", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from .api.webhooks import set_event_webhook_signing as _set_event_webhook_signing

        set_signing = GroupMethod(_set_event_webhook_signing.asyncio)
        set_signing_detailed = GroupMethod(_set_event_webhook_signing.asyncio_detailed)
    else:
        set_signing = GroupMethod.lazy("sendgrid_reseller.api.webhooks.set_event_webhook_signing", "asyncio")
        set_signing_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.webhooks.set_event_webhook_signing", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from .api.webhooks import test_event_webhook as _test_event_webhook

        test = GroupMethod(_test_event_webhook.asyncio)
        test_detailed = GroupMethod(_test_event_webhook.asyncio_detailed)
    else:
        test = GroupMethod.lazy("sendgrid_reseller.api.webhooks.test_event_webhook", "asyncio")
        test_detailed = GroupMethod.lazy("sendgrid_reseller.api.webhooks.test_event_webhook", "asyncio_detailed")


class AsyncWebhooksParseGroup(Group):
    """Operations under `client.webhooks.parse`."""

    if TYPE_CHECKING:
        from .api.webhooks import list_parse_settings as _list_parse_settings

        list = GroupMethod(_list_parse_settings.asyncio)
        list_detailed = GroupMethod(_list_parse_settings.asyncio_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.webhooks.list_parse_settings", "asyncio")
        list_detailed = GroupMethod.lazy("sendgrid_reseller.api.webhooks.list_parse_settings", "asyncio_detailed")

    if TYPE_CHECKING:
        from .api.webhooks import create_parse_setting as _create_parse_setting

        create = GroupMethod(_create_parse_setting.asyncio)
        create_detailed = GroupMethod(_create_parse_setting.asyncio_detailed)
    else:
        create = GroupMethod.lazy("sendgrid_reseller.api.webhooks.create_parse_setting", "asyncio")
        create_detailed = GroupMethod.lazy("sendgrid_reseller.api.webhooks.create_parse_setting", "asyncio_detailed")

    if TYPE_CHECKING:
        from .api.webhooks import get_parse_setting as _get_parse_setting

        get = GroupMethod(_get_parse_setting.asyncio)
        get_detailed = GroupMethod(_get_parse_setting.asyncio_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.webhooks.get_parse_setting", "asyncio")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.webhooks.get_parse_setting", "asyncio_detailed")

    if TYPE_CHECKING:
        from .api.webhooks import delete_parse_setting as _delete_parse_setting

        delete = GroupMethod(_delete_parse_setting.asyncio)
        delete_detailed = GroupMethod(_delete_parse_setting.asyncio_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.webhooks.delete_parse_setting", "asyncio")
        delete_detailed = GroupMethod.lazy("sendgrid_reseller.api.webhooks.delete_parse_setting", "asyncio_detailed")

    if TYPE_CHECKING:
        from .api.webhooks import update_parse_setting as _update_parse_setting

        update = GroupMethod(_update_parse_setting.asyncio)
        update_detailed = GroupMethod(_update_parse_setting.asyncio_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.webhooks.update_parse_setting", "asyncio")
        update_detailed = GroupMethod.lazy("sendgrid_reseller.api.webhooks.update_parse_setting", "asyncio_detailed")

    if TYPE_CHECKING:
        from .api.webhooks import get_parse_stats as _get_parse_stats

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
        from .api.webhooks import list_webhook_security_policies as _list_webhook_security_policies

        list = GroupMethod(_list_webhook_security_policies.asyncio)
        list_detailed = GroupMethod(_list_webhook_security_policies.asyncio_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.webhooks.list_webhook_security_policies", "asyncio")
        list_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.webhooks.list_webhook_security_policies", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from .api.webhooks import create_webhook_security_policy as _create_webhook_security_policy

        create = GroupMethod(_create_webhook_security_policy.asyncio)
        create_detailed = GroupMethod(_create_webhook_security_policy.asyncio_detailed)
    else:
        create = GroupMethod.lazy("sendgrid_reseller.api.webhooks.create_webhook_security_policy", "asyncio")
        create_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.webhooks.create_webhook_security_policy", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from .api.webhooks import get_webhook_security_policy as _get_webhook_security_policy

        get = GroupMethod(_get_webhook_security_policy.asyncio)
        get_detailed = GroupMethod(_get_webhook_security_policy.asyncio_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.webhooks.get_webhook_security_policy", "asyncio")
        get_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.webhooks.get_webhook_security_policy", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from .api.webhooks import delete_webhook_security_policy as _delete_webhook_security_policy

        delete = GroupMethod(_delete_webhook_security_policy.asyncio)
        delete_detailed = GroupMethod(_delete_webhook_security_policy.asyncio_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.webhooks.delete_webhook_security_policy", "asyncio")
        delete_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.webhooks.delete_webhook_security_policy", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from .api.webhooks import update_webhook_security_policy as _update_webhook_security_policy

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


class SendGrid(Group):
    """The synchronous client. Pass credentials as for `Client`, or a ready `client=`.

    Use it as a context manager (or call `close()`) to release its connections.
    """

    def __init__(self, *, client: Client | None = None, **client_options: Any) -> None:
        super().__init__(client if client is not None else Client(**client_options))

    @property
    def client(self) -> Client:
        """The low-level client, for the module-level endpoint functions."""
        return self._client

    @cached_property
    def reseller(self) -> ResellerGroup:
        return ResellerGroup(self._client)

    @cached_property
    def subusers(self) -> SubusersGroup:
        return SubusersGroup(self._client)

    @cached_property
    def suppressions(self) -> SuppressionsGroup:
        return SuppressionsGroup(self._client)

    @cached_property
    def ips(self) -> IpsGroup:
        return IpsGroup(self._client)

    @cached_property
    def domains(self) -> DomainsGroup:
        return DomainsGroup(self._client)

    @cached_property
    def webhooks(self) -> WebhooksGroup:
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
    """The asyncio client: every method is a coroutine (or an async iterator for pages and items)."""

    def __init__(self, *, client: Client | None = None, **client_options: Any) -> None:
        super().__init__(client if client is not None else Client(**client_options))

    @property
    def client(self) -> Client:
        return self._client

    @cached_property
    def reseller(self) -> AsyncResellerGroup:
        return AsyncResellerGroup(self._client)

    @cached_property
    def subusers(self) -> AsyncSubusersGroup:
        return AsyncSubusersGroup(self._client)

    @cached_property
    def suppressions(self) -> AsyncSuppressionsGroup:
        return AsyncSuppressionsGroup(self._client)

    @cached_property
    def ips(self) -> AsyncIpsGroup:
        return AsyncIpsGroup(self._client)

    @cached_property
    def domains(self) -> AsyncDomainsGroup:
        return AsyncDomainsGroup(self._client)

    @cached_property
    def webhooks(self) -> AsyncWebhooksGroup:
        return AsyncWebhooksGroup(self._client)

    async def aclose(self) -> None:
        await self._client.aclose()

    async def __aenter__(self) -> AsyncSendGrid:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()
