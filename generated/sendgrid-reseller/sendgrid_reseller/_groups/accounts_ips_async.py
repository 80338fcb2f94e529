# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.accounts.ips` of `AsyncSendGrid`: the `AsyncAccountsIpsGroup` class, imported on first use.

Each method calls its endpoint function (`sendgrid_reseller.api.<tag>.<operation>`), importing that
module on first call; signatures and docstrings are the endpoint functions' own.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, overload

from .._runtime.group import Group
from .._runtime.unset import UNSET

if TYPE_CHECKING:
    from collections.abc import Mapping
    from typing import Any

    import httpx

    from sendgrid_reseller._runtime.options import RequestOptions
    from sendgrid_reseller._runtime.page import AsyncPage
    from sendgrid_reseller.models.partner_account_ip import PartnerAccountIp
    from sendgrid_reseller.models.partner_account_ip_list import PartnerAccountIpList
    from sendgrid_reseller.models.partner_account_ip_page import PartnerAccountIpPage
    from sendgrid_reseller.models.partner_account_ip_request import PartnerAccountIpRequest
    from sendgrid_reseller.models.partner_account_ips_added import PartnerAccountIpsAdded
    from sendgrid_reseller.models.partner_ip_region import PartnerIpRegion
    from sendgrid_reseller.types import Response, Unset

    pass


class AsyncAccountsIpsGroup(Group):
    """Operations under `client.accounts.ips`."""

    async def list(
        self,
        account_id: str,
        *,
        limit: int | Unset = 10,
        offset: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
        page_token: str | None = None,
    ) -> AsyncPage[PartnerAccountIp]:
        """An account's dedicated IPs.

        The account's dedicated IPs and their regions, a page at a time; pass the previous page's
        `pages.last` as `offset`.

        Returns the first page (or the one `page_token` names): iterate it for every record across
        pages, or use `pages()`, `has_next_page()`, `next_page()` and `next_page_token`.

        Wire request: GET /v3/partners/accounts/{accountID}/ips; the client adds Authorization: Bearer
        with the API key.

        Args:
            account_id (str): The `accountID` path segment. Required.
            limit (int | Unset): Items per page (at most 100; 10 when omitted). Default: 10.
            offset (str | Unset): The cursor; the last IP of the previous page.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.
            page_token (str | None): Start at the page an earlier page's `next_page_token` names.

        Returns:
            AsyncPage[PartnerAccountIp]: the page; its `items` are this page's records.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            page = await client.accounts.ips.list(account_id)
            async for item in page:  # every record, page after page
                print(item)
        """
        from sendgrid_reseller.api.account_provisioning import list_partner_account_ips as _endpoint

        return await _endpoint.apage(
            self._client,
            account_id,
            limit=limit,
            offset=offset,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
            page_token=page_token,
        )

    async def list_detailed(
        self,
        account_id: str,
        *,
        limit: int | Unset = 10,
        offset: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[PartnerAccountIpPage]:
        """An account's dedicated IPs.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/partners/accounts/{accountID}/ips; the client adds Authorization: Bearer
        with the API key.

        Args:
            The same as `client.accounts.ips.list` takes; `help()` on it describes each one.

        Returns:
            Response[PartnerAccountIpPage]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.accounts.ips.list_detailed(account_id)
        """
        from sendgrid_reseller.api.account_provisioning import list_partner_account_ips as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            account_id,
            limit=limit,
            offset=offset,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    @overload
    async def add(
        self,
        account_id: str,
        *,
        count: int,
        region: PartnerIpRegion,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> PartnerAccountIpsAdded: ...

    @overload
    async def add(
        self,
        account_id: str,
        *,
        body: PartnerAccountIpRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> PartnerAccountIpsAdded: ...

    async def add(
        self,
        account_id: str,
        *,
        count: int | Unset = UNSET,
        region: PartnerIpRegion | Unset = UNSET,
        body: PartnerAccountIpRequest | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> PartnerAccountIpsAdded:
        """Give an account dedicated IPs.

        Allocates new dedicated IPs in a region to the account; the answer lists them.

        Wire request: POST /v3/partners/accounts/{accountID}/ips; the client adds Authorization: Bearer
        with the API key.

        Args:
            account_id (str): The `accountID` path segment. Required.
            count (int): How many IPs to add. Required.
            region (PartnerIpRegion): The `region` JSON field. Required.
            body (PartnerAccountIpRequest): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            PartnerAccountIpsAdded: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.accounts.ips.add(account_id, count=count, region=region)
        """
        from sendgrid_reseller.api.account_provisioning import add_partner_account_ips as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            account_id,
            count=count,
            region=region,
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
        account_id: str,
        *,
        count: int,
        region: PartnerIpRegion,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[PartnerAccountIpsAdded]: ...

    @overload
    async def add_detailed(
        self,
        account_id: str,
        *,
        body: PartnerAccountIpRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[PartnerAccountIpsAdded]: ...

    async def add_detailed(
        self,
        account_id: str,
        *,
        count: int | Unset = UNSET,
        region: PartnerIpRegion | Unset = UNSET,
        body: PartnerAccountIpRequest | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[PartnerAccountIpsAdded]:
        """Give an account dedicated IPs.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /v3/partners/accounts/{accountID}/ips; the client adds Authorization: Bearer
        with the API key.

        Args:
            The same as `client.accounts.ips.add` takes; `help()` on it describes each one.

        Returns:
            Response[PartnerAccountIpsAdded]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.accounts.ips.add_detailed(account_id, count=count, region=region)
        """
        from sendgrid_reseller.api.account_provisioning import add_partner_account_ips as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            account_id,
            count=count,
            region=region,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def remove(
        self,
        account_id: str,
        *,
        ips: builtins.list[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Any: ...

    @overload
    async def remove(
        self,
        account_id: str,
        *,
        body: PartnerAccountIpList,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Any: ...

    async def remove(
        self,
        account_id: str,
        *,
        ips: builtins.list[str] | Unset = UNSET,
        body: PartnerAccountIpList | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Any:
        """Take dedicated IPs from an account.

        Releases the listed IPs from the account (the list goes in the request body).

        Wire request: DELETE /v3/partners/accounts/{accountID}/ips; the client adds Authorization:
        Bearer with the API key.

        Args:
            account_id (str): The `accountID` path segment. Required.
            ips (list[str]): The `ips` JSON field. Required.
            body (PartnerAccountIpList): The whole request as one model, instead of the
                fields above (not both).
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

            result = await client.accounts.ips.remove(account_id, ips=ips)
        """
        from sendgrid_reseller.api.account_provisioning import remove_partner_account_ips as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            account_id,
            ips=ips,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def remove_detailed(
        self,
        account_id: str,
        *,
        ips: builtins.list[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[Any]: ...

    @overload
    async def remove_detailed(
        self,
        account_id: str,
        *,
        body: PartnerAccountIpList,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[Any]: ...

    async def remove_detailed(
        self,
        account_id: str,
        *,
        ips: builtins.list[str] | Unset = UNSET,
        body: PartnerAccountIpList | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[Any]:
        """Take dedicated IPs from an account.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: DELETE /v3/partners/accounts/{accountID}/ips; the client adds Authorization:
        Bearer with the API key.

        Args:
            The same as `client.accounts.ips.remove` takes; `help()` on it describes each one.

        Returns:
            Response[Any]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.accounts.ips.remove_detailed(account_id, ips=ips)
        """
        from sendgrid_reseller.api.account_provisioning import remove_partner_account_ips as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            account_id,
            ips=ips,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )
