# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""Every data model of the API. Models are imported on first use, so `import` stays fast."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .add_ips_request import AddIpsRequest
    from .added_ip import AddedIp
    from .added_ips import AddedIps
    from .address_group_status import AddressGroupStatus
    from .address_suppression_groups import AddressSuppressionGroups
    from .assigned_ip import AssignedIp
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
    from .create_customer_form import CreateCustomerForm
    from .create_customer_form_free_user import CreateCustomerFormFreeUser
    from .create_subuser_request import CreateSubuserRequest
    from .create_subuser_request_region import CreateSubuserRequestRegion
    from .created_subuser import CreatedSubuser
    from .created_subuser_region import CreatedSubuserRegion
    from .credit_allocation import CreditAllocation
    from .credit_reset_frequency import CreditResetFrequency
    from .delete_customer_form import DeleteCustomerForm
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
    from .email_stats_metrics import EmailStatsMetrics
    from .enable_customer_form import EnableCustomerForm
    from .enable_customer_website_access_form import EnableCustomerWebsiteAccessForm
    from .event_webhook import EventWebhook
    from .event_webhook_list import EventWebhookList
    from .event_webhook_public_key import EventWebhookPublicKey
    from .event_webhook_settings import EventWebhookSettings
    from .event_webhook_signing import EventWebhookSigning
    from .event_webhook_test_request import EventWebhookTestRequest
    from .global_unsubscribe import GlobalUnsubscribe
    from .global_unsubscribe_lookup import GlobalUnsubscribeLookup
    from .group_suppression import GroupSuppression
    from .invalid_email import InvalidEmail
    from .ip_address import IpAddress
    from .ip_address_details import IpAddressDetails
    from .ip_pool import IpPool
    from .ip_pool_details import IpPoolDetails
    from .ip_pool_membership import IpPoolMembership
    from .ip_pool_name import IpPoolName
    from .list_customers_form import ListCustomersForm
    from .parse_setting import ParseSetting
    from .parse_setting_list import ParseSettingList
    from .parse_stats_day import ParseStatsDay
    from .parse_stats_entry import ParseStatsEntry
    from .parse_stats_metrics import ParseStatsMetrics
    from .pooled_ip import PooledIp
    from .recipient_emails import RecipientEmails
    from .remaining_credits_adjustment import RemainingCreditsAdjustment
    from .remaining_ip_allowance import RemainingIpAllowance
    from .remaining_ips import RemainingIps
    from .sort_direction import SortDirection
    from .spam_report import SpamReport
    from .stats_aggregation import StatsAggregation
    from .subuser import Subuser
    from .subuser_credits import SubuserCredits
    from .subuser_credits_type import SubuserCreditsType
    from .subuser_credits_update import SubuserCreditsUpdate
    from .subuser_credits_update_type import SubuserCreditsUpdateType
    from .subuser_ips import SubuserIps
    from .subuser_monthly_stats import SubuserMonthlyStats
    from .subuser_monthly_stats_entry import SubuserMonthlyStatsEntry
    from .subuser_reputation import SubuserReputation
    from .subuser_stats_day import SubuserStatsDay
    from .subuser_stats_entry import SubuserStatsEntry
    from .subuser_status_update import SubuserStatusUpdate
    from .subuser_username import SubuserUsername
    from .suppression_delete_request import SuppressionDeleteRequest
    from .suppression_group import SuppressionGroup
    from .suppression_group_create import SuppressionGroupCreate
    from .suppression_group_update import SuppressionGroupUpdate
    from .update_customer_email_form import UpdateCustomerEmailForm
    from .update_customer_password_form import UpdateCustomerPasswordForm
    from .update_customer_profile_form import UpdateCustomerProfileForm
    from .update_customer_username_form import UpdateCustomerUsernameForm
    from .update_domain_request import UpdateDomainRequest
    from .v2_customer import V2Customer
    from .v2_error_body import V2ErrorBody
    from .v2_success_body import V2SuccessBody
    from .v3_error_body import V3ErrorBody
    from .v3_error_item import V3ErrorItem
    from .website_access_update import WebsiteAccessUpdate

    pass

_MODULE_OF: dict[str, str] = {
    "AddIpsRequest": ".add_ips_request",
    "AddedIp": ".added_ip",
    "AddedIps": ".added_ips",
    "AddressGroupStatus": ".address_group_status",
    "AddressSuppressionGroups": ".address_suppression_groups",
    "AssignedIp": ".assigned_ip",
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
    "CreateCustomerForm": ".create_customer_form",
    "CreateCustomerFormFreeUser": ".create_customer_form_free_user",
    "CreateSubuserRequest": ".create_subuser_request",
    "CreateSubuserRequestRegion": ".create_subuser_request_region",
    "CreatedSubuser": ".created_subuser",
    "CreatedSubuserRegion": ".created_subuser_region",
    "CreditAllocation": ".credit_allocation",
    "CreditResetFrequency": ".credit_reset_frequency",
    "DeleteCustomerForm": ".delete_customer_form",
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
    "EmailStatsMetrics": ".email_stats_metrics",
    "EnableCustomerForm": ".enable_customer_form",
    "EnableCustomerWebsiteAccessForm": ".enable_customer_website_access_form",
    "EventWebhook": ".event_webhook",
    "EventWebhookList": ".event_webhook_list",
    "EventWebhookPublicKey": ".event_webhook_public_key",
    "EventWebhookSettings": ".event_webhook_settings",
    "EventWebhookSigning": ".event_webhook_signing",
    "EventWebhookTestRequest": ".event_webhook_test_request",
    "GlobalUnsubscribe": ".global_unsubscribe",
    "GlobalUnsubscribeLookup": ".global_unsubscribe_lookup",
    "GroupSuppression": ".group_suppression",
    "InvalidEmail": ".invalid_email",
    "IpAddress": ".ip_address",
    "IpAddressDetails": ".ip_address_details",
    "IpPool": ".ip_pool",
    "IpPoolDetails": ".ip_pool_details",
    "IpPoolMembership": ".ip_pool_membership",
    "IpPoolName": ".ip_pool_name",
    "ListCustomersForm": ".list_customers_form",
    "ParseSetting": ".parse_setting",
    "ParseSettingList": ".parse_setting_list",
    "ParseStatsDay": ".parse_stats_day",
    "ParseStatsEntry": ".parse_stats_entry",
    "ParseStatsMetrics": ".parse_stats_metrics",
    "PooledIp": ".pooled_ip",
    "RecipientEmails": ".recipient_emails",
    "RemainingCreditsAdjustment": ".remaining_credits_adjustment",
    "RemainingIpAllowance": ".remaining_ip_allowance",
    "RemainingIps": ".remaining_ips",
    "SortDirection": ".sort_direction",
    "SpamReport": ".spam_report",
    "StatsAggregation": ".stats_aggregation",
    "Subuser": ".subuser",
    "SubuserCredits": ".subuser_credits",
    "SubuserCreditsType": ".subuser_credits_type",
    "SubuserCreditsUpdate": ".subuser_credits_update",
    "SubuserCreditsUpdateType": ".subuser_credits_update_type",
    "SubuserIps": ".subuser_ips",
    "SubuserMonthlyStats": ".subuser_monthly_stats",
    "SubuserMonthlyStatsEntry": ".subuser_monthly_stats_entry",
    "SubuserReputation": ".subuser_reputation",
    "SubuserStatsDay": ".subuser_stats_day",
    "SubuserStatsEntry": ".subuser_stats_entry",
    "SubuserStatusUpdate": ".subuser_status_update",
    "SubuserUsername": ".subuser_username",
    "SuppressionDeleteRequest": ".suppression_delete_request",
    "SuppressionGroup": ".suppression_group",
    "SuppressionGroupCreate": ".suppression_group_create",
    "SuppressionGroupUpdate": ".suppression_group_update",
    "UpdateCustomerEmailForm": ".update_customer_email_form",
    "UpdateCustomerPasswordForm": ".update_customer_password_form",
    "UpdateCustomerProfileForm": ".update_customer_profile_form",
    "UpdateCustomerUsernameForm": ".update_customer_username_form",
    "UpdateDomainRequest": ".update_domain_request",
    "V2Customer": ".v2_customer",
    "V2ErrorBody": ".v2_error_body",
    "V2SuccessBody": ".v2_success_body",
    "V3ErrorBody": ".v3_error_body",
    "V3ErrorItem": ".v3_error_item",
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
    "AddedIp",
    "AddedIps",
    "AddIpsRequest",
    "AddressGroupStatus",
    "AddressSuppressionGroups",
    "AssignedIp",
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
    "CreateCustomerForm",
    "CreateCustomerFormFreeUser",
    "CreatedSubuser",
    "CreatedSubuserRegion",
    "CreateSubuserRequest",
    "CreateSubuserRequestRegion",
    "CreditAllocation",
    "CreditResetFrequency",
    "DeleteCustomerForm",
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
    "EmailStatsMetrics",
    "EnableCustomerForm",
    "EnableCustomerWebsiteAccessForm",
    "EventWebhook",
    "EventWebhookList",
    "EventWebhookPublicKey",
    "EventWebhookSettings",
    "EventWebhookSigning",
    "EventWebhookTestRequest",
    "GlobalUnsubscribe",
    "GlobalUnsubscribeLookup",
    "GroupSuppression",
    "InvalidEmail",
    "IpAddress",
    "IpAddressDetails",
    "IpPool",
    "IpPoolDetails",
    "IpPoolMembership",
    "IpPoolName",
    "ListCustomersForm",
    "ParseSetting",
    "ParseSettingList",
    "ParseStatsDay",
    "ParseStatsEntry",
    "ParseStatsMetrics",
    "PooledIp",
    "RecipientEmails",
    "RemainingCreditsAdjustment",
    "RemainingIpAllowance",
    "RemainingIps",
    "SortDirection",
    "SpamReport",
    "StatsAggregation",
    "Subuser",
    "SubuserCredits",
    "SubuserCreditsType",
    "SubuserCreditsUpdate",
    "SubuserCreditsUpdateType",
    "SubuserIps",
    "SubuserMonthlyStats",
    "SubuserMonthlyStatsEntry",
    "SubuserReputation",
    "SubuserStatsDay",
    "SubuserStatsEntry",
    "SubuserStatusUpdate",
    "SubuserUsername",
    "SuppressionDeleteRequest",
    "SuppressionGroup",
    "SuppressionGroupCreate",
    "SuppressionGroupUpdate",
    "UpdateCustomerEmailForm",
    "UpdateCustomerPasswordForm",
    "UpdateCustomerProfileForm",
    "UpdateCustomerUsernameForm",
    "UpdateDomainRequest",
    "V2Customer",
    "V2ErrorBody",
    "V2SuccessBody",
    "V3ErrorBody",
    "V3ErrorItem",
    "WebsiteAccessUpdate",
)
