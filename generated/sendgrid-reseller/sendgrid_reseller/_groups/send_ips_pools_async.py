# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.send.ips.pools` of `AsyncSendGrid`: the `AsyncSendIpsPoolsGroup` class, imported on first use.

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
    from sendgrid_reseller.models.create_send_ip_pool_request import CreateSendIpPoolRequest
    from sendgrid_reseller.models.send_ip_pool import SendIpPool
    from sendgrid_reseller.models.send_ip_pool_details import SendIpPoolDetails
    from sendgrid_reseller.models.send_ip_pool_list import SendIpPoolList
    from sendgrid_reseller.models.send_ip_pool_name import SendIpPoolName
    from sendgrid_reseller.models.send_ip_pool_summary import SendIpPoolSummary
    from sendgrid_reseller.models.send_ip_pool_with_ips import SendIpPoolWithIps
    from sendgrid_reseller.models.send_ip_region_filter import SendIpRegionFilter
    from sendgrid_reseller.types import Response, Unset

    from .send_ips_pools_ips_async import AsyncSendIpsPoolsIpsGroup

    pass


class AsyncSendIpsPoolsGroup(Group):
    """Operations under `client.send_ips.pools`."""

    @cached_property
    def ips(self) -> AsyncSendIpsPoolsIpsGroup:
        from .send_ips_pools_ips_async import AsyncSendIpsPoolsIpsGroup

        return AsyncSendIpsPoolsIpsGroup(self._client)

    async def list(
        self,
        *,
        limit: int | Unset = UNSET,
        after_key: str | Unset = UNSET,
        ip: str | Unset = UNSET,
        region: SendIpRegionFilter | Unset = UNSET,
        include_region: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
        page_token: str | None = None,
    ) -> AsyncPage[SendIpPoolSummary]:
        """List IP pools.

        Every pool with up to ten of its IPs and its IP count (an account has at most 100 pools).

        Returns the first page (or the one `page_token` names): iterate it for every record across
        pages, or use `pages()`, `has_next_page()`, `next_page()` and `next_page_token`.

        Wire request: GET /v3/send_ips/pools; the client adds Authorization: Bearer with the API key.

        Args:
            limit (int | Unset): Pools per page.
            after_key (str | Unset): Start after this item (the `after_key` of the previous answer's
                next_params).
            ip (str | Unset): Only pools holding this IP.
            region (SendIpRegionFilter | Unset): The `region` query parameter.
            include_region (bool | Unset): Add each IP's region (us or eu) to the answer (default
                false).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.
            page_token (str | None): Start at the page an earlier page's `next_page_token` names.

        Returns:
            AsyncPage[SendIpPoolSummary]: the page; its `items` are this page's records.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            page = await client.send_ips.pools.list()
            async for item in page:  # every record, page after page
                print(item)
        """
        from sendgrid_reseller.api.ip_address_management import list_send_ip_pools as _endpoint

        return await _endpoint.apage(
            self._client,
            limit=limit,
            after_key=after_key,
            ip=ip,
            region=region,
            include_region=include_region,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
            page_token=page_token,
        )

    async def list_detailed(
        self,
        *,
        limit: int | Unset = UNSET,
        after_key: str | Unset = UNSET,
        ip: str | Unset = UNSET,
        region: SendIpRegionFilter | Unset = UNSET,
        include_region: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[SendIpPoolList]:
        """List IP pools.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/send_ips/pools; the client adds Authorization: Bearer with the API key.

        Args:
            The same as `client.send_ips.pools.list` takes; `help()` on it describes each one.

        Returns:
            Response[SendIpPoolList]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.send_ips.pools.list_detailed()
        """
        from sendgrid_reseller.api.ip_address_management import list_send_ip_pools as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            limit=limit,
            after_key=after_key,
            ip=ip,
            region=region,
            include_region=include_region,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    @overload
    async def create(
        self,
        *,
        name: str,
        ips: builtins.list[str] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> SendIpPoolWithIps: ...

    @overload
    async def create(
        self,
        *,
        body: CreateSendIpPoolRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> SendIpPoolWithIps: ...

    async def create(
        self,
        *,
        name: str | Unset = UNSET,
        ips: builtins.list[str] | Unset = UNSET,
        body: CreateSendIpPoolRequest | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> SendIpPoolWithIps:
        """Create an IP pool.

        Creates a named pool, optionally with up to 100 IPs; if any IP cannot be added the pool is not
        created.

        Wire request: POST /v3/send_ips/pools; the client adds Authorization: Bearer with the API key.

        Args:
            name (str): The `name` JSON field. Required.
            ips (list[str] | Unset): The `ips` JSON field.
            body (CreateSendIpPoolRequest): The whole request as one model, instead of the
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

            result = await client.send_ips.pools.create(name=name)
        """
        from sendgrid_reseller.api.ip_address_management import create_send_ip_pool as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            name=name,
            ips=ips,
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
        ips: builtins.list[str] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[SendIpPoolWithIps]: ...

    @overload
    async def create_detailed(
        self,
        *,
        body: CreateSendIpPoolRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[SendIpPoolWithIps]: ...

    async def create_detailed(
        self,
        *,
        name: str | Unset = UNSET,
        ips: builtins.list[str] | Unset = UNSET,
        body: CreateSendIpPoolRequest | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[SendIpPoolWithIps]:
        """Create an IP pool.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /v3/send_ips/pools; the client adds Authorization: Bearer with the API key.

        Args:
            The same as `client.send_ips.pools.create` takes; `help()` on it describes each one.

        Returns:
            Response[SendIpPoolWithIps]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.send_ips.pools.create_detailed(name=name)
        """
        from sendgrid_reseller.api.ip_address_management import create_send_ip_pool as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            name=name,
            ips=ips,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def get(
        self,
        poolid: str,
        *,
        include_region: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> SendIpPoolDetails:
        """Get an IP pool.

        The pool's name, id, up to ten of its IPs and how many it has.

        Wire request: GET /v3/send_ips/pools/{poolid}; the client adds Authorization: Bearer with the
        API key.

        Args:
            poolid (str): The `poolid` path segment. Required.
            include_region (bool | Unset): Add each IP's region (us or eu) to the answer (default
                false).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            SendIpPoolDetails: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.send_ips.pools.get(poolid)
        """
        from sendgrid_reseller.api.ip_address_management import get_send_ip_pool as _endpoint

        return await _endpoint.asyncio(
            self._client,
            poolid,
            include_region=include_region,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    async def get_detailed(
        self,
        poolid: str,
        *,
        include_region: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[SendIpPoolDetails]:
        """Get an IP pool.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/send_ips/pools/{poolid}; the client adds Authorization: Bearer with the
        API key.

        Args:
            The same as `client.send_ips.pools.get` takes; `help()` on it describes each one.

        Returns:
            Response[SendIpPoolDetails]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.send_ips.pools.get_detailed(poolid)
        """
        from sendgrid_reseller.api.ip_address_management import get_send_ip_pool as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            poolid,
            include_region=include_region,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    @overload
    async def rename(
        self,
        poolid: str,
        *,
        name: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> SendIpPool: ...

    @overload
    async def rename(
        self,
        poolid: str,
        *,
        body: SendIpPoolName,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> SendIpPool: ...

    async def rename(
        self,
        poolid: str,
        *,
        name: str | Unset = UNSET,
        body: SendIpPoolName | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> SendIpPool:
        """Rename an IP pool.

        Gives the pool a new name (2 to 64 characters, not starting with a dot or a space).

        Wire request: PUT /v3/send_ips/pools/{poolid}; the client adds Authorization: Bearer with the
        API key.

        Args:
            poolid (str): The `poolid` path segment. Required.
            name (str): The `name` JSON field. Required.
            body (SendIpPoolName): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            SendIpPool: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.send_ips.pools.rename(poolid, name=name)
        """
        from sendgrid_reseller.api.ip_address_management import rename_send_ip_pool as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            poolid,
            name=name,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def rename_detailed(
        self,
        poolid: str,
        *,
        name: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[SendIpPool]: ...

    @overload
    async def rename_detailed(
        self,
        poolid: str,
        *,
        body: SendIpPoolName,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[SendIpPool]: ...

    async def rename_detailed(
        self,
        poolid: str,
        *,
        name: str | Unset = UNSET,
        body: SendIpPoolName | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[SendIpPool]:
        """Rename an IP pool.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: PUT /v3/send_ips/pools/{poolid}; the client adds Authorization: Bearer with the
        API key.

        Args:
            The same as `client.send_ips.pools.rename` takes; `help()` on it describes each one.

        Returns:
            Response[SendIpPool]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.send_ips.pools.rename_detailed(poolid, name=name)
        """
        from sendgrid_reseller.api.ip_address_management import rename_send_ip_pool as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            poolid,
            name=name,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def delete(
        self,
        poolid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Any:
        """Delete an IP pool.

        Removes the pool; its IPs stay on the account.

        Wire request: DELETE /v3/send_ips/pools/{poolid}; the client adds Authorization: Bearer with the
        API key.

        Args:
            poolid (str): The `poolid` path segment. Required.
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

            result = await client.send_ips.pools.delete(poolid)
        """
        from sendgrid_reseller.api.ip_address_management import delete_send_ip_pool as _endpoint

        return await _endpoint.asyncio(
            self._client,
            poolid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def delete_detailed(
        self,
        poolid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[Any]:
        """Delete an IP pool.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: DELETE /v3/send_ips/pools/{poolid}; the client adds Authorization: Bearer with the
        API key.

        Args:
            The same as `client.send_ips.pools.delete` takes; `help()` on it describes each one.

        Returns:
            Response[Any]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.send_ips.pools.delete_detailed(poolid)
        """
        from sendgrid_reseller.api.ip_address_management import delete_send_ip_pool as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            poolid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )
