# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""The `client.reseller` operations of `AsyncSendGrid`: group classes, imported on first use.

Each method calls its endpoint function (`sendgrid_reseller.api.<tag>.<operation>`), importing that
module on first call; signatures and docstrings are the endpoint functions' own.
"""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import TYPE_CHECKING, overload

from .._runtime.group import Group
from .._runtime.unset import UNSET

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping
    from typing import Any

    import httpx

    from sendgrid_reseller._runtime.options import RequestOptions
    from sendgrid_reseller._runtime.page import AsyncPage
    from sendgrid_reseller.models.activate_customer_app_form import ActivateCustomerAppForm
    from sendgrid_reseller.models.add_customer_unsubscribes_form import AddCustomerUnsubscribesForm
    from sendgrid_reseller.models.append_customer_to_monitor_record_form import AppendCustomerToMonitorRecordForm
    from sendgrid_reseller.models.append_whitelabel_to_customer_form import AppendWhitelabelToCustomerForm
    from sendgrid_reseller.models.authenticate_customer_form import AuthenticateCustomerForm
    from sendgrid_reseller.models.close_customer_account_form import CloseCustomerAccountForm
    from sendgrid_reseller.models.create_customer_form import CreateCustomerForm
    from sendgrid_reseller.models.create_customer_form_free_user import CreateCustomerFormFreeUser
    from sendgrid_reseller.models.create_customer_parse_setting_form import CreateCustomerParseSettingForm
    from sendgrid_reseller.models.create_customer_parse_setting_form_spam_check import (
        CreateCustomerParseSettingFormSpamCheck,
    )
    from sendgrid_reseller.models.create_monitor_record_form import CreateMonitorRecordForm
    from sendgrid_reseller.models.deactivate_customer_app_form import DeactivateCustomerAppForm
    from sendgrid_reseller.models.delete_customer_bounces_form import DeleteCustomerBouncesForm
    from sendgrid_reseller.models.delete_customer_event_notification_url_form import (
        DeleteCustomerEventNotificationUrlForm,
    )
    from sendgrid_reseller.models.delete_customer_form import DeleteCustomerForm
    from sendgrid_reseller.models.delete_customer_invalid_emails_form import DeleteCustomerInvalidEmailsForm
    from sendgrid_reseller.models.delete_customer_parse_setting_form import DeleteCustomerParseSettingForm
    from sendgrid_reseller.models.delete_customer_spam_reports_form import DeleteCustomerSpamReportsForm
    from sendgrid_reseller.models.delete_customer_unsubscribes_form import DeleteCustomerUnsubscribesForm
    from sendgrid_reseller.models.delete_monitor_record_form import DeleteMonitorRecordForm
    from sendgrid_reseller.models.detach_customer_from_monitor_record_form import DetachCustomerFromMonitorRecordForm
    from sendgrid_reseller.models.disable_customer_form import DisableCustomerForm
    from sendgrid_reseller.models.disable_customer_website_access_form import DisableCustomerWebsiteAccessForm
    from sendgrid_reseller.models.downgrade_customer_account_form import DowngradeCustomerAccountForm
    from sendgrid_reseller.models.edit_monitor_record_form import EditMonitorRecordForm
    from sendgrid_reseller.models.enable_customer_form import EnableCustomerForm
    from sendgrid_reseller.models.enable_customer_website_access_form import EnableCustomerWebsiteAccessForm
    from sendgrid_reseller.models.get_customer_account_overview_form import GetCustomerAccountOverviewForm
    from sendgrid_reseller.models.get_customer_aggregate_statistics_form import GetCustomerAggregateStatisticsForm
    from sendgrid_reseller.models.get_customer_app_settings_form import GetCustomerAppSettingsForm
    from sendgrid_reseller.models.get_customer_bounces_form import GetCustomerBouncesForm
    from sendgrid_reseller.models.get_customer_bounces_form_date import GetCustomerBouncesFormDate
    from sendgrid_reseller.models.get_customer_category_statistics_form import GetCustomerCategoryStatisticsForm
    from sendgrid_reseller.models.get_customer_credit_limit_form import GetCustomerCreditLimitForm
    from sendgrid_reseller.models.get_customer_event_notification_url_form import GetCustomerEventNotificationUrlForm
    from sendgrid_reseller.models.get_customer_invalid_emails_form import GetCustomerInvalidEmailsForm
    from sendgrid_reseller.models.get_customer_invalid_emails_form_date import GetCustomerInvalidEmailsFormDate
    from sendgrid_reseller.models.get_customer_parse_settings_form import GetCustomerParseSettingsForm
    from sendgrid_reseller.models.get_customer_spam_reports_form import GetCustomerSpamReportsForm
    from sendgrid_reseller.models.get_customer_spam_reports_form_date import GetCustomerSpamReportsFormDate
    from sendgrid_reseller.models.get_customer_statistics_form import GetCustomerStatisticsForm
    from sendgrid_reseller.models.get_customer_unsubscribes_form import GetCustomerUnsubscribesForm
    from sendgrid_reseller.models.get_customer_unsubscribes_form_date import GetCustomerUnsubscribesFormDate
    from sendgrid_reseller.models.get_invoices_form import GetInvoicesForm
    from sendgrid_reseller.models.get_invoices_form_status import GetInvoicesFormStatus
    from sendgrid_reseller.models.get_reseller_ip_usage_form import GetResellerIpUsageForm
    from sendgrid_reseller.models.get_reseller_ip_usage_form_system import GetResellerIpUsageFormSystem
    from sendgrid_reseller.models.list_available_reseller_ips_form import ListAvailableResellerIpsForm
    from sendgrid_reseller.models.list_customer_apps_form import ListCustomerAppsForm
    from sendgrid_reseller.models.list_customer_stat_categories_form import ListCustomerStatCategoriesForm
    from sendgrid_reseller.models.list_customers_form import ListCustomersForm
    from sendgrid_reseller.models.list_free_reseller_ips_form import ListFreeResellerIpsForm
    from sendgrid_reseller.models.list_invoice_numbers_form import ListInvoiceNumbersForm
    from sendgrid_reseller.models.list_invoice_numbers_form_status import ListInvoiceNumbersFormStatus
    from sendgrid_reseller.models.list_reseller_ips_form import ListResellerIpsForm
    from sendgrid_reseller.models.list_reseller_ips_form_system import ListResellerIpsFormSystem
    from sendgrid_reseller.models.list_taken_reseller_ips_form import ListTakenResellerIpsForm
    from sendgrid_reseller.models.set_customer_event_notification_url_form import SetCustomerEventNotificationUrlForm
    from sendgrid_reseller.models.set_customer_timezone_form import SetCustomerTimezoneForm
    from sendgrid_reseller.models.setup_customer_app_form import SetupCustomerAppForm
    from sendgrid_reseller.models.update_customer_email_form import UpdateCustomerEmailForm
    from sendgrid_reseller.models.update_customer_parse_setting_form import UpdateCustomerParseSettingForm
    from sendgrid_reseller.models.update_customer_parse_setting_form_spam_check import (
        UpdateCustomerParseSettingFormSpamCheck,
    )
    from sendgrid_reseller.models.update_customer_password_form import UpdateCustomerPasswordForm
    from sendgrid_reseller.models.update_customer_profile_form import UpdateCustomerProfileForm
    from sendgrid_reseller.models.update_customer_username_form import UpdateCustomerUsernameForm
    from sendgrid_reseller.models.upgrade_customer_account_form import UpgradeCustomerAccountForm
    from sendgrid_reseller.models.v2_account_overview import V2AccountOverview
    from sendgrid_reseller.models.v2_app import V2App
    from sendgrid_reseller.models.v2_app_settings import V2AppSettings
    from sendgrid_reseller.models.v2_bounce import V2Bounce
    from sendgrid_reseller.models.v2_credit_limit import V2CreditLimit
    from sendgrid_reseller.models.v2_customer import V2Customer
    from sendgrid_reseller.models.v2_customer_category import V2CustomerCategory
    from sendgrid_reseller.models.v2_customer_category_stats_day import V2CustomerCategoryStatsDay
    from sendgrid_reseller.models.v2_customer_stats_day import V2CustomerStatsDay
    from sendgrid_reseller.models.v2_customer_stats_totals import V2CustomerStatsTotals
    from sendgrid_reseller.models.v2_event_notification_url import V2EventNotificationUrl
    from sendgrid_reseller.models.v2_invalid_email import V2InvalidEmail
    from sendgrid_reseller.models.v2_invoice import V2Invoice
    from sendgrid_reseller.models.v2_invoice_number import V2InvoiceNumber
    from sendgrid_reseller.models.v2_ip import V2Ip
    from sendgrid_reseller.models.v2_ip_usage import V2IpUsage
    from sendgrid_reseller.models.v2_monitor_record import V2MonitorRecord
    from sendgrid_reseller.models.v2_package import V2Package
    from sendgrid_reseller.models.v2_parse_settings import V2ParseSettings
    from sendgrid_reseller.models.v2_spam_report import V2SpamReport
    from sendgrid_reseller.models.v2_success_body import V2SuccessBody
    from sendgrid_reseller.models.v2_timezone import V2Timezone
    from sendgrid_reseller.models.v2_unsubscribe import V2Unsubscribe
    from sendgrid_reseller.models.v2_whitelabel import V2Whitelabel
    from sendgrid_reseller.types import Response, Unset

    pass


class AsyncResellerCustomersGroup(Group):
    """Operations under `client.reseller.customers`."""

    @overload
    async def create(
        self,
        *,
        username: str,
        password: str,
        confirm_password: str,
        email: str,
        first_name: str,
        last_name: str,
        address: str,
        city: str,
        state: str,
        zip_: str,
        country: str,
        phone: str,
        website: str,
        company: str,
        package: str,
        whitelabel: str,
        ip_group: builtins.list[str] | Unset = UNSET,
        ip: builtins.list[str] | Unset = UNSET,
        free_user: CreateCustomerFormFreeUser | Unset = UNSET,
        billing_date: datetime.date | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    @overload
    async def create(
        self,
        *,
        body: CreateCustomerForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    async def create(
        self,
        *,
        username: str | Unset = UNSET,
        password: str | Unset = UNSET,
        confirm_password: str | Unset = UNSET,
        email: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        address: str | Unset = UNSET,
        city: str | Unset = UNSET,
        state: str | Unset = UNSET,
        zip_: str | Unset = UNSET,
        country: str | Unset = UNSET,
        phone: str | Unset = UNSET,
        website: str | Unset = UNSET,
        company: str | Unset = UNSET,
        package: str | Unset = UNSET,
        whitelabel: str | Unset = UNSET,
        ip_group: builtins.list[str] | Unset = UNSET,
        ip: builtins.list[str] | Unset = UNSET,
        free_user: CreateCustomerFormFreeUser | Unset = UNSET,
        billing_date: datetime.date | Unset = UNSET,
        body: CreateCustomerForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody:
        """Create a customer.

        Provisions a new customer account under the reseller, on the given package.

        Wire request: POST /apiv2/reseller.add.json; the client adds the credentials as the api_user /
        api_key form fields.

        Args:
            username (str): Login name of the new customer. Required.
            password (str): Must meet SendGrid's password rules. Required.
            confirm_password (str): Must equal password. Required.
            email (str): The `email` form field. Required.
            first_name (str): The `first_name` form field. Required.
            last_name (str): The `last_name` form field. Required.
            address (str): The `address` form field. Required.
            city (str): The `city` form field. Required.
            state (str): The `state` form field. Required.
            zip_ (str): Not validated by SendGrid. Required.
            country (str): The `country` form field. Required.
            phone (str): The `phone` form field. Required.
            website (str): The `website` form field. Required.
            company (str): The `company` form field. Required.
            package (str): A package name as listed by list_packages. Required.
            whitelabel (str): Domain used for domain authentication (formerly whitelabel); SendGrid
                documents sendgrid.me as the usual value. Required.
            ip_group (list[str] | Unset): IP groups of the reseller to give the customer.
            ip (list[str] | Unset): Extra IPs of the reseller, when the package allows them.
            free_user (CreateCustomerFormFreeUser | Unset): Send "true" when creating a free customer.
            billing_date (datetime.date | Unset): First billing anniversary (YYYY-mm-dd), within one
                billing cycle of creation.
            body (CreateCustomerForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            V2SuccessBody: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.customers.create(username=username, password=password, confirm_password=confirm_password, email=email, first_name=first_name, last_name=last_name, address=address, city=city, state=state, zip_=zip_, country=country, phone=phone, website=website, company=company, package=package, whitelabel=whitelabel)
        """
        from sendgrid_reseller.api.customer_management import create_customer as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            username=username,
            password=password,
            confirm_password=confirm_password,
            email=email,
            first_name=first_name,
            last_name=last_name,
            address=address,
            city=city,
            state=state,
            zip_=zip_,
            country=country,
            phone=phone,
            website=website,
            company=company,
            package=package,
            whitelabel=whitelabel,
            ip_group=ip_group,
            ip=ip,
            free_user=free_user,
            billing_date=billing_date,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def create_detailed(
        self,
        *,
        username: str,
        password: str,
        confirm_password: str,
        email: str,
        first_name: str,
        last_name: str,
        address: str,
        city: str,
        state: str,
        zip_: str,
        country: str,
        phone: str,
        website: str,
        company: str,
        package: str,
        whitelabel: str,
        ip_group: builtins.list[str] | Unset = UNSET,
        ip: builtins.list[str] | Unset = UNSET,
        free_user: CreateCustomerFormFreeUser | Unset = UNSET,
        billing_date: datetime.date | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    @overload
    async def create_detailed(
        self,
        *,
        body: CreateCustomerForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    async def create_detailed(
        self,
        *,
        username: str | Unset = UNSET,
        password: str | Unset = UNSET,
        confirm_password: str | Unset = UNSET,
        email: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        address: str | Unset = UNSET,
        city: str | Unset = UNSET,
        state: str | Unset = UNSET,
        zip_: str | Unset = UNSET,
        country: str | Unset = UNSET,
        phone: str | Unset = UNSET,
        website: str | Unset = UNSET,
        company: str | Unset = UNSET,
        package: str | Unset = UNSET,
        whitelabel: str | Unset = UNSET,
        ip_group: builtins.list[str] | Unset = UNSET,
        ip: builtins.list[str] | Unset = UNSET,
        free_user: CreateCustomerFormFreeUser | Unset = UNSET,
        billing_date: datetime.date | Unset = UNSET,
        body: CreateCustomerForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]:
        """Create a customer.

        Provisions a new customer account under the reseller, on the given package.

        Wire request: POST /apiv2/reseller.add.json; the client adds the credentials as the api_user /
        api_key form fields.

        Args:
            username (str): Login name of the new customer. Required.
            password (str): Must meet SendGrid's password rules. Required.
            confirm_password (str): Must equal password. Required.
            email (str): The `email` form field. Required.
            first_name (str): The `first_name` form field. Required.
            last_name (str): The `last_name` form field. Required.
            address (str): The `address` form field. Required.
            city (str): The `city` form field. Required.
            state (str): The `state` form field. Required.
            zip_ (str): Not validated by SendGrid. Required.
            country (str): The `country` form field. Required.
            phone (str): The `phone` form field. Required.
            website (str): The `website` form field. Required.
            company (str): The `company` form field. Required.
            package (str): A package name as listed by list_packages. Required.
            whitelabel (str): Domain used for domain authentication (formerly whitelabel); SendGrid
                documents sendgrid.me as the usual value. Required.
            ip_group (list[str] | Unset): IP groups of the reseller to give the customer.
            ip (list[str] | Unset): Extra IPs of the reseller, when the package allows them.
            free_user (CreateCustomerFormFreeUser | Unset): Send "true" when creating a free customer.
            billing_date (datetime.date | Unset): First billing anniversary (YYYY-mm-dd), within one
                billing cycle of creation.
            body (CreateCustomerForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Response[V2SuccessBody]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.customers.create_detailed(username=username, password=password, confirm_password=confirm_password, email=email, first_name=first_name, last_name=last_name, address=address, city=city, state=state, zip_=zip_, country=country, phone=phone, website=website, company=company, package=package, whitelabel=whitelabel)
        """
        from sendgrid_reseller.api.customer_management import create_customer as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            username=username,
            password=password,
            confirm_password=confirm_password,
            email=email,
            first_name=first_name,
            last_name=last_name,
            address=address,
            city=city,
            state=state,
            zip_=zip_,
            country=country,
            phone=phone,
            website=website,
            company=company,
            package=package,
            whitelabel=whitelabel,
            ip_group=ip_group,
            ip=ip,
            free_user=free_user,
            billing_date=billing_date,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def delete(
        self,
        *,
        user: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    @overload
    async def delete(
        self,
        *,
        body: DeleteCustomerForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    async def delete(
        self,
        *,
        user: str | Unset = UNSET,
        body: DeleteCustomerForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody:
        """Delete a customer.

        Closes a customer account at the end of its billing cycle (unlike disabling it).

        Wire request: POST /apiv2/reseller.delete.json; the client adds the credentials as the api_user
        / api_key form fields.

        Args:
            user (str): Username of the customer. Required.
            body (DeleteCustomerForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            V2SuccessBody: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.customers.delete(user=user)
        """
        from sendgrid_reseller.api.customer_management import delete_customer as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            user=user,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def delete_detailed(
        self,
        *,
        user: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    @overload
    async def delete_detailed(
        self,
        *,
        body: DeleteCustomerForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    async def delete_detailed(
        self,
        *,
        user: str | Unset = UNSET,
        body: DeleteCustomerForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]:
        """Delete a customer.

        Closes a customer account at the end of its billing cycle (unlike disabling it).

        Wire request: POST /apiv2/reseller.delete.json; the client adds the credentials as the api_user
        / api_key form fields.

        Args:
            user (str): Username of the customer. Required.
            body (DeleteCustomerForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Response[V2SuccessBody]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.customers.delete_detailed(user=user)
        """
        from sendgrid_reseller.api.customer_management import delete_customer as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            user=user,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def list(
        self,
        *,
        id: str | Unset = UNSET,
        username: str | Unset = UNSET,
        email: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        address: str | Unset = UNSET,
        city: str | Unset = UNSET,
        state: str | Unset = UNSET,
        country: str | Unset = UNSET,
        zip_: str | Unset = UNSET,
        phone: str | Unset = UNSET,
        website: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        body: ListCustomersForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
        page_token: str | None = None,
    ) -> AsyncPage[V2Customer]:
        """List customers.

        Returns the reseller's customers, optionally filtered by profile fields and paged with
        limit/offset.

        Returns the first page (or the one `page_token` names): iterate it for every record across
        pages, or use `pages()`, `has_next_page()`, `next_page()` and `next_page_token`.

        Wire request: POST /apiv2/reseller.manage.json with method=profile, task=get (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            id (str | Unset): Only the customer with this id.
            username (str | Unset): The `username` form field.
            email (str | Unset): The `email` form field.
            first_name (str | Unset): The `first_name` form field.
            last_name (str | Unset): The `last_name` form field.
            address (str | Unset): The `address` form field.
            city (str | Unset): The `city` form field.
            state (str | Unset): The `state` form field.
            country (str | Unset): The `country` form field.
            zip_ (str | Unset): The `zip` form field.
            phone (str | Unset): The `phone` form field.
            website (str | Unset): The `website` form field.
            limit (int | Unset): Most customers to return (no documented bound).
            offset (int | Unset): Customers to skip.
            body (ListCustomersForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.
            page_token (str | None): Start at the page an earlier page's `next_page_token` names.

        Returns:
            AsyncPage[V2Customer]: the page; its `items` are this page's records.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            page = await client.reseller.customers.list()
            async for item in page:  # every record, page after page
                print(item)
        """
        from sendgrid_reseller.api.customer_management import list_customers as _endpoint

        return await _endpoint.apage(
            self._client,
            id=id,
            username=username,
            email=email,
            first_name=first_name,
            last_name=last_name,
            address=address,
            city=city,
            state=state,
            country=country,
            zip_=zip_,
            phone=phone,
            website=website,
            limit=limit,
            offset=offset,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
            page_token=page_token,
        )

    async def list_detailed(
        self,
        *,
        id: str | Unset = UNSET,
        username: str | Unset = UNSET,
        email: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        address: str | Unset = UNSET,
        city: str | Unset = UNSET,
        state: str | Unset = UNSET,
        country: str | Unset = UNSET,
        zip_: str | Unset = UNSET,
        phone: str | Unset = UNSET,
        website: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        body: ListCustomersForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[builtins.list[V2Customer]]:
        """List customers.

        Returns the reseller's customers, optionally filtered by profile fields and paged with
        limit/offset.

        Wire request: POST /apiv2/reseller.manage.json with method=profile, task=get (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            id (str | Unset): Only the customer with this id.
            username (str | Unset): The `username` form field.
            email (str | Unset): The `email` form field.
            first_name (str | Unset): The `first_name` form field.
            last_name (str | Unset): The `last_name` form field.
            address (str | Unset): The `address` form field.
            city (str | Unset): The `city` form field.
            state (str | Unset): The `state` form field.
            country (str | Unset): The `country` form field.
            zip_ (str | Unset): The `zip` form field.
            phone (str | Unset): The `phone` form field.
            website (str | Unset): The `website` form field.
            limit (int | Unset): Most customers to return (no documented bound).
            offset (int | Unset): Customers to skip.
            body (ListCustomersForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Response[list[V2Customer]]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.customers.list_detailed()
        """
        from sendgrid_reseller.api.customer_management import list_customers as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            id=id,
            username=username,
            email=email,
            first_name=first_name,
            last_name=last_name,
            address=address,
            city=city,
            state=state,
            country=country,
            zip_=zip_,
            phone=phone,
            website=website,
            limit=limit,
            offset=offset,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def enable(
        self,
        *,
        user: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    @overload
    async def enable(
        self,
        *,
        body: EnableCustomerForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    async def enable(
        self,
        *,
        user: str | Unset = UNSET,
        body: EnableCustomerForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody:
        """Enable a customer.

        Lets a customer send mail again; website access is not changed.

        Wire request: POST /apiv2/reseller.manage.json with method=enable (form fields, always sent,
        never the caller's); the client adds the credentials as the api_user / api_key form fields.

        Args:
            user (str): Username of the customer. Required.
            body (EnableCustomerForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            V2SuccessBody: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.customers.enable(user=user)
        """
        from sendgrid_reseller.api.customer_management import enable_customer as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            user=user,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def enable_detailed(
        self,
        *,
        user: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    @overload
    async def enable_detailed(
        self,
        *,
        body: EnableCustomerForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    async def enable_detailed(
        self,
        *,
        user: str | Unset = UNSET,
        body: EnableCustomerForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]:
        """Enable a customer.

        Lets a customer send mail again; website access is not changed.

        Wire request: POST /apiv2/reseller.manage.json with method=enable (form fields, always sent,
        never the caller's); the client adds the credentials as the api_user / api_key form fields.

        Args:
            user (str): Username of the customer. Required.
            body (EnableCustomerForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Response[V2SuccessBody]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.customers.enable_detailed(user=user)
        """
        from sendgrid_reseller.api.customer_management import enable_customer as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            user=user,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def disable(
        self,
        *,
        user: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    @overload
    async def disable(
        self,
        *,
        body: DisableCustomerForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    async def disable(
        self,
        *,
        user: str | Unset = UNSET,
        body: DisableCustomerForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody:
        """Disable a customer.

        Stops a customer from sending mail; website access is not changed.

        Wire request: POST /apiv2/reseller.manage.json with method=disable (form fields, always sent,
        never the caller's); the client adds the credentials as the api_user / api_key form fields.

        Args:
            user (str): Username of the customer. Required.
            body (DisableCustomerForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            V2SuccessBody: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.customers.disable(user=user)
        """
        from sendgrid_reseller.api.customer_management import disable_customer as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            user=user,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def disable_detailed(
        self,
        *,
        user: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    @overload
    async def disable_detailed(
        self,
        *,
        body: DisableCustomerForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    async def disable_detailed(
        self,
        *,
        user: str | Unset = UNSET,
        body: DisableCustomerForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]:
        """Disable a customer.

        Stops a customer from sending mail; website access is not changed.

        Wire request: POST /apiv2/reseller.manage.json with method=disable (form fields, always sent,
        never the caller's); the client adds the credentials as the api_user / api_key form fields.

        Args:
            user (str): Username of the customer. Required.
            body (DisableCustomerForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Response[V2SuccessBody]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.customers.disable_detailed(user=user)
        """
        from sendgrid_reseller.api.customer_management import disable_customer as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            user=user,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def enable_website_access(
        self,
        *,
        user: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    @overload
    async def enable_website_access(
        self,
        *,
        body: EnableCustomerWebsiteAccessForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    async def enable_website_access(
        self,
        *,
        user: str | Unset = UNSET,
        body: EnableCustomerWebsiteAccessForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody:
        """Enable website access.

        Lets a customer log in to the SendGrid website; sending is not changed.

        Wire request: POST /apiv2/reseller.manage.json with method=website_enable (form fields, always
        sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            user (str): Username of the customer. Required.
            body (EnableCustomerWebsiteAccessForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            V2SuccessBody: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.customers.enable_website_access(user=user)
        """
        from sendgrid_reseller.api.customer_management import enable_customer_website_access as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            user=user,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def enable_website_access_detailed(
        self,
        *,
        user: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    @overload
    async def enable_website_access_detailed(
        self,
        *,
        body: EnableCustomerWebsiteAccessForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    async def enable_website_access_detailed(
        self,
        *,
        user: str | Unset = UNSET,
        body: EnableCustomerWebsiteAccessForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]:
        """Enable website access.

        Lets a customer log in to the SendGrid website; sending is not changed.

        Wire request: POST /apiv2/reseller.manage.json with method=website_enable (form fields, always
        sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            user (str): Username of the customer. Required.
            body (EnableCustomerWebsiteAccessForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Response[V2SuccessBody]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.customers.enable_website_access_detailed(user=user)
        """
        from sendgrid_reseller.api.customer_management import enable_customer_website_access as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            user=user,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def disable_website_access(
        self,
        *,
        user: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    @overload
    async def disable_website_access(
        self,
        *,
        body: DisableCustomerWebsiteAccessForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    async def disable_website_access(
        self,
        *,
        user: str | Unset = UNSET,
        body: DisableCustomerWebsiteAccessForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody:
        """Disable website access.

        Blocks a customer from the SendGrid website; sending is not changed.

        Wire request: POST /apiv2/reseller.manage.json with method=website_disable (form fields, always
        sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            user (str): Username of the customer. Required.
            body (DisableCustomerWebsiteAccessForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            V2SuccessBody: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.customers.disable_website_access(user=user)
        """
        from sendgrid_reseller.api.customer_management import disable_customer_website_access as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            user=user,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def disable_website_access_detailed(
        self,
        *,
        user: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    @overload
    async def disable_website_access_detailed(
        self,
        *,
        body: DisableCustomerWebsiteAccessForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    async def disable_website_access_detailed(
        self,
        *,
        user: str | Unset = UNSET,
        body: DisableCustomerWebsiteAccessForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]:
        """Disable website access.

        Blocks a customer from the SendGrid website; sending is not changed.

        Wire request: POST /apiv2/reseller.manage.json with method=website_disable (form fields, always
        sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            user (str): Username of the customer. Required.
            body (DisableCustomerWebsiteAccessForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Response[V2SuccessBody]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.customers.disable_website_access_detailed(user=user)
        """
        from sendgrid_reseller.api.customer_management import disable_customer_website_access as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            user=user,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def update_profile(
        self,
        *,
        user: str,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        address: str | Unset = UNSET,
        city: str | Unset = UNSET,
        state: str | Unset = UNSET,
        country: str | Unset = UNSET,
        zip_: str | Unset = UNSET,
        phone: str | Unset = UNSET,
        website: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    @overload
    async def update_profile(
        self,
        *,
        body: UpdateCustomerProfileForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    async def update_profile(
        self,
        *,
        user: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        address: str | Unset = UNSET,
        city: str | Unset = UNSET,
        state: str | Unset = UNSET,
        country: str | Unset = UNSET,
        zip_: str | Unset = UNSET,
        phone: str | Unset = UNSET,
        website: str | Unset = UNSET,
        body: UpdateCustomerProfileForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody:
        """Update a customer's profile.

        Changes the given profile fields; fields left out keep their value. No length limits are
        documented for this form.

        Wire request: POST /apiv2/reseller.manage.json with method=profile, task=set (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            user (str): Username of the customer. Required.
            first_name (str | Unset): The `first_name` form field.
            last_name (str | Unset): The `last_name` form field.
            address (str | Unset): The `address` form field.
            city (str | Unset): The `city` form field.
            state (str | Unset): The `state` form field.
            country (str | Unset): The `country` form field.
            zip_ (str | Unset): The `zip` form field.
            phone (str | Unset): The `phone` form field.
            website (str | Unset): The `website` form field.
            body (UpdateCustomerProfileForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            V2SuccessBody: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.customers.update_profile(user=user)
        """
        from sendgrid_reseller.api.customer_management import update_customer_profile as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            user=user,
            first_name=first_name,
            last_name=last_name,
            address=address,
            city=city,
            state=state,
            country=country,
            zip_=zip_,
            phone=phone,
            website=website,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def update_profile_detailed(
        self,
        *,
        user: str,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        address: str | Unset = UNSET,
        city: str | Unset = UNSET,
        state: str | Unset = UNSET,
        country: str | Unset = UNSET,
        zip_: str | Unset = UNSET,
        phone: str | Unset = UNSET,
        website: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    @overload
    async def update_profile_detailed(
        self,
        *,
        body: UpdateCustomerProfileForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    async def update_profile_detailed(
        self,
        *,
        user: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        address: str | Unset = UNSET,
        city: str | Unset = UNSET,
        state: str | Unset = UNSET,
        country: str | Unset = UNSET,
        zip_: str | Unset = UNSET,
        phone: str | Unset = UNSET,
        website: str | Unset = UNSET,
        body: UpdateCustomerProfileForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]:
        """Update a customer's profile.

        Changes the given profile fields; fields left out keep their value. No length limits are
        documented for this form.

        Wire request: POST /apiv2/reseller.manage.json with method=profile, task=set (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            user (str): Username of the customer. Required.
            first_name (str | Unset): The `first_name` form field.
            last_name (str | Unset): The `last_name` form field.
            address (str | Unset): The `address` form field.
            city (str | Unset): The `city` form field.
            state (str | Unset): The `state` form field.
            country (str | Unset): The `country` form field.
            zip_ (str | Unset): The `zip` form field.
            phone (str | Unset): The `phone` form field.
            website (str | Unset): The `website` form field.
            body (UpdateCustomerProfileForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Response[V2SuccessBody]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.customers.update_profile_detailed(user=user)
        """
        from sendgrid_reseller.api.customer_management import update_customer_profile as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            user=user,
            first_name=first_name,
            last_name=last_name,
            address=address,
            city=city,
            state=state,
            country=country,
            zip_=zip_,
            phone=phone,
            website=website,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def update_password(
        self,
        *,
        user: str,
        password: str,
        confirm_password: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    @overload
    async def update_password(
        self,
        *,
        body: UpdateCustomerPasswordForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    async def update_password(
        self,
        *,
        user: str | Unset = UNSET,
        password: str | Unset = UNSET,
        confirm_password: str | Unset = UNSET,
        body: UpdateCustomerPasswordForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody:
        """Update a customer's password.

        Sets a new password for a customer (stored passwords cannot be read back).

        Wire request: POST /apiv2/reseller.manage.json with method=password (form fields, always sent,
        never the caller's); the client adds the credentials as the api_user / api_key form fields.

        Args:
            user (str): Username of the customer. Required.
            password (str): Must meet SendGrid's password rules. Required.
            confirm_password (str): Must equal password. Required.
            body (UpdateCustomerPasswordForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            V2SuccessBody: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.customers.update_password(user=user, password=password, confirm_password=confirm_password)
        """
        from sendgrid_reseller.api.customer_management import update_customer_password as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            user=user,
            password=password,
            confirm_password=confirm_password,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def update_password_detailed(
        self,
        *,
        user: str,
        password: str,
        confirm_password: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    @overload
    async def update_password_detailed(
        self,
        *,
        body: UpdateCustomerPasswordForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    async def update_password_detailed(
        self,
        *,
        user: str | Unset = UNSET,
        password: str | Unset = UNSET,
        confirm_password: str | Unset = UNSET,
        body: UpdateCustomerPasswordForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]:
        """Update a customer's password.

        Sets a new password for a customer (stored passwords cannot be read back).

        Wire request: POST /apiv2/reseller.manage.json with method=password (form fields, always sent,
        never the caller's); the client adds the credentials as the api_user / api_key form fields.

        Args:
            user (str): Username of the customer. Required.
            password (str): Must meet SendGrid's password rules. Required.
            confirm_password (str): Must equal password. Required.
            body (UpdateCustomerPasswordForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Response[V2SuccessBody]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.customers.update_password_detailed(user=user, password=password, confirm_password=confirm_password)
        """
        from sendgrid_reseller.api.customer_management import update_customer_password as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            user=user,
            password=password,
            confirm_password=confirm_password,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def update_username(
        self,
        *,
        user: str,
        username: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    @overload
    async def update_username(
        self,
        *,
        body: UpdateCustomerUsernameForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    async def update_username(
        self,
        *,
        user: str | Unset = UNSET,
        username: str | Unset = UNSET,
        body: UpdateCustomerUsernameForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody:
        """Rename a customer.

        Changes a customer's login name, for SMTP and the website at once.

        Wire request: POST /apiv2/reseller.manage.json with method=profile, task=setUsername (form
        fields, always sent, never the caller's); the client adds the credentials as the api_user /
        api_key form fields.

        Args:
            user (str): Current username of the customer. Required.
            username (str): The new username; must be unused and must not have SendGrid.com as its
                domain. Required.
            body (UpdateCustomerUsernameForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            V2SuccessBody: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.customers.update_username(user=user, username=username)
        """
        from sendgrid_reseller.api.customer_management import update_customer_username as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            user=user,
            username=username,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def update_username_detailed(
        self,
        *,
        user: str,
        username: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    @overload
    async def update_username_detailed(
        self,
        *,
        body: UpdateCustomerUsernameForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    async def update_username_detailed(
        self,
        *,
        user: str | Unset = UNSET,
        username: str | Unset = UNSET,
        body: UpdateCustomerUsernameForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]:
        """Rename a customer.

        Changes a customer's login name, for SMTP and the website at once.

        Wire request: POST /apiv2/reseller.manage.json with method=profile, task=setUsername (form
        fields, always sent, never the caller's); the client adds the credentials as the api_user /
        api_key form fields.

        Args:
            user (str): Current username of the customer. Required.
            username (str): The new username; must be unused and must not have SendGrid.com as its
                domain. Required.
            body (UpdateCustomerUsernameForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Response[V2SuccessBody]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.customers.update_username_detailed(user=user, username=username)
        """
        from sendgrid_reseller.api.customer_management import update_customer_username as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            user=user,
            username=username,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def update_email(
        self,
        *,
        user: str,
        email: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    @overload
    async def update_email(
        self,
        *,
        body: UpdateCustomerEmailForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    async def update_email(
        self,
        *,
        user: str | Unset = UNSET,
        email: str | Unset = UNSET,
        body: UpdateCustomerEmailForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody:
        """Update a customer's e-mail address.

        Replaces the contact address SendGrid uses for the customer, at once and without verification.

        Wire request: POST /apiv2/reseller.manage.json with method=profile, task=setEmail (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            user (str): Username of the customer. Required.
            email (str): The `email` form field. Required.
            body (UpdateCustomerEmailForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            V2SuccessBody: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.customers.update_email(user=user, email=email)
        """
        from sendgrid_reseller.api.customer_management import update_customer_email as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            user=user,
            email=email,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def update_email_detailed(
        self,
        *,
        user: str,
        email: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    @overload
    async def update_email_detailed(
        self,
        *,
        body: UpdateCustomerEmailForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    async def update_email_detailed(
        self,
        *,
        user: str | Unset = UNSET,
        email: str | Unset = UNSET,
        body: UpdateCustomerEmailForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]:
        """Update a customer's e-mail address.

        Replaces the contact address SendGrid uses for the customer, at once and without verification.

        Wire request: POST /apiv2/reseller.manage.json with method=profile, task=setEmail (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            user (str): Username of the customer. Required.
            email (str): The `email` form field. Required.
            body (UpdateCustomerEmailForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Response[V2SuccessBody]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.customers.update_email_detailed(user=user, email=email)
        """
        from sendgrid_reseller.api.customer_management import update_customer_email as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            user=user,
            email=email,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )


class AsyncResellerStatisticsGroup(Group):
    """Operations under `client.reseller.statistics`."""

    @overload
    async def get(
        self,
        *,
        user: str,
        days: int | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> builtins.list[V2CustomerStatsDay]: ...

    @overload
    async def get(
        self,
        *,
        body: GetCustomerStatisticsForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> builtins.list[V2CustomerStatsDay]: ...

    async def get(
        self,
        *,
        user: str | Unset = UNSET,
        days: int | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        body: GetCustomerStatisticsForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> builtins.list[V2CustomerStatsDay]:
        """Get a customer's daily statistics.

        Returns one row of sending counters per day for a customer. Pick the period either with days
        (counted back from today, today included) or with start_date and end_date; not both.

        Wire request: POST /apiv2/reseller.manage.json with method=stats (form fields, always sent,
        never the caller's); the client adds the credentials as the api_user / api_key form fields.

        Args:
            user (str): Username of the customer. Required.
            days (int | Unset): Number of days up to and including today.
            start_date (datetime.date | Unset): First day of the period (YYYY-mm-dd).
            end_date (datetime.date | Unset): Last day of the period (YYYY-mm-dd).
            body (GetCustomerStatisticsForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            list[V2CustomerStatsDay]: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.statistics.get(user=user)
        """
        from sendgrid_reseller.api.customer_statistics import get_customer_statistics as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            user=user,
            days=days,
            start_date=start_date,
            end_date=end_date,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def get_detailed(
        self,
        *,
        user: str,
        days: int | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[builtins.list[V2CustomerStatsDay]]: ...

    @overload
    async def get_detailed(
        self,
        *,
        body: GetCustomerStatisticsForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[builtins.list[V2CustomerStatsDay]]: ...

    async def get_detailed(
        self,
        *,
        user: str | Unset = UNSET,
        days: int | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        body: GetCustomerStatisticsForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[builtins.list[V2CustomerStatsDay]]:
        """Get a customer's daily statistics.

        Returns one row of sending counters per day for a customer. Pick the period either with days
        (counted back from today, today included) or with start_date and end_date; not both.

        Wire request: POST /apiv2/reseller.manage.json with method=stats (form fields, always sent,
        never the caller's); the client adds the credentials as the api_user / api_key form fields.

        Args:
            user (str): Username of the customer. Required.
            days (int | Unset): Number of days up to and including today.
            start_date (datetime.date | Unset): First day of the period (YYYY-mm-dd).
            end_date (datetime.date | Unset): Last day of the period (YYYY-mm-dd).
            body (GetCustomerStatisticsForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Response[list[V2CustomerStatsDay]]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.statistics.get_detailed(user=user)
        """
        from sendgrid_reseller.api.customer_statistics import get_customer_statistics as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            user=user,
            days=days,
            start_date=start_date,
            end_date=end_date,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def aggregate(
        self,
        *,
        user: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2CustomerStatsTotals: ...

    @overload
    async def aggregate(
        self,
        *,
        body: GetCustomerAggregateStatisticsForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2CustomerStatsTotals: ...

    async def aggregate(
        self,
        *,
        user: str | Unset = UNSET,
        body: GetCustomerAggregateStatisticsForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2CustomerStatsTotals:
        """Get a customer's all-time totals.

        Returns the customer's sending counters summed over the whole life of the account.

        Wire request: POST /apiv2/reseller.manage.json with aggregate=1, method=stats (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            user (str): Username of the customer. Required.
            body (GetCustomerAggregateStatisticsForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            V2CustomerStatsTotals: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.statistics.aggregate(user=user)
        """
        from sendgrid_reseller.api.customer_statistics import get_customer_aggregate_statistics as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            user=user,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def aggregate_detailed(
        self,
        *,
        user: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2CustomerStatsTotals]: ...

    @overload
    async def aggregate_detailed(
        self,
        *,
        body: GetCustomerAggregateStatisticsForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2CustomerStatsTotals]: ...

    async def aggregate_detailed(
        self,
        *,
        user: str | Unset = UNSET,
        body: GetCustomerAggregateStatisticsForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2CustomerStatsTotals]:
        """Get a customer's all-time totals.

        Returns the customer's sending counters summed over the whole life of the account.

        Wire request: POST /apiv2/reseller.manage.json with aggregate=1, method=stats (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            user (str): Username of the customer. Required.
            body (GetCustomerAggregateStatisticsForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Response[V2CustomerStatsTotals]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.statistics.aggregate_detailed(user=user)
        """
        from sendgrid_reseller.api.customer_statistics import get_customer_aggregate_statistics as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            user=user,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def list_categories(
        self,
        *,
        user: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> builtins.list[V2CustomerCategory]: ...

    @overload
    async def list_categories(
        self,
        *,
        body: ListCustomerStatCategoriesForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> builtins.list[V2CustomerCategory]: ...

    async def list_categories(
        self,
        *,
        user: str | Unset = UNSET,
        body: ListCustomerStatCategoriesForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> builtins.list[V2CustomerCategory]:
        """List a customer's categories.

        Returns the name of every category the customer has ever tagged mail with.

        Wire request: POST /apiv2/reseller.manage.json with list=true, method=stats (form fields, always
        sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            user (str): Username of the customer. Required.
            body (ListCustomerStatCategoriesForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            list[V2CustomerCategory]: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.statistics.list_categories(user=user)
        """
        from sendgrid_reseller.api.customer_statistics import list_customer_stat_categories as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            user=user,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def list_categories_detailed(
        self,
        *,
        user: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[builtins.list[V2CustomerCategory]]: ...

    @overload
    async def list_categories_detailed(
        self,
        *,
        body: ListCustomerStatCategoriesForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[builtins.list[V2CustomerCategory]]: ...

    async def list_categories_detailed(
        self,
        *,
        user: str | Unset = UNSET,
        body: ListCustomerStatCategoriesForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[builtins.list[V2CustomerCategory]]:
        """List a customer's categories.

        Returns the name of every category the customer has ever tagged mail with.

        Wire request: POST /apiv2/reseller.manage.json with list=true, method=stats (form fields, always
        sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            user (str): Username of the customer. Required.
            body (ListCustomerStatCategoriesForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Response[list[V2CustomerCategory]]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.statistics.list_categories_detailed(user=user)
        """
        from sendgrid_reseller.api.customer_statistics import list_customer_stat_categories as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            user=user,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def get_by_category(
        self,
        *,
        user: str,
        category: str,
        days: int | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> builtins.list[V2CustomerCategoryStatsDay]: ...

    @overload
    async def get_by_category(
        self,
        *,
        body: GetCustomerCategoryStatisticsForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> builtins.list[V2CustomerCategoryStatsDay]: ...

    async def get_by_category(
        self,
        *,
        user: str | Unset = UNSET,
        category: str | Unset = UNSET,
        days: int | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        body: GetCustomerCategoryStatisticsForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> builtins.list[V2CustomerCategoryStatsDay]:
        """Get a customer's daily statistics for a category.

        Returns daily counters of one category for a customer; a category without statistics gives an
        empty result. Pick the period with days or with start_date and end_date; not both. Marketing
        e-mail statistics can be read through the category "Newsletter".

        Wire request: POST /apiv2/reseller.manage.json with method=stats (form fields, always sent,
        never the caller's); the client adds the credentials as the api_user / api_key form fields.

        Args:
            user (str): Username of the customer. Required.
            category (str): A category that has statistics. Required.
            days (int | Unset): Number of days up to and including today.
            start_date (datetime.date | Unset): First day of the period (YYYY-mm-dd).
            end_date (datetime.date | Unset): Last day of the period (YYYY-mm-dd).
            body (GetCustomerCategoryStatisticsForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            list[V2CustomerCategoryStatsDay]: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.statistics.get_by_category(user=user, category=category)
        """
        from sendgrid_reseller.api.customer_statistics import get_customer_category_statistics as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            user=user,
            category=category,
            days=days,
            start_date=start_date,
            end_date=end_date,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def get_by_category_detailed(
        self,
        *,
        user: str,
        category: str,
        days: int | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[builtins.list[V2CustomerCategoryStatsDay]]: ...

    @overload
    async def get_by_category_detailed(
        self,
        *,
        body: GetCustomerCategoryStatisticsForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[builtins.list[V2CustomerCategoryStatsDay]]: ...

    async def get_by_category_detailed(
        self,
        *,
        user: str | Unset = UNSET,
        category: str | Unset = UNSET,
        days: int | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        body: GetCustomerCategoryStatisticsForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[builtins.list[V2CustomerCategoryStatsDay]]:
        """Get a customer's daily statistics for a category.

        Returns daily counters of one category for a customer; a category without statistics gives an
        empty result. Pick the period with days or with start_date and end_date; not both. Marketing
        e-mail statistics can be read through the category "Newsletter".

        Wire request: POST /apiv2/reseller.manage.json with method=stats (form fields, always sent,
        never the caller's); the client adds the credentials as the api_user / api_key form fields.

        Args:
            user (str): Username of the customer. Required.
            category (str): A category that has statistics. Required.
            days (int | Unset): Number of days up to and including today.
            start_date (datetime.date | Unset): First day of the period (YYYY-mm-dd).
            end_date (datetime.date | Unset): Last day of the period (YYYY-mm-dd).
            body (GetCustomerCategoryStatisticsForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Response[list[V2CustomerCategoryStatsDay]]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.statistics.get_by_category_detailed(user=user, category=category)
        """
        from sendgrid_reseller.api.customer_statistics import get_customer_category_statistics as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            user=user,
            category=category,
            days=days,
            start_date=start_date,
            end_date=end_date,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )


class AsyncResellerBouncesGroup(Group):
    """Operations under `client.reseller.bounces`."""

    @overload
    async def get(
        self,
        *,
        user: str,
        date: GetCustomerBouncesFormDate | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> builtins.list[V2Bounce]: ...

    @overload
    async def get(
        self,
        *,
        body: GetCustomerBouncesForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> builtins.list[V2Bounce]: ...

    async def get(
        self,
        *,
        user: str | Unset = UNSET,
        date: GetCustomerBouncesFormDate | Unset = UNSET,
        body: GetCustomerBouncesForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> builtins.list[V2Bounce]:
        """List a customer's bounces.

        Returns the addresses on the customer's bounce list, with the bounce status and reason.

        Wire request: POST /apiv2/reseller.manage.json with method=bounces, task=get (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            user (str): Username of the customer. Required.
            date (GetCustomerBouncesFormDate | Unset): Send "1" to get each record's creation time
                (YYYY-MM-DD HH:MM:SS) in created.
            body (GetCustomerBouncesForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            list[V2Bounce]: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.bounces.get(user=user)
        """
        from sendgrid_reseller.api.customer_bounces import get_customer_bounces as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            user=user,
            date=date,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def get_detailed(
        self,
        *,
        user: str,
        date: GetCustomerBouncesFormDate | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[builtins.list[V2Bounce]]: ...

    @overload
    async def get_detailed(
        self,
        *,
        body: GetCustomerBouncesForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[builtins.list[V2Bounce]]: ...

    async def get_detailed(
        self,
        *,
        user: str | Unset = UNSET,
        date: GetCustomerBouncesFormDate | Unset = UNSET,
        body: GetCustomerBouncesForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[builtins.list[V2Bounce]]:
        """List a customer's bounces.

        Returns the addresses on the customer's bounce list, with the bounce status and reason.

        Wire request: POST /apiv2/reseller.manage.json with method=bounces, task=get (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            user (str): Username of the customer. Required.
            date (GetCustomerBouncesFormDate | Unset): Send "1" to get each record's creation time
                (YYYY-MM-DD HH:MM:SS) in created.
            body (GetCustomerBouncesForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Response[list[V2Bounce]]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.bounces.get_detailed(user=user)
        """
        from sendgrid_reseller.api.customer_bounces import get_customer_bounces as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            user=user,
            date=date,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def delete(
        self,
        *,
        user: str,
        email: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    @overload
    async def delete(
        self,
        *,
        body: DeleteCustomerBouncesForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    async def delete(
        self,
        *,
        user: str | Unset = UNSET,
        email: str | Unset = UNSET,
        body: DeleteCustomerBouncesForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody:
        """Remove an address from a customer's bounces.

        Takes one address off the customer's bounce list, so mail to it is tried again.

        Wire request: POST /apiv2/reseller.manage.json with method=bounces, task=delete (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            user (str): Username of the customer. Required.
            email (str): The bounced address to remove. Required.
            body (DeleteCustomerBouncesForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            V2SuccessBody: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.bounces.delete(user=user, email=email)
        """
        from sendgrid_reseller.api.customer_bounces import delete_customer_bounces as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            user=user,
            email=email,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def delete_detailed(
        self,
        *,
        user: str,
        email: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    @overload
    async def delete_detailed(
        self,
        *,
        body: DeleteCustomerBouncesForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    async def delete_detailed(
        self,
        *,
        user: str | Unset = UNSET,
        email: str | Unset = UNSET,
        body: DeleteCustomerBouncesForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]:
        """Remove an address from a customer's bounces.

        Takes one address off the customer's bounce list, so mail to it is tried again.

        Wire request: POST /apiv2/reseller.manage.json with method=bounces, task=delete (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            user (str): Username of the customer. Required.
            email (str): The bounced address to remove. Required.
            body (DeleteCustomerBouncesForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Response[V2SuccessBody]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.bounces.delete_detailed(user=user, email=email)
        """
        from sendgrid_reseller.api.customer_bounces import delete_customer_bounces as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            user=user,
            email=email,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )


class AsyncResellerUnsubscribesGroup(Group):
    """Operations under `client.reseller.unsubscribes`."""

    @overload
    async def get(
        self,
        *,
        user: str,
        date: GetCustomerUnsubscribesFormDate | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> builtins.list[V2Unsubscribe]: ...

    @overload
    async def get(
        self,
        *,
        body: GetCustomerUnsubscribesForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> builtins.list[V2Unsubscribe]: ...

    async def get(
        self,
        *,
        user: str | Unset = UNSET,
        date: GetCustomerUnsubscribesFormDate | Unset = UNSET,
        body: GetCustomerUnsubscribesForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> builtins.list[V2Unsubscribe]:
        """List a customer's unsubscribes.

        Returns the addresses that unsubscribed from the customer's mail.

        Wire request: POST /apiv2/reseller.manage.json with method=unsubscribes, task=get (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            user (str): Username of the customer. Required.
            date (GetCustomerUnsubscribesFormDate | Unset): Send "1" to get each record's creation
                time (YYYY-MM-DD HH:MM:SS) in created.
            body (GetCustomerUnsubscribesForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            list[V2Unsubscribe]: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.unsubscribes.get(user=user)
        """
        from sendgrid_reseller.api.customer_unsubscribes import get_customer_unsubscribes as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            user=user,
            date=date,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def get_detailed(
        self,
        *,
        user: str,
        date: GetCustomerUnsubscribesFormDate | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[builtins.list[V2Unsubscribe]]: ...

    @overload
    async def get_detailed(
        self,
        *,
        body: GetCustomerUnsubscribesForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[builtins.list[V2Unsubscribe]]: ...

    async def get_detailed(
        self,
        *,
        user: str | Unset = UNSET,
        date: GetCustomerUnsubscribesFormDate | Unset = UNSET,
        body: GetCustomerUnsubscribesForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[builtins.list[V2Unsubscribe]]:
        """List a customer's unsubscribes.

        Returns the addresses that unsubscribed from the customer's mail.

        Wire request: POST /apiv2/reseller.manage.json with method=unsubscribes, task=get (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            user (str): Username of the customer. Required.
            date (GetCustomerUnsubscribesFormDate | Unset): Send "1" to get each record's creation
                time (YYYY-MM-DD HH:MM:SS) in created.
            body (GetCustomerUnsubscribesForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Response[list[V2Unsubscribe]]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.unsubscribes.get_detailed(user=user)
        """
        from sendgrid_reseller.api.customer_unsubscribes import get_customer_unsubscribes as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            user=user,
            date=date,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def delete(
        self,
        *,
        user: str,
        email: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    @overload
    async def delete(
        self,
        *,
        body: DeleteCustomerUnsubscribesForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    async def delete(
        self,
        *,
        user: str | Unset = UNSET,
        email: str | Unset = UNSET,
        body: DeleteCustomerUnsubscribesForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody:
        """Remove an address from a customer's unsubscribes.

        Takes one address off the customer's unsubscribe list, so it receives the customer's mail again.

        Wire request: POST /apiv2/reseller.manage.json with method=unsubscribes, task=delete (form
        fields, always sent, never the caller's); the client adds the credentials as the api_user /
        api_key form fields.

        Args:
            user (str): Username of the customer. Required.
            email (str): An address on the unsubscribe list. Required.
            body (DeleteCustomerUnsubscribesForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            V2SuccessBody: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.unsubscribes.delete(user=user, email=email)
        """
        from sendgrid_reseller.api.customer_unsubscribes import delete_customer_unsubscribes as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            user=user,
            email=email,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def delete_detailed(
        self,
        *,
        user: str,
        email: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    @overload
    async def delete_detailed(
        self,
        *,
        body: DeleteCustomerUnsubscribesForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    async def delete_detailed(
        self,
        *,
        user: str | Unset = UNSET,
        email: str | Unset = UNSET,
        body: DeleteCustomerUnsubscribesForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]:
        """Remove an address from a customer's unsubscribes.

        Takes one address off the customer's unsubscribe list, so it receives the customer's mail again.

        Wire request: POST /apiv2/reseller.manage.json with method=unsubscribes, task=delete (form
        fields, always sent, never the caller's); the client adds the credentials as the api_user /
        api_key form fields.

        Args:
            user (str): Username of the customer. Required.
            email (str): An address on the unsubscribe list. Required.
            body (DeleteCustomerUnsubscribesForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Response[V2SuccessBody]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.unsubscribes.delete_detailed(user=user, email=email)
        """
        from sendgrid_reseller.api.customer_unsubscribes import delete_customer_unsubscribes as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            user=user,
            email=email,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def add(
        self,
        *,
        user: str,
        email: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    @overload
    async def add(
        self,
        *,
        body: AddCustomerUnsubscribesForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    async def add(
        self,
        *,
        user: str | Unset = UNSET,
        email: str | Unset = UNSET,
        body: AddCustomerUnsubscribesForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody:
        """Add an address to a customer's unsubscribes.

        Puts an address on the customer's unsubscribe list, so the customer's mail no longer goes to it.

        Wire request: POST /apiv2/reseller.manage.json with method=unsubscribes, task=add (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            user (str): Username of the customer. Required.
            email (str): The address to unsubscribe. Required.
            body (AddCustomerUnsubscribesForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            V2SuccessBody: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.unsubscribes.add(user=user, email=email)
        """
        from sendgrid_reseller.api.customer_unsubscribes import add_customer_unsubscribes as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            user=user,
            email=email,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def add_detailed(
        self,
        *,
        user: str,
        email: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    @overload
    async def add_detailed(
        self,
        *,
        body: AddCustomerUnsubscribesForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    async def add_detailed(
        self,
        *,
        user: str | Unset = UNSET,
        email: str | Unset = UNSET,
        body: AddCustomerUnsubscribesForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]:
        """Add an address to a customer's unsubscribes.

        Puts an address on the customer's unsubscribe list, so the customer's mail no longer goes to it.

        Wire request: POST /apiv2/reseller.manage.json with method=unsubscribes, task=add (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            user (str): Username of the customer. Required.
            email (str): The address to unsubscribe. Required.
            body (AddCustomerUnsubscribesForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Response[V2SuccessBody]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.unsubscribes.add_detailed(user=user, email=email)
        """
        from sendgrid_reseller.api.customer_unsubscribes import add_customer_unsubscribes as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            user=user,
            email=email,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )


class AsyncResellerInvalidEmailsGroup(Group):
    """Operations under `client.reseller.invalid_emails`."""

    @overload
    async def get(
        self,
        *,
        user: str,
        date: GetCustomerInvalidEmailsFormDate | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> builtins.list[V2InvalidEmail]: ...

    @overload
    async def get(
        self,
        *,
        body: GetCustomerInvalidEmailsForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> builtins.list[V2InvalidEmail]: ...

    async def get(
        self,
        *,
        user: str | Unset = UNSET,
        date: GetCustomerInvalidEmailsFormDate | Unset = UNSET,
        body: GetCustomerInvalidEmailsForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> builtins.list[V2InvalidEmail]:
        """List a customer's invalid addresses.

        Returns the addresses SendGrid judged invalid for the customer, each with the reason.

        Wire request: POST /apiv2/reseller.manage.json with method=invalidemails, task=get (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            user (str): Username of the customer. Required.
            date (GetCustomerInvalidEmailsFormDate | Unset): Send "1" to get each record's creation
                time (YYYY-MM-DD HH:MM:SS) in created.
            body (GetCustomerInvalidEmailsForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            list[V2InvalidEmail]: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.invalid_emails.get(user=user)
        """
        from sendgrid_reseller.api.customer_invalid_emails import get_customer_invalid_emails as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            user=user,
            date=date,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def get_detailed(
        self,
        *,
        user: str,
        date: GetCustomerInvalidEmailsFormDate | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[builtins.list[V2InvalidEmail]]: ...

    @overload
    async def get_detailed(
        self,
        *,
        body: GetCustomerInvalidEmailsForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[builtins.list[V2InvalidEmail]]: ...

    async def get_detailed(
        self,
        *,
        user: str | Unset = UNSET,
        date: GetCustomerInvalidEmailsFormDate | Unset = UNSET,
        body: GetCustomerInvalidEmailsForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[builtins.list[V2InvalidEmail]]:
        """List a customer's invalid addresses.

        Returns the addresses SendGrid judged invalid for the customer, each with the reason.

        Wire request: POST /apiv2/reseller.manage.json with method=invalidemails, task=get (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            user (str): Username of the customer. Required.
            date (GetCustomerInvalidEmailsFormDate | Unset): Send "1" to get each record's creation
                time (YYYY-MM-DD HH:MM:SS) in created.
            body (GetCustomerInvalidEmailsForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Response[list[V2InvalidEmail]]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.invalid_emails.get_detailed(user=user)
        """
        from sendgrid_reseller.api.customer_invalid_emails import get_customer_invalid_emails as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            user=user,
            date=date,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def delete(
        self,
        *,
        user: str,
        email: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    @overload
    async def delete(
        self,
        *,
        body: DeleteCustomerInvalidEmailsForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    async def delete(
        self,
        *,
        user: str | Unset = UNSET,
        email: str | Unset = UNSET,
        body: DeleteCustomerInvalidEmailsForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody:
        """Remove an address from a customer's invalid addresses.

        Takes one address off the customer's invalid-address list.

        Wire request: POST /apiv2/reseller.manage.json with method=invalidemails, task=delete (form
        fields, always sent, never the caller's); the client adds the credentials as the api_user /
        api_key form fields.

        Args:
            user (str): Username of the customer. Required.
            email (str): An address on the invalid-address list. Required.
            body (DeleteCustomerInvalidEmailsForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            V2SuccessBody: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.invalid_emails.delete(user=user, email=email)
        """
        from sendgrid_reseller.api.customer_invalid_emails import delete_customer_invalid_emails as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            user=user,
            email=email,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def delete_detailed(
        self,
        *,
        user: str,
        email: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    @overload
    async def delete_detailed(
        self,
        *,
        body: DeleteCustomerInvalidEmailsForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    async def delete_detailed(
        self,
        *,
        user: str | Unset = UNSET,
        email: str | Unset = UNSET,
        body: DeleteCustomerInvalidEmailsForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]:
        """Remove an address from a customer's invalid addresses.

        Takes one address off the customer's invalid-address list.

        Wire request: POST /apiv2/reseller.manage.json with method=invalidemails, task=delete (form
        fields, always sent, never the caller's); the client adds the credentials as the api_user /
        api_key form fields.

        Args:
            user (str): Username of the customer. Required.
            email (str): An address on the invalid-address list. Required.
            body (DeleteCustomerInvalidEmailsForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Response[V2SuccessBody]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.invalid_emails.delete_detailed(user=user, email=email)
        """
        from sendgrid_reseller.api.customer_invalid_emails import delete_customer_invalid_emails as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            user=user,
            email=email,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )


class AsyncResellerSpamReportsGroup(Group):
    """Operations under `client.reseller.spam_reports`."""

    @overload
    async def get(
        self,
        *,
        user: str,
        date: GetCustomerSpamReportsFormDate | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> builtins.list[V2SpamReport]: ...

    @overload
    async def get(
        self,
        *,
        body: GetCustomerSpamReportsForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> builtins.list[V2SpamReport]: ...

    async def get(
        self,
        *,
        user: str | Unset = UNSET,
        date: GetCustomerSpamReportsFormDate | Unset = UNSET,
        body: GetCustomerSpamReportsForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> builtins.list[V2SpamReport]:
        """List a customer's spam reports.

        Returns the addresses whose recipients marked the customer's mail as spam.

        Wire request: POST /apiv2/reseller.manage.json with method=spamreports, task=get (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            user (str): Username of the customer. Required.
            date (GetCustomerSpamReportsFormDate | Unset): Send "1" to get each record's creation time
                (YYYY-MM-DD HH:MM:SS) in created.
            body (GetCustomerSpamReportsForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            list[V2SpamReport]: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.spam_reports.get(user=user)
        """
        from sendgrid_reseller.api.customer_spam_reports import get_customer_spam_reports as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            user=user,
            date=date,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def get_detailed(
        self,
        *,
        user: str,
        date: GetCustomerSpamReportsFormDate | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[builtins.list[V2SpamReport]]: ...

    @overload
    async def get_detailed(
        self,
        *,
        body: GetCustomerSpamReportsForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[builtins.list[V2SpamReport]]: ...

    async def get_detailed(
        self,
        *,
        user: str | Unset = UNSET,
        date: GetCustomerSpamReportsFormDate | Unset = UNSET,
        body: GetCustomerSpamReportsForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[builtins.list[V2SpamReport]]:
        """List a customer's spam reports.

        Returns the addresses whose recipients marked the customer's mail as spam.

        Wire request: POST /apiv2/reseller.manage.json with method=spamreports, task=get (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            user (str): Username of the customer. Required.
            date (GetCustomerSpamReportsFormDate | Unset): Send "1" to get each record's creation time
                (YYYY-MM-DD HH:MM:SS) in created.
            body (GetCustomerSpamReportsForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Response[list[V2SpamReport]]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.spam_reports.get_detailed(user=user)
        """
        from sendgrid_reseller.api.customer_spam_reports import get_customer_spam_reports as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            user=user,
            date=date,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def delete(
        self,
        *,
        user: str,
        email: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    @overload
    async def delete(
        self,
        *,
        body: DeleteCustomerSpamReportsForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    async def delete(
        self,
        *,
        user: str | Unset = UNSET,
        email: str | Unset = UNSET,
        body: DeleteCustomerSpamReportsForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody:
        """Remove an address from a customer's spam reports.

        Takes one address off the customer's spam-report list.

        Wire request: POST /apiv2/reseller.manage.json with method=spamreports, task=delete (form
        fields, always sent, never the caller's); the client adds the credentials as the api_user /
        api_key form fields.

        Args:
            user (str): Username of the customer. Required.
            email (str): An address on the spam-report list. Required.
            body (DeleteCustomerSpamReportsForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            V2SuccessBody: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.spam_reports.delete(user=user, email=email)
        """
        from sendgrid_reseller.api.customer_spam_reports import delete_customer_spam_reports as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            user=user,
            email=email,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def delete_detailed(
        self,
        *,
        user: str,
        email: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    @overload
    async def delete_detailed(
        self,
        *,
        body: DeleteCustomerSpamReportsForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    async def delete_detailed(
        self,
        *,
        user: str | Unset = UNSET,
        email: str | Unset = UNSET,
        body: DeleteCustomerSpamReportsForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]:
        """Remove an address from a customer's spam reports.

        Takes one address off the customer's spam-report list.

        Wire request: POST /apiv2/reseller.manage.json with method=spamreports, task=delete (form
        fields, always sent, never the caller's); the client adds the credentials as the api_user /
        api_key form fields.

        Args:
            user (str): Username of the customer. Required.
            email (str): An address on the spam-report list. Required.
            body (DeleteCustomerSpamReportsForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Response[V2SuccessBody]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.spam_reports.delete_detailed(user=user, email=email)
        """
        from sendgrid_reseller.api.customer_spam_reports import delete_customer_spam_reports as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            user=user,
            email=email,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )


class AsyncResellerAccountLimitsGroup(Group):
    """Operations under `client.reseller.account_limits`."""

    @overload
    async def get(
        self,
        *,
        user: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2CreditLimit: ...

    @overload
    async def get(
        self,
        *,
        body: GetCustomerCreditLimitForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2CreditLimit: ...

    async def get(
        self,
        *,
        user: str | Unset = UNSET,
        body: GetCustomerCreditLimitForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2CreditLimit:
        """Get a customer's credit limit.

        Returns the customer's credit limit, the credits left and the last reset day. A reply without
        these fields means the customer has no limit.

        Wire request: POST /apiv2/reseller.manage.json with method=limit, task=retrieve (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            user (str): Username of the customer. Required.
            body (GetCustomerCreditLimitForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            V2CreditLimit: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.account_limits.get(user=user)
        """
        from sendgrid_reseller.api.customer_account_limits import get_customer_credit_limit as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            user=user,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def get_detailed(
        self,
        *,
        user: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2CreditLimit]: ...

    @overload
    async def get_detailed(
        self,
        *,
        body: GetCustomerCreditLimitForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2CreditLimit]: ...

    async def get_detailed(
        self,
        *,
        user: str | Unset = UNSET,
        body: GetCustomerCreditLimitForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2CreditLimit]:
        """Get a customer's credit limit.

        Returns the customer's credit limit, the credits left and the last reset day. A reply without
        these fields means the customer has no limit.

        Wire request: POST /apiv2/reseller.manage.json with method=limit, task=retrieve (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            user (str): Username of the customer. Required.
            body (GetCustomerCreditLimitForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Response[V2CreditLimit]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.account_limits.get_detailed(user=user)
        """
        from sendgrid_reseller.api.customer_account_limits import get_customer_credit_limit as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            user=user,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )


class AsyncResellerTimezonesGroup(Group):
    """Operations under `client.reseller.timezones`."""

    async def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> builtins.list[V2Timezone]:
        """List the timezones a customer can have.

        Returns every timezone that can be assigned to a customer, with its display label and offset.

        Wire request: GET /apiv2/reseller.manage.json with method=timezone, task=list (query parameters,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key
        query parameters.

        Args:
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            list[V2Timezone]: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.timezones.list()
        """
        from sendgrid_reseller.api.customer_timezone import list_customer_timezones as _endpoint

        return await _endpoint.asyncio(
            self._client, extra_headers=extra_headers, extra_query=extra_query, timeout=timeout, options=options
        )

    async def list_detailed(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[builtins.list[V2Timezone]]:
        """List the timezones a customer can have.

        Returns every timezone that can be assigned to a customer, with its display label and offset.

        Wire request: GET /apiv2/reseller.manage.json with method=timezone, task=list (query parameters,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key
        query parameters.

        Args:
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Response[list[V2Timezone]]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.timezones.list_detailed()
        """
        from sendgrid_reseller.api.customer_timezone import list_customer_timezones as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client, extra_headers=extra_headers, extra_query=extra_query, timeout=timeout, options=options
        )

    async def get(
        self,
        *,
        user: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2Timezone:
        """Get a customer's timezone.

        Returns the timezone currently assigned to the customer.

        Wire request: GET /apiv2/reseller.manage.json with method=timezone, task=get (query parameters,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key
        query parameters.

        Args:
            user (str): Username of the customer. Required.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            V2Timezone: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.timezones.get()
        """
        from sendgrid_reseller.api.customer_timezone import get_customer_timezone as _endpoint

        return await _endpoint.asyncio(
            self._client,
            user=user,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    async def get_detailed(
        self,
        *,
        user: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2Timezone]:
        """Get a customer's timezone.

        Returns the timezone currently assigned to the customer.

        Wire request: GET /apiv2/reseller.manage.json with method=timezone, task=get (query parameters,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key
        query parameters.

        Args:
            user (str): Username of the customer. Required.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Response[V2Timezone]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.timezones.get_detailed()
        """
        from sendgrid_reseller.api.customer_timezone import get_customer_timezone as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            user=user,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    @overload
    async def set(
        self,
        *,
        user: str,
        timezone: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    @overload
    async def set(
        self,
        *,
        body: SetCustomerTimezoneForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    async def set(
        self,
        *,
        user: str | Unset = UNSET,
        timezone: str | Unset = UNSET,
        body: SetCustomerTimezoneForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody:
        """Set a customer's timezone.

        Assigns one of the listed timezones to the customer.

        Wire request: POST /apiv2/reseller.manage.json with method=timezone, task=set (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            user (str): Username of the customer. Required.
            timezone (str): A timezone identifier from the list call, e.g. America/Los_Angeles.
                Required.
            body (SetCustomerTimezoneForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            V2SuccessBody: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.timezones.set(user=user, timezone=timezone)
        """
        from sendgrid_reseller.api.customer_timezone import set_customer_timezone as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            user=user,
            timezone=timezone,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def set_detailed(
        self,
        *,
        user: str,
        timezone: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    @overload
    async def set_detailed(
        self,
        *,
        body: SetCustomerTimezoneForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    async def set_detailed(
        self,
        *,
        user: str | Unset = UNSET,
        timezone: str | Unset = UNSET,
        body: SetCustomerTimezoneForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]:
        """Set a customer's timezone.

        Assigns one of the listed timezones to the customer.

        Wire request: POST /apiv2/reseller.manage.json with method=timezone, task=set (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            user (str): Username of the customer. Required.
            timezone (str): A timezone identifier from the list call, e.g. America/Los_Angeles.
                Required.
            body (SetCustomerTimezoneForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Response[V2SuccessBody]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.timezones.set_detailed(user=user, timezone=timezone)
        """
        from sendgrid_reseller.api.customer_timezone import set_customer_timezone as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            user=user,
            timezone=timezone,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )


class AsyncResellerMonitorsGroup(Group):
    """Operations under `client.reseller.monitors`."""

    @overload
    async def create(
        self,
        *,
        name: str,
        email: str,
        frequency: int,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    @overload
    async def create(
        self,
        *,
        body: CreateMonitorRecordForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    async def create(
        self,
        *,
        name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        frequency: int | Unset = UNSET,
        body: CreateMonitorRecordForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody:
        """Create a monitor record.

        Defines a new monitor record, to which customers can then be attached.

        Wire request: POST /apiv2/reseller.manage.json with method=monitor, task=create (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            name (str): A name no other monitor record of the reseller uses. Required.
            email (str): Where the sampled messages are sent. Required.
            frequency (int): How often a message is sampled (the documented example uses 1000).
                Required.
            body (CreateMonitorRecordForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            V2SuccessBody: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.monitors.create(name=name, email=email, frequency=frequency)
        """
        from sendgrid_reseller.api.monitor_records import create_monitor_record as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            name=name,
            email=email,
            frequency=frequency,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def create_detailed(
        self,
        *,
        name: str,
        email: str,
        frequency: int,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    @overload
    async def create_detailed(
        self,
        *,
        body: CreateMonitorRecordForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    async def create_detailed(
        self,
        *,
        name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        frequency: int | Unset = UNSET,
        body: CreateMonitorRecordForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]:
        """Create a monitor record.

        Defines a new monitor record, to which customers can then be attached.

        Wire request: POST /apiv2/reseller.manage.json with method=monitor, task=create (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            name (str): A name no other monitor record of the reseller uses. Required.
            email (str): Where the sampled messages are sent. Required.
            frequency (int): How often a message is sampled (the documented example uses 1000).
                Required.
            body (CreateMonitorRecordForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Response[V2SuccessBody]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.monitors.create_detailed(name=name, email=email, frequency=frequency)
        """
        from sendgrid_reseller.api.monitor_records import create_monitor_record as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            name=name,
            email=email,
            frequency=frequency,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def edit(
        self,
        *,
        name: str,
        new_name: str | Unset = UNSET,
        new_email: str | Unset = UNSET,
        new_frequency: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    @overload
    async def edit(
        self,
        *,
        body: EditMonitorRecordForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    async def edit(
        self,
        *,
        name: str | Unset = UNSET,
        new_name: str | Unset = UNSET,
        new_email: str | Unset = UNSET,
        new_frequency: int | Unset = UNSET,
        body: EditMonitorRecordForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody:
        """Edit a monitor record.

        Changes the name, destination address or frequency of a monitor record; fields left out stay as
        they are.

        Wire request: POST /apiv2/reseller.manage.json with method=monitor, task=edit (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            name (str): Current name of the record. Required.
            new_name (str | Unset): A new name no other record uses.
            new_email (str | Unset): A new destination address.
            new_frequency (int | Unset): A new sampling frequency.
            body (EditMonitorRecordForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            V2SuccessBody: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.monitors.edit(name=name)
        """
        from sendgrid_reseller.api.monitor_records import edit_monitor_record as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            name=name,
            new_name=new_name,
            new_email=new_email,
            new_frequency=new_frequency,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def edit_detailed(
        self,
        *,
        name: str,
        new_name: str | Unset = UNSET,
        new_email: str | Unset = UNSET,
        new_frequency: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    @overload
    async def edit_detailed(
        self,
        *,
        body: EditMonitorRecordForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    async def edit_detailed(
        self,
        *,
        name: str | Unset = UNSET,
        new_name: str | Unset = UNSET,
        new_email: str | Unset = UNSET,
        new_frequency: int | Unset = UNSET,
        body: EditMonitorRecordForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]:
        """Edit a monitor record.

        Changes the name, destination address or frequency of a monitor record; fields left out stay as
        they are.

        Wire request: POST /apiv2/reseller.manage.json with method=monitor, task=edit (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            name (str): Current name of the record. Required.
            new_name (str | Unset): A new name no other record uses.
            new_email (str | Unset): A new destination address.
            new_frequency (int | Unset): A new sampling frequency.
            body (EditMonitorRecordForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Response[V2SuccessBody]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.monitors.edit_detailed(name=name)
        """
        from sendgrid_reseller.api.monitor_records import edit_monitor_record as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            name=name,
            new_name=new_name,
            new_email=new_email,
            new_frequency=new_frequency,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def delete(
        self,
        *,
        name: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    @overload
    async def delete(
        self,
        *,
        body: DeleteMonitorRecordForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    async def delete(
        self,
        *,
        name: str | Unset = UNSET,
        body: DeleteMonitorRecordForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody:
        """Delete a monitor record.

        Deletes a monitor record. It fails while any customer is still attached to the record.

        Wire request: POST /apiv2/reseller.manage.json with method=monitor, task=delete (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            name (str): Name of the record. Required.
            body (DeleteMonitorRecordForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            V2SuccessBody: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.monitors.delete(name=name)
        """
        from sendgrid_reseller.api.monitor_records import delete_monitor_record as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            name=name,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def delete_detailed(
        self,
        *,
        name: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    @overload
    async def delete_detailed(
        self,
        *,
        body: DeleteMonitorRecordForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    async def delete_detailed(
        self,
        *,
        name: str | Unset = UNSET,
        body: DeleteMonitorRecordForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]:
        """Delete a monitor record.

        Deletes a monitor record. It fails while any customer is still attached to the record.

        Wire request: POST /apiv2/reseller.manage.json with method=monitor, task=delete (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            name (str): Name of the record. Required.
            body (DeleteMonitorRecordForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Response[V2SuccessBody]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.monitors.delete_detailed(name=name)
        """
        from sendgrid_reseller.api.monitor_records import delete_monitor_record as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            name=name,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> builtins.list[V2MonitorRecord]:
        """List monitor records.

        Returns every monitor record of the reseller with the customers attached to it.

        Wire request: POST /apiv2/reseller.manage.json with method=monitor, task=list (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            list[V2MonitorRecord]: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.monitors.list()
        """
        from sendgrid_reseller.api.monitor_records import list_monitor_records as _endpoint

        return await _endpoint.asyncio(
            self._client,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def list_detailed(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[builtins.list[V2MonitorRecord]]:
        """List monitor records.

        Returns every monitor record of the reseller with the customers attached to it.

        Wire request: POST /apiv2/reseller.manage.json with method=monitor, task=list (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Response[list[V2MonitorRecord]]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.monitors.list_detailed()
        """
        from sendgrid_reseller.api.monitor_records import list_monitor_records as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def append_customer(
        self,
        *,
        user: str,
        name: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    @overload
    async def append_customer(
        self,
        *,
        body: AppendCustomerToMonitorRecordForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    async def append_customer(
        self,
        *,
        user: str | Unset = UNSET,
        name: str | Unset = UNSET,
        body: AppendCustomerToMonitorRecordForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody:
        """Attach a customer to a monitor record.

        Starts sampling a customer's mail into an existing monitor record.

        Wire request: POST /apiv2/reseller.manage.json with method=monitor, task=append (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            user (str): Username of the customer. Required.
            name (str): Name of an existing monitor record. Required.
            body (AppendCustomerToMonitorRecordForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            V2SuccessBody: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.monitors.append_customer(user=user, name=name)
        """
        from sendgrid_reseller.api.monitor_records import append_customer_to_monitor_record as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            user=user,
            name=name,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def append_customer_detailed(
        self,
        *,
        user: str,
        name: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    @overload
    async def append_customer_detailed(
        self,
        *,
        body: AppendCustomerToMonitorRecordForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    async def append_customer_detailed(
        self,
        *,
        user: str | Unset = UNSET,
        name: str | Unset = UNSET,
        body: AppendCustomerToMonitorRecordForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]:
        """Attach a customer to a monitor record.

        Starts sampling a customer's mail into an existing monitor record.

        Wire request: POST /apiv2/reseller.manage.json with method=monitor, task=append (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            user (str): Username of the customer. Required.
            name (str): Name of an existing monitor record. Required.
            body (AppendCustomerToMonitorRecordForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Response[V2SuccessBody]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.monitors.append_customer_detailed(user=user, name=name)
        """
        from sendgrid_reseller.api.monitor_records import append_customer_to_monitor_record as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            user=user,
            name=name,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def detach_customer(
        self,
        *,
        user: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    @overload
    async def detach_customer(
        self,
        *,
        body: DetachCustomerFromMonitorRecordForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    async def detach_customer(
        self,
        *,
        user: str | Unset = UNSET,
        body: DetachCustomerFromMonitorRecordForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody:
        """Detach a customer from its monitor record.

        Stops sampling a customer's mail; a customer is on at most one record, so no record name is
        needed.

        Wire request: POST /apiv2/reseller.manage.json with method=monitor, task=detach (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            user (str): Username of the customer. Required.
            body (DetachCustomerFromMonitorRecordForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            V2SuccessBody: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.monitors.detach_customer(user=user)
        """
        from sendgrid_reseller.api.monitor_records import detach_customer_from_monitor_record as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            user=user,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def detach_customer_detailed(
        self,
        *,
        user: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    @overload
    async def detach_customer_detailed(
        self,
        *,
        body: DetachCustomerFromMonitorRecordForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    async def detach_customer_detailed(
        self,
        *,
        user: str | Unset = UNSET,
        body: DetachCustomerFromMonitorRecordForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]:
        """Detach a customer from its monitor record.

        Stops sampling a customer's mail; a customer is on at most one record, so no record name is
        needed.

        Wire request: POST /apiv2/reseller.manage.json with method=monitor, task=detach (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            user (str): Username of the customer. Required.
            body (DetachCustomerFromMonitorRecordForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Response[V2SuccessBody]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.monitors.detach_customer_detailed(user=user)
        """
        from sendgrid_reseller.api.monitor_records import detach_customer_from_monitor_record as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            user=user,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )


class AsyncResellerIpsGroup(Group):
    """Operations under `client.reseller.ips`."""

    async def list(
        self,
        *,
        ip: str | Unset = UNSET,
        system: ListResellerIpsFormSystem | Unset = UNSET,
        body: ListResellerIpsForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> builtins.list[V2Ip]:
        """List all of the reseller's IPs.

        Returns every IP address on the reseller account, optionally filtered.

        Wire request: POST /apiv2/reseller.ip.json with task=all (form fields, always sent, never the
        caller's); the client adds the credentials as the api_user / api_key form fields.

        Args:
            ip (str | Unset): A whole or partial IP address to filter by.
            system (ListResellerIpsFormSystem | Unset): Send "true" to include the IPs SendGrid itself
                assigned.
            body (ListResellerIpsForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            list[V2Ip]: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.ips.list()
        """
        from sendgrid_reseller.api.ip_management import list_reseller_ips as _endpoint

        return await _endpoint.asyncio(
            self._client,
            ip=ip,
            system=system,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def list_detailed(
        self,
        *,
        ip: str | Unset = UNSET,
        system: ListResellerIpsFormSystem | Unset = UNSET,
        body: ListResellerIpsForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[builtins.list[V2Ip]]:
        """List all of the reseller's IPs.

        Returns every IP address on the reseller account, optionally filtered.

        Wire request: POST /apiv2/reseller.ip.json with task=all (form fields, always sent, never the
        caller's); the client adds the credentials as the api_user / api_key form fields.

        Args:
            ip (str | Unset): A whole or partial IP address to filter by.
            system (ListResellerIpsFormSystem | Unset): Send "true" to include the IPs SendGrid itself
                assigned.
            body (ListResellerIpsForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Response[list[V2Ip]]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.ips.list_detailed()
        """
        from sendgrid_reseller.api.ip_management import list_reseller_ips as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            ip=ip,
            system=system,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def list_free(
        self,
        *,
        ip: str | Unset = UNSET,
        body: ListFreeResellerIpsForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> builtins.list[V2Ip]:
        """List free IPs.

        Returns the reseller's IPs that no user uses and no IP group holds.

        Wire request: POST /apiv2/reseller.ip.json with task=free (form fields, always sent, never the
        caller's); the client adds the credentials as the api_user / api_key form fields.

        Args:
            ip (str | Unset): A whole or partial IP address to filter by.
            body (ListFreeResellerIpsForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            list[V2Ip]: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.ips.list_free()
        """
        from sendgrid_reseller.api.ip_management import list_free_reseller_ips as _endpoint

        return await _endpoint.asyncio(
            self._client,
            ip=ip,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def list_free_detailed(
        self,
        *,
        ip: str | Unset = UNSET,
        body: ListFreeResellerIpsForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[builtins.list[V2Ip]]:
        """List free IPs.

        Returns the reseller's IPs that no user uses and no IP group holds.

        Wire request: POST /apiv2/reseller.ip.json with task=free (form fields, always sent, never the
        caller's); the client adds the credentials as the api_user / api_key form fields.

        Args:
            ip (str | Unset): A whole or partial IP address to filter by.
            body (ListFreeResellerIpsForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Response[list[V2Ip]]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.ips.list_free_detailed()
        """
        from sendgrid_reseller.api.ip_management import list_free_reseller_ips as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            ip=ip,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def list_taken(
        self,
        *,
        ip: str | Unset = UNSET,
        body: ListTakenResellerIpsForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> builtins.list[V2Ip]:
        """List taken IPs.

        Returns the reseller's IPs that a user uses or that belong to an IP group.

        Wire request: POST /apiv2/reseller.ip.json with task=taken (form fields, always sent, never the
        caller's); the client adds the credentials as the api_user / api_key form fields.

        Args:
            ip (str | Unset): A whole or partial IP address to filter by.
            body (ListTakenResellerIpsForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            list[V2Ip]: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.ips.list_taken()
        """
        from sendgrid_reseller.api.ip_management import list_taken_reseller_ips as _endpoint

        return await _endpoint.asyncio(
            self._client,
            ip=ip,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def list_taken_detailed(
        self,
        *,
        ip: str | Unset = UNSET,
        body: ListTakenResellerIpsForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[builtins.list[V2Ip]]:
        """List taken IPs.

        Returns the reseller's IPs that a user uses or that belong to an IP group.

        Wire request: POST /apiv2/reseller.ip.json with task=taken (form fields, always sent, never the
        caller's); the client adds the credentials as the api_user / api_key form fields.

        Args:
            ip (str | Unset): A whole or partial IP address to filter by.
            body (ListTakenResellerIpsForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Response[list[V2Ip]]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.ips.list_taken_detailed()
        """
        from sendgrid_reseller.api.ip_management import list_taken_reseller_ips as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            ip=ip,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def list_available(
        self,
        *,
        ip: str | Unset = UNSET,
        body: ListAvailableResellerIpsForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> builtins.list[V2Ip]:
        """List available IPs.

        Returns the reseller's IPs that can be handed out: free ones, ones held only by an inactive
        user, and ones outside every IP group.

        Wire request: POST /apiv2/reseller.ip.json with task=available (form fields, always sent, never
        the caller's); the client adds the credentials as the api_user / api_key form fields.

        Args:
            ip (str | Unset): A whole or partial IP address to filter by.
            body (ListAvailableResellerIpsForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            list[V2Ip]: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.ips.list_available()
        """
        from sendgrid_reseller.api.ip_management import list_available_reseller_ips as _endpoint

        return await _endpoint.asyncio(
            self._client,
            ip=ip,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def list_available_detailed(
        self,
        *,
        ip: str | Unset = UNSET,
        body: ListAvailableResellerIpsForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[builtins.list[V2Ip]]:
        """List available IPs.

        Returns the reseller's IPs that can be handed out: free ones, ones held only by an inactive
        user, and ones outside every IP group.

        Wire request: POST /apiv2/reseller.ip.json with task=available (form fields, always sent, never
        the caller's); the client adds the credentials as the api_user / api_key form fields.

        Args:
            ip (str | Unset): A whole or partial IP address to filter by.
            body (ListAvailableResellerIpsForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Response[list[V2Ip]]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.ips.list_available_detailed()
        """
        from sendgrid_reseller.api.ip_management import list_available_reseller_ips as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            ip=ip,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def usage(
        self,
        *,
        ip: str | Unset = UNSET,
        user: str | Unset = UNSET,
        group: str | Unset = UNSET,
        system: GetResellerIpUsageFormSystem | Unset = UNSET,
        body: GetResellerIpUsageForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> builtins.list[V2IpUsage]:
        """Show which user is on which IP.

        Returns pairs of IP address and user for the reseller's IPs, optionally filtered.

        Wire request: POST /apiv2/reseller.ip.json with task=usage (form fields, always sent, never the
        caller's); the client adds the credentials as the api_user / api_key form fields.

        Args:
            ip (str | Unset): A whole or partial IP address to filter by.
            user (str | Unset): A whole or partial username to filter by.
            group (str | Unset): A whole or partial IP group name to filter by.
            system (GetResellerIpUsageFormSystem | Unset): Send "true" to include the IPs SendGrid
                itself assigned.
            body (GetResellerIpUsageForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            list[V2IpUsage]: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.ips.usage()
        """
        from sendgrid_reseller.api.ip_management import get_reseller_ip_usage as _endpoint

        return await _endpoint.asyncio(
            self._client,
            ip=ip,
            user=user,
            group=group,
            system=system,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def usage_detailed(
        self,
        *,
        ip: str | Unset = UNSET,
        user: str | Unset = UNSET,
        group: str | Unset = UNSET,
        system: GetResellerIpUsageFormSystem | Unset = UNSET,
        body: GetResellerIpUsageForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[builtins.list[V2IpUsage]]:
        """Show which user is on which IP.

        Returns pairs of IP address and user for the reseller's IPs, optionally filtered.

        Wire request: POST /apiv2/reseller.ip.json with task=usage (form fields, always sent, never the
        caller's); the client adds the credentials as the api_user / api_key form fields.

        Args:
            ip (str | Unset): A whole or partial IP address to filter by.
            user (str | Unset): A whole or partial username to filter by.
            group (str | Unset): A whole or partial IP group name to filter by.
            system (GetResellerIpUsageFormSystem | Unset): Send "true" to include the IPs SendGrid
                itself assigned.
            body (GetResellerIpUsageForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Response[list[V2IpUsage]]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.ips.usage_detailed()
        """
        from sendgrid_reseller.api.ip_management import get_reseller_ip_usage as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            ip=ip,
            user=user,
            group=group,
            system=system,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )


class AsyncResellerDomainAuthenticationGroup(Group):
    """Operations under `client.reseller.domain_authentication`."""

    async def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> builtins.list[V2Whitelabel]:
        """List authenticated domains.

        Returns the reseller's authenticated-domain (whitelabel) records that can be given to customers.

        Wire request: POST /apiv2/reseller.manage.json with method=whitelabel, task=list (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            list[V2Whitelabel]: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.domain_authentication.list()
        """
        from sendgrid_reseller.api.domain_authentication import list_reseller_whitelabels as _endpoint

        return await _endpoint.asyncio(
            self._client,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def list_detailed(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[builtins.list[V2Whitelabel]]:
        """List authenticated domains.

        Returns the reseller's authenticated-domain (whitelabel) records that can be given to customers.

        Wire request: POST /apiv2/reseller.manage.json with method=whitelabel, task=list (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Response[list[V2Whitelabel]]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.domain_authentication.list_detailed()
        """
        from sendgrid_reseller.api.domain_authentication import list_reseller_whitelabels as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def append(
        self,
        *,
        user: str,
        mail_domain: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    @overload
    async def append(
        self,
        *,
        body: AppendWhitelabelToCustomerForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    async def append(
        self,
        *,
        user: str | Unset = UNSET,
        mail_domain: str | Unset = UNSET,
        body: AppendWhitelabelToCustomerForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody:
        """Give a customer an authenticated domain.

        Attaches one of the reseller's authenticated-domain (whitelabel) records to a customer.

        Wire request: POST /apiv2/reseller.manage.json with method=whitelabel, task=append (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            user (str): Username of the customer. Required.
            mail_domain (str): The mail_domain of a record returned by the list call. Required.
            body (AppendWhitelabelToCustomerForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            V2SuccessBody: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.domain_authentication.append(user=user, mail_domain=mail_domain)
        """
        from sendgrid_reseller.api.domain_authentication import append_whitelabel_to_customer as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            user=user,
            mail_domain=mail_domain,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def append_detailed(
        self,
        *,
        user: str,
        mail_domain: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    @overload
    async def append_detailed(
        self,
        *,
        body: AppendWhitelabelToCustomerForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    async def append_detailed(
        self,
        *,
        user: str | Unset = UNSET,
        mail_domain: str | Unset = UNSET,
        body: AppendWhitelabelToCustomerForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]:
        """Give a customer an authenticated domain.

        Attaches one of the reseller's authenticated-domain (whitelabel) records to a customer.

        Wire request: POST /apiv2/reseller.manage.json with method=whitelabel, task=append (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            user (str): Username of the customer. Required.
            mail_domain (str): The mail_domain of a record returned by the list call. Required.
            body (AppendWhitelabelToCustomerForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Response[V2SuccessBody]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.domain_authentication.append_detailed(user=user, mail_domain=mail_domain)
        """
        from sendgrid_reseller.api.domain_authentication import append_whitelabel_to_customer as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            user=user,
            mail_domain=mail_domain,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )


class AsyncResellerEventNotificationUrlGroup(Group):
    """Operations under `client.reseller.event_notification_url`."""

    @overload
    async def get(
        self,
        *,
        user: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2EventNotificationUrl: ...

    @overload
    async def get(
        self,
        *,
        body: GetCustomerEventNotificationUrlForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2EventNotificationUrl: ...

    async def get(
        self,
        *,
        user: str | Unset = UNSET,
        body: GetCustomerEventNotificationUrlForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2EventNotificationUrl:
        """Get a customer's event webhook URL.

        Returns the URL to which SendGrid posts the customer's e-mail events.

        Wire request: POST /apiv2/reseller.manage.json with method=eventposturl, task=get (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            user (str): Username of the customer. Required.
            body (GetCustomerEventNotificationUrlForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            V2EventNotificationUrl: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.event_notification_url.get(user=user)
        """
        from sendgrid_reseller.api.event_notification_url import get_customer_event_notification_url as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            user=user,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def get_detailed(
        self,
        *,
        user: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2EventNotificationUrl]: ...

    @overload
    async def get_detailed(
        self,
        *,
        body: GetCustomerEventNotificationUrlForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2EventNotificationUrl]: ...

    async def get_detailed(
        self,
        *,
        user: str | Unset = UNSET,
        body: GetCustomerEventNotificationUrlForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2EventNotificationUrl]:
        """Get a customer's event webhook URL.

        Returns the URL to which SendGrid posts the customer's e-mail events.

        Wire request: POST /apiv2/reseller.manage.json with method=eventposturl, task=get (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            user (str): Username of the customer. Required.
            body (GetCustomerEventNotificationUrlForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Response[V2EventNotificationUrl]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.event_notification_url.get_detailed(user=user)
        """
        from sendgrid_reseller.api.event_notification_url import get_customer_event_notification_url as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            user=user,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def set(
        self,
        *,
        user: str,
        url: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    @overload
    async def set(
        self,
        *,
        body: SetCustomerEventNotificationUrlForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    async def set(
        self,
        *,
        user: str | Unset = UNSET,
        url: str | Unset = UNSET,
        body: SetCustomerEventNotificationUrlForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody:
        """Set a customer's event webhook URL.

        Sets the URL for the customer's e-mail events, replacing any URL set before.

        Wire request: POST /apiv2/reseller.manage.json with method=eventposturl, task=set (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            user (str): Username of the customer. Required.
            url (str): Where SendGrid should post the events. Required.
            body (SetCustomerEventNotificationUrlForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            V2SuccessBody: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.event_notification_url.set(user=user, url=url)
        """
        from sendgrid_reseller.api.event_notification_url import set_customer_event_notification_url as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            user=user,
            url=url,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def set_detailed(
        self,
        *,
        user: str,
        url: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    @overload
    async def set_detailed(
        self,
        *,
        body: SetCustomerEventNotificationUrlForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    async def set_detailed(
        self,
        *,
        user: str | Unset = UNSET,
        url: str | Unset = UNSET,
        body: SetCustomerEventNotificationUrlForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]:
        """Set a customer's event webhook URL.

        Sets the URL for the customer's e-mail events, replacing any URL set before.

        Wire request: POST /apiv2/reseller.manage.json with method=eventposturl, task=set (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            user (str): Username of the customer. Required.
            url (str): Where SendGrid should post the events. Required.
            body (SetCustomerEventNotificationUrlForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Response[V2SuccessBody]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.event_notification_url.set_detailed(user=user, url=url)
        """
        from sendgrid_reseller.api.event_notification_url import set_customer_event_notification_url as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            user=user,
            url=url,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def delete(
        self,
        *,
        user: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    @overload
    async def delete(
        self,
        *,
        body: DeleteCustomerEventNotificationUrlForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    async def delete(
        self,
        *,
        user: str | Unset = UNSET,
        body: DeleteCustomerEventNotificationUrlForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody:
        """Remove a customer's event webhook URL.

        Removes the customer's event URL, so no events are posted any more.

        Wire request: POST /apiv2/reseller.manage.json with method=eventposturl, task=delete (form
        fields, always sent, never the caller's); the client adds the credentials as the api_user /
        api_key form fields.

        Args:
            user (str): Username of the customer. Required.
            body (DeleteCustomerEventNotificationUrlForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            V2SuccessBody: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.event_notification_url.delete(user=user)
        """
        from sendgrid_reseller.api.event_notification_url import delete_customer_event_notification_url as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            user=user,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def delete_detailed(
        self,
        *,
        user: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    @overload
    async def delete_detailed(
        self,
        *,
        body: DeleteCustomerEventNotificationUrlForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    async def delete_detailed(
        self,
        *,
        user: str | Unset = UNSET,
        body: DeleteCustomerEventNotificationUrlForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]:
        """Remove a customer's event webhook URL.

        Removes the customer's event URL, so no events are posted any more.

        Wire request: POST /apiv2/reseller.manage.json with method=eventposturl, task=delete (form
        fields, always sent, never the caller's); the client adds the credentials as the api_user /
        api_key form fields.

        Args:
            user (str): Username of the customer. Required.
            body (DeleteCustomerEventNotificationUrlForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Response[V2SuccessBody]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.event_notification_url.delete_detailed(user=user)
        """
        from sendgrid_reseller.api.event_notification_url import delete_customer_event_notification_url as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            user=user,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )


class AsyncResellerAuthGroup(Group):
    """Operations under `client.reseller.auth`."""

    @overload
    async def check(
        self,
        *,
        user: str,
        password: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    @overload
    async def check(
        self,
        *,
        body: AuthenticateCustomerForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    async def check(
        self,
        *,
        user: str | Unset = UNSET,
        password: str | Unset = UNSET,
        body: AuthenticateCustomerForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody:
        """Check a customer's username and password.

        Tells whether a username/password pair is valid for one of the reseller's customers, e.g. before
        showing that customer's data in the reseller's own application. A wrong pair is an error
        response.

        Wire request: POST /apiv2/reseller.manage.json with method=auth (form fields, always sent, never
        the caller's); the client adds the credentials as the api_user / api_key form fields.

        Args:
            user (str): Username of the customer. Required.
            password (str): The password the customer entered. Required.
            body (AuthenticateCustomerForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            V2SuccessBody: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.auth.check(user=user, password=password)
        """
        from sendgrid_reseller.api.authenticate_a_customer import authenticate_customer as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            user=user,
            password=password,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def check_detailed(
        self,
        *,
        user: str,
        password: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    @overload
    async def check_detailed(
        self,
        *,
        body: AuthenticateCustomerForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    async def check_detailed(
        self,
        *,
        user: str | Unset = UNSET,
        password: str | Unset = UNSET,
        body: AuthenticateCustomerForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]:
        """Check a customer's username and password.

        Tells whether a username/password pair is valid for one of the reseller's customers, e.g. before
        showing that customer's data in the reseller's own application. A wrong pair is an error
        response.

        Wire request: POST /apiv2/reseller.manage.json with method=auth (form fields, always sent, never
        the caller's); the client adds the credentials as the api_user / api_key form fields.

        Args:
            user (str): Username of the customer. Required.
            password (str): The password the customer entered. Required.
            body (AuthenticateCustomerForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Response[V2SuccessBody]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.auth.check_detailed(user=user, password=password)
        """
        from sendgrid_reseller.api.authenticate_a_customer import authenticate_customer as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            user=user,
            password=password,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )


class AsyncResellerParseGroup(Group):
    """Operations under `client.reseller.parse`."""

    @overload
    async def get(
        self,
        *,
        user: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2ParseSettings: ...

    @overload
    async def get(
        self,
        *,
        body: GetCustomerParseSettingsForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2ParseSettings: ...

    async def get(
        self,
        *,
        user: str | Unset = UNSET,
        body: GetCustomerParseSettingsForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2ParseSettings:
        """List a customer's Inbound Parse settings.

        Returns each hostname whose incoming mail is parsed for the customer, with the URL the result is
        posted to.

        Wire request: POST /apiv2/reseller.manage.json with method=parse, task=get (form fields, always
        sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            user (str): Username of the customer. Required.
            body (GetCustomerParseSettingsForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            V2ParseSettings: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.parse.get(user=user)
        """
        from sendgrid_reseller.api.parse_settings import get_customer_parse_settings as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            user=user,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def get_detailed(
        self,
        *,
        user: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2ParseSettings]: ...

    @overload
    async def get_detailed(
        self,
        *,
        body: GetCustomerParseSettingsForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2ParseSettings]: ...

    async def get_detailed(
        self,
        *,
        user: str | Unset = UNSET,
        body: GetCustomerParseSettingsForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2ParseSettings]:
        """List a customer's Inbound Parse settings.

        Returns each hostname whose incoming mail is parsed for the customer, with the URL the result is
        posted to.

        Wire request: POST /apiv2/reseller.manage.json with method=parse, task=get (form fields, always
        sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            user (str): Username of the customer. Required.
            body (GetCustomerParseSettingsForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Response[V2ParseSettings]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.parse.get_detailed(user=user)
        """
        from sendgrid_reseller.api.parse_settings import get_customer_parse_settings as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            user=user,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def create(
        self,
        *,
        user: str,
        hostname: str,
        url: str,
        spam_check: CreateCustomerParseSettingFormSpamCheck | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    @overload
    async def create(
        self,
        *,
        body: CreateCustomerParseSettingForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    async def create(
        self,
        *,
        user: str | Unset = UNSET,
        hostname: str | Unset = UNSET,
        url: str | Unset = UNSET,
        spam_check: CreateCustomerParseSettingFormSpamCheck | Unset = UNSET,
        body: CreateCustomerParseSettingForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody:
        """Add an Inbound Parse hostname for a customer.

        Starts parsing the customer's mail for a hostname and posting it to a URL.

        Wire request: POST /apiv2/reseller.manage.json with method=parse, task=set (form fields, always
        sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            user (str): Username of the customer. Required.
            hostname (str): The hostname whose incoming mail is parsed. Required.
            url (str): Where the parsed mail is posted. Required.
            spam_check (CreateCustomerParseSettingFormSpamCheck | Unset): 1 to check incoming mail for
                spam before posting it (not in SendGrid's parameter table).
            body (CreateCustomerParseSettingForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            V2SuccessBody: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.parse.create(user=user, hostname=hostname, url=url)
        """
        from sendgrid_reseller.api.parse_settings import create_customer_parse_setting as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            user=user,
            hostname=hostname,
            url=url,
            spam_check=spam_check,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def create_detailed(
        self,
        *,
        user: str,
        hostname: str,
        url: str,
        spam_check: CreateCustomerParseSettingFormSpamCheck | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    @overload
    async def create_detailed(
        self,
        *,
        body: CreateCustomerParseSettingForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    async def create_detailed(
        self,
        *,
        user: str | Unset = UNSET,
        hostname: str | Unset = UNSET,
        url: str | Unset = UNSET,
        spam_check: CreateCustomerParseSettingFormSpamCheck | Unset = UNSET,
        body: CreateCustomerParseSettingForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]:
        """Add an Inbound Parse hostname for a customer.

        Starts parsing the customer's mail for a hostname and posting it to a URL.

        Wire request: POST /apiv2/reseller.manage.json with method=parse, task=set (form fields, always
        sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            user (str): Username of the customer. Required.
            hostname (str): The hostname whose incoming mail is parsed. Required.
            url (str): Where the parsed mail is posted. Required.
            spam_check (CreateCustomerParseSettingFormSpamCheck | Unset): 1 to check incoming mail for
                spam before posting it (not in SendGrid's parameter table).
            body (CreateCustomerParseSettingForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Response[V2SuccessBody]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.parse.create_detailed(user=user, hostname=hostname, url=url)
        """
        from sendgrid_reseller.api.parse_settings import create_customer_parse_setting as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            user=user,
            hostname=hostname,
            url=url,
            spam_check=spam_check,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def update(
        self,
        *,
        user: str,
        hostname: str,
        url: str,
        spam_check: UpdateCustomerParseSettingFormSpamCheck | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    @overload
    async def update(
        self,
        *,
        body: UpdateCustomerParseSettingForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    async def update(
        self,
        *,
        user: str | Unset = UNSET,
        hostname: str | Unset = UNSET,
        url: str | Unset = UNSET,
        spam_check: UpdateCustomerParseSettingFormSpamCheck | Unset = UNSET,
        body: UpdateCustomerParseSettingForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody:
        """Change an Inbound Parse hostname of a customer.

        Sets a new destination URL (and spam check) for one of the customer's parse hostnames.

        Wire request: POST /apiv2/reseller.manage.json with method=parse, task=update (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            user (str): Username of the customer. Required.
            hostname (str): A hostname the customer already parses. Required.
            url (str): Where the parsed mail is posted from now on. Required.
            spam_check (UpdateCustomerParseSettingFormSpamCheck | Unset): 1 to check incoming mail for
                spam before posting it (not in SendGrid's parameter table).
            body (UpdateCustomerParseSettingForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            V2SuccessBody: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.parse.update(user=user, hostname=hostname, url=url)
        """
        from sendgrid_reseller.api.parse_settings import update_customer_parse_setting as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            user=user,
            hostname=hostname,
            url=url,
            spam_check=spam_check,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def update_detailed(
        self,
        *,
        user: str,
        hostname: str,
        url: str,
        spam_check: UpdateCustomerParseSettingFormSpamCheck | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    @overload
    async def update_detailed(
        self,
        *,
        body: UpdateCustomerParseSettingForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    async def update_detailed(
        self,
        *,
        user: str | Unset = UNSET,
        hostname: str | Unset = UNSET,
        url: str | Unset = UNSET,
        spam_check: UpdateCustomerParseSettingFormSpamCheck | Unset = UNSET,
        body: UpdateCustomerParseSettingForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]:
        """Change an Inbound Parse hostname of a customer.

        Sets a new destination URL (and spam check) for one of the customer's parse hostnames.

        Wire request: POST /apiv2/reseller.manage.json with method=parse, task=update (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            user (str): Username of the customer. Required.
            hostname (str): A hostname the customer already parses. Required.
            url (str): Where the parsed mail is posted from now on. Required.
            spam_check (UpdateCustomerParseSettingFormSpamCheck | Unset): 1 to check incoming mail for
                spam before posting it (not in SendGrid's parameter table).
            body (UpdateCustomerParseSettingForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Response[V2SuccessBody]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.parse.update_detailed(user=user, hostname=hostname, url=url)
        """
        from sendgrid_reseller.api.parse_settings import update_customer_parse_setting as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            user=user,
            hostname=hostname,
            url=url,
            spam_check=spam_check,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def delete(
        self,
        *,
        user: str,
        hostname: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    @overload
    async def delete(
        self,
        *,
        body: DeleteCustomerParseSettingForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    async def delete(
        self,
        *,
        user: str | Unset = UNSET,
        hostname: str | Unset = UNSET,
        body: DeleteCustomerParseSettingForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody:
        """Remove an Inbound Parse hostname from a customer.

        Stops parsing the customer's mail for a hostname.

        Wire request: POST /apiv2/reseller.manage.json with method=parse, task=delete (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            user (str): Username of the customer. Required.
            hostname (str): The hostname to stop parsing. Required.
            body (DeleteCustomerParseSettingForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            V2SuccessBody: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.parse.delete(user=user, hostname=hostname)
        """
        from sendgrid_reseller.api.parse_settings import delete_customer_parse_setting as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            user=user,
            hostname=hostname,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def delete_detailed(
        self,
        *,
        user: str,
        hostname: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    @overload
    async def delete_detailed(
        self,
        *,
        body: DeleteCustomerParseSettingForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    async def delete_detailed(
        self,
        *,
        user: str | Unset = UNSET,
        hostname: str | Unset = UNSET,
        body: DeleteCustomerParseSettingForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]:
        """Remove an Inbound Parse hostname from a customer.

        Stops parsing the customer's mail for a hostname.

        Wire request: POST /apiv2/reseller.manage.json with method=parse, task=delete (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            user (str): Username of the customer. Required.
            hostname (str): The hostname to stop parsing. Required.
            body (DeleteCustomerParseSettingForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Response[V2SuccessBody]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.parse.delete_detailed(user=user, hostname=hostname)
        """
        from sendgrid_reseller.api.parse_settings import delete_customer_parse_setting as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            user=user,
            hostname=hostname,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )


class AsyncResellerAppsGroup(Group):
    """Operations under `client.reseller.apps`."""

    @overload
    async def list(
        self,
        *,
        user: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> builtins.list[V2App]: ...

    @overload
    async def list(
        self,
        *,
        body: ListCustomerAppsForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> builtins.list[V2App]: ...

    async def list(
        self,
        *,
        user: str | Unset = UNSET,
        body: ListCustomerAppsForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> builtins.list[V2App]:
        """List a customer's apps.

        Returns the apps (filters) a customer can use and whether each is switched on.

        Wire request: POST /apiv2/reseller.manage.json with method=apps, task=getavailable (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            user (str): Username of the customer. Required.
            body (ListCustomerAppsForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            list[V2App]: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.apps.list(user=user)
        """
        from sendgrid_reseller.api.filter_apps import list_customer_apps as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            user=user,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def list_detailed(
        self,
        *,
        user: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[builtins.list[V2App]]: ...

    @overload
    async def list_detailed(
        self,
        *,
        body: ListCustomerAppsForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[builtins.list[V2App]]: ...

    async def list_detailed(
        self,
        *,
        user: str | Unset = UNSET,
        body: ListCustomerAppsForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[builtins.list[V2App]]:
        """List a customer's apps.

        Returns the apps (filters) a customer can use and whether each is switched on.

        Wire request: POST /apiv2/reseller.manage.json with method=apps, task=getavailable (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            user (str): Username of the customer. Required.
            body (ListCustomerAppsForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Response[list[V2App]]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.apps.list_detailed(user=user)
        """
        from sendgrid_reseller.api.filter_apps import list_customer_apps as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            user=user,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def activate(
        self,
        *,
        user: str,
        name: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    @overload
    async def activate(
        self,
        *,
        body: ActivateCustomerAppForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    async def activate(
        self,
        *,
        user: str | Unset = UNSET,
        name: str | Unset = UNSET,
        body: ActivateCustomerAppForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody:
        """Switch an app on for a customer.

        Turns one app on for the customer.

        Wire request: POST /apiv2/reseller.manage.json with method=apps, task=activate (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            user (str): Username of the customer. Required.
            name (str): An app name from the list call. Required.
            body (ActivateCustomerAppForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            V2SuccessBody: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.apps.activate(user=user, name=name)
        """
        from sendgrid_reseller.api.filter_apps import activate_customer_app as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            user=user,
            name=name,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def activate_detailed(
        self,
        *,
        user: str,
        name: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    @overload
    async def activate_detailed(
        self,
        *,
        body: ActivateCustomerAppForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    async def activate_detailed(
        self,
        *,
        user: str | Unset = UNSET,
        name: str | Unset = UNSET,
        body: ActivateCustomerAppForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]:
        """Switch an app on for a customer.

        Turns one app on for the customer.

        Wire request: POST /apiv2/reseller.manage.json with method=apps, task=activate (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            user (str): Username of the customer. Required.
            name (str): An app name from the list call. Required.
            body (ActivateCustomerAppForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Response[V2SuccessBody]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.apps.activate_detailed(user=user, name=name)
        """
        from sendgrid_reseller.api.filter_apps import activate_customer_app as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            user=user,
            name=name,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def deactivate(
        self,
        *,
        user: str,
        name: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    @overload
    async def deactivate(
        self,
        *,
        body: DeactivateCustomerAppForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    async def deactivate(
        self,
        *,
        user: str | Unset = UNSET,
        name: str | Unset = UNSET,
        body: DeactivateCustomerAppForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody:
        """Switch an app off for a customer.

        Turns one app off for the customer.

        Wire request: POST /apiv2/reseller.manage.json with method=apps, task=deactivate (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            user (str): Username of the customer. Required.
            name (str): An app name from the list call. Required.
            body (DeactivateCustomerAppForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            V2SuccessBody: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.apps.deactivate(user=user, name=name)
        """
        from sendgrid_reseller.api.filter_apps import deactivate_customer_app as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            user=user,
            name=name,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def deactivate_detailed(
        self,
        *,
        user: str,
        name: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    @overload
    async def deactivate_detailed(
        self,
        *,
        body: DeactivateCustomerAppForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    async def deactivate_detailed(
        self,
        *,
        user: str | Unset = UNSET,
        name: str | Unset = UNSET,
        body: DeactivateCustomerAppForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]:
        """Switch an app off for a customer.

        Turns one app off for the customer.

        Wire request: POST /apiv2/reseller.manage.json with method=apps, task=deactivate (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            user (str): Username of the customer. Required.
            name (str): An app name from the list call. Required.
            body (DeactivateCustomerAppForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Response[V2SuccessBody]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.apps.deactivate_detailed(user=user, name=name)
        """
        from sendgrid_reseller.api.filter_apps import deactivate_customer_app as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            user=user,
            name=name,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def setup(
        self,
        *,
        user: str,
        name: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    @overload
    async def setup(
        self,
        *,
        body: SetupCustomerAppForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    async def setup(
        self,
        *,
        user: str | Unset = UNSET,
        name: str | Unset = UNSET,
        body: SetupCustomerAppForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody:
        """Configure an app for a customer.

        Stores the settings of one app for the customer. The setting fields depend on the app (for
        newrelic, e.g., licence_key and enable_subusers); pass them as extra form fields. This call only
        works as a POST with a form body.

        Wire request: POST /apiv2/reseller.manage.json with method=apps, task=setup (form fields, always
        sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            user (str): Username of the customer. Required.
            name (str): An app name from the list call. Required.
            body (SetupCustomerAppForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            V2SuccessBody: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.apps.setup(user=user, name=name)
        """
        from sendgrid_reseller.api.filter_apps import setup_customer_app as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            user=user,
            name=name,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def setup_detailed(
        self,
        *,
        user: str,
        name: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    @overload
    async def setup_detailed(
        self,
        *,
        body: SetupCustomerAppForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    async def setup_detailed(
        self,
        *,
        user: str | Unset = UNSET,
        name: str | Unset = UNSET,
        body: SetupCustomerAppForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]:
        """Configure an app for a customer.

        Stores the settings of one app for the customer. The setting fields depend on the app (for
        newrelic, e.g., licence_key and enable_subusers); pass them as extra form fields. This call only
        works as a POST with a form body.

        Wire request: POST /apiv2/reseller.manage.json with method=apps, task=setup (form fields, always
        sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            user (str): Username of the customer. Required.
            name (str): An app name from the list call. Required.
            body (SetupCustomerAppForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Response[V2SuccessBody]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.apps.setup_detailed(user=user, name=name)
        """
        from sendgrid_reseller.api.filter_apps import setup_customer_app as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            user=user,
            name=name,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def get_settings(
        self,
        *,
        user: str,
        name: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2AppSettings: ...

    @overload
    async def get_settings(
        self,
        *,
        body: GetCustomerAppSettingsForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2AppSettings: ...

    async def get_settings(
        self,
        *,
        user: str | Unset = UNSET,
        name: str | Unset = UNSET,
        body: GetCustomerAppSettingsForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2AppSettings:
        """Get an app's settings for a customer.

        Returns the stored settings of one app for the customer.

        Wire request: POST /apiv2/reseller.manage.json with method=apps, task=getsettings (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            user (str): Username of the customer. Required.
            name (str): An app name from the list call. Required.
            body (GetCustomerAppSettingsForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            V2AppSettings: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.apps.get_settings(user=user, name=name)
        """
        from sendgrid_reseller.api.filter_apps import get_customer_app_settings as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            user=user,
            name=name,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def get_settings_detailed(
        self,
        *,
        user: str,
        name: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2AppSettings]: ...

    @overload
    async def get_settings_detailed(
        self,
        *,
        body: GetCustomerAppSettingsForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2AppSettings]: ...

    async def get_settings_detailed(
        self,
        *,
        user: str | Unset = UNSET,
        name: str | Unset = UNSET,
        body: GetCustomerAppSettingsForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2AppSettings]:
        """Get an app's settings for a customer.

        Returns the stored settings of one app for the customer.

        Wire request: POST /apiv2/reseller.manage.json with method=apps, task=getsettings (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            user (str): Username of the customer. Required.
            name (str): An app name from the list call. Required.
            body (GetCustomerAppSettingsForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Response[V2AppSettings]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.apps.get_settings_detailed(user=user, name=name)
        """
        from sendgrid_reseller.api.filter_apps import get_customer_app_settings as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            user=user,
            name=name,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )


class AsyncResellerInvoicesGroup(Group):
    """Operations under `client.reseller.invoices`."""

    async def list(
        self,
        *,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        status: ListInvoiceNumbersFormStatus | Unset = UNSET,
        body: ListInvoiceNumbersForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> builtins.list[V2InvoiceNumber]:
        """List invoice numbers.

        Returns the numbers of the reseller's invoices, optionally only for a period and a status.

        Wire request: POST /api/billing.list.json; the client adds the credentials as the api_user /
        api_key form fields.

        Args:
            start_date (datetime.date | Unset): Earliest invoice day (YYYY-mm-dd).
            end_date (datetime.date | Unset): Latest invoice day (YYYY-mm-dd); only together with
                start_date.
            status (ListInvoiceNumbersFormStatus | Unset): Only invoices in this state.
            body (ListInvoiceNumbersForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            list[V2InvoiceNumber]: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.invoices.list()
        """
        from sendgrid_reseller.api.invoice_retrieval import list_invoice_numbers as _endpoint

        return await _endpoint.asyncio(
            self._client,
            start_date=start_date,
            end_date=end_date,
            status=status,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def list_detailed(
        self,
        *,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        status: ListInvoiceNumbersFormStatus | Unset = UNSET,
        body: ListInvoiceNumbersForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[builtins.list[V2InvoiceNumber]]:
        """List invoice numbers.

        Returns the numbers of the reseller's invoices, optionally only for a period and a status.

        Wire request: POST /api/billing.list.json; the client adds the credentials as the api_user /
        api_key form fields.

        Args:
            start_date (datetime.date | Unset): Earliest invoice day (YYYY-mm-dd).
            end_date (datetime.date | Unset): Latest invoice day (YYYY-mm-dd); only together with
                start_date.
            status (ListInvoiceNumbersFormStatus | Unset): Only invoices in this state.
            body (ListInvoiceNumbersForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Response[list[V2InvoiceNumber]]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.invoices.list_detailed()
        """
        from sendgrid_reseller.api.invoice_retrieval import list_invoice_numbers as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            start_date=start_date,
            end_date=end_date,
            status=status,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def get(
        self,
        *,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        status: GetInvoicesFormStatus | Unset = UNSET,
        body: GetInvoicesForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> builtins.list[V2Invoice] | V2Invoice:
        """Get invoices.

        Returns the reseller's full invoices, with the same optional filters as the list call.

        Wire request: POST /api/billing.get.json; the client adds the credentials as the api_user /
        api_key form fields.

        Args:
            start_date (datetime.date | Unset): Earliest invoice day (YYYY-mm-dd).
            end_date (datetime.date | Unset): Latest invoice day (YYYY-mm-dd); only together with
                start_date.
            status (GetInvoicesFormStatus | Unset): Only invoices in this state.
            body (GetInvoicesForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            list[V2Invoice] | V2Invoice: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.invoices.get()
        """
        from sendgrid_reseller.api.invoice_retrieval import get_invoices as _endpoint

        return await _endpoint.asyncio(
            self._client,
            start_date=start_date,
            end_date=end_date,
            status=status,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def get_detailed(
        self,
        *,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        status: GetInvoicesFormStatus | Unset = UNSET,
        body: GetInvoicesForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[builtins.list[V2Invoice] | V2Invoice]:
        """Get invoices.

        Returns the reseller's full invoices, with the same optional filters as the list call.

        Wire request: POST /api/billing.get.json; the client adds the credentials as the api_user /
        api_key form fields.

        Args:
            start_date (datetime.date | Unset): Earliest invoice day (YYYY-mm-dd).
            end_date (datetime.date | Unset): Latest invoice day (YYYY-mm-dd); only together with
                start_date.
            status (GetInvoicesFormStatus | Unset): Only invoices in this state.
            body (GetInvoicesForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Response[list[V2Invoice] | V2Invoice]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.invoices.get_detailed()
        """
        from sendgrid_reseller.api.invoice_retrieval import get_invoices as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            start_date=start_date,
            end_date=end_date,
            status=status,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )


class AsyncResellerAccountChangesGroup(Group):
    """Operations under `client.reseller.account_changes`."""

    @overload
    async def upgrade(
        self,
        *,
        user: str,
        package: str,
        ip: builtins.list[str] | Unset = UNSET,
        ip_group: builtins.list[str] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    @overload
    async def upgrade(
        self,
        *,
        body: UpgradeCustomerAccountForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    async def upgrade(
        self,
        *,
        user: str | Unset = UNSET,
        package: str | Unset = UNSET,
        ip: builtins.list[str] | Unset = UNSET,
        ip_group: builtins.list[str] | Unset = UNSET,
        body: UpgradeCustomerAccountForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody:
        """Upgrade a customer now.

        Moves a customer to a higher package at once and raises an invoice: the full price when coming
        from a free package, a prorated one between paid packages.

        Wire request: POST /apiv2/reseller.account.json with task=immediate_upgrade (form fields, always
        sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            user (str): Username of the customer. Required.
            package (str): Name of the target package. Required.
            ip (list[str] | Unset): Free IPs of the reseller to give the customer, when the package
                needs a dedicated IP or an authenticated domain.
            ip_group (list[str] | Unset): IP groups of the reseller to put the customer in, when the
                package needs no own IP.
            body (UpgradeCustomerAccountForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            V2SuccessBody: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.account_changes.upgrade(user=user, package=package)
        """
        from sendgrid_reseller.api.account_changes import upgrade_customer_account as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            user=user,
            package=package,
            ip=ip,
            ip_group=ip_group,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def upgrade_detailed(
        self,
        *,
        user: str,
        package: str,
        ip: builtins.list[str] | Unset = UNSET,
        ip_group: builtins.list[str] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    @overload
    async def upgrade_detailed(
        self,
        *,
        body: UpgradeCustomerAccountForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    async def upgrade_detailed(
        self,
        *,
        user: str | Unset = UNSET,
        package: str | Unset = UNSET,
        ip: builtins.list[str] | Unset = UNSET,
        ip_group: builtins.list[str] | Unset = UNSET,
        body: UpgradeCustomerAccountForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]:
        """Upgrade a customer now.

        Moves a customer to a higher package at once and raises an invoice: the full price when coming
        from a free package, a prorated one between paid packages.

        Wire request: POST /apiv2/reseller.account.json with task=immediate_upgrade (form fields, always
        sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            user (str): Username of the customer. Required.
            package (str): Name of the target package. Required.
            ip (list[str] | Unset): Free IPs of the reseller to give the customer, when the package
                needs a dedicated IP or an authenticated domain.
            ip_group (list[str] | Unset): IP groups of the reseller to put the customer in, when the
                package needs no own IP.
            body (UpgradeCustomerAccountForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Response[V2SuccessBody]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.account_changes.upgrade_detailed(user=user, package=package)
        """
        from sendgrid_reseller.api.account_changes import upgrade_customer_account as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            user=user,
            package=package,
            ip=ip,
            ip_group=ip_group,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def downgrade(
        self,
        *,
        user: str,
        package: str,
        ip: builtins.list[str] | Unset = UNSET,
        ip_group: builtins.list[str] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    @overload
    async def downgrade(
        self,
        *,
        body: DowngradeCustomerAccountForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    async def downgrade(
        self,
        *,
        user: str | Unset = UNSET,
        package: str | Unset = UNSET,
        ip: builtins.list[str] | Unset = UNSET,
        ip_group: builtins.list[str] | Unset = UNSET,
        body: DowngradeCustomerAccountForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody:
        """Downgrade a customer now.

        Moves a customer to a lower package at once and raises an invoice. Free customers cannot be
        downgraded.

        Wire request: POST /apiv2/reseller.account.json with task=immediate_downgrade (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            user (str): Username of the customer. Required.
            package (str): Name of the target package. Required.
            ip (list[str] | Unset): Free IPs of the reseller to give the customer, when the package
                needs a dedicated IP or an authenticated domain.
            ip_group (list[str] | Unset): IP groups of the reseller to put the customer in, when the
                package needs no own IP.
            body (DowngradeCustomerAccountForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            V2SuccessBody: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.account_changes.downgrade(user=user, package=package)
        """
        from sendgrid_reseller.api.account_changes import downgrade_customer_account as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            user=user,
            package=package,
            ip=ip,
            ip_group=ip_group,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def downgrade_detailed(
        self,
        *,
        user: str,
        package: str,
        ip: builtins.list[str] | Unset = UNSET,
        ip_group: builtins.list[str] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    @overload
    async def downgrade_detailed(
        self,
        *,
        body: DowngradeCustomerAccountForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    async def downgrade_detailed(
        self,
        *,
        user: str | Unset = UNSET,
        package: str | Unset = UNSET,
        ip: builtins.list[str] | Unset = UNSET,
        ip_group: builtins.list[str] | Unset = UNSET,
        body: DowngradeCustomerAccountForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]:
        """Downgrade a customer now.

        Moves a customer to a lower package at once and raises an invoice. Free customers cannot be
        downgraded.

        Wire request: POST /apiv2/reseller.account.json with task=immediate_downgrade (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            user (str): Username of the customer. Required.
            package (str): Name of the target package. Required.
            ip (list[str] | Unset): Free IPs of the reseller to give the customer, when the package
                needs a dedicated IP or an authenticated domain.
            ip_group (list[str] | Unset): IP groups of the reseller to put the customer in, when the
                package needs no own IP.
            body (DowngradeCustomerAccountForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Response[V2SuccessBody]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.account_changes.downgrade_detailed(user=user, package=package)
        """
        from sendgrid_reseller.api.account_changes import downgrade_customer_account as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            user=user,
            package=package,
            ip=ip,
            ip_group=ip_group,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def close(
        self,
        *,
        user: str,
        ip_group: builtins.list[str] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    @overload
    async def close(
        self,
        *,
        body: CloseCustomerAccountForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    async def close(
        self,
        *,
        user: str | Unset = UNSET,
        ip_group: builtins.list[str] | Unset = UNSET,
        body: CloseCustomerAccountForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody:
        """Close a customer's paid account now.

        Turns the customer into a free account at once and raises an invoice for the change (zero unless
        there is overage).

        Wire request: POST /apiv2/reseller.account.json with task=immediate_close (form fields, always
        sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            user (str): Username of the customer. Required.
            ip_group (list[str] | Unset): IP groups of the reseller to put the customer in after the
                change.
            body (CloseCustomerAccountForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            V2SuccessBody: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.account_changes.close(user=user)
        """
        from sendgrid_reseller.api.account_changes import close_customer_account as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            user=user,
            ip_group=ip_group,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def close_detailed(
        self,
        *,
        user: str,
        ip_group: builtins.list[str] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    @overload
    async def close_detailed(
        self,
        *,
        body: CloseCustomerAccountForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    async def close_detailed(
        self,
        *,
        user: str | Unset = UNSET,
        ip_group: builtins.list[str] | Unset = UNSET,
        body: CloseCustomerAccountForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]:
        """Close a customer's paid account now.

        Turns the customer into a free account at once and raises an invoice for the change (zero unless
        there is overage).

        Wire request: POST /apiv2/reseller.account.json with task=immediate_close (form fields, always
        sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            user (str): Username of the customer. Required.
            ip_group (list[str] | Unset): IP groups of the reseller to put the customer in after the
                change.
            body (CloseCustomerAccountForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Response[V2SuccessBody]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.account_changes.close_detailed(user=user)
        """
        from sendgrid_reseller.api.account_changes import close_customer_account as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            user=user,
            ip_group=ip_group,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )


class AsyncResellerPackagesGroup(Group):
    """Operations under `client.reseller.packages`."""

    async def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> builtins.list[V2Package]:
        """List the packages a reseller can assign.

        Returns the packages the reseller may put customers on; their names are what create and the
        account-change calls take.

        Wire request: POST /apiv2/reseller.packages.json; the client adds the credentials as the
        api_user / api_key form fields.

        Args:
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            list[V2Package]: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.packages.list()
        """
        from sendgrid_reseller.api.view_available_packages import list_reseller_packages as _endpoint

        return await _endpoint.asyncio(
            self._client,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def list_detailed(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[builtins.list[V2Package]]:
        """List the packages a reseller can assign.

        Returns the packages the reseller may put customers on; their names are what create and the
        account-change calls take.

        Wire request: POST /apiv2/reseller.packages.json; the client adds the credentials as the
        api_user / api_key form fields.

        Args:
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Response[list[V2Package]]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.packages.list_detailed()
        """
        from sendgrid_reseller.api.view_available_packages import list_reseller_packages as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )


class AsyncResellerAccountOverviewGroup(Group):
    """Operations under `client.reseller.account_overview`."""

    @overload
    async def get(
        self,
        *,
        user: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2AccountOverview: ...

    @overload
    async def get(
        self,
        *,
        body: GetCustomerAccountOverviewForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2AccountOverview: ...

    async def get(
        self,
        *,
        user: str | Unset = UNSET,
        body: GetCustomerAccountOverviewForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2AccountOverview:
        """Get a customer's account overview.

        Returns the customer's package, reputation, billing cycle and credit use for the current cycle.

        Wire request: POST /apiv2/reseller.account.json with task=overview (form fields, always sent,
        never the caller's); the client adds the credentials as the api_user / api_key form fields.

        Args:
            user (str): Username of the customer. Required.
            body (GetCustomerAccountOverviewForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            V2AccountOverview: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.account_overview.get(user=user)
        """
        from sendgrid_reseller.api.account_overview import get_customer_account_overview as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            user=user,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def get_detailed(
        self,
        *,
        user: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2AccountOverview]: ...

    @overload
    async def get_detailed(
        self,
        *,
        body: GetCustomerAccountOverviewForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2AccountOverview]: ...

    async def get_detailed(
        self,
        *,
        user: str | Unset = UNSET,
        body: GetCustomerAccountOverviewForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2AccountOverview]:
        """Get a customer's account overview.

        Returns the customer's package, reputation, billing cycle and credit use for the current cycle.

        Wire request: POST /apiv2/reseller.account.json with task=overview (form fields, always sent,
        never the caller's); the client adds the credentials as the api_user / api_key form fields.

        Args:
            user (str): Username of the customer. Required.
            body (GetCustomerAccountOverviewForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Response[V2AccountOverview]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.account_overview.get_detailed(user=user)
        """
        from sendgrid_reseller.api.account_overview import get_customer_account_overview as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            user=user,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
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
