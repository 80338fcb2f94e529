# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.reseller.customers` of `SendGrid`: the `ResellerCustomersGroup` class, imported on first use.

Each method calls its endpoint function (`sendgrid_reseller.api.<tag>.<operation>`), importing that
module on first call; signatures and docstrings are the endpoint functions' own.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, overload

from .._runtime.group import Group
from .._runtime.unset import UNSET

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping
    from typing import Any

    import httpx

    from sendgrid_reseller._runtime.options import RequestOptions
    from sendgrid_reseller._runtime.page import SyncPage
    from sendgrid_reseller.models.create_customer_form import CreateCustomerForm
    from sendgrid_reseller.models.create_customer_form_free_user import CreateCustomerFormFreeUser
    from sendgrid_reseller.models.delete_customer_form import DeleteCustomerForm
    from sendgrid_reseller.models.disable_customer_form import DisableCustomerForm
    from sendgrid_reseller.models.disable_customer_website_access_form import DisableCustomerWebsiteAccessForm
    from sendgrid_reseller.models.enable_customer_form import EnableCustomerForm
    from sendgrid_reseller.models.enable_customer_website_access_form import EnableCustomerWebsiteAccessForm
    from sendgrid_reseller.models.list_customers_form import ListCustomersForm
    from sendgrid_reseller.models.update_customer_email_form import UpdateCustomerEmailForm
    from sendgrid_reseller.models.update_customer_password_form import UpdateCustomerPasswordForm
    from sendgrid_reseller.models.update_customer_profile_form import UpdateCustomerProfileForm
    from sendgrid_reseller.models.update_customer_username_form import UpdateCustomerUsernameForm
    from sendgrid_reseller.models.v2_customer import V2Customer
    from sendgrid_reseller.models.v2_success_body import V2SuccessBody
    from sendgrid_reseller.types import Response, Unset

    pass


class ResellerCustomersGroup(Group):
    """Operations under `client.reseller.customers`."""

    @overload
    def create(
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
    def create(
        self,
        *,
        body: CreateCustomerForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    def create(
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

            result = client.reseller.customers.create(username=username, password=password, confirm_password=confirm_password, email=email, first_name=first_name, last_name=last_name, address=address, city=city, state=state, zip_=zip_, country=country, phone=phone, website=website, company=company, package=package, whitelabel=whitelabel)
        """
        from sendgrid_reseller.api.customer_management import create_customer as _endpoint

        return _endpoint._sync_impl(
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
    def create_detailed(
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
    def create_detailed(
        self,
        *,
        body: CreateCustomerForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    def create_detailed(
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

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /apiv2/reseller.add.json; the client adds the credentials as the api_user /
        api_key form fields.

        Args:
            The same as `client.reseller.customers.create` takes; `help()` on it describes each one.

        Returns:
            Response[V2SuccessBody]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.reseller.customers.create_detailed(username=username, password=password, confirm_password=confirm_password, email=email, first_name=first_name, last_name=last_name, address=address, city=city, state=state, zip_=zip_, country=country, phone=phone, website=website, company=company, package=package, whitelabel=whitelabel)
        """
        from sendgrid_reseller.api.customer_management import create_customer as _endpoint

        return _endpoint._sync_detailed_impl(
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
    def delete(
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
    def delete(
        self,
        *,
        body: DeleteCustomerForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    def delete(
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

            result = client.reseller.customers.delete(user=user)
        """
        from sendgrid_reseller.api.customer_management import delete_customer as _endpoint

        return _endpoint._sync_impl(
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
    def delete_detailed(
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
    def delete_detailed(
        self,
        *,
        body: DeleteCustomerForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    def delete_detailed(
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

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /apiv2/reseller.delete.json; the client adds the credentials as the api_user
        / api_key form fields.

        Args:
            The same as `client.reseller.customers.delete` takes; `help()` on it describes each one.

        Returns:
            Response[V2SuccessBody]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.reseller.customers.delete_detailed(user=user)
        """
        from sendgrid_reseller.api.customer_management import delete_customer as _endpoint

        return _endpoint._sync_detailed_impl(
            self._client,
            user=user,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    def list(
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
    ) -> SyncPage[V2Customer]:
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
            SyncPage[V2Customer]: the page; its `items` are this page's records.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            for item in client.reseller.customers.list():  # every record, page after page
                print(item)
        """
        from sendgrid_reseller.api.customer_management import list_customers as _endpoint

        return _endpoint.page(
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

    def list_detailed(
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

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /apiv2/reseller.manage.json with method=profile, task=get (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            The same as `client.reseller.customers.list` takes; `help()` on it describes each one.

        Returns:
            Response[list[V2Customer]]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.reseller.customers.list_detailed()
        """
        from sendgrid_reseller.api.customer_management import list_customers as _endpoint

        return _endpoint.sync_detailed(
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
    def enable(
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
    def enable(
        self,
        *,
        body: EnableCustomerForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    def enable(
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

            result = client.reseller.customers.enable(user=user)
        """
        from sendgrid_reseller.api.customer_management import enable_customer as _endpoint

        return _endpoint._sync_impl(
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
    def enable_detailed(
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
    def enable_detailed(
        self,
        *,
        body: EnableCustomerForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    def enable_detailed(
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

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /apiv2/reseller.manage.json with method=enable (form fields, always sent,
        never the caller's); the client adds the credentials as the api_user / api_key form fields.

        Args:
            The same as `client.reseller.customers.enable` takes; `help()` on it describes each one.

        Returns:
            Response[V2SuccessBody]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.reseller.customers.enable_detailed(user=user)
        """
        from sendgrid_reseller.api.customer_management import enable_customer as _endpoint

        return _endpoint._sync_detailed_impl(
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
    def disable(
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
    def disable(
        self,
        *,
        body: DisableCustomerForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    def disable(
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

            result = client.reseller.customers.disable(user=user)
        """
        from sendgrid_reseller.api.customer_management import disable_customer as _endpoint

        return _endpoint._sync_impl(
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
    def disable_detailed(
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
    def disable_detailed(
        self,
        *,
        body: DisableCustomerForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    def disable_detailed(
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

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /apiv2/reseller.manage.json with method=disable (form fields, always sent,
        never the caller's); the client adds the credentials as the api_user / api_key form fields.

        Args:
            The same as `client.reseller.customers.disable` takes; `help()` on it describes each one.

        Returns:
            Response[V2SuccessBody]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.reseller.customers.disable_detailed(user=user)
        """
        from sendgrid_reseller.api.customer_management import disable_customer as _endpoint

        return _endpoint._sync_detailed_impl(
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
    def enable_website_access(
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
    def enable_website_access(
        self,
        *,
        body: EnableCustomerWebsiteAccessForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    def enable_website_access(
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

            result = client.reseller.customers.enable_website_access(user=user)
        """
        from sendgrid_reseller.api.customer_management import enable_customer_website_access as _endpoint

        return _endpoint._sync_impl(
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
    def enable_website_access_detailed(
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
    def enable_website_access_detailed(
        self,
        *,
        body: EnableCustomerWebsiteAccessForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    def enable_website_access_detailed(
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

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /apiv2/reseller.manage.json with method=website_enable (form fields, always
        sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            The same as `client.reseller.customers.enable_website_access` takes; `help()` on it describes each one.

        Returns:
            Response[V2SuccessBody]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.reseller.customers.enable_website_access_detailed(user=user)
        """
        from sendgrid_reseller.api.customer_management import enable_customer_website_access as _endpoint

        return _endpoint._sync_detailed_impl(
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
    def disable_website_access(
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
    def disable_website_access(
        self,
        *,
        body: DisableCustomerWebsiteAccessForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    def disable_website_access(
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

            result = client.reseller.customers.disable_website_access(user=user)
        """
        from sendgrid_reseller.api.customer_management import disable_customer_website_access as _endpoint

        return _endpoint._sync_impl(
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
    def disable_website_access_detailed(
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
    def disable_website_access_detailed(
        self,
        *,
        body: DisableCustomerWebsiteAccessForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    def disable_website_access_detailed(
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

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /apiv2/reseller.manage.json with method=website_disable (form fields, always
        sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            The same as `client.reseller.customers.disable_website_access` takes; `help()` on it describes each one.

        Returns:
            Response[V2SuccessBody]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.reseller.customers.disable_website_access_detailed(user=user)
        """
        from sendgrid_reseller.api.customer_management import disable_customer_website_access as _endpoint

        return _endpoint._sync_detailed_impl(
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
    def update_profile(
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
    def update_profile(
        self,
        *,
        body: UpdateCustomerProfileForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    def update_profile(
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

            result = client.reseller.customers.update_profile(user=user)
        """
        from sendgrid_reseller.api.customer_management import update_customer_profile as _endpoint

        return _endpoint._sync_impl(
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
    def update_profile_detailed(
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
    def update_profile_detailed(
        self,
        *,
        body: UpdateCustomerProfileForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    def update_profile_detailed(
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

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /apiv2/reseller.manage.json with method=profile, task=set (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            The same as `client.reseller.customers.update_profile` takes; `help()` on it describes each one.

        Returns:
            Response[V2SuccessBody]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.reseller.customers.update_profile_detailed(user=user)
        """
        from sendgrid_reseller.api.customer_management import update_customer_profile as _endpoint

        return _endpoint._sync_detailed_impl(
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
    def update_password(
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
    def update_password(
        self,
        *,
        body: UpdateCustomerPasswordForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    def update_password(
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

            result = client.reseller.customers.update_password(user=user, password=password, confirm_password=confirm_password)
        """
        from sendgrid_reseller.api.customer_management import update_customer_password as _endpoint

        return _endpoint._sync_impl(
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
    def update_password_detailed(
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
    def update_password_detailed(
        self,
        *,
        body: UpdateCustomerPasswordForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    def update_password_detailed(
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

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /apiv2/reseller.manage.json with method=password (form fields, always sent,
        never the caller's); the client adds the credentials as the api_user / api_key form fields.

        Args:
            The same as `client.reseller.customers.update_password` takes; `help()` on it describes each one.

        Returns:
            Response[V2SuccessBody]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.reseller.customers.update_password_detailed(user=user, password=password, confirm_password=confirm_password)
        """
        from sendgrid_reseller.api.customer_management import update_customer_password as _endpoint

        return _endpoint._sync_detailed_impl(
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
    def update_username(
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
    def update_username(
        self,
        *,
        body: UpdateCustomerUsernameForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    def update_username(
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

            result = client.reseller.customers.update_username(user=user, username=username)
        """
        from sendgrid_reseller.api.customer_management import update_customer_username as _endpoint

        return _endpoint._sync_impl(
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
    def update_username_detailed(
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
    def update_username_detailed(
        self,
        *,
        body: UpdateCustomerUsernameForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    def update_username_detailed(
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

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /apiv2/reseller.manage.json with method=profile, task=setUsername (form
        fields, always sent, never the caller's); the client adds the credentials as the api_user /
        api_key form fields.

        Args:
            The same as `client.reseller.customers.update_username` takes; `help()` on it describes each one.

        Returns:
            Response[V2SuccessBody]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.reseller.customers.update_username_detailed(user=user, username=username)
        """
        from sendgrid_reseller.api.customer_management import update_customer_username as _endpoint

        return _endpoint._sync_detailed_impl(
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
    def update_email(
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
    def update_email(
        self,
        *,
        body: UpdateCustomerEmailForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    def update_email(
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

            result = client.reseller.customers.update_email(user=user, email=email)
        """
        from sendgrid_reseller.api.customer_management import update_customer_email as _endpoint

        return _endpoint._sync_impl(
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
    def update_email_detailed(
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
    def update_email_detailed(
        self,
        *,
        body: UpdateCustomerEmailForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    def update_email_detailed(
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

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /apiv2/reseller.manage.json with method=profile, task=setEmail (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            The same as `client.reseller.customers.update_email` takes; `help()` on it describes each one.

        Returns:
            Response[V2SuccessBody]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.reseller.customers.update_email_detailed(user=user, email=email)
        """
        from sendgrid_reseller.api.customer_management import update_customer_email as _endpoint

        return _endpoint._sync_detailed_impl(
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
