# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""The `client.reseller` operations: sync and async group classes, imported on first use."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._runtime.group import Group, GroupMethod


class ResellerCustomersGroup(Group):
    """Operations under `client.reseller.customers`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.customer_management import create_customer as _create_customer

        create = GroupMethod(_create_customer.sync)
        create_detailed = GroupMethod(_create_customer.sync_detailed)
    else:
        create = GroupMethod.lazy("sendgrid_reseller.api.customer_management.create_customer", "sync")
        create_detailed = GroupMethod.lazy("sendgrid_reseller.api.customer_management.create_customer", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.customer_management import delete_customer as _delete_customer

        delete = GroupMethod(_delete_customer.sync)
        delete_detailed = GroupMethod(_delete_customer.sync_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.customer_management.delete_customer", "sync")
        delete_detailed = GroupMethod.lazy("sendgrid_reseller.api.customer_management.delete_customer", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.customer_management import list_customers as _list_customers

        list = GroupMethod(_list_customers.sync)
        list_detailed = GroupMethod(_list_customers.sync_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.customer_management.list_customers", "sync")
        list_detailed = GroupMethod.lazy("sendgrid_reseller.api.customer_management.list_customers", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.customer_management import enable_customer as _enable_customer

        enable = GroupMethod(_enable_customer.sync)
        enable_detailed = GroupMethod(_enable_customer.sync_detailed)
    else:
        enable = GroupMethod.lazy("sendgrid_reseller.api.customer_management.enable_customer", "sync")
        enable_detailed = GroupMethod.lazy("sendgrid_reseller.api.customer_management.enable_customer", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.customer_management import disable_customer as _disable_customer

        disable = GroupMethod(_disable_customer.sync)
        disable_detailed = GroupMethod(_disable_customer.sync_detailed)
    else:
        disable = GroupMethod.lazy("sendgrid_reseller.api.customer_management.disable_customer", "sync")
        disable_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_management.disable_customer", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.customer_management import (
            enable_customer_website_access as _enable_customer_website_access,
        )

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
        from sendgrid_reseller.api.customer_management import (
            disable_customer_website_access as _disable_customer_website_access,
        )

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
        from sendgrid_reseller.api.customer_management import update_customer_profile as _update_customer_profile

        update_profile = GroupMethod(_update_customer_profile.sync)
        update_profile_detailed = GroupMethod(_update_customer_profile.sync_detailed)
    else:
        update_profile = GroupMethod.lazy("sendgrid_reseller.api.customer_management.update_customer_profile", "sync")
        update_profile_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_management.update_customer_profile", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.customer_management import update_customer_password as _update_customer_password

        update_password = GroupMethod(_update_customer_password.sync)
        update_password_detailed = GroupMethod(_update_customer_password.sync_detailed)
    else:
        update_password = GroupMethod.lazy("sendgrid_reseller.api.customer_management.update_customer_password", "sync")
        update_password_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_management.update_customer_password", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.customer_management import update_customer_username as _update_customer_username

        update_username = GroupMethod(_update_customer_username.sync)
        update_username_detailed = GroupMethod(_update_customer_username.sync_detailed)
    else:
        update_username = GroupMethod.lazy("sendgrid_reseller.api.customer_management.update_customer_username", "sync")
        update_username_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_management.update_customer_username", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.customer_management import update_customer_email as _update_customer_email

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
        from sendgrid_reseller.api.customer_statistics import get_customer_statistics as _get_customer_statistics

        get = GroupMethod(_get_customer_statistics.sync)
        get_detailed = GroupMethod(_get_customer_statistics.sync_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.customer_statistics.get_customer_statistics", "sync")
        get_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_statistics.get_customer_statistics", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.customer_statistics import (
            get_customer_aggregate_statistics as _get_customer_aggregate_statistics,
        )

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
        from sendgrid_reseller.api.customer_statistics import (
            list_customer_stat_categories as _list_customer_stat_categories,
        )

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
        from sendgrid_reseller.api.customer_statistics import (
            get_customer_category_statistics as _get_customer_category_statistics,
        )

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
        from sendgrid_reseller.api.customer_bounces import get_customer_bounces as _get_customer_bounces

        get = GroupMethod(_get_customer_bounces.sync)
        get_detailed = GroupMethod(_get_customer_bounces.sync_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.customer_bounces.get_customer_bounces", "sync")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.customer_bounces.get_customer_bounces", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.customer_bounces import delete_customer_bounces as _delete_customer_bounces

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
        from sendgrid_reseller.api.customer_unsubscribes import get_customer_unsubscribes as _get_customer_unsubscribes

        get = GroupMethod(_get_customer_unsubscribes.sync)
        get_detailed = GroupMethod(_get_customer_unsubscribes.sync_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.customer_unsubscribes.get_customer_unsubscribes", "sync")
        get_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_unsubscribes.get_customer_unsubscribes", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.customer_unsubscribes import (
            delete_customer_unsubscribes as _delete_customer_unsubscribes,
        )

        delete = GroupMethod(_delete_customer_unsubscribes.sync)
        delete_detailed = GroupMethod(_delete_customer_unsubscribes.sync_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.customer_unsubscribes.delete_customer_unsubscribes", "sync")
        delete_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_unsubscribes.delete_customer_unsubscribes", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.customer_unsubscribes import add_customer_unsubscribes as _add_customer_unsubscribes

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
        from sendgrid_reseller.api.customer_invalid_emails import (
            get_customer_invalid_emails as _get_customer_invalid_emails,
        )

        get = GroupMethod(_get_customer_invalid_emails.sync)
        get_detailed = GroupMethod(_get_customer_invalid_emails.sync_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.customer_invalid_emails.get_customer_invalid_emails", "sync")
        get_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_invalid_emails.get_customer_invalid_emails", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.customer_invalid_emails import (
            delete_customer_invalid_emails as _delete_customer_invalid_emails,
        )

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
        from sendgrid_reseller.api.customer_spam_reports import get_customer_spam_reports as _get_customer_spam_reports

        get = GroupMethod(_get_customer_spam_reports.sync)
        get_detailed = GroupMethod(_get_customer_spam_reports.sync_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.customer_spam_reports.get_customer_spam_reports", "sync")
        get_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_spam_reports.get_customer_spam_reports", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.customer_spam_reports import (
            delete_customer_spam_reports as _delete_customer_spam_reports,
        )

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
        from sendgrid_reseller.api.customer_account_limits import (
            get_customer_credit_limit as _get_customer_credit_limit,
        )

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
        from sendgrid_reseller.api.customer_timezone import list_customer_timezones as _list_customer_timezones

        list = GroupMethod(_list_customer_timezones.sync)
        list_detailed = GroupMethod(_list_customer_timezones.sync_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.customer_timezone.list_customer_timezones", "sync")
        list_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_timezone.list_customer_timezones", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.customer_timezone import get_customer_timezone as _get_customer_timezone

        get = GroupMethod(_get_customer_timezone.sync)
        get_detailed = GroupMethod(_get_customer_timezone.sync_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.customer_timezone.get_customer_timezone", "sync")
        get_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_timezone.get_customer_timezone", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.customer_timezone import set_customer_timezone as _set_customer_timezone

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
        from sendgrid_reseller.api.monitor_records import create_monitor_record as _create_monitor_record

        create = GroupMethod(_create_monitor_record.sync)
        create_detailed = GroupMethod(_create_monitor_record.sync_detailed)
    else:
        create = GroupMethod.lazy("sendgrid_reseller.api.monitor_records.create_monitor_record", "sync")
        create_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.monitor_records.create_monitor_record", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.monitor_records import edit_monitor_record as _edit_monitor_record

        edit = GroupMethod(_edit_monitor_record.sync)
        edit_detailed = GroupMethod(_edit_monitor_record.sync_detailed)
    else:
        edit = GroupMethod.lazy("sendgrid_reseller.api.monitor_records.edit_monitor_record", "sync")
        edit_detailed = GroupMethod.lazy("sendgrid_reseller.api.monitor_records.edit_monitor_record", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.monitor_records import delete_monitor_record as _delete_monitor_record

        delete = GroupMethod(_delete_monitor_record.sync)
        delete_detailed = GroupMethod(_delete_monitor_record.sync_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.monitor_records.delete_monitor_record", "sync")
        delete_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.monitor_records.delete_monitor_record", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.monitor_records import list_monitor_records as _list_monitor_records

        list = GroupMethod(_list_monitor_records.sync)
        list_detailed = GroupMethod(_list_monitor_records.sync_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.monitor_records.list_monitor_records", "sync")
        list_detailed = GroupMethod.lazy("sendgrid_reseller.api.monitor_records.list_monitor_records", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.monitor_records import (
            append_customer_to_monitor_record as _append_customer_to_monitor_record,
        )

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
        from sendgrid_reseller.api.monitor_records import (
            detach_customer_from_monitor_record as _detach_customer_from_monitor_record,
        )

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
        from sendgrid_reseller.api.ip_management import list_reseller_ips as _list_reseller_ips

        list = GroupMethod(_list_reseller_ips.sync)
        list_detailed = GroupMethod(_list_reseller_ips.sync_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.ip_management.list_reseller_ips", "sync")
        list_detailed = GroupMethod.lazy("sendgrid_reseller.api.ip_management.list_reseller_ips", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_management import list_free_reseller_ips as _list_free_reseller_ips

        list_free = GroupMethod(_list_free_reseller_ips.sync)
        list_free_detailed = GroupMethod(_list_free_reseller_ips.sync_detailed)
    else:
        list_free = GroupMethod.lazy("sendgrid_reseller.api.ip_management.list_free_reseller_ips", "sync")
        list_free_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.ip_management.list_free_reseller_ips", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_management import list_taken_reseller_ips as _list_taken_reseller_ips

        list_taken = GroupMethod(_list_taken_reseller_ips.sync)
        list_taken_detailed = GroupMethod(_list_taken_reseller_ips.sync_detailed)
    else:
        list_taken = GroupMethod.lazy("sendgrid_reseller.api.ip_management.list_taken_reseller_ips", "sync")
        list_taken_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.ip_management.list_taken_reseller_ips", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_management import list_available_reseller_ips as _list_available_reseller_ips

        list_available = GroupMethod(_list_available_reseller_ips.sync)
        list_available_detailed = GroupMethod(_list_available_reseller_ips.sync_detailed)
    else:
        list_available = GroupMethod.lazy("sendgrid_reseller.api.ip_management.list_available_reseller_ips", "sync")
        list_available_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.ip_management.list_available_reseller_ips", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_management import get_reseller_ip_usage as _get_reseller_ip_usage

        usage = GroupMethod(_get_reseller_ip_usage.sync)
        usage_detailed = GroupMethod(_get_reseller_ip_usage.sync_detailed)
    else:
        usage = GroupMethod.lazy("sendgrid_reseller.api.ip_management.get_reseller_ip_usage", "sync")
        usage_detailed = GroupMethod.lazy("sendgrid_reseller.api.ip_management.get_reseller_ip_usage", "sync_detailed")


class ResellerDomainAuthenticationGroup(Group):
    """Operations under `client.reseller.domain_authentication`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.domain_authentication import list_reseller_whitelabels as _list_reseller_whitelabels

        list = GroupMethod(_list_reseller_whitelabels.sync)
        list_detailed = GroupMethod(_list_reseller_whitelabels.sync_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.domain_authentication.list_reseller_whitelabels", "sync")
        list_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.domain_authentication.list_reseller_whitelabels", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.domain_authentication import (
            append_whitelabel_to_customer as _append_whitelabel_to_customer,
        )

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
        from sendgrid_reseller.api.event_notification_url import (
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
        from sendgrid_reseller.api.event_notification_url import (
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
        from sendgrid_reseller.api.event_notification_url import (
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
        from sendgrid_reseller.api.authenticate_a_customer import authenticate_customer as _authenticate_customer

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
        from sendgrid_reseller.api.parse_settings import get_customer_parse_settings as _get_customer_parse_settings

        get = GroupMethod(_get_customer_parse_settings.sync)
        get_detailed = GroupMethod(_get_customer_parse_settings.sync_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.parse_settings.get_customer_parse_settings", "sync")
        get_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.parse_settings.get_customer_parse_settings", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.parse_settings import create_customer_parse_setting as _create_customer_parse_setting

        create = GroupMethod(_create_customer_parse_setting.sync)
        create_detailed = GroupMethod(_create_customer_parse_setting.sync_detailed)
    else:
        create = GroupMethod.lazy("sendgrid_reseller.api.parse_settings.create_customer_parse_setting", "sync")
        create_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.parse_settings.create_customer_parse_setting", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.parse_settings import update_customer_parse_setting as _update_customer_parse_setting

        update = GroupMethod(_update_customer_parse_setting.sync)
        update_detailed = GroupMethod(_update_customer_parse_setting.sync_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.parse_settings.update_customer_parse_setting", "sync")
        update_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.parse_settings.update_customer_parse_setting", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.parse_settings import delete_customer_parse_setting as _delete_customer_parse_setting

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
        from sendgrid_reseller.api.filter_apps import list_customer_apps as _list_customer_apps

        list = GroupMethod(_list_customer_apps.sync)
        list_detailed = GroupMethod(_list_customer_apps.sync_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.filter_apps.list_customer_apps", "sync")
        list_detailed = GroupMethod.lazy("sendgrid_reseller.api.filter_apps.list_customer_apps", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.filter_apps import activate_customer_app as _activate_customer_app

        activate = GroupMethod(_activate_customer_app.sync)
        activate_detailed = GroupMethod(_activate_customer_app.sync_detailed)
    else:
        activate = GroupMethod.lazy("sendgrid_reseller.api.filter_apps.activate_customer_app", "sync")
        activate_detailed = GroupMethod.lazy("sendgrid_reseller.api.filter_apps.activate_customer_app", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.filter_apps import deactivate_customer_app as _deactivate_customer_app

        deactivate = GroupMethod(_deactivate_customer_app.sync)
        deactivate_detailed = GroupMethod(_deactivate_customer_app.sync_detailed)
    else:
        deactivate = GroupMethod.lazy("sendgrid_reseller.api.filter_apps.deactivate_customer_app", "sync")
        deactivate_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.filter_apps.deactivate_customer_app", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.filter_apps import setup_customer_app as _setup_customer_app

        setup = GroupMethod(_setup_customer_app.sync)
        setup_detailed = GroupMethod(_setup_customer_app.sync_detailed)
    else:
        setup = GroupMethod.lazy("sendgrid_reseller.api.filter_apps.setup_customer_app", "sync")
        setup_detailed = GroupMethod.lazy("sendgrid_reseller.api.filter_apps.setup_customer_app", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.filter_apps import get_customer_app_settings as _get_customer_app_settings

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
        from sendgrid_reseller.api.invoice_retrieval import list_invoice_numbers as _list_invoice_numbers

        list = GroupMethod(_list_invoice_numbers.sync)
        list_detailed = GroupMethod(_list_invoice_numbers.sync_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.invoice_retrieval.list_invoice_numbers", "sync")
        list_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.invoice_retrieval.list_invoice_numbers", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.invoice_retrieval import get_invoices as _get_invoices

        get = GroupMethod(_get_invoices.sync)
        get_detailed = GroupMethod(_get_invoices.sync_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.invoice_retrieval.get_invoices", "sync")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.invoice_retrieval.get_invoices", "sync_detailed")


class ResellerAccountChangesGroup(Group):
    """Operations under `client.reseller.account_changes`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.account_changes import upgrade_customer_account as _upgrade_customer_account

        upgrade = GroupMethod(_upgrade_customer_account.sync)
        upgrade_detailed = GroupMethod(_upgrade_customer_account.sync_detailed)
    else:
        upgrade = GroupMethod.lazy("sendgrid_reseller.api.account_changes.upgrade_customer_account", "sync")
        upgrade_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.account_changes.upgrade_customer_account", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.account_changes import downgrade_customer_account as _downgrade_customer_account

        downgrade = GroupMethod(_downgrade_customer_account.sync)
        downgrade_detailed = GroupMethod(_downgrade_customer_account.sync_detailed)
    else:
        downgrade = GroupMethod.lazy("sendgrid_reseller.api.account_changes.downgrade_customer_account", "sync")
        downgrade_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.account_changes.downgrade_customer_account", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.account_changes import close_customer_account as _close_customer_account

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
        from sendgrid_reseller.api.view_available_packages import list_reseller_packages as _list_reseller_packages

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
        from sendgrid_reseller.api.account_overview import (
            get_customer_account_overview as _get_customer_account_overview,
        )

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
        from sendgrid_reseller.api.customer_management import create_customer as _create_customer

        create = GroupMethod(_create_customer.asyncio)
        create_detailed = GroupMethod(_create_customer.asyncio_detailed)
    else:
        create = GroupMethod.lazy("sendgrid_reseller.api.customer_management.create_customer", "asyncio")
        create_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_management.create_customer", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.customer_management import delete_customer as _delete_customer

        delete = GroupMethod(_delete_customer.asyncio)
        delete_detailed = GroupMethod(_delete_customer.asyncio_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.customer_management.delete_customer", "asyncio")
        delete_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_management.delete_customer", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.customer_management import list_customers as _list_customers

        list = GroupMethod(_list_customers.asyncio)
        list_detailed = GroupMethod(_list_customers.asyncio_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.customer_management.list_customers", "asyncio")
        list_detailed = GroupMethod.lazy("sendgrid_reseller.api.customer_management.list_customers", "asyncio_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.customer_management import enable_customer as _enable_customer

        enable = GroupMethod(_enable_customer.asyncio)
        enable_detailed = GroupMethod(_enable_customer.asyncio_detailed)
    else:
        enable = GroupMethod.lazy("sendgrid_reseller.api.customer_management.enable_customer", "asyncio")
        enable_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_management.enable_customer", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.customer_management import disable_customer as _disable_customer

        disable = GroupMethod(_disable_customer.asyncio)
        disable_detailed = GroupMethod(_disable_customer.asyncio_detailed)
    else:
        disable = GroupMethod.lazy("sendgrid_reseller.api.customer_management.disable_customer", "asyncio")
        disable_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_management.disable_customer", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.customer_management import (
            enable_customer_website_access as _enable_customer_website_access,
        )

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
        from sendgrid_reseller.api.customer_management import (
            disable_customer_website_access as _disable_customer_website_access,
        )

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
        from sendgrid_reseller.api.customer_management import update_customer_profile as _update_customer_profile

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
        from sendgrid_reseller.api.customer_management import update_customer_password as _update_customer_password

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
        from sendgrid_reseller.api.customer_management import update_customer_username as _update_customer_username

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
        from sendgrid_reseller.api.customer_management import update_customer_email as _update_customer_email

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
        from sendgrid_reseller.api.customer_statistics import get_customer_statistics as _get_customer_statistics

        get = GroupMethod(_get_customer_statistics.asyncio)
        get_detailed = GroupMethod(_get_customer_statistics.asyncio_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.customer_statistics.get_customer_statistics", "asyncio")
        get_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_statistics.get_customer_statistics", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.customer_statistics import (
            get_customer_aggregate_statistics as _get_customer_aggregate_statistics,
        )

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
        from sendgrid_reseller.api.customer_statistics import (
            list_customer_stat_categories as _list_customer_stat_categories,
        )

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
        from sendgrid_reseller.api.customer_statistics import (
            get_customer_category_statistics as _get_customer_category_statistics,
        )

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
        from sendgrid_reseller.api.customer_bounces import get_customer_bounces as _get_customer_bounces

        get = GroupMethod(_get_customer_bounces.asyncio)
        get_detailed = GroupMethod(_get_customer_bounces.asyncio_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.customer_bounces.get_customer_bounces", "asyncio")
        get_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_bounces.get_customer_bounces", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.customer_bounces import delete_customer_bounces as _delete_customer_bounces

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
        from sendgrid_reseller.api.customer_unsubscribes import get_customer_unsubscribes as _get_customer_unsubscribes

        get = GroupMethod(_get_customer_unsubscribes.asyncio)
        get_detailed = GroupMethod(_get_customer_unsubscribes.asyncio_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.customer_unsubscribes.get_customer_unsubscribes", "asyncio")
        get_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_unsubscribes.get_customer_unsubscribes", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.customer_unsubscribes import (
            delete_customer_unsubscribes as _delete_customer_unsubscribes,
        )

        delete = GroupMethod(_delete_customer_unsubscribes.asyncio)
        delete_detailed = GroupMethod(_delete_customer_unsubscribes.asyncio_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.customer_unsubscribes.delete_customer_unsubscribes", "asyncio")
        delete_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_unsubscribes.delete_customer_unsubscribes", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.customer_unsubscribes import add_customer_unsubscribes as _add_customer_unsubscribes

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
        from sendgrid_reseller.api.customer_invalid_emails import (
            get_customer_invalid_emails as _get_customer_invalid_emails,
        )

        get = GroupMethod(_get_customer_invalid_emails.asyncio)
        get_detailed = GroupMethod(_get_customer_invalid_emails.asyncio_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.customer_invalid_emails.get_customer_invalid_emails", "asyncio")
        get_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_invalid_emails.get_customer_invalid_emails", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.customer_invalid_emails import (
            delete_customer_invalid_emails as _delete_customer_invalid_emails,
        )

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
        from sendgrid_reseller.api.customer_spam_reports import get_customer_spam_reports as _get_customer_spam_reports

        get = GroupMethod(_get_customer_spam_reports.asyncio)
        get_detailed = GroupMethod(_get_customer_spam_reports.asyncio_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.customer_spam_reports.get_customer_spam_reports", "asyncio")
        get_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_spam_reports.get_customer_spam_reports", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.customer_spam_reports import (
            delete_customer_spam_reports as _delete_customer_spam_reports,
        )

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
        from sendgrid_reseller.api.customer_account_limits import (
            get_customer_credit_limit as _get_customer_credit_limit,
        )

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
        from sendgrid_reseller.api.customer_timezone import list_customer_timezones as _list_customer_timezones

        list = GroupMethod(_list_customer_timezones.asyncio)
        list_detailed = GroupMethod(_list_customer_timezones.asyncio_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.customer_timezone.list_customer_timezones", "asyncio")
        list_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_timezone.list_customer_timezones", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.customer_timezone import get_customer_timezone as _get_customer_timezone

        get = GroupMethod(_get_customer_timezone.asyncio)
        get_detailed = GroupMethod(_get_customer_timezone.asyncio_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.customer_timezone.get_customer_timezone", "asyncio")
        get_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.customer_timezone.get_customer_timezone", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.customer_timezone import set_customer_timezone as _set_customer_timezone

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
        from sendgrid_reseller.api.monitor_records import create_monitor_record as _create_monitor_record

        create = GroupMethod(_create_monitor_record.asyncio)
        create_detailed = GroupMethod(_create_monitor_record.asyncio_detailed)
    else:
        create = GroupMethod.lazy("sendgrid_reseller.api.monitor_records.create_monitor_record", "asyncio")
        create_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.monitor_records.create_monitor_record", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.monitor_records import edit_monitor_record as _edit_monitor_record

        edit = GroupMethod(_edit_monitor_record.asyncio)
        edit_detailed = GroupMethod(_edit_monitor_record.asyncio_detailed)
    else:
        edit = GroupMethod.lazy("sendgrid_reseller.api.monitor_records.edit_monitor_record", "asyncio")
        edit_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.monitor_records.edit_monitor_record", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.monitor_records import delete_monitor_record as _delete_monitor_record

        delete = GroupMethod(_delete_monitor_record.asyncio)
        delete_detailed = GroupMethod(_delete_monitor_record.asyncio_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.monitor_records.delete_monitor_record", "asyncio")
        delete_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.monitor_records.delete_monitor_record", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.monitor_records import list_monitor_records as _list_monitor_records

        list = GroupMethod(_list_monitor_records.asyncio)
        list_detailed = GroupMethod(_list_monitor_records.asyncio_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.monitor_records.list_monitor_records", "asyncio")
        list_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.monitor_records.list_monitor_records", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.monitor_records import (
            append_customer_to_monitor_record as _append_customer_to_monitor_record,
        )

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
        from sendgrid_reseller.api.monitor_records import (
            detach_customer_from_monitor_record as _detach_customer_from_monitor_record,
        )

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
        from sendgrid_reseller.api.ip_management import list_reseller_ips as _list_reseller_ips

        list = GroupMethod(_list_reseller_ips.asyncio)
        list_detailed = GroupMethod(_list_reseller_ips.asyncio_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.ip_management.list_reseller_ips", "asyncio")
        list_detailed = GroupMethod.lazy("sendgrid_reseller.api.ip_management.list_reseller_ips", "asyncio_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_management import list_free_reseller_ips as _list_free_reseller_ips

        list_free = GroupMethod(_list_free_reseller_ips.asyncio)
        list_free_detailed = GroupMethod(_list_free_reseller_ips.asyncio_detailed)
    else:
        list_free = GroupMethod.lazy("sendgrid_reseller.api.ip_management.list_free_reseller_ips", "asyncio")
        list_free_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.ip_management.list_free_reseller_ips", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_management import list_taken_reseller_ips as _list_taken_reseller_ips

        list_taken = GroupMethod(_list_taken_reseller_ips.asyncio)
        list_taken_detailed = GroupMethod(_list_taken_reseller_ips.asyncio_detailed)
    else:
        list_taken = GroupMethod.lazy("sendgrid_reseller.api.ip_management.list_taken_reseller_ips", "asyncio")
        list_taken_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.ip_management.list_taken_reseller_ips", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_management import list_available_reseller_ips as _list_available_reseller_ips

        list_available = GroupMethod(_list_available_reseller_ips.asyncio)
        list_available_detailed = GroupMethod(_list_available_reseller_ips.asyncio_detailed)
    else:
        list_available = GroupMethod.lazy("sendgrid_reseller.api.ip_management.list_available_reseller_ips", "asyncio")
        list_available_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.ip_management.list_available_reseller_ips", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.ip_management import get_reseller_ip_usage as _get_reseller_ip_usage

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
        from sendgrid_reseller.api.domain_authentication import list_reseller_whitelabels as _list_reseller_whitelabels

        list = GroupMethod(_list_reseller_whitelabels.asyncio)
        list_detailed = GroupMethod(_list_reseller_whitelabels.asyncio_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.domain_authentication.list_reseller_whitelabels", "asyncio")
        list_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.domain_authentication.list_reseller_whitelabels", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.domain_authentication import (
            append_whitelabel_to_customer as _append_whitelabel_to_customer,
        )

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
        from sendgrid_reseller.api.event_notification_url import (
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
        from sendgrid_reseller.api.event_notification_url import (
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
        from sendgrid_reseller.api.event_notification_url import (
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
        from sendgrid_reseller.api.authenticate_a_customer import authenticate_customer as _authenticate_customer

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
        from sendgrid_reseller.api.parse_settings import get_customer_parse_settings as _get_customer_parse_settings

        get = GroupMethod(_get_customer_parse_settings.asyncio)
        get_detailed = GroupMethod(_get_customer_parse_settings.asyncio_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.parse_settings.get_customer_parse_settings", "asyncio")
        get_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.parse_settings.get_customer_parse_settings", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.parse_settings import create_customer_parse_setting as _create_customer_parse_setting

        create = GroupMethod(_create_customer_parse_setting.asyncio)
        create_detailed = GroupMethod(_create_customer_parse_setting.asyncio_detailed)
    else:
        create = GroupMethod.lazy("sendgrid_reseller.api.parse_settings.create_customer_parse_setting", "asyncio")
        create_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.parse_settings.create_customer_parse_setting", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.parse_settings import update_customer_parse_setting as _update_customer_parse_setting

        update = GroupMethod(_update_customer_parse_setting.asyncio)
        update_detailed = GroupMethod(_update_customer_parse_setting.asyncio_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.parse_settings.update_customer_parse_setting", "asyncio")
        update_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.parse_settings.update_customer_parse_setting", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.parse_settings import delete_customer_parse_setting as _delete_customer_parse_setting

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
        from sendgrid_reseller.api.filter_apps import list_customer_apps as _list_customer_apps

        list = GroupMethod(_list_customer_apps.asyncio)
        list_detailed = GroupMethod(_list_customer_apps.asyncio_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.filter_apps.list_customer_apps", "asyncio")
        list_detailed = GroupMethod.lazy("sendgrid_reseller.api.filter_apps.list_customer_apps", "asyncio_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.filter_apps import activate_customer_app as _activate_customer_app

        activate = GroupMethod(_activate_customer_app.asyncio)
        activate_detailed = GroupMethod(_activate_customer_app.asyncio_detailed)
    else:
        activate = GroupMethod.lazy("sendgrid_reseller.api.filter_apps.activate_customer_app", "asyncio")
        activate_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.filter_apps.activate_customer_app", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.filter_apps import deactivate_customer_app as _deactivate_customer_app

        deactivate = GroupMethod(_deactivate_customer_app.asyncio)
        deactivate_detailed = GroupMethod(_deactivate_customer_app.asyncio_detailed)
    else:
        deactivate = GroupMethod.lazy("sendgrid_reseller.api.filter_apps.deactivate_customer_app", "asyncio")
        deactivate_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.filter_apps.deactivate_customer_app", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.filter_apps import setup_customer_app as _setup_customer_app

        setup = GroupMethod(_setup_customer_app.asyncio)
        setup_detailed = GroupMethod(_setup_customer_app.asyncio_detailed)
    else:
        setup = GroupMethod.lazy("sendgrid_reseller.api.filter_apps.setup_customer_app", "asyncio")
        setup_detailed = GroupMethod.lazy("sendgrid_reseller.api.filter_apps.setup_customer_app", "asyncio_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.filter_apps import get_customer_app_settings as _get_customer_app_settings

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
        from sendgrid_reseller.api.invoice_retrieval import list_invoice_numbers as _list_invoice_numbers

        list = GroupMethod(_list_invoice_numbers.asyncio)
        list_detailed = GroupMethod(_list_invoice_numbers.asyncio_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.invoice_retrieval.list_invoice_numbers", "asyncio")
        list_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.invoice_retrieval.list_invoice_numbers", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.invoice_retrieval import get_invoices as _get_invoices

        get = GroupMethod(_get_invoices.asyncio)
        get_detailed = GroupMethod(_get_invoices.asyncio_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.invoice_retrieval.get_invoices", "asyncio")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.invoice_retrieval.get_invoices", "asyncio_detailed")


class AsyncResellerAccountChangesGroup(Group):
    """Operations under `client.reseller.account_changes`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.account_changes import upgrade_customer_account as _upgrade_customer_account

        upgrade = GroupMethod(_upgrade_customer_account.asyncio)
        upgrade_detailed = GroupMethod(_upgrade_customer_account.asyncio_detailed)
    else:
        upgrade = GroupMethod.lazy("sendgrid_reseller.api.account_changes.upgrade_customer_account", "asyncio")
        upgrade_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.account_changes.upgrade_customer_account", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.account_changes import downgrade_customer_account as _downgrade_customer_account

        downgrade = GroupMethod(_downgrade_customer_account.asyncio)
        downgrade_detailed = GroupMethod(_downgrade_customer_account.asyncio_detailed)
    else:
        downgrade = GroupMethod.lazy("sendgrid_reseller.api.account_changes.downgrade_customer_account", "asyncio")
        downgrade_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.account_changes.downgrade_customer_account", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.account_changes import close_customer_account as _close_customer_account

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
        from sendgrid_reseller.api.view_available_packages import list_reseller_packages as _list_reseller_packages

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
        from sendgrid_reseller.api.account_overview import (
            get_customer_account_overview as _get_customer_account_overview,
        )

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
