# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""Every data model of the API. Models are imported on first use, so `import` stays fast."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .activate_customer_app_form import ActivateCustomerAppForm
    from .add_customer_unsubscribes_form import AddCustomerUnsubscribesForm
    from .append_customer_to_monitor_record_form import AppendCustomerToMonitorRecordForm
    from .append_whitelabel_to_customer_form import AppendWhitelabelToCustomerForm
    from .authenticate_customer_form import AuthenticateCustomerForm
    from .close_customer_account_form import CloseCustomerAccountForm
    from .create_customer_form import CreateCustomerForm
    from .create_customer_form_free_user import CreateCustomerFormFreeUser
    from .create_customer_parse_setting_form import CreateCustomerParseSettingForm
    from .create_customer_parse_setting_form_spam_check import CreateCustomerParseSettingFormSpamCheck
    from .create_monitor_record_form import CreateMonitorRecordForm
    from .deactivate_customer_app_form import DeactivateCustomerAppForm
    from .delete_customer_bounces_form import DeleteCustomerBouncesForm
    from .delete_customer_event_notification_url_form import DeleteCustomerEventNotificationUrlForm
    from .delete_customer_form import DeleteCustomerForm
    from .delete_customer_invalid_emails_form import DeleteCustomerInvalidEmailsForm
    from .delete_customer_parse_setting_form import DeleteCustomerParseSettingForm
    from .delete_customer_spam_reports_form import DeleteCustomerSpamReportsForm
    from .delete_customer_unsubscribes_form import DeleteCustomerUnsubscribesForm
    from .delete_monitor_record_form import DeleteMonitorRecordForm
    from .detach_customer_from_monitor_record_form import DetachCustomerFromMonitorRecordForm
    from .disable_customer_form import DisableCustomerForm
    from .disable_customer_website_access_form import DisableCustomerWebsiteAccessForm
    from .downgrade_customer_account_form import DowngradeCustomerAccountForm
    from .edit_monitor_record_form import EditMonitorRecordForm
    from .enable_customer_form import EnableCustomerForm
    from .enable_customer_website_access_form import EnableCustomerWebsiteAccessForm
    from .get_customer_account_overview_form import GetCustomerAccountOverviewForm
    from .get_customer_aggregate_statistics_form import GetCustomerAggregateStatisticsForm
    from .get_customer_app_settings_form import GetCustomerAppSettingsForm
    from .get_customer_bounces_form import GetCustomerBouncesForm
    from .get_customer_bounces_form_date import GetCustomerBouncesFormDate
    from .get_customer_category_statistics_form import GetCustomerCategoryStatisticsForm
    from .get_customer_credit_limit_form import GetCustomerCreditLimitForm
    from .get_customer_event_notification_url_form import GetCustomerEventNotificationUrlForm
    from .get_customer_invalid_emails_form import GetCustomerInvalidEmailsForm
    from .get_customer_invalid_emails_form_date import GetCustomerInvalidEmailsFormDate
    from .get_customer_parse_settings_form import GetCustomerParseSettingsForm
    from .get_customer_spam_reports_form import GetCustomerSpamReportsForm
    from .get_customer_spam_reports_form_date import GetCustomerSpamReportsFormDate
    from .get_customer_statistics_form import GetCustomerStatisticsForm
    from .get_customer_unsubscribes_form import GetCustomerUnsubscribesForm
    from .get_customer_unsubscribes_form_date import GetCustomerUnsubscribesFormDate
    from .get_invoices_form import GetInvoicesForm
    from .get_invoices_form_status import GetInvoicesFormStatus
    from .get_reseller_ip_usage_form import GetResellerIpUsageForm
    from .get_reseller_ip_usage_form_system import GetResellerIpUsageFormSystem
    from .list_available_reseller_ips_form import ListAvailableResellerIpsForm
    from .list_customer_apps_form import ListCustomerAppsForm
    from .list_customer_stat_categories_form import ListCustomerStatCategoriesForm
    from .list_customers_form import ListCustomersForm
    from .list_free_reseller_ips_form import ListFreeResellerIpsForm
    from .list_invoice_numbers_form import ListInvoiceNumbersForm
    from .list_invoice_numbers_form_status import ListInvoiceNumbersFormStatus
    from .list_reseller_ips_form import ListResellerIpsForm
    from .list_reseller_ips_form_system import ListResellerIpsFormSystem
    from .list_taken_reseller_ips_form import ListTakenResellerIpsForm
    from .set_customer_event_notification_url_form import SetCustomerEventNotificationUrlForm
    from .set_customer_timezone_form import SetCustomerTimezoneForm
    from .setup_customer_app_form import SetupCustomerAppForm
    from .subuser import Subuser
    from .update_customer_email_form import UpdateCustomerEmailForm
    from .update_customer_parse_setting_form import UpdateCustomerParseSettingForm
    from .update_customer_parse_setting_form_spam_check import UpdateCustomerParseSettingFormSpamCheck
    from .update_customer_password_form import UpdateCustomerPasswordForm
    from .update_customer_profile_form import UpdateCustomerProfileForm
    from .update_customer_username_form import UpdateCustomerUsernameForm
    from .upgrade_customer_account_form import UpgradeCustomerAccountForm
    from .v2_account_overview import V2AccountOverview
    from .v2_app import V2App
    from .v2_app_setting_values import V2AppSettingValues
    from .v2_app_settings import V2AppSettings
    from .v2_bounce import V2Bounce
    from .v2_credit_limit import V2CreditLimit
    from .v2_customer import V2Customer
    from .v2_customer_category import V2CustomerCategory
    from .v2_customer_category_stats_day import V2CustomerCategoryStatsDay
    from .v2_customer_stats_day import V2CustomerStatsDay
    from .v2_customer_stats_totals import V2CustomerStatsTotals
    from .v2_error_body import V2ErrorBody
    from .v2_event_notification_url import V2EventNotificationUrl
    from .v2_invalid_email import V2InvalidEmail
    from .v2_invoice import V2Invoice
    from .v2_invoice_number import V2InvoiceNumber
    from .v2_ip import V2Ip
    from .v2_ip_usage import V2IpUsage
    from .v2_monitor_record import V2MonitorRecord
    from .v2_package import V2Package
    from .v2_parse_setting import V2ParseSetting
    from .v2_parse_settings import V2ParseSettings
    from .v2_spam_report import V2SpamReport
    from .v2_success_body import V2SuccessBody
    from .v2_timezone import V2Timezone
    from .v2_unsubscribe import V2Unsubscribe
    from .v2_whitelabel import V2Whitelabel
    from .v3_error_body import V3ErrorBody
    from .v3_error_item import V3ErrorItem

    pass

_MODULE_OF: dict[str, str] = {
    "ActivateCustomerAppForm": ".activate_customer_app_form",
    "AddCustomerUnsubscribesForm": ".add_customer_unsubscribes_form",
    "AppendCustomerToMonitorRecordForm": ".append_customer_to_monitor_record_form",
    "AppendWhitelabelToCustomerForm": ".append_whitelabel_to_customer_form",
    "AuthenticateCustomerForm": ".authenticate_customer_form",
    "CloseCustomerAccountForm": ".close_customer_account_form",
    "CreateCustomerForm": ".create_customer_form",
    "CreateCustomerFormFreeUser": ".create_customer_form_free_user",
    "CreateCustomerParseSettingForm": ".create_customer_parse_setting_form",
    "CreateCustomerParseSettingFormSpamCheck": ".create_customer_parse_setting_form_spam_check",
    "CreateMonitorRecordForm": ".create_monitor_record_form",
    "DeactivateCustomerAppForm": ".deactivate_customer_app_form",
    "DeleteCustomerBouncesForm": ".delete_customer_bounces_form",
    "DeleteCustomerEventNotificationUrlForm": ".delete_customer_event_notification_url_form",
    "DeleteCustomerForm": ".delete_customer_form",
    "DeleteCustomerInvalidEmailsForm": ".delete_customer_invalid_emails_form",
    "DeleteCustomerParseSettingForm": ".delete_customer_parse_setting_form",
    "DeleteCustomerSpamReportsForm": ".delete_customer_spam_reports_form",
    "DeleteCustomerUnsubscribesForm": ".delete_customer_unsubscribes_form",
    "DeleteMonitorRecordForm": ".delete_monitor_record_form",
    "DetachCustomerFromMonitorRecordForm": ".detach_customer_from_monitor_record_form",
    "DisableCustomerForm": ".disable_customer_form",
    "DisableCustomerWebsiteAccessForm": ".disable_customer_website_access_form",
    "DowngradeCustomerAccountForm": ".downgrade_customer_account_form",
    "EditMonitorRecordForm": ".edit_monitor_record_form",
    "EnableCustomerForm": ".enable_customer_form",
    "EnableCustomerWebsiteAccessForm": ".enable_customer_website_access_form",
    "GetCustomerAccountOverviewForm": ".get_customer_account_overview_form",
    "GetCustomerAggregateStatisticsForm": ".get_customer_aggregate_statistics_form",
    "GetCustomerAppSettingsForm": ".get_customer_app_settings_form",
    "GetCustomerBouncesForm": ".get_customer_bounces_form",
    "GetCustomerBouncesFormDate": ".get_customer_bounces_form_date",
    "GetCustomerCategoryStatisticsForm": ".get_customer_category_statistics_form",
    "GetCustomerCreditLimitForm": ".get_customer_credit_limit_form",
    "GetCustomerEventNotificationUrlForm": ".get_customer_event_notification_url_form",
    "GetCustomerInvalidEmailsForm": ".get_customer_invalid_emails_form",
    "GetCustomerInvalidEmailsFormDate": ".get_customer_invalid_emails_form_date",
    "GetCustomerParseSettingsForm": ".get_customer_parse_settings_form",
    "GetCustomerSpamReportsForm": ".get_customer_spam_reports_form",
    "GetCustomerSpamReportsFormDate": ".get_customer_spam_reports_form_date",
    "GetCustomerStatisticsForm": ".get_customer_statistics_form",
    "GetCustomerUnsubscribesForm": ".get_customer_unsubscribes_form",
    "GetCustomerUnsubscribesFormDate": ".get_customer_unsubscribes_form_date",
    "GetInvoicesForm": ".get_invoices_form",
    "GetInvoicesFormStatus": ".get_invoices_form_status",
    "GetResellerIpUsageForm": ".get_reseller_ip_usage_form",
    "GetResellerIpUsageFormSystem": ".get_reseller_ip_usage_form_system",
    "ListAvailableResellerIpsForm": ".list_available_reseller_ips_form",
    "ListCustomerAppsForm": ".list_customer_apps_form",
    "ListCustomerStatCategoriesForm": ".list_customer_stat_categories_form",
    "ListCustomersForm": ".list_customers_form",
    "ListFreeResellerIpsForm": ".list_free_reseller_ips_form",
    "ListInvoiceNumbersForm": ".list_invoice_numbers_form",
    "ListInvoiceNumbersFormStatus": ".list_invoice_numbers_form_status",
    "ListResellerIpsForm": ".list_reseller_ips_form",
    "ListResellerIpsFormSystem": ".list_reseller_ips_form_system",
    "ListTakenResellerIpsForm": ".list_taken_reseller_ips_form",
    "SetCustomerEventNotificationUrlForm": ".set_customer_event_notification_url_form",
    "SetCustomerTimezoneForm": ".set_customer_timezone_form",
    "SetupCustomerAppForm": ".setup_customer_app_form",
    "Subuser": ".subuser",
    "UpdateCustomerEmailForm": ".update_customer_email_form",
    "UpdateCustomerParseSettingForm": ".update_customer_parse_setting_form",
    "UpdateCustomerParseSettingFormSpamCheck": ".update_customer_parse_setting_form_spam_check",
    "UpdateCustomerPasswordForm": ".update_customer_password_form",
    "UpdateCustomerProfileForm": ".update_customer_profile_form",
    "UpdateCustomerUsernameForm": ".update_customer_username_form",
    "UpgradeCustomerAccountForm": ".upgrade_customer_account_form",
    "V2AccountOverview": ".v2_account_overview",
    "V2App": ".v2_app",
    "V2AppSettingValues": ".v2_app_setting_values",
    "V2AppSettings": ".v2_app_settings",
    "V2Bounce": ".v2_bounce",
    "V2CreditLimit": ".v2_credit_limit",
    "V2Customer": ".v2_customer",
    "V2CustomerCategory": ".v2_customer_category",
    "V2CustomerCategoryStatsDay": ".v2_customer_category_stats_day",
    "V2CustomerStatsDay": ".v2_customer_stats_day",
    "V2CustomerStatsTotals": ".v2_customer_stats_totals",
    "V2ErrorBody": ".v2_error_body",
    "V2EventNotificationUrl": ".v2_event_notification_url",
    "V2InvalidEmail": ".v2_invalid_email",
    "V2Invoice": ".v2_invoice",
    "V2InvoiceNumber": ".v2_invoice_number",
    "V2Ip": ".v2_ip",
    "V2IpUsage": ".v2_ip_usage",
    "V2MonitorRecord": ".v2_monitor_record",
    "V2Package": ".v2_package",
    "V2ParseSetting": ".v2_parse_setting",
    "V2ParseSettings": ".v2_parse_settings",
    "V2SpamReport": ".v2_spam_report",
    "V2SuccessBody": ".v2_success_body",
    "V2Timezone": ".v2_timezone",
    "V2Unsubscribe": ".v2_unsubscribe",
    "V2Whitelabel": ".v2_whitelabel",
    "V3ErrorBody": ".v3_error_body",
    "V3ErrorItem": ".v3_error_item",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


__all__ = (
    "ActivateCustomerAppForm",
    "AddCustomerUnsubscribesForm",
    "AppendCustomerToMonitorRecordForm",
    "AppendWhitelabelToCustomerForm",
    "AuthenticateCustomerForm",
    "CloseCustomerAccountForm",
    "CreateCustomerForm",
    "CreateCustomerFormFreeUser",
    "CreateCustomerParseSettingForm",
    "CreateCustomerParseSettingFormSpamCheck",
    "CreateMonitorRecordForm",
    "DeactivateCustomerAppForm",
    "DeleteCustomerBouncesForm",
    "DeleteCustomerEventNotificationUrlForm",
    "DeleteCustomerForm",
    "DeleteCustomerInvalidEmailsForm",
    "DeleteCustomerParseSettingForm",
    "DeleteCustomerSpamReportsForm",
    "DeleteCustomerUnsubscribesForm",
    "DeleteMonitorRecordForm",
    "DetachCustomerFromMonitorRecordForm",
    "DisableCustomerForm",
    "DisableCustomerWebsiteAccessForm",
    "DowngradeCustomerAccountForm",
    "EditMonitorRecordForm",
    "EnableCustomerForm",
    "EnableCustomerWebsiteAccessForm",
    "GetCustomerAccountOverviewForm",
    "GetCustomerAggregateStatisticsForm",
    "GetCustomerAppSettingsForm",
    "GetCustomerBouncesForm",
    "GetCustomerBouncesFormDate",
    "GetCustomerCategoryStatisticsForm",
    "GetCustomerCreditLimitForm",
    "GetCustomerEventNotificationUrlForm",
    "GetCustomerInvalidEmailsForm",
    "GetCustomerInvalidEmailsFormDate",
    "GetCustomerParseSettingsForm",
    "GetCustomerSpamReportsForm",
    "GetCustomerSpamReportsFormDate",
    "GetCustomerStatisticsForm",
    "GetCustomerUnsubscribesForm",
    "GetCustomerUnsubscribesFormDate",
    "GetInvoicesForm",
    "GetInvoicesFormStatus",
    "GetResellerIpUsageForm",
    "GetResellerIpUsageFormSystem",
    "ListAvailableResellerIpsForm",
    "ListCustomerAppsForm",
    "ListCustomersForm",
    "ListCustomerStatCategoriesForm",
    "ListFreeResellerIpsForm",
    "ListInvoiceNumbersForm",
    "ListInvoiceNumbersFormStatus",
    "ListResellerIpsForm",
    "ListResellerIpsFormSystem",
    "ListTakenResellerIpsForm",
    "SetCustomerEventNotificationUrlForm",
    "SetCustomerTimezoneForm",
    "SetupCustomerAppForm",
    "Subuser",
    "UpdateCustomerEmailForm",
    "UpdateCustomerParseSettingForm",
    "UpdateCustomerParseSettingFormSpamCheck",
    "UpdateCustomerPasswordForm",
    "UpdateCustomerProfileForm",
    "UpdateCustomerUsernameForm",
    "UpgradeCustomerAccountForm",
    "V2AccountOverview",
    "V2App",
    "V2AppSettings",
    "V2AppSettingValues",
    "V2Bounce",
    "V2CreditLimit",
    "V2Customer",
    "V2CustomerCategory",
    "V2CustomerCategoryStatsDay",
    "V2CustomerStatsDay",
    "V2CustomerStatsTotals",
    "V2ErrorBody",
    "V2EventNotificationUrl",
    "V2InvalidEmail",
    "V2Invoice",
    "V2InvoiceNumber",
    "V2Ip",
    "V2IpUsage",
    "V2MonitorRecord",
    "V2Package",
    "V2ParseSetting",
    "V2ParseSettings",
    "V2SpamReport",
    "V2SuccessBody",
    "V2Timezone",
    "V2Unsubscribe",
    "V2Whitelabel",
    "V3ErrorBody",
    "V3ErrorItem",
)
