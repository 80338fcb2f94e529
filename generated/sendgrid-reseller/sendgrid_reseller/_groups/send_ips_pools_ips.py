# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.send.ips.pools.ips` of `SendGrid`: the `SendIpsPoolsIpsGroup` class, imported on first use.

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
    from sendgrid_reseller._runtime.page import SyncPage
    from sendgrid_reseller.models.send_ip_pool_ip import SendIpPoolIp
    from sendgrid_reseller.models.send_ip_pool_ip_list import SendIpPoolIpList
    from sendgrid_reseller.models.send_ip_pool_ips import SendIpPoolIps
    from sendgrid_reseller.models.send_ip_pool_with_ips import SendIpPoolWithIps
    from sendgrid_reseller.types import Response, Unset

    pass


class SendIpsPoolsIpsGroup(Group):
    """Operations under `client.send_ips.pools.ips`."""

    def list(
        self,
        poolid: str,
        *,
        limit: int | Unset = UNSET,
        after_key: str | Unset = UNSET,
        include_region: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
        page_token: str | None = None,
    ) -> SyncPage[SendIpPoolIp]:
        """List the IPs of a pool.

        Every IP in the pool with the pools each belongs to.

        Returns the first page (or the one `page_token` names): iterate it for every record across
        pages, or use `pages()`, `has_next_page()`, `next_page()` and `next_page_token`.

        Wire request: GET /v3/send_ips/pools/{poolid}/ips; the client adds Authorization: Bearer with
        the API key.

        Args:
            poolid (str): The `poolid` path segment. Required.
            limit (int | Unset): IPs per page.
            after_key (str | Unset): Start after this item (the `after_key` of the previous answer's
                next_params).
            include_region (bool | Unset): Add each IP's region (us or eu) to the answer (default
                false).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.
            page_token (str | None): Start at the page an earlier page's `next_page_token` names.

        Returns:
            SyncPage[SendIpPoolIp]: the page; its `items` are this page's records.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            for item in client.send_ips.pools.ips.list(poolid):  # every record, page after page
                print(item)
        """
        from sendgrid_reseller.api.ip_address_management import list_send_ip_pool_ips as _endpoint

        return _endpoint.page(
            self._client,
            poolid,
            limit=limit,
            after_key=after_key,
            include_region=include_region,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
            page_token=page_token,
        )

    def list_detailed(
        self,
        poolid: str,
        *,
        limit: int | Unset = UNSET,
        after_key: str | Unset = UNSET,
        include_region: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[SendIpPoolIpList]:
        """List the IPs of a pool.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/send_ips/pools/{poolid}/ips; the client adds Authorization: Bearer with
        the API key.

        Args:
            The same as `client.send_ips.pools.ips.list` takes; `help()` on it describes each one.

        Returns:
            Response[SendIpPoolIpList]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.send_ips.pools.ips.list_detailed(poolid)
        """
        from sendgrid_reseller.api.ip_address_management import list_send_ip_pool_ips as _endpoint

        return _endpoint.sync_detailed(
            self._client,
            poolid,
            limit=limit,
            after_key=after_key,
            include_region=include_region,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    @overload
    def add(
        self,
        poolid: str,
        *,
        ips: builtins.list[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> SendIpPoolWithIps: ...

    @overload
    def add(
        self,
        poolid: str,
        *,
        body: SendIpPoolIps,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> SendIpPoolWithIps: ...

    def add(
        self,
        poolid: str,
        *,
        ips: builtins.list[str] | Unset = UNSET,
        body: SendIpPoolIps | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> SendIpPoolWithIps:
        """Add IPs to a pool.

        Puts a batch of IPs in the pool (at most 100 in a pool); all are added or the call fails.

        Wire request: POST /v3/send_ips/pools/{poolid}/ips:batchAdd; the client adds Authorization:
        Bearer with the API key.

        Args:
            poolid (str): The `poolid` path segment. Required.
            ips (list[str]): The `ips` JSON field. Required.
            body (SendIpPoolIps): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            SendIpPoolWithIps: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.send_ips.pools.ips.add(poolid, ips=ips)
        """
        from sendgrid_reseller.api.ip_address_management import add_send_ip_pool_ips as _endpoint

        return _endpoint._sync_impl(
            self._client,
            poolid,
            ips=ips,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    def add_detailed(
        self,
        poolid: str,
        *,
        ips: builtins.list[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[SendIpPoolWithIps]: ...

    @overload
    def add_detailed(
        self,
        poolid: str,
        *,
        body: SendIpPoolIps,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[SendIpPoolWithIps]: ...

    def add_detailed(
        self,
        poolid: str,
        *,
        ips: builtins.list[str] | Unset = UNSET,
        body: SendIpPoolIps | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[SendIpPoolWithIps]:
        """Add IPs to a pool.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /v3/send_ips/pools/{poolid}/ips:batchAdd; the client adds Authorization:
        Bearer with the API key.

        Args:
            The same as `client.send_ips.pools.ips.add` takes; `help()` on it describes each one.

        Returns:
            Response[SendIpPoolWithIps]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.send_ips.pools.ips.add_detailed(poolid, ips=ips)
        """
        from sendgrid_reseller.api.ip_address_management import add_send_ip_pool_ips as _endpoint

        return _endpoint._sync_detailed_impl(
            self._client,
            poolid,
            ips=ips,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    def remove(
        self,
        poolid: str,
        *,
        ips: builtins.list[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Any: ...

    @overload
    def remove(
        self,
        poolid: str,
        *,
        body: SendIpPoolIps,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Any: ...

    def remove(
        self,
        poolid: str,
        *,
        ips: builtins.list[str] | Unset = UNSET,
        body: SendIpPoolIps | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Any:
        """Remove IPs from a pool.

        Takes a batch of IPs out of the pool; they stay on the account.

        Wire request: POST /v3/send_ips/pools/{poolid}/ips:batchDelete; the client adds Authorization:
        Bearer with the API key.

        Args:
            poolid (str): The `poolid` path segment. Required.
            ips (list[str]): The `ips` JSON field. Required.
            body (SendIpPoolIps): The whole request as one model, instead of the
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

            result = client.send_ips.pools.ips.remove(poolid, ips=ips)
        """
        from sendgrid_reseller.api.ip_address_management import remove_send_ip_pool_ips as _endpoint

        return _endpoint._sync_impl(
            self._client,
            poolid,
            ips=ips,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    def remove_detailed(
        self,
        poolid: str,
        *,
        ips: builtins.list[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[Any]: ...

    @overload
    def remove_detailed(
        self,
        poolid: str,
        *,
        body: SendIpPoolIps,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[Any]: ...

    def remove_detailed(
        self,
        poolid: str,
        *,
        ips: builtins.list[str] | Unset = UNSET,
        body: SendIpPoolIps | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[Any]:
        """Remove IPs from a pool.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /v3/send_ips/pools/{poolid}/ips:batchDelete; the client adds Authorization:
        Bearer with the API key.

        Args:
            The same as `client.send_ips.pools.ips.remove` takes; `help()` on it describes each one.

        Returns:
            Response[Any]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.send_ips.pools.ips.remove_detailed(poolid, ips=ips)
        """
        from sendgrid_reseller.api.ip_address_management import remove_send_ip_pool_ips as _endpoint

        return _endpoint._sync_detailed_impl(
            self._client,
            poolid,
            ips=ips,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )
