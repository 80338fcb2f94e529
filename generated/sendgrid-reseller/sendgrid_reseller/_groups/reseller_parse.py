# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.reseller.parse` of `SendGrid`: the `ResellerParseGroup` class, imported on first use.

Each method calls its endpoint function (`sendgrid_reseller.api.<tag>.<operation>`), importing that
module on first call; signatures and docstrings are the endpoint functions' own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, overload

from .._runtime.group import Group
from .._runtime.unset import UNSET

if TYPE_CHECKING:
    from collections.abc import Mapping
    from typing import Any

    import httpx

    from sendgrid_reseller._runtime.options import RequestOptions
    from sendgrid_reseller.models.create_customer_parse_setting_form import CreateCustomerParseSettingForm
    from sendgrid_reseller.models.create_customer_parse_setting_form_spam_check import (
        CreateCustomerParseSettingFormSpamCheck,
    )
    from sendgrid_reseller.models.delete_customer_parse_setting_form import DeleteCustomerParseSettingForm
    from sendgrid_reseller.models.get_customer_parse_settings_form import GetCustomerParseSettingsForm
    from sendgrid_reseller.models.update_customer_parse_setting_form import UpdateCustomerParseSettingForm
    from sendgrid_reseller.models.update_customer_parse_setting_form_spam_check import (
        UpdateCustomerParseSettingFormSpamCheck,
    )
    from sendgrid_reseller.models.v2_parse_settings import V2ParseSettings
    from sendgrid_reseller.models.v2_success_body import V2SuccessBody
    from sendgrid_reseller.types import Response, Unset

    pass


class ResellerParseGroup(Group):
    """Operations under `client.reseller.parse`."""

    @overload
    def get(
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
    def get(
        self,
        *,
        body: GetCustomerParseSettingsForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2ParseSettings: ...

    def get(
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

            result = client.reseller.parse.get(user=user)
        """
        from sendgrid_reseller.api.parse_settings import get_customer_parse_settings as _endpoint

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
    def get_detailed(
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
    def get_detailed(
        self,
        *,
        body: GetCustomerParseSettingsForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2ParseSettings]: ...

    def get_detailed(
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

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /apiv2/reseller.manage.json with method=parse, task=get (form fields, always
        sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            The same as `client.reseller.parse.get` takes; `help()` on it describes each one.

        Returns:
            Response[V2ParseSettings]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.reseller.parse.get_detailed(user=user)
        """
        from sendgrid_reseller.api.parse_settings import get_customer_parse_settings as _endpoint

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
    def create(
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
    def create(
        self,
        *,
        body: CreateCustomerParseSettingForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    def create(
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

            result = client.reseller.parse.create(user=user, hostname=hostname, url=url)
        """
        from sendgrid_reseller.api.parse_settings import create_customer_parse_setting as _endpoint

        return _endpoint._sync_impl(
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
    def create_detailed(
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
    def create_detailed(
        self,
        *,
        body: CreateCustomerParseSettingForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    def create_detailed(
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

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /apiv2/reseller.manage.json with method=parse, task=set (form fields, always
        sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            The same as `client.reseller.parse.create` takes; `help()` on it describes each one.

        Returns:
            Response[V2SuccessBody]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.reseller.parse.create_detailed(user=user, hostname=hostname, url=url)
        """
        from sendgrid_reseller.api.parse_settings import create_customer_parse_setting as _endpoint

        return _endpoint._sync_detailed_impl(
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
    def update(
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
    def update(
        self,
        *,
        body: UpdateCustomerParseSettingForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    def update(
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

            result = client.reseller.parse.update(user=user, hostname=hostname, url=url)
        """
        from sendgrid_reseller.api.parse_settings import update_customer_parse_setting as _endpoint

        return _endpoint._sync_impl(
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
    def update_detailed(
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
    def update_detailed(
        self,
        *,
        body: UpdateCustomerParseSettingForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    def update_detailed(
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

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /apiv2/reseller.manage.json with method=parse, task=update (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            The same as `client.reseller.parse.update` takes; `help()` on it describes each one.

        Returns:
            Response[V2SuccessBody]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.reseller.parse.update_detailed(user=user, hostname=hostname, url=url)
        """
        from sendgrid_reseller.api.parse_settings import update_customer_parse_setting as _endpoint

        return _endpoint._sync_detailed_impl(
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
    def delete(
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
    def delete(
        self,
        *,
        body: DeleteCustomerParseSettingForm,
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

            result = client.reseller.parse.delete(user=user, hostname=hostname)
        """
        from sendgrid_reseller.api.parse_settings import delete_customer_parse_setting as _endpoint

        return _endpoint._sync_impl(
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
    def delete_detailed(
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
    def delete_detailed(
        self,
        *,
        body: DeleteCustomerParseSettingForm,
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
        hostname: str | Unset = UNSET,
        body: DeleteCustomerParseSettingForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]:
        """Remove an Inbound Parse hostname from a customer.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /apiv2/reseller.manage.json with method=parse, task=delete (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            The same as `client.reseller.parse.delete` takes; `help()` on it describes each one.

        Returns:
            Response[V2SuccessBody]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.reseller.parse.delete_detailed(user=user, hostname=hostname)
        """
        from sendgrid_reseller.api.parse_settings import delete_customer_parse_setting as _endpoint

        return _endpoint._sync_detailed_impl(
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
