# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.send.ips` of `AsyncSendGrid`: the `AsyncSendIpsGroup` class, imported on first use.

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
    from sendgrid_reseller.models.add_send_ip_request import AddSendIpRequest
    from sendgrid_reseller.models.added_send_ip import AddedSendIp
    from sendgrid_reseller.models.send_ip import SendIp
    from sendgrid_reseller.models.send_ip_list import SendIpList
    from sendgrid_reseller.models.send_ip_region import SendIpRegion
    from sendgrid_reseller.models.send_ip_region_filter import SendIpRegionFilter
    from sendgrid_reseller.models.update_send_ip_request import UpdateSendIpRequest
    from sendgrid_reseller.models.updated_send_ip import UpdatedSendIp
    from sendgrid_reseller.types import Response, Unset

    from .send_ips_pools_async import AsyncSendIpsPoolsGroup
    from .send_ips_subusers_async import AsyncSendIpsSubusersGroup

    pass


class AsyncSendIpsGroup(Group):
    """Operations under `client.send_ips`."""

    @cached_property
    def subusers(self) -> AsyncSendIpsSubusersGroup:
        from .send_ips_subusers_async import AsyncSendIpsSubusersGroup

        return AsyncSendIpsSubusersGroup(self._client)

    @cached_property
    def pools(self) -> AsyncSendIpsPoolsGroup:
        from .send_ips_pools_async import AsyncSendIpsPoolsGroup

        return AsyncSendIpsPoolsGroup(self._client)

    async def list(
        self,
        *,
        ip: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        after_key: str | Unset = UNSET,
        before_key: str | Unset = UNSET,
        is_leased: bool | Unset = UNSET,
        is_enabled: bool | Unset = UNSET,
        is_parent_assigned: bool | Unset = UNSET,
        pool: str | Unset = UNSET,
        start_added_at: int | Unset = UNSET,
        end_added_at: int | Unset = UNSET,
        region: SendIpRegionFilter | Unset = UNSET,
        include_region: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
        page_token: str | None = None,
    ) -> AsyncPage[SendIp]:
        """List the account's IP addresses.

        Every IP of the account with its pools, auto warm-up flag, parent assignment and dates, filtered
        by the query; pages follow `_metadata.next_params` (after_key or before_key).

        Returns the first page (or the one `page_token` names): iterate it for every record across
        pages, or use `pages()`, `has_next_page()`, `next_page()` and `next_page_token`.

        Wire request: GET /v3/send_ips/ips; the client adds Authorization: Bearer with the API key.

        Args:
            ip (str | Unset): Only this IP (or IPs matching it).
            limit (int | Unset): IPs per page (1 to 5000).
            after_key (str | Unset): Start after this item (the `after_key` of the previous answer's
                next_params).
            before_key (str | Unset): End before this item; cannot be combined with after_key.
            is_leased (bool | Unset): Only SendGrid's IPs (true) or only the customer's own IPs
                (false).
            is_enabled (bool | Unset): Only enabled (true) or disabled (false) IPs; applies to the
                customer's own IPs.
            is_parent_assigned (bool | Unset): Only IPs the parent may (true) or may not (false) send
                from; not with `pool`.
            pool (str | Unset): Only IPs in the pool with this id; not with `is_parent_assigned`.
            start_added_at (int | Unset): Only IPs added at or after this Unix time.
            end_added_at (int | Unset): Only IPs added at or before this Unix time.
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
            AsyncPage[SendIp]: the page; its `items` are this page's records.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            page = await client.send_ips.list()
            async for item in page:  # every record, page after page
                print(item)
        """
        from sendgrid_reseller.api.ip_address_management import list_send_ips as _endpoint

        return await _endpoint.apage(
            self._client,
            ip=ip,
            limit=limit,
            after_key=after_key,
            before_key=before_key,
            is_leased=is_leased,
            is_enabled=is_enabled,
            is_parent_assigned=is_parent_assigned,
            pool=pool,
            start_added_at=start_added_at,
            end_added_at=end_added_at,
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
        ip: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        after_key: str | Unset = UNSET,
        before_key: str | Unset = UNSET,
        is_leased: bool | Unset = UNSET,
        is_enabled: bool | Unset = UNSET,
        is_parent_assigned: bool | Unset = UNSET,
        pool: str | Unset = UNSET,
        start_added_at: int | Unset = UNSET,
        end_added_at: int | Unset = UNSET,
        region: SendIpRegionFilter | Unset = UNSET,
        include_region: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[SendIpList]:
        """List the account's IP addresses.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/send_ips/ips; the client adds Authorization: Bearer with the API key.

        Args:
            The same as `client.send_ips.list` takes; `help()` on it describes each one.

        Returns:
            Response[SendIpList]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.send_ips.list_detailed()
        """
        from sendgrid_reseller.api.ip_address_management import list_send_ips as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            ip=ip,
            limit=limit,
            after_key=after_key,
            before_key=before_key,
            is_leased=is_leased,
            is_enabled=is_enabled,
            is_parent_assigned=is_parent_assigned,
            pool=pool,
            start_added_at=start_added_at,
            end_added_at=end_added_at,
            region=region,
            include_region=include_region,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    @overload
    async def add(
        self,
        *,
        is_auto_warmup: bool,
        is_parent_assigned: bool,
        subusers: builtins.list[str] | Unset = UNSET,
        region: SendIpRegion | Unset = UNSET,
        include_region: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> AddedSendIp: ...

    @overload
    async def add(
        self,
        *,
        body: AddSendIpRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> AddedSendIp: ...

    async def add(
        self,
        *,
        is_auto_warmup: bool | Unset = UNSET,
        is_parent_assigned: bool | Unset = UNSET,
        subusers: builtins.list[str] | Unset = UNSET,
        region: SendIpRegion | Unset = UNSET,
        include_region: bool | Unset = UNSET,
        body: AddSendIpRequest | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> AddedSendIp:
        """Add a SendGrid IP address.

        Buys one more SendGrid IP, optionally warming it up and giving it to subusers (at most 100).

        Wire request: POST /v3/send_ips/ips; the client adds Authorization: Bearer with the API key.

        Args:
            is_auto_warmup (bool): The `is_auto_warmup` JSON field. Required.
            is_parent_assigned (bool): The `is_parent_assigned` JSON field. Required.
            subusers (list[str] | Unset): Ids of subusers that may send from the new IP.
            region (SendIpRegion | Unset): The `region` JSON field.
            include_region (bool | Unset): Add the IP's region to the answer (default false).
            body (AddSendIpRequest): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            AddedSendIp: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.send_ips.add(is_auto_warmup=is_auto_warmup, is_parent_assigned=is_parent_assigned)
        """
        from sendgrid_reseller.api.ip_address_management import add_send_ip as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            is_auto_warmup=is_auto_warmup,
            is_parent_assigned=is_parent_assigned,
            subusers=subusers,
            region=region,
            include_region=include_region,
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
        is_auto_warmup: bool,
        is_parent_assigned: bool,
        subusers: builtins.list[str] | Unset = UNSET,
        region: SendIpRegion | Unset = UNSET,
        include_region: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[AddedSendIp]: ...

    @overload
    async def add_detailed(
        self,
        *,
        body: AddSendIpRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[AddedSendIp]: ...

    async def add_detailed(
        self,
        *,
        is_auto_warmup: bool | Unset = UNSET,
        is_parent_assigned: bool | Unset = UNSET,
        subusers: builtins.list[str] | Unset = UNSET,
        region: SendIpRegion | Unset = UNSET,
        include_region: bool | Unset = UNSET,
        body: AddSendIpRequest | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[AddedSendIp]:
        """Add a SendGrid IP address.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /v3/send_ips/ips; the client adds Authorization: Bearer with the API key.

        Args:
            The same as `client.send_ips.add` takes; `help()` on it describes each one.

        Returns:
            Response[AddedSendIp]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.send_ips.add_detailed(is_auto_warmup=is_auto_warmup, is_parent_assigned=is_parent_assigned)
        """
        from sendgrid_reseller.api.ip_address_management import add_send_ip as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            is_auto_warmup=is_auto_warmup,
            is_parent_assigned=is_parent_assigned,
            subusers=subusers,
            region=region,
            include_region=include_region,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def get(
        self,
        ip: str,
        *,
        include_region: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> SendIp:
        """Get an IP address.

        One IP's pools, flags and dates; its subusers come from send_ips.subusers.list.

        Wire request: GET /v3/send_ips/ips/{ip}; the client adds Authorization: Bearer with the API key.

        Args:
            ip (str): The `ip` path segment. Required.
            include_region (bool | Unset): Add each IP's region (us or eu) to the answer (default
                false).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            SendIp: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.send_ips.get(ip)
        """
        from sendgrid_reseller.api.ip_address_management import get_send_ip as _endpoint

        return await _endpoint.asyncio(
            self._client,
            ip,
            include_region=include_region,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    async def get_detailed(
        self,
        ip: str,
        *,
        include_region: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[SendIp]:
        """Get an IP address.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/send_ips/ips/{ip}; the client adds Authorization: Bearer with the API key.

        Args:
            The same as `client.send_ips.get` takes; `help()` on it describes each one.

        Returns:
            Response[SendIp]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.send_ips.get_detailed(ip)
        """
        from sendgrid_reseller.api.ip_address_management import get_send_ip as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            ip,
            include_region=include_region,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    async def update(
        self,
        ip: str,
        *,
        is_auto_warmup: bool | Unset = UNSET,
        is_parent_assigned: bool | Unset = UNSET,
        is_enabled: bool | Unset = UNSET,
        body: UpdateSendIpRequest | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> UpdatedSendIp:
        """Update an IP address.

        Changes an IP's auto warm-up, parent assignment or enabled flag (send at least one).

        Wire request: PATCH /v3/send_ips/ips/{ip}; the client adds Authorization: Bearer with the API
        key.

        Args:
            ip (str): The `ip` path segment. Required.
            is_auto_warmup (bool | Unset): The `is_auto_warmup` JSON field.
            is_parent_assigned (bool | Unset): The `is_parent_assigned` JSON field.
            is_enabled (bool | Unset): The `is_enabled` JSON field.
            body (UpdateSendIpRequest): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            UpdatedSendIp: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.send_ips.update(ip)
        """
        from sendgrid_reseller.api.ip_address_management import update_send_ip as _endpoint

        return await _endpoint.asyncio(
            self._client,
            ip,
            is_auto_warmup=is_auto_warmup,
            is_parent_assigned=is_parent_assigned,
            is_enabled=is_enabled,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def update_detailed(
        self,
        ip: str,
        *,
        is_auto_warmup: bool | Unset = UNSET,
        is_parent_assigned: bool | Unset = UNSET,
        is_enabled: bool | Unset = UNSET,
        body: UpdateSendIpRequest | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[UpdatedSendIp]:
        """Update an IP address.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: PATCH /v3/send_ips/ips/{ip}; the client adds Authorization: Bearer with the API
        key.

        Args:
            The same as `client.send_ips.update` takes; `help()` on it describes each one.

        Returns:
            Response[UpdatedSendIp]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.send_ips.update_detailed(ip)
        """
        from sendgrid_reseller.api.ip_address_management import update_send_ip as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            ip,
            is_auto_warmup=is_auto_warmup,
            is_parent_assigned=is_parent_assigned,
            is_enabled=is_enabled,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )
