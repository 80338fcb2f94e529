# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.accounts` of `AsyncSendGrid`: the `AsyncAccountsGroup` class, imported on first use.

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
    from collections.abc import Mapping
    from typing import Any

    import httpx

    from sendgrid_reseller._runtime.options import RequestOptions
    from sendgrid_reseller._runtime.page import AsyncPage
    from sendgrid_reseller.models.partner_account import PartnerAccount
    from sendgrid_reseller.models.partner_account_create import PartnerAccountCreate
    from sendgrid_reseller.models.partner_account_id import PartnerAccountId
    from sendgrid_reseller.models.partner_account_page import PartnerAccountPage
    from sendgrid_reseller.models.partner_account_profile import PartnerAccountProfile
    from sendgrid_reseller.models.partner_offering import PartnerOffering
    from sendgrid_reseller.types import Response, Unset

    from .accounts_ips_async import AsyncAccountsIpsGroup
    from .accounts_offerings_async import AsyncAccountsOfferingsGroup
    from .accounts_state_async import AsyncAccountsStateGroup

    pass


class AsyncAccountsGroup(Group):
    """Operations under `client.accounts`."""

    @cached_property
    def offerings(self) -> AsyncAccountsOfferingsGroup:
        from .accounts_offerings_async import AsyncAccountsOfferingsGroup

        return AsyncAccountsOfferingsGroup(self._client)

    @cached_property
    def state(self) -> AsyncAccountsStateGroup:
        from .accounts_state_async import AsyncAccountsStateGroup

        return AsyncAccountsStateGroup(self._client)

    @cached_property
    def ips(self) -> AsyncAccountsIpsGroup:
        from .accounts_ips_async import AsyncAccountsIpsGroup

        return AsyncAccountsIpsGroup(self._client)

    async def list(
        self,
        *,
        offset: str | Unset = UNSET,
        limit: int | Unset = 10,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
        page_token: str | None = None,
    ) -> AsyncPage[PartnerAccount]:
        """List customer accounts.

        The partner's customer accounts, a page at a time; pass the previous page's `pages.last` as
        `offset`.

        Returns the first page (or the one `page_token` names): iterate it for every record across
        pages, or use `pages()`, `has_next_page()`, `next_page()` and `next_page_token`.

        Wire request: GET /v3/partners/accounts; the client adds Authorization: Bearer with the API key.

        Args:
            offset (str | Unset): The cursor; the id of the last account of the previous page.
            limit (int | Unset): Items per page (at most 100; 10 when omitted). Default: 10.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.
            page_token (str | None): Start at the page an earlier page's `next_page_token` names.

        Returns:
            AsyncPage[PartnerAccount]: the page; its `items` are this page's records.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            page = await client.accounts.list()
            async for item in page:  # every record, page after page
                print(item)
        """
        from sendgrid_reseller.api.account_provisioning import list_partner_accounts as _endpoint

        return await _endpoint.apage(
            self._client,
            offset=offset,
            limit=limit,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
            page_token=page_token,
        )

    async def list_detailed(
        self,
        *,
        offset: str | Unset = UNSET,
        limit: int | Unset = 10,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[PartnerAccountPage]:
        """List customer accounts.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/partners/accounts; the client adds Authorization: Bearer with the API key.

        Args:
            The same as `client.accounts.list` takes; `help()` on it describes each one.

        Returns:
            Response[PartnerAccountPage]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.accounts.list_detailed()
        """
        from sendgrid_reseller.api.account_provisioning import list_partner_accounts as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            offset=offset,
            limit=limit,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    @overload
    async def create(
        self,
        *,
        offerings: builtins.list[PartnerOffering],
        profile: PartnerAccountProfile | Unset = UNSET,
        t_test_account: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> PartnerAccountId: ...

    @overload
    async def create(
        self,
        *,
        body: PartnerAccountCreate,
        t_test_account: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> PartnerAccountId: ...

    async def create(
        self,
        *,
        offerings: builtins.list[PartnerOffering] | Unset = UNSET,
        profile: PartnerAccountProfile | Unset = UNSET,
        body: PartnerAccountCreate | Unset = UNSET,
        t_test_account: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> PartnerAccountId:
        """Create a customer account.

        Opens a customer account with its holder's profile and the offerings it starts with (exactly one
        package).

        Wire request: POST /v3/partners/accounts; the client adds Authorization: Bearer with the API
        key.

        Args:
            offerings (list[PartnerOffering]): The `offerings` JSON field. Required.
            profile (PartnerAccountProfile | Unset): The `profile` JSON field.
            body (PartnerAccountCreate): The whole request as one model, instead of the
                fields above (not both).
            t_test_account (str | Unset): Set (to any value) to create a test account, which is never
                billed.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            PartnerAccountId: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.accounts.create(offerings=offerings)
        """
        from sendgrid_reseller.api.account_provisioning import create_partner_account as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            offerings=offerings,
            profile=profile,
            body=body,
            t_test_account=t_test_account,
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
        offerings: builtins.list[PartnerOffering],
        profile: PartnerAccountProfile | Unset = UNSET,
        t_test_account: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[PartnerAccountId]: ...

    @overload
    async def create_detailed(
        self,
        *,
        body: PartnerAccountCreate,
        t_test_account: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[PartnerAccountId]: ...

    async def create_detailed(
        self,
        *,
        offerings: builtins.list[PartnerOffering] | Unset = UNSET,
        profile: PartnerAccountProfile | Unset = UNSET,
        body: PartnerAccountCreate | Unset = UNSET,
        t_test_account: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[PartnerAccountId]:
        """Create a customer account.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /v3/partners/accounts; the client adds Authorization: Bearer with the API
        key.

        Args:
            The same as `client.accounts.create` takes; `help()` on it describes each one.

        Returns:
            Response[PartnerAccountId]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.accounts.create_detailed(offerings=offerings)
        """
        from sendgrid_reseller.api.account_provisioning import create_partner_account as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            offerings=offerings,
            profile=profile,
            body=body,
            t_test_account=t_test_account,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def delete(
        self,
        account_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Any:
        """Close a customer account.

        Closes the account for good: its API keys and SSO stop working, its offerings and resources
        (such as dedicated IPs) are removed and billing ends at once. It cannot be undone.

        Wire request: DELETE /v3/partners/accounts/{accountID}; the client adds Authorization: Bearer
        with the API key.

        Args:
            account_id (str): The `accountID` path segment. Required.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Any: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.accounts.delete(account_id)
        """
        from sendgrid_reseller.api.account_provisioning import delete_partner_account as _endpoint

        return await _endpoint.asyncio(
            self._client,
            account_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def delete_detailed(
        self,
        account_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[Any]:
        """Close a customer account.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: DELETE /v3/partners/accounts/{accountID}; the client adds Authorization: Bearer
        with the API key.

        Args:
            The same as `client.accounts.delete` takes; `help()` on it describes each one.

        Returns:
            Response[Any]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.accounts.delete_detailed(account_id)
        """
        from sendgrid_reseller.api.account_provisioning import delete_partner_account as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            account_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def sso_login(
        self,
        account_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> str:
        """Sign in to a customer account.

        Signs the partner's SSO admin identity in to the customer account: the answer is a 303 redirect
        whose Location opens app.sendgrid.com. Teammates and subusers sign in themselves.

        Wire request: POST /v3/partners/accounts/{accountID}/sso; the client adds Authorization: Bearer
        with the API key.

        Args:
            account_id (str): The `accountID` path segment. Required.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            str: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.accounts.sso_login(account_id)
        """
        from sendgrid_reseller.api.account_provisioning import authenticate_partner_account as _endpoint

        return await _endpoint.asyncio(
            self._client,
            account_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def sso_login_detailed(
        self,
        account_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[str]:
        """Sign in to a customer account.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /v3/partners/accounts/{accountID}/sso; the client adds Authorization: Bearer
        with the API key.

        Args:
            The same as `client.accounts.sso_login` takes; `help()` on it describes each one.

        Returns:
            Response[str]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.accounts.sso_login_detailed(account_id)
        """
        from sendgrid_reseller.api.account_provisioning import authenticate_partner_account as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            account_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )
