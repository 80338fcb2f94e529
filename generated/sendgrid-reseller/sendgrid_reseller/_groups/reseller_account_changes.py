# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.reseller.account.changes` of `SendGrid`: the `ResellerAccountChangesGroup` class, imported on first use.

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
    from sendgrid_reseller.models.close_customer_account_form import CloseCustomerAccountForm
    from sendgrid_reseller.models.downgrade_customer_account_form import DowngradeCustomerAccountForm
    from sendgrid_reseller.models.upgrade_customer_account_form import UpgradeCustomerAccountForm
    from sendgrid_reseller.models.v2_success_body import V2SuccessBody
    from sendgrid_reseller.types import Response, Unset

    pass


class ResellerAccountChangesGroup(Group):
    """Operations under `client.reseller.account_changes`."""

    @overload
    def upgrade(
        self,
        *,
        user: str,
        package: str,
        ip: list[str] | Unset = UNSET,
        ip_group: list[str] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    @overload
    def upgrade(
        self,
        *,
        body: UpgradeCustomerAccountForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    def upgrade(
        self,
        *,
        user: str | Unset = UNSET,
        package: str | Unset = UNSET,
        ip: list[str] | Unset = UNSET,
        ip_group: list[str] | Unset = UNSET,
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

            result = client.reseller.account_changes.upgrade(user=user, package=package)
        """
        from sendgrid_reseller.api.account_changes import upgrade_customer_account as _endpoint

        return _endpoint._sync_impl(
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
    def upgrade_detailed(
        self,
        *,
        user: str,
        package: str,
        ip: list[str] | Unset = UNSET,
        ip_group: list[str] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    @overload
    def upgrade_detailed(
        self,
        *,
        body: UpgradeCustomerAccountForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    def upgrade_detailed(
        self,
        *,
        user: str | Unset = UNSET,
        package: str | Unset = UNSET,
        ip: list[str] | Unset = UNSET,
        ip_group: list[str] | Unset = UNSET,
        body: UpgradeCustomerAccountForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]:
        """Upgrade a customer now.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /apiv2/reseller.account.json with task=immediate_upgrade (form fields, always
        sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            The same as `client.reseller.account_changes.upgrade` takes; `help()` on it describes each one.

        Returns:
            Response[V2SuccessBody]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.reseller.account_changes.upgrade_detailed(user=user, package=package)
        """
        from sendgrid_reseller.api.account_changes import upgrade_customer_account as _endpoint

        return _endpoint._sync_detailed_impl(
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
    def downgrade(
        self,
        *,
        user: str,
        package: str,
        ip: list[str] | Unset = UNSET,
        ip_group: list[str] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    @overload
    def downgrade(
        self,
        *,
        body: DowngradeCustomerAccountForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    def downgrade(
        self,
        *,
        user: str | Unset = UNSET,
        package: str | Unset = UNSET,
        ip: list[str] | Unset = UNSET,
        ip_group: list[str] | Unset = UNSET,
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

            result = client.reseller.account_changes.downgrade(user=user, package=package)
        """
        from sendgrid_reseller.api.account_changes import downgrade_customer_account as _endpoint

        return _endpoint._sync_impl(
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
    def downgrade_detailed(
        self,
        *,
        user: str,
        package: str,
        ip: list[str] | Unset = UNSET,
        ip_group: list[str] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    @overload
    def downgrade_detailed(
        self,
        *,
        body: DowngradeCustomerAccountForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    def downgrade_detailed(
        self,
        *,
        user: str | Unset = UNSET,
        package: str | Unset = UNSET,
        ip: list[str] | Unset = UNSET,
        ip_group: list[str] | Unset = UNSET,
        body: DowngradeCustomerAccountForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]:
        """Downgrade a customer now.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /apiv2/reseller.account.json with task=immediate_downgrade (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            The same as `client.reseller.account_changes.downgrade` takes; `help()` on it describes each one.

        Returns:
            Response[V2SuccessBody]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.reseller.account_changes.downgrade_detailed(user=user, package=package)
        """
        from sendgrid_reseller.api.account_changes import downgrade_customer_account as _endpoint

        return _endpoint._sync_detailed_impl(
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
    def close(
        self,
        *,
        user: str,
        ip_group: list[str] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    @overload
    def close(
        self,
        *,
        body: CloseCustomerAccountForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    def close(
        self,
        *,
        user: str | Unset = UNSET,
        ip_group: list[str] | Unset = UNSET,
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

            result = client.reseller.account_changes.close(user=user)
        """
        from sendgrid_reseller.api.account_changes import close_customer_account as _endpoint

        return _endpoint._sync_impl(
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
    def close_detailed(
        self,
        *,
        user: str,
        ip_group: list[str] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    @overload
    def close_detailed(
        self,
        *,
        body: CloseCustomerAccountForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    def close_detailed(
        self,
        *,
        user: str | Unset = UNSET,
        ip_group: list[str] | Unset = UNSET,
        body: CloseCustomerAccountForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]:
        """Close a customer's paid account now.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /apiv2/reseller.account.json with task=immediate_close (form fields, always
        sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            The same as `client.reseller.account_changes.close` takes; `help()` on it describes each one.

        Returns:
            Response[V2SuccessBody]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.reseller.account_changes.close_detailed(user=user)
        """
        from sendgrid_reseller.api.account_changes import close_customer_account as _endpoint

        return _endpoint._sync_detailed_impl(
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
