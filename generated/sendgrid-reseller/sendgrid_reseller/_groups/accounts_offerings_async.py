# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.accounts.offerings` of `AsyncSendGrid`: the `AsyncAccountsOfferingsGroup` class, imported on first use.

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
    from sendgrid_reseller.models.partner_offering import PartnerOffering
    from sendgrid_reseller.models.partner_offering_catalog import PartnerOfferingCatalog
    from sendgrid_reseller.models.partner_offering_list import PartnerOfferingList
    from sendgrid_reseller.types import Response, Unset

    pass


class AsyncAccountsOfferingsGroup(Group):
    """Operations under `client.accounts.offerings`."""

    async def get(
        self,
        account_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> PartnerOfferingList:
        """An account's offerings.

        The package and add-ons the account holds.

        Wire request: GET /v3/partners/accounts/{accountID}/offerings; the client adds Authorization:
        Bearer with the API key.

        Args:
            account_id (str): The `accountID` path segment. Required.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            PartnerOfferingList: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.accounts.offerings.get(account_id)
        """
        from sendgrid_reseller.api.account_provisioning import get_partner_account_offerings as _endpoint

        return await _endpoint.asyncio(
            self._client,
            account_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    async def get_detailed(
        self,
        account_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[PartnerOfferingList]:
        """An account's offerings.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/partners/accounts/{accountID}/offerings; the client adds Authorization:
        Bearer with the API key.

        Args:
            The same as `client.accounts.offerings.get` takes; `help()` on it describes each one.

        Returns:
            Response[PartnerOfferingList]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.accounts.offerings.get_detailed(account_id)
        """
        from sendgrid_reseller.api.account_provisioning import get_partner_account_offerings as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            account_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    @overload
    async def update(
        self,
        account_id: str,
        *,
        offerings: list[PartnerOffering],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> PartnerOfferingList: ...

    @overload
    async def update(
        self,
        account_id: str,
        *,
        body: PartnerOfferingList,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> PartnerOfferingList: ...

    async def update(
        self,
        account_id: str,
        *,
        offerings: list[PartnerOffering] | Unset = UNSET,
        body: PartnerOfferingList | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> PartnerOfferingList:
        """Change an account's offerings.

        Switches the account's package (it holds exactly one) and attaches add-ons such as Marketing
        Campaigns or dedicated IPs.

        Wire request: PUT /v3/partners/accounts/{accountID}/offerings; the client adds Authorization:
        Bearer with the API key.

        Args:
            account_id (str): The `accountID` path segment. Required.
            offerings (list[PartnerOffering]): The `offerings` JSON field. Required.
            body (PartnerOfferingList): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            PartnerOfferingList: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.accounts.offerings.update(account_id, offerings=offerings)
        """
        from sendgrid_reseller.api.account_provisioning import update_partner_account_offerings as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            account_id,
            offerings=offerings,
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
        account_id: str,
        *,
        offerings: list[PartnerOffering],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[PartnerOfferingList]: ...

    @overload
    async def update_detailed(
        self,
        account_id: str,
        *,
        body: PartnerOfferingList,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[PartnerOfferingList]: ...

    async def update_detailed(
        self,
        account_id: str,
        *,
        offerings: list[PartnerOffering] | Unset = UNSET,
        body: PartnerOfferingList | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[PartnerOfferingList]:
        """Change an account's offerings.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: PUT /v3/partners/accounts/{accountID}/offerings; the client adds Authorization:
        Bearer with the API key.

        Args:
            The same as `client.accounts.offerings.update` takes; `help()` on it describes each one.

        Returns:
            Response[PartnerOfferingList]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.accounts.offerings.update_detailed(account_id, offerings=offerings)
        """
        from sendgrid_reseller.api.account_provisioning import update_partner_account_offerings as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            account_id,
            offerings=offerings,
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> PartnerOfferingCatalog:
        """Offerings available to the partner.

        Every package and add-on the partner may assign, each with what it entitles an account to.

        Wire request: GET /v3/partners/offerings; the client adds Authorization: Bearer with the API
        key.

        Args:
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            PartnerOfferingCatalog: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.accounts.offerings.list_available()
        """
        from sendgrid_reseller.api.account_provisioning import list_partner_offerings as _endpoint

        return await _endpoint.asyncio(
            self._client, extra_headers=extra_headers, extra_query=extra_query, timeout=timeout, options=options
        )

    async def list_available_detailed(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[PartnerOfferingCatalog]:
        """Offerings available to the partner.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/partners/offerings; the client adds Authorization: Bearer with the API
        key.

        Args:
            The same as `client.accounts.offerings.list_available` takes; `help()` on it describes each one.

        Returns:
            Response[PartnerOfferingCatalog]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.accounts.offerings.list_available_detailed()
        """
        from sendgrid_reseller.api.account_provisioning import list_partner_offerings as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client, extra_headers=extra_headers, extra_query=extra_query, timeout=timeout, options=options
        )
