# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""Every data model of the API. Models are imported on first use, so `import` stays fast."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .access_activity_list import AccessActivityList
    from .access_attempt import AccessAttempt
    from .activate_customer_app_form import ActivateCustomerAppForm
    from .add_customer_unsubscribes_form import AddCustomerUnsubscribesForm
    from .add_ips_request import AddIpsRequest
    from .add_send_ip_request import AddSendIpRequest
    from .added_ip import AddedIp
    from .added_ips import AddedIps
    from .added_send_ip import AddedSendIp
    from .address_group_status import AddressGroupStatus
    from .address_suppression_groups import AddressSuppressionGroups
    from .address_whitelist_setting import AddressWhitelistSetting
    from .advanced_stats_day import AdvancedStatsDay
    from .advanced_stats_entry import AdvancedStatsEntry
    from .advanced_stats_metrics import AdvancedStatsMetrics
    from .alert import Alert
    from .alert_create import AlertCreate
    from .alert_frequency import AlertFrequency
    from .alert_type import AlertType
    from .alert_update import AlertUpdate
    from .allowed_ip import AllowedIp
    from .allowed_ip_entry import AllowedIpEntry
    from .allowed_ip_ids import AllowedIpIds
    from .allowed_ip_list import AllowedIpList
    from .allowed_ips_add import AllowedIpsAdd
    from .api_key import ApiKey
    from .api_key_create import ApiKeyCreate
    from .api_key_list import ApiKeyList
    from .api_key_name import ApiKeyName
    from .append_customer_to_monitor_record_form import AppendCustomerToMonitorRecordForm
    from .append_whitelabel_to_customer_form import AppendWhitelabelToCustomerForm
    from .assigned_ip import AssignedIp
    from .authenticate_customer_form import AuthenticateCustomerForm
    from .authenticate_domain_request import AuthenticateDomainRequest
    from .authenticate_domain_request_region import AuthenticateDomainRequestRegion
    from .authenticated_domain import AuthenticatedDomain
    from .block import Block
    from .bounce import Bounce
    from .bounce_classification import BounceClassification
    from .bounce_classification_count import BounceClassificationCount
    from .bounce_classification_day import BounceClassificationDay
    from .bounce_classification_domains import BounceClassificationDomains
    from .bounce_classification_totals import BounceClassificationTotals
    from .bounce_domain_count import BounceDomainCount
    from .bounce_domain_day import BounceDomainDay
    from .bounce_purge_setting import BouncePurgeSetting
    from .branded_link import BrandedLink
    from .branded_link_dns import BrandedLinkDns
    from .branded_link_subuser import BrandedLinkSubuser
    from .branded_link_update import BrandedLinkUpdate
    from .branded_link_validation import BrandedLinkValidation
    from .branded_link_validation_results import BrandedLinkValidationResults
    from .click_tracking_setting import ClickTrackingSetting
    from .click_tracking_update import ClickTrackingUpdate
    from .client_type import ClientType
    from .close_customer_account_form import CloseCustomerAccountForm
    from .create_branded_link_request import CreateBrandedLinkRequest
    from .create_branded_link_request_region import CreateBrandedLinkRequestRegion
    from .create_customer_form import CreateCustomerForm
    from .create_customer_form_free_user import CreateCustomerFormFreeUser
    from .create_customer_parse_setting_form import CreateCustomerParseSettingForm
    from .create_customer_parse_setting_form_spam_check import CreateCustomerParseSettingFormSpamCheck
    from .create_monitor_record_form import CreateMonitorRecordForm
    from .create_reverse_dns_request import CreateReverseDnsRequest
    from .create_send_ip_pool_request import CreateSendIpPoolRequest
    from .create_subuser_request import CreateSubuserRequest
    from .create_subuser_request_region import CreateSubuserRequestRegion
    from .created_api_key import CreatedApiKey
    from .created_subuser import CreatedSubuser
    from .created_subuser_region import CreatedSubuserRegion
    from .credit_allocation import CreditAllocation
    from .credit_reset_frequency import CreditResetFrequency
    from .deactivate_customer_app_form import DeactivateCustomerAppForm
    from .delete_customer_bounces_form import DeleteCustomerBouncesForm
    from .delete_customer_event_notification_url_form import DeleteCustomerEventNotificationUrlForm
    from .delete_customer_form import DeleteCustomerForm
    from .delete_customer_invalid_emails_form import DeleteCustomerInvalidEmailsForm
    from .delete_customer_parse_setting_form import DeleteCustomerParseSettingForm
    from .delete_customer_spam_reports_form import DeleteCustomerSpamReportsForm
    from .delete_customer_unsubscribes_form import DeleteCustomerUnsubscribesForm
    from .delete_monitor_record_form import DeleteMonitorRecordForm
    from .deleted_webhook_security_policy import DeletedWebhookSecurityPolicy
    from .detach_customer_from_monitor_record_form import DetachCustomerFromMonitorRecordForm
    from .disable_customer_form import DisableCustomerForm
    from .disable_customer_website_access_form import DisableCustomerWebsiteAccessForm
    from .dns_record import DnsRecord
    from .dns_record_check import DnsRecordCheck
    from .dns_records_email_request import DnsRecordsEmailRequest
    from .domain_dns_records import DomainDnsRecords
    from .domain_ip import DomainIp
    from .domain_subuser import DomainSubuser
    from .domain_validation import DomainValidation
    from .domain_validation_results import DomainValidationResults
    from .downgrade_customer_account_form import DowngradeCustomerAccountForm
    from .edit_monitor_record_form import EditMonitorRecordForm
    from .email_stats_metrics import EmailStatsMetrics
    from .enable_customer_form import EnableCustomerForm
    from .enable_customer_website_access_form import EnableCustomerWebsiteAccessForm
    from .enforced_tls_settings import EnforcedTlsSettings
    from .event_webhook import EventWebhook
    from .event_webhook_list import EventWebhookList
    from .event_webhook_public_key import EventWebhookPublicKey
    from .event_webhook_settings import EventWebhookSettings
    from .event_webhook_signing import EventWebhookSigning
    from .event_webhook_test_request import EventWebhookTestRequest
    from .footer_setting import FooterSetting
    from .forward_bounce_setting import ForwardBounceSetting
    from .forward_spam_setting import ForwardSpamSetting
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
    from .get_geo_stats_country import GetGeoStatsCountry
    from .get_invoices_form import GetInvoicesForm
    from .get_invoices_form_status import GetInvoicesFormStatus
    from .get_reseller_ip_usage_form import GetResellerIpUsageForm
    from .get_reseller_ip_usage_form_system import GetResellerIpUsageFormSystem
    from .global_stats_day import GlobalStatsDay
    from .global_stats_entry import GlobalStatsEntry
    from .global_unsubscribe import GlobalUnsubscribe
    from .global_unsubscribe_lookup import GlobalUnsubscribeLookup
    from .google_analytics_setting import GoogleAnalyticsSetting
    from .group_suppression import GroupSuppression
    from .invalid_email import InvalidEmail
    from .ip_address import IpAddress
    from .ip_address_details import IpAddressDetails
    from .ip_pool import IpPool
    from .ip_pool_details import IpPoolDetails
    from .ip_pool_membership import IpPoolMembership
    from .ip_pool_name import IpPoolName
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
    from .list_templates_generations import ListTemplatesGenerations
    from .mail_setting_summary import MailSettingSummary
    from .mail_settings_list import MailSettingsList
    from .open_tracking_setting import OpenTrackingSetting
    from .parse_setting import ParseSetting
    from .parse_setting_list import ParseSettingList
    from .parse_stats_day import ParseStatsDay
    from .parse_stats_entry import ParseStatsEntry
    from .parse_stats_metrics import ParseStatsMetrics
    from .partner_account import PartnerAccount
    from .partner_account_create import PartnerAccountCreate
    from .partner_account_id import PartnerAccountId
    from .partner_account_ip import PartnerAccountIp
    from .partner_account_ip_list import PartnerAccountIpList
    from .partner_account_ip_page import PartnerAccountIpPage
    from .partner_account_ip_request import PartnerAccountIpRequest
    from .partner_account_ips_added import PartnerAccountIpsAdded
    from .partner_account_page import PartnerAccountPage
    from .partner_account_profile import PartnerAccountProfile
    from .partner_account_state import PartnerAccountState
    from .partner_account_state_state import PartnerAccountStateState
    from .partner_account_state_update import PartnerAccountStateUpdate
    from .partner_account_state_update_state import PartnerAccountStateUpdateState
    from .partner_catalog_entry import PartnerCatalogEntry
    from .partner_entitlements import PartnerEntitlements
    from .partner_ip_region import PartnerIpRegion
    from .partner_offering import PartnerOffering
    from .partner_offering_catalog import PartnerOfferingCatalog
    from .partner_offering_list import PartnerOfferingList
    from .partner_offering_type import PartnerOfferingType
    from .partner_pages import PartnerPages
    from .partner_setting import PartnerSetting
    from .partner_setting_list import PartnerSettingList
    from .pending_teammate import PendingTeammate
    from .pending_teammate_list import PendingTeammateList
    from .pooled_ip import PooledIp
    from .recipient_email_list import RecipientEmailList
    from .remaining_credits_adjustment import RemainingCreditsAdjustment
    from .remaining_ip_allowance import RemainingIpAllowance
    from .remaining_ips import RemainingIps
    from .reverse_dns import ReverseDns
    from .reverse_dns_user import ReverseDnsUser
    from .reverse_dns_validation import ReverseDnsValidation
    from .reverse_dns_validation_results import ReverseDnsValidationResults
    from .scope_list import ScopeList
    from .send_ip import SendIp
    from .send_ip_list import SendIpList
    from .send_ip_next_params import SendIpNextParams
    from .send_ip_page_metadata import SendIpPageMetadata
    from .send_ip_pool import SendIpPool
    from .send_ip_pool_details import SendIpPoolDetails
    from .send_ip_pool_ip import SendIpPoolIp
    from .send_ip_pool_ip_list import SendIpPoolIpList
    from .send_ip_pool_ips import SendIpPoolIps
    from .send_ip_pool_list import SendIpPoolList
    from .send_ip_pool_name import SendIpPoolName
    from .send_ip_pool_ref import SendIpPoolRef
    from .send_ip_pool_summary import SendIpPoolSummary
    from .send_ip_pool_with_ips import SendIpPoolWithIps
    from .send_ip_region import SendIpRegion
    from .send_ip_region_count import SendIpRegionCount
    from .send_ip_region_filter import SendIpRegionFilter
    from .send_ip_subuser_list import SendIpSubuserList
    from .send_ip_subusers import SendIpSubusers
    from .send_ip_subusers_assigned import SendIpSubusersAssigned
    from .set_customer_event_notification_url_form import SetCustomerEventNotificationUrlForm
    from .set_customer_timezone_form import SetCustomerTimezoneForm
    from .setup_customer_app_form import SetupCustomerAppForm
    from .sort_direction import SortDirection
    from .spam_report import SpamReport
    from .sso_certificate import SsoCertificate
    from .sso_certificate_create import SsoCertificateCreate
    from .sso_certificate_update import SsoCertificateUpdate
    from .sso_integration import SsoIntegration
    from .sso_integration_settings import SsoIntegrationSettings
    from .sso_persona import SsoPersona
    from .sso_subuser_access import SsoSubuserAccess
    from .sso_subuser_access_permission_type import SsoSubuserAccessPermissionType
    from .sso_subuser_access_request import SsoSubuserAccessRequest
    from .sso_subuser_access_request_permission_type import SsoSubuserAccessRequestPermissionType
    from .sso_teammate import SsoTeammate
    from .sso_teammate_create import SsoTeammateCreate
    from .sso_teammate_permissions import SsoTeammatePermissions
    from .sso_teammate_update import SsoTeammateUpdate
    from .sso_teammate_user_type import SsoTeammateUserType
    from .stats_aggregation import StatsAggregation
    from .stats_category import StatsCategory
    from .subscription_tracking_setting import SubscriptionTrackingSetting
    from .subuser import Subuser
    from .subuser_credits import SubuserCredits
    from .subuser_credits_type import SubuserCreditsType
    from .subuser_credits_update import SubuserCreditsUpdate
    from .subuser_credits_update_type import SubuserCreditsUpdateType
    from .subuser_ips import SubuserIps
    from .subuser_monthly_stats import SubuserMonthlyStats
    from .subuser_monthly_stats_entry import SubuserMonthlyStatsEntry
    from .subuser_permission_type import SubuserPermissionType
    from .subuser_reputation import SubuserReputation
    from .subuser_stats_day import SubuserStatsDay
    from .subuser_stats_entry import SubuserStatsEntry
    from .subuser_status_update import SubuserStatusUpdate
    from .subuser_username import SubuserUsername
    from .suppression_delete_request import SuppressionDeleteRequest
    from .suppression_group import SuppressionGroup
    from .suppression_group_create import SuppressionGroupCreate
    from .suppression_group_update import SuppressionGroupUpdate
    from .teammate import Teammate
    from .teammate_invite import TeammateInvite
    from .teammate_list import TeammateList
    from .teammate_permissions import TeammatePermissions
    from .teammate_profile import TeammateProfile
    from .teammate_subuser_access import TeammateSubuserAccess
    from .teammate_subuser_access_metadata import TeammateSubuserAccessMetadata
    from .teammate_subuser_access_next import TeammateSubuserAccessNext
    from .teammate_subuser_access_page import TeammateSubuserAccessPage
    from .teammate_user_type import TeammateUserType
    from .template import Template
    from .template_create import TemplateCreate
    from .template_editor import TemplateEditor
    from .template_generation import TemplateGeneration
    from .template_name import TemplateName
    from .template_page import TemplatePage
    from .template_page_metadata import TemplatePageMetadata
    from .template_setting import TemplateSetting
    from .template_version import TemplateVersion
    from .template_version_active import TemplateVersionActive
    from .template_version_settings import TemplateVersionSettings
    from .template_version_settings_active import TemplateVersionSettingsActive
    from .template_warning import TemplateWarning
    from .tracking_setting_summary import TrackingSettingSummary
    from .tracking_settings_list import TrackingSettingsList
    from .update_customer_email_form import UpdateCustomerEmailForm
    from .update_customer_parse_setting_form import UpdateCustomerParseSettingForm
    from .update_customer_parse_setting_form_spam_check import UpdateCustomerParseSettingFormSpamCheck
    from .update_customer_password_form import UpdateCustomerPasswordForm
    from .update_customer_profile_form import UpdateCustomerProfileForm
    from .update_customer_username_form import UpdateCustomerUsernameForm
    from .update_domain_request import UpdateDomainRequest
    from .update_send_ip_request import UpdateSendIpRequest
    from .updated_send_ip import UpdatedSendIp
    from .upgrade_customer_account_form import UpgradeCustomerAccountForm
    from .user_account import UserAccount
    from .user_account_type import UserAccountType
    from .user_credits import UserCredits
    from .user_email import UserEmail
    from .user_password_change import UserPasswordChange
    from .user_password_changed import UserPasswordChanged
    from .user_profile import UserProfile
    from .user_username import UserUsername
    from .user_username_and_id import UserUsernameAndId
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
    from .verified_sender import VerifiedSender
    from .verified_sender_list import VerifiedSenderList
    from .verified_sender_request import VerifiedSenderRequest
    from .verified_sender_step_flags import VerifiedSenderStepFlags
    from .verified_sender_steps import VerifiedSenderSteps
    from .verified_sender_update import VerifiedSenderUpdate
    from .verified_sender_warn_domain_lists import VerifiedSenderWarnDomainLists
    from .verified_sender_warn_domains import VerifiedSenderWarnDomains
    from .warmup_ip import WarmupIp
    from .warmup_ip_request import WarmupIpRequest
    from .webhook_security_o_auth import WebhookSecurityOAuth
    from .webhook_security_o_auth_settings import WebhookSecurityOAuthSettings
    from .webhook_security_policy import WebhookSecurityPolicy
    from .webhook_security_policy_envelope import WebhookSecurityPolicyEnvelope
    from .webhook_security_policy_list import WebhookSecurityPolicyList
    from .webhook_security_policy_settings import WebhookSecurityPolicySettings
    from .webhook_security_signature import WebhookSecuritySignature
    from .webhook_security_signature_settings import WebhookSecuritySignatureSettings
    from .website_access_update import WebsiteAccessUpdate

    pass

_MODULE_OF: dict[str, str] = {
    "AccessActivityList": ".access_activity_list",
    "AccessAttempt": ".access_attempt",
    "ActivateCustomerAppForm": ".activate_customer_app_form",
    "AddCustomerUnsubscribesForm": ".add_customer_unsubscribes_form",
    "AddIpsRequest": ".add_ips_request",
    "AddSendIpRequest": ".add_send_ip_request",
    "AddedIp": ".added_ip",
    "AddedIps": ".added_ips",
    "AddedSendIp": ".added_send_ip",
    "AddressGroupStatus": ".address_group_status",
    "AddressSuppressionGroups": ".address_suppression_groups",
    "AddressWhitelistSetting": ".address_whitelist_setting",
    "AdvancedStatsDay": ".advanced_stats_day",
    "AdvancedStatsEntry": ".advanced_stats_entry",
    "AdvancedStatsMetrics": ".advanced_stats_metrics",
    "Alert": ".alert",
    "AlertCreate": ".alert_create",
    "AlertFrequency": ".alert_frequency",
    "AlertType": ".alert_type",
    "AlertUpdate": ".alert_update",
    "AllowedIp": ".allowed_ip",
    "AllowedIpEntry": ".allowed_ip_entry",
    "AllowedIpIds": ".allowed_ip_ids",
    "AllowedIpList": ".allowed_ip_list",
    "AllowedIpsAdd": ".allowed_ips_add",
    "ApiKey": ".api_key",
    "ApiKeyCreate": ".api_key_create",
    "ApiKeyList": ".api_key_list",
    "ApiKeyName": ".api_key_name",
    "AppendCustomerToMonitorRecordForm": ".append_customer_to_monitor_record_form",
    "AppendWhitelabelToCustomerForm": ".append_whitelabel_to_customer_form",
    "AssignedIp": ".assigned_ip",
    "AuthenticateCustomerForm": ".authenticate_customer_form",
    "AuthenticateDomainRequest": ".authenticate_domain_request",
    "AuthenticateDomainRequestRegion": ".authenticate_domain_request_region",
    "AuthenticatedDomain": ".authenticated_domain",
    "Block": ".block",
    "Bounce": ".bounce",
    "BounceClassification": ".bounce_classification",
    "BounceClassificationCount": ".bounce_classification_count",
    "BounceClassificationDay": ".bounce_classification_day",
    "BounceClassificationDomains": ".bounce_classification_domains",
    "BounceClassificationTotals": ".bounce_classification_totals",
    "BounceDomainCount": ".bounce_domain_count",
    "BounceDomainDay": ".bounce_domain_day",
    "BouncePurgeSetting": ".bounce_purge_setting",
    "BrandedLink": ".branded_link",
    "BrandedLinkDns": ".branded_link_dns",
    "BrandedLinkSubuser": ".branded_link_subuser",
    "BrandedLinkUpdate": ".branded_link_update",
    "BrandedLinkValidation": ".branded_link_validation",
    "BrandedLinkValidationResults": ".branded_link_validation_results",
    "ClickTrackingSetting": ".click_tracking_setting",
    "ClickTrackingUpdate": ".click_tracking_update",
    "ClientType": ".client_type",
    "CloseCustomerAccountForm": ".close_customer_account_form",
    "CreateBrandedLinkRequest": ".create_branded_link_request",
    "CreateBrandedLinkRequestRegion": ".create_branded_link_request_region",
    "CreateCustomerForm": ".create_customer_form",
    "CreateCustomerFormFreeUser": ".create_customer_form_free_user",
    "CreateCustomerParseSettingForm": ".create_customer_parse_setting_form",
    "CreateCustomerParseSettingFormSpamCheck": ".create_customer_parse_setting_form_spam_check",
    "CreateMonitorRecordForm": ".create_monitor_record_form",
    "CreateReverseDnsRequest": ".create_reverse_dns_request",
    "CreateSendIpPoolRequest": ".create_send_ip_pool_request",
    "CreateSubuserRequest": ".create_subuser_request",
    "CreateSubuserRequestRegion": ".create_subuser_request_region",
    "CreatedApiKey": ".created_api_key",
    "CreatedSubuser": ".created_subuser",
    "CreatedSubuserRegion": ".created_subuser_region",
    "CreditAllocation": ".credit_allocation",
    "CreditResetFrequency": ".credit_reset_frequency",
    "DeactivateCustomerAppForm": ".deactivate_customer_app_form",
    "DeleteCustomerBouncesForm": ".delete_customer_bounces_form",
    "DeleteCustomerEventNotificationUrlForm": ".delete_customer_event_notification_url_form",
    "DeleteCustomerForm": ".delete_customer_form",
    "DeleteCustomerInvalidEmailsForm": ".delete_customer_invalid_emails_form",
    "DeleteCustomerParseSettingForm": ".delete_customer_parse_setting_form",
    "DeleteCustomerSpamReportsForm": ".delete_customer_spam_reports_form",
    "DeleteCustomerUnsubscribesForm": ".delete_customer_unsubscribes_form",
    "DeleteMonitorRecordForm": ".delete_monitor_record_form",
    "DeletedWebhookSecurityPolicy": ".deleted_webhook_security_policy",
    "DetachCustomerFromMonitorRecordForm": ".detach_customer_from_monitor_record_form",
    "DisableCustomerForm": ".disable_customer_form",
    "DisableCustomerWebsiteAccessForm": ".disable_customer_website_access_form",
    "DnsRecord": ".dns_record",
    "DnsRecordCheck": ".dns_record_check",
    "DnsRecordsEmailRequest": ".dns_records_email_request",
    "DomainDnsRecords": ".domain_dns_records",
    "DomainIp": ".domain_ip",
    "DomainSubuser": ".domain_subuser",
    "DomainValidation": ".domain_validation",
    "DomainValidationResults": ".domain_validation_results",
    "DowngradeCustomerAccountForm": ".downgrade_customer_account_form",
    "EditMonitorRecordForm": ".edit_monitor_record_form",
    "EmailStatsMetrics": ".email_stats_metrics",
    "EnableCustomerForm": ".enable_customer_form",
    "EnableCustomerWebsiteAccessForm": ".enable_customer_website_access_form",
    "EnforcedTlsSettings": ".enforced_tls_settings",
    "EventWebhook": ".event_webhook",
    "EventWebhookList": ".event_webhook_list",
    "EventWebhookPublicKey": ".event_webhook_public_key",
    "EventWebhookSettings": ".event_webhook_settings",
    "EventWebhookSigning": ".event_webhook_signing",
    "EventWebhookTestRequest": ".event_webhook_test_request",
    "FooterSetting": ".footer_setting",
    "ForwardBounceSetting": ".forward_bounce_setting",
    "ForwardSpamSetting": ".forward_spam_setting",
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
    "GetGeoStatsCountry": ".get_geo_stats_country",
    "GetInvoicesForm": ".get_invoices_form",
    "GetInvoicesFormStatus": ".get_invoices_form_status",
    "GetResellerIpUsageForm": ".get_reseller_ip_usage_form",
    "GetResellerIpUsageFormSystem": ".get_reseller_ip_usage_form_system",
    "GlobalStatsDay": ".global_stats_day",
    "GlobalStatsEntry": ".global_stats_entry",
    "GlobalUnsubscribe": ".global_unsubscribe",
    "GlobalUnsubscribeLookup": ".global_unsubscribe_lookup",
    "GoogleAnalyticsSetting": ".google_analytics_setting",
    "GroupSuppression": ".group_suppression",
    "InvalidEmail": ".invalid_email",
    "IpAddress": ".ip_address",
    "IpAddressDetails": ".ip_address_details",
    "IpPool": ".ip_pool",
    "IpPoolDetails": ".ip_pool_details",
    "IpPoolMembership": ".ip_pool_membership",
    "IpPoolName": ".ip_pool_name",
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
    "ListTemplatesGenerations": ".list_templates_generations",
    "MailSettingSummary": ".mail_setting_summary",
    "MailSettingsList": ".mail_settings_list",
    "OpenTrackingSetting": ".open_tracking_setting",
    "ParseSetting": ".parse_setting",
    "ParseSettingList": ".parse_setting_list",
    "ParseStatsDay": ".parse_stats_day",
    "ParseStatsEntry": ".parse_stats_entry",
    "ParseStatsMetrics": ".parse_stats_metrics",
    "PartnerAccount": ".partner_account",
    "PartnerAccountCreate": ".partner_account_create",
    "PartnerAccountId": ".partner_account_id",
    "PartnerAccountIp": ".partner_account_ip",
    "PartnerAccountIpList": ".partner_account_ip_list",
    "PartnerAccountIpPage": ".partner_account_ip_page",
    "PartnerAccountIpRequest": ".partner_account_ip_request",
    "PartnerAccountIpsAdded": ".partner_account_ips_added",
    "PartnerAccountPage": ".partner_account_page",
    "PartnerAccountProfile": ".partner_account_profile",
    "PartnerAccountState": ".partner_account_state",
    "PartnerAccountStateState": ".partner_account_state_state",
    "PartnerAccountStateUpdate": ".partner_account_state_update",
    "PartnerAccountStateUpdateState": ".partner_account_state_update_state",
    "PartnerCatalogEntry": ".partner_catalog_entry",
    "PartnerEntitlements": ".partner_entitlements",
    "PartnerIpRegion": ".partner_ip_region",
    "PartnerOffering": ".partner_offering",
    "PartnerOfferingCatalog": ".partner_offering_catalog",
    "PartnerOfferingList": ".partner_offering_list",
    "PartnerOfferingType": ".partner_offering_type",
    "PartnerPages": ".partner_pages",
    "PartnerSetting": ".partner_setting",
    "PartnerSettingList": ".partner_setting_list",
    "PendingTeammate": ".pending_teammate",
    "PendingTeammateList": ".pending_teammate_list",
    "PooledIp": ".pooled_ip",
    "RecipientEmailList": ".recipient_email_list",
    "RemainingCreditsAdjustment": ".remaining_credits_adjustment",
    "RemainingIpAllowance": ".remaining_ip_allowance",
    "RemainingIps": ".remaining_ips",
    "ReverseDns": ".reverse_dns",
    "ReverseDnsUser": ".reverse_dns_user",
    "ReverseDnsValidation": ".reverse_dns_validation",
    "ReverseDnsValidationResults": ".reverse_dns_validation_results",
    "ScopeList": ".scope_list",
    "SendIp": ".send_ip",
    "SendIpList": ".send_ip_list",
    "SendIpNextParams": ".send_ip_next_params",
    "SendIpPageMetadata": ".send_ip_page_metadata",
    "SendIpPool": ".send_ip_pool",
    "SendIpPoolDetails": ".send_ip_pool_details",
    "SendIpPoolIp": ".send_ip_pool_ip",
    "SendIpPoolIpList": ".send_ip_pool_ip_list",
    "SendIpPoolIps": ".send_ip_pool_ips",
    "SendIpPoolList": ".send_ip_pool_list",
    "SendIpPoolName": ".send_ip_pool_name",
    "SendIpPoolRef": ".send_ip_pool_ref",
    "SendIpPoolSummary": ".send_ip_pool_summary",
    "SendIpPoolWithIps": ".send_ip_pool_with_ips",
    "SendIpRegion": ".send_ip_region",
    "SendIpRegionCount": ".send_ip_region_count",
    "SendIpRegionFilter": ".send_ip_region_filter",
    "SendIpSubuserList": ".send_ip_subuser_list",
    "SendIpSubusers": ".send_ip_subusers",
    "SendIpSubusersAssigned": ".send_ip_subusers_assigned",
    "SetCustomerEventNotificationUrlForm": ".set_customer_event_notification_url_form",
    "SetCustomerTimezoneForm": ".set_customer_timezone_form",
    "SetupCustomerAppForm": ".setup_customer_app_form",
    "SortDirection": ".sort_direction",
    "SpamReport": ".spam_report",
    "SsoCertificate": ".sso_certificate",
    "SsoCertificateCreate": ".sso_certificate_create",
    "SsoCertificateUpdate": ".sso_certificate_update",
    "SsoIntegration": ".sso_integration",
    "SsoIntegrationSettings": ".sso_integration_settings",
    "SsoPersona": ".sso_persona",
    "SsoSubuserAccess": ".sso_subuser_access",
    "SsoSubuserAccessPermissionType": ".sso_subuser_access_permission_type",
    "SsoSubuserAccessRequest": ".sso_subuser_access_request",
    "SsoSubuserAccessRequestPermissionType": ".sso_subuser_access_request_permission_type",
    "SsoTeammate": ".sso_teammate",
    "SsoTeammateCreate": ".sso_teammate_create",
    "SsoTeammatePermissions": ".sso_teammate_permissions",
    "SsoTeammateUpdate": ".sso_teammate_update",
    "SsoTeammateUserType": ".sso_teammate_user_type",
    "StatsAggregation": ".stats_aggregation",
    "StatsCategory": ".stats_category",
    "SubscriptionTrackingSetting": ".subscription_tracking_setting",
    "Subuser": ".subuser",
    "SubuserCredits": ".subuser_credits",
    "SubuserCreditsType": ".subuser_credits_type",
    "SubuserCreditsUpdate": ".subuser_credits_update",
    "SubuserCreditsUpdateType": ".subuser_credits_update_type",
    "SubuserIps": ".subuser_ips",
    "SubuserMonthlyStats": ".subuser_monthly_stats",
    "SubuserMonthlyStatsEntry": ".subuser_monthly_stats_entry",
    "SubuserPermissionType": ".subuser_permission_type",
    "SubuserReputation": ".subuser_reputation",
    "SubuserStatsDay": ".subuser_stats_day",
    "SubuserStatsEntry": ".subuser_stats_entry",
    "SubuserStatusUpdate": ".subuser_status_update",
    "SubuserUsername": ".subuser_username",
    "SuppressionDeleteRequest": ".suppression_delete_request",
    "SuppressionGroup": ".suppression_group",
    "SuppressionGroupCreate": ".suppression_group_create",
    "SuppressionGroupUpdate": ".suppression_group_update",
    "Teammate": ".teammate",
    "TeammateInvite": ".teammate_invite",
    "TeammateList": ".teammate_list",
    "TeammatePermissions": ".teammate_permissions",
    "TeammateProfile": ".teammate_profile",
    "TeammateSubuserAccess": ".teammate_subuser_access",
    "TeammateSubuserAccessMetadata": ".teammate_subuser_access_metadata",
    "TeammateSubuserAccessNext": ".teammate_subuser_access_next",
    "TeammateSubuserAccessPage": ".teammate_subuser_access_page",
    "TeammateUserType": ".teammate_user_type",
    "Template": ".template",
    "TemplateCreate": ".template_create",
    "TemplateEditor": ".template_editor",
    "TemplateGeneration": ".template_generation",
    "TemplateName": ".template_name",
    "TemplatePage": ".template_page",
    "TemplatePageMetadata": ".template_page_metadata",
    "TemplateSetting": ".template_setting",
    "TemplateVersion": ".template_version",
    "TemplateVersionActive": ".template_version_active",
    "TemplateVersionSettings": ".template_version_settings",
    "TemplateVersionSettingsActive": ".template_version_settings_active",
    "TemplateWarning": ".template_warning",
    "TrackingSettingSummary": ".tracking_setting_summary",
    "TrackingSettingsList": ".tracking_settings_list",
    "UpdateCustomerEmailForm": ".update_customer_email_form",
    "UpdateCustomerParseSettingForm": ".update_customer_parse_setting_form",
    "UpdateCustomerParseSettingFormSpamCheck": ".update_customer_parse_setting_form_spam_check",
    "UpdateCustomerPasswordForm": ".update_customer_password_form",
    "UpdateCustomerProfileForm": ".update_customer_profile_form",
    "UpdateCustomerUsernameForm": ".update_customer_username_form",
    "UpdateDomainRequest": ".update_domain_request",
    "UpdateSendIpRequest": ".update_send_ip_request",
    "UpdatedSendIp": ".updated_send_ip",
    "UpgradeCustomerAccountForm": ".upgrade_customer_account_form",
    "UserAccount": ".user_account",
    "UserAccountType": ".user_account_type",
    "UserCredits": ".user_credits",
    "UserEmail": ".user_email",
    "UserPasswordChange": ".user_password_change",
    "UserPasswordChanged": ".user_password_changed",
    "UserProfile": ".user_profile",
    "UserUsername": ".user_username",
    "UserUsernameAndId": ".user_username_and_id",
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
    "VerifiedSender": ".verified_sender",
    "VerifiedSenderList": ".verified_sender_list",
    "VerifiedSenderRequest": ".verified_sender_request",
    "VerifiedSenderStepFlags": ".verified_sender_step_flags",
    "VerifiedSenderSteps": ".verified_sender_steps",
    "VerifiedSenderUpdate": ".verified_sender_update",
    "VerifiedSenderWarnDomainLists": ".verified_sender_warn_domain_lists",
    "VerifiedSenderWarnDomains": ".verified_sender_warn_domains",
    "WarmupIp": ".warmup_ip",
    "WarmupIpRequest": ".warmup_ip_request",
    "WebhookSecurityOAuth": ".webhook_security_o_auth",
    "WebhookSecurityOAuthSettings": ".webhook_security_o_auth_settings",
    "WebhookSecurityPolicy": ".webhook_security_policy",
    "WebhookSecurityPolicyEnvelope": ".webhook_security_policy_envelope",
    "WebhookSecurityPolicyList": ".webhook_security_policy_list",
    "WebhookSecurityPolicySettings": ".webhook_security_policy_settings",
    "WebhookSecuritySignature": ".webhook_security_signature",
    "WebhookSecuritySignatureSettings": ".webhook_security_signature_settings",
    "WebsiteAccessUpdate": ".website_access_update",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


__all__ = (
    "AccessActivityList",
    "AccessAttempt",
    "ActivateCustomerAppForm",
    "AddCustomerUnsubscribesForm",
    "AddedIp",
    "AddedIps",
    "AddedSendIp",
    "AddIpsRequest",
    "AddressGroupStatus",
    "AddressSuppressionGroups",
    "AddressWhitelistSetting",
    "AddSendIpRequest",
    "AdvancedStatsDay",
    "AdvancedStatsEntry",
    "AdvancedStatsMetrics",
    "Alert",
    "AlertCreate",
    "AlertFrequency",
    "AlertType",
    "AlertUpdate",
    "AllowedIp",
    "AllowedIpEntry",
    "AllowedIpIds",
    "AllowedIpList",
    "AllowedIpsAdd",
    "ApiKey",
    "ApiKeyCreate",
    "ApiKeyList",
    "ApiKeyName",
    "AppendCustomerToMonitorRecordForm",
    "AppendWhitelabelToCustomerForm",
    "AssignedIp",
    "AuthenticateCustomerForm",
    "AuthenticatedDomain",
    "AuthenticateDomainRequest",
    "AuthenticateDomainRequestRegion",
    "Block",
    "Bounce",
    "BounceClassification",
    "BounceClassificationCount",
    "BounceClassificationDay",
    "BounceClassificationDomains",
    "BounceClassificationTotals",
    "BounceDomainCount",
    "BounceDomainDay",
    "BouncePurgeSetting",
    "BrandedLink",
    "BrandedLinkDns",
    "BrandedLinkSubuser",
    "BrandedLinkUpdate",
    "BrandedLinkValidation",
    "BrandedLinkValidationResults",
    "ClickTrackingSetting",
    "ClickTrackingUpdate",
    "ClientType",
    "CloseCustomerAccountForm",
    "CreateBrandedLinkRequest",
    "CreateBrandedLinkRequestRegion",
    "CreateCustomerForm",
    "CreateCustomerFormFreeUser",
    "CreateCustomerParseSettingForm",
    "CreateCustomerParseSettingFormSpamCheck",
    "CreatedApiKey",
    "CreatedSubuser",
    "CreatedSubuserRegion",
    "CreateMonitorRecordForm",
    "CreateReverseDnsRequest",
    "CreateSendIpPoolRequest",
    "CreateSubuserRequest",
    "CreateSubuserRequestRegion",
    "CreditAllocation",
    "CreditResetFrequency",
    "DeactivateCustomerAppForm",
    "DeleteCustomerBouncesForm",
    "DeleteCustomerEventNotificationUrlForm",
    "DeleteCustomerForm",
    "DeleteCustomerInvalidEmailsForm",
    "DeleteCustomerParseSettingForm",
    "DeleteCustomerSpamReportsForm",
    "DeleteCustomerUnsubscribesForm",
    "DeletedWebhookSecurityPolicy",
    "DeleteMonitorRecordForm",
    "DetachCustomerFromMonitorRecordForm",
    "DisableCustomerForm",
    "DisableCustomerWebsiteAccessForm",
    "DnsRecord",
    "DnsRecordCheck",
    "DnsRecordsEmailRequest",
    "DomainDnsRecords",
    "DomainIp",
    "DomainSubuser",
    "DomainValidation",
    "DomainValidationResults",
    "DowngradeCustomerAccountForm",
    "EditMonitorRecordForm",
    "EmailStatsMetrics",
    "EnableCustomerForm",
    "EnableCustomerWebsiteAccessForm",
    "EnforcedTlsSettings",
    "EventWebhook",
    "EventWebhookList",
    "EventWebhookPublicKey",
    "EventWebhookSettings",
    "EventWebhookSigning",
    "EventWebhookTestRequest",
    "FooterSetting",
    "ForwardBounceSetting",
    "ForwardSpamSetting",
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
    "GetGeoStatsCountry",
    "GetInvoicesForm",
    "GetInvoicesFormStatus",
    "GetResellerIpUsageForm",
    "GetResellerIpUsageFormSystem",
    "GlobalStatsDay",
    "GlobalStatsEntry",
    "GlobalUnsubscribe",
    "GlobalUnsubscribeLookup",
    "GoogleAnalyticsSetting",
    "GroupSuppression",
    "InvalidEmail",
    "IpAddress",
    "IpAddressDetails",
    "IpPool",
    "IpPoolDetails",
    "IpPoolMembership",
    "IpPoolName",
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
    "ListTemplatesGenerations",
    "MailSettingsList",
    "MailSettingSummary",
    "OpenTrackingSetting",
    "ParseSetting",
    "ParseSettingList",
    "ParseStatsDay",
    "ParseStatsEntry",
    "ParseStatsMetrics",
    "PartnerAccount",
    "PartnerAccountCreate",
    "PartnerAccountId",
    "PartnerAccountIp",
    "PartnerAccountIpList",
    "PartnerAccountIpPage",
    "PartnerAccountIpRequest",
    "PartnerAccountIpsAdded",
    "PartnerAccountPage",
    "PartnerAccountProfile",
    "PartnerAccountState",
    "PartnerAccountStateState",
    "PartnerAccountStateUpdate",
    "PartnerAccountStateUpdateState",
    "PartnerCatalogEntry",
    "PartnerEntitlements",
    "PartnerIpRegion",
    "PartnerOffering",
    "PartnerOfferingCatalog",
    "PartnerOfferingList",
    "PartnerOfferingType",
    "PartnerPages",
    "PartnerSetting",
    "PartnerSettingList",
    "PendingTeammate",
    "PendingTeammateList",
    "PooledIp",
    "RecipientEmailList",
    "RemainingCreditsAdjustment",
    "RemainingIpAllowance",
    "RemainingIps",
    "ReverseDns",
    "ReverseDnsUser",
    "ReverseDnsValidation",
    "ReverseDnsValidationResults",
    "ScopeList",
    "SendIp",
    "SendIpList",
    "SendIpNextParams",
    "SendIpPageMetadata",
    "SendIpPool",
    "SendIpPoolDetails",
    "SendIpPoolIp",
    "SendIpPoolIpList",
    "SendIpPoolIps",
    "SendIpPoolList",
    "SendIpPoolName",
    "SendIpPoolRef",
    "SendIpPoolSummary",
    "SendIpPoolWithIps",
    "SendIpRegion",
    "SendIpRegionCount",
    "SendIpRegionFilter",
    "SendIpSubuserList",
    "SendIpSubusers",
    "SendIpSubusersAssigned",
    "SetCustomerEventNotificationUrlForm",
    "SetCustomerTimezoneForm",
    "SetupCustomerAppForm",
    "SortDirection",
    "SpamReport",
    "SsoCertificate",
    "SsoCertificateCreate",
    "SsoCertificateUpdate",
    "SsoIntegration",
    "SsoIntegrationSettings",
    "SsoPersona",
    "SsoSubuserAccess",
    "SsoSubuserAccessPermissionType",
    "SsoSubuserAccessRequest",
    "SsoSubuserAccessRequestPermissionType",
    "SsoTeammate",
    "SsoTeammateCreate",
    "SsoTeammatePermissions",
    "SsoTeammateUpdate",
    "SsoTeammateUserType",
    "StatsAggregation",
    "StatsCategory",
    "SubscriptionTrackingSetting",
    "Subuser",
    "SubuserCredits",
    "SubuserCreditsType",
    "SubuserCreditsUpdate",
    "SubuserCreditsUpdateType",
    "SubuserIps",
    "SubuserMonthlyStats",
    "SubuserMonthlyStatsEntry",
    "SubuserPermissionType",
    "SubuserReputation",
    "SubuserStatsDay",
    "SubuserStatsEntry",
    "SubuserStatusUpdate",
    "SubuserUsername",
    "SuppressionDeleteRequest",
    "SuppressionGroup",
    "SuppressionGroupCreate",
    "SuppressionGroupUpdate",
    "Teammate",
    "TeammateInvite",
    "TeammateList",
    "TeammatePermissions",
    "TeammateProfile",
    "TeammateSubuserAccess",
    "TeammateSubuserAccessMetadata",
    "TeammateSubuserAccessNext",
    "TeammateSubuserAccessPage",
    "TeammateUserType",
    "Template",
    "TemplateCreate",
    "TemplateEditor",
    "TemplateGeneration",
    "TemplateName",
    "TemplatePage",
    "TemplatePageMetadata",
    "TemplateSetting",
    "TemplateVersion",
    "TemplateVersionActive",
    "TemplateVersionSettings",
    "TemplateVersionSettingsActive",
    "TemplateWarning",
    "TrackingSettingsList",
    "TrackingSettingSummary",
    "UpdateCustomerEmailForm",
    "UpdateCustomerParseSettingForm",
    "UpdateCustomerParseSettingFormSpamCheck",
    "UpdateCustomerPasswordForm",
    "UpdateCustomerProfileForm",
    "UpdateCustomerUsernameForm",
    "UpdateDomainRequest",
    "UpdatedSendIp",
    "UpdateSendIpRequest",
    "UpgradeCustomerAccountForm",
    "UserAccount",
    "UserAccountType",
    "UserCredits",
    "UserEmail",
    "UserPasswordChange",
    "UserPasswordChanged",
    "UserProfile",
    "UserUsername",
    "UserUsernameAndId",
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
    "VerifiedSender",
    "VerifiedSenderList",
    "VerifiedSenderRequest",
    "VerifiedSenderStepFlags",
    "VerifiedSenderSteps",
    "VerifiedSenderUpdate",
    "VerifiedSenderWarnDomainLists",
    "VerifiedSenderWarnDomains",
    "WarmupIp",
    "WarmupIpRequest",
    "WebhookSecurityOAuth",
    "WebhookSecurityOAuthSettings",
    "WebhookSecurityPolicy",
    "WebhookSecurityPolicyEnvelope",
    "WebhookSecurityPolicyList",
    "WebhookSecurityPolicySettings",
    "WebhookSecuritySignature",
    "WebhookSecuritySignatureSettings",
    "WebsiteAccessUpdate",
)
