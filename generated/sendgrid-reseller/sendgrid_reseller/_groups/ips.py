# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.ips` of `SendGrid`: the `IpsGroup` class, imported on first use.

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
    from collections.abc import Iterator, Mapping
    from typing import Any

    import httpx

    from sendgrid_reseller._runtime.options import RequestOptions
    from sendgrid_reseller._runtime.page import SyncPage
    from sendgrid_reseller.models.add_ips_request import AddIpsRequest
    from sendgrid_reseller.models.added_ips import AddedIps
    from sendgrid_reseller.models.assigned_ip import AssignedIp
    from sendgrid_reseller.models.ip_address import IpAddress
    from sendgrid_reseller.models.ip_address_details import IpAddressDetails
    from sendgrid_reseller.models.remaining_ips import RemainingIps
    from sendgrid_reseller.models.sort_direction import SortDirection
    from sendgrid_reseller.types import Response, Unset

    from .ips_pools import IpsPoolsGroup
    from .ips_warmup import IpsWarmupGroup

    pass


class IpsGroup(Group):
    """Operations under `client.ips`."""

    @cached_property
    def pools(self) -> IpsPoolsGroup:
        from .ips_pools import IpsPoolsGroup

        return IpsPoolsGroup(self._client)

    @cached_property
    def warmup(self) -> IpsWarmupGroup:
        from .ips_warmup import IpsWarmupGroup

        return IpsWarmupGroup(self._client)

    def list(
        self,
        *,
        ip: str | Unset = UNSET,
        exclude_whitelabels: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        subuser: str | Unset = UNSET,
        sort_by_direction: SortDirection | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
        page_token: str | None = None,
    ) -> SyncPage[IpAddress]:
        """List IP addresses.

        Every assigned and unassigned IP with its warm-up state, pools, subusers and reverse DNS, a page
        at a time (limit/offset, Link header).

        Returns the first page (or the one `page_token` names): iterate it for every record across
        pages, or use `pages()`, `has_next_page()`, `next_page()` and `next_page_token`.

        Wire request: GET /v3/ips; the client adds Authorization: Bearer with the API key.

        Args:
            ip (str | Unset): Only this IP.
            exclude_whitelabels (bool | Unset): Leave out IPs that have reverse DNS records.
            limit (int | Unset): Records to return in one page. The default and the maximum are both
                500.
            offset (int | Unset): Records to skip before the first one returned.
            subuser (str | Unset): Only IPs of this subuser.
            sort_by_direction (SortDirection | Unset): The `sort_by_direction` query parameter.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.
            page_token (str | None): Start at the page an earlier page's `next_page_token` names.

        Returns:
            SyncPage[IpAddress]: the page; its `items` are this page's records.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            for item in client.ips.list():  # every record, page after page
                print(item)
        """
        from sendgrid_reseller.api.ip_addresses import list_ips as _endpoint

        return _endpoint.page(
            self._client,
            ip=ip,
            exclude_whitelabels=exclude_whitelabels,
            limit=limit,
            offset=offset,
            subuser=subuser,
            sort_by_direction=sort_by_direction,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
            page_token=page_token,
        )

    def list_detailed(
        self,
        *,
        ip: str | Unset = UNSET,
        exclude_whitelabels: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        subuser: str | Unset = UNSET,
        sort_by_direction: SortDirection | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[builtins.list[IpAddress]]:
        """List IP addresses.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/ips; the client adds Authorization: Bearer with the API key.

        Args:
            The same as `client.ips.list` takes; `help()` on it describes each one.

        Returns:
            Response[list[IpAddress]]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.ips.list_detailed()
        """
        from sendgrid_reseller.api.ip_addresses import list_ips as _endpoint

        return _endpoint.sync_detailed(
            self._client,
            ip=ip,
            exclude_whitelabels=exclude_whitelabels,
            limit=limit,
            offset=offset,
            subuser=subuser,
            sort_by_direction=sort_by_direction,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    def list_pages(
        self,
        *,
        ip: str | Unset = UNSET,
        exclude_whitelabels: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        subuser: str | Unset = UNSET,
        sort_by_direction: SortDirection | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Iterator[Response[builtins.list[IpAddress]]]:
        """List IP addresses.

        Yields one `Response` per page, following the Link header's rel="next"; the next page is
        requested only when the previous one has been consumed.

        Wire request: GET /v3/ips; the client adds Authorization: Bearer with the API key.

        Args:
            The same as `client.ips.list` takes; `help()` on it describes each one.

        Returns:
            Iterator of Response[list[IpAddress]]: each page with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            for page in client.ips.list_pages():
                print(page.status_code, len(page.parsed))
        """
        from sendgrid_reseller.api.ip_addresses import list_ips as _endpoint

        return _endpoint.iter_pages(
            self._client,
            ip=ip,
            exclude_whitelabels=exclude_whitelabels,
            limit=limit,
            offset=offset,
            subuser=subuser,
            sort_by_direction=sort_by_direction,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    def list_items(
        self,
        *,
        ip: str | Unset = UNSET,
        exclude_whitelabels: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        subuser: str | Unset = UNSET,
        sort_by_direction: SortDirection | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Iterator[IpAddress]:
        """List IP addresses.

        Yields every record of the list, across all pages (one page in memory at a time).

        Wire request: GET /v3/ips; the client adds Authorization: Bearer with the API key.

        Args:
            The same as `client.ips.list` takes; `help()` on it describes each one.

        Returns:
            Iterator of IpAddress: each record.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            for item in client.ips.list_items():
                print(item)
        """
        from sendgrid_reseller.api.ip_addresses import list_ips as _endpoint

        return _endpoint.iter_items(
            self._client,
            ip=ip,
            exclude_whitelabels=exclude_whitelabels,
            limit=limit,
            offset=offset,
            subuser=subuser,
            sort_by_direction=sort_by_direction,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    @overload
    def add(
        self,
        *,
        count: int,
        subusers: builtins.list[str] | Unset = UNSET,
        warmup: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> AddedIps: ...

    @overload
    def add(
        self,
        *,
        body: AddIpsRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> AddedIps: ...

    def add(
        self,
        *,
        count: int | Unset = UNSET,
        subusers: builtins.list[str] | Unset = UNSET,
        warmup: bool | Unset = UNSET,
        body: AddIpsRequest | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> AddedIps:
        """Add dedicated IPs.

        Buys more dedicated IPs for the account, optionally giving them to subusers and warming them up.

        Wire request: POST /v3/ips; the client adds Authorization: Bearer with the API key.

        Args:
            count (int): How many IPs to add. Required.
            subusers (list[str] | Unset): Subusers that may send from the new IPs.
            warmup (bool | Unset): Warm the new IPs up. Default: False.
            body (AddIpsRequest): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            AddedIps: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.ips.add(count=count)
        """
        from sendgrid_reseller.api.ip_addresses import add_ips as _endpoint

        return _endpoint._sync_impl(
            self._client,
            count=count,
            subusers=subusers,
            warmup=warmup,
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
        *,
        count: int,
        subusers: builtins.list[str] | Unset = UNSET,
        warmup: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[AddedIps]: ...

    @overload
    def add_detailed(
        self,
        *,
        body: AddIpsRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[AddedIps]: ...

    def add_detailed(
        self,
        *,
        count: int | Unset = UNSET,
        subusers: builtins.list[str] | Unset = UNSET,
        warmup: bool | Unset = UNSET,
        body: AddIpsRequest | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[AddedIps]:
        """Add dedicated IPs.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /v3/ips; the client adds Authorization: Bearer with the API key.

        Args:
            The same as `client.ips.add` takes; `help()` on it describes each one.

        Returns:
            Response[AddedIps]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.ips.add_detailed(count=count)
        """
        from sendgrid_reseller.api.ip_addresses import add_ips as _endpoint

        return _endpoint._sync_detailed_impl(
            self._client,
            count=count,
            subusers=subusers,
            warmup=warmup,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    def get(
        self,
        ip_address: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> IpAddressDetails:
        """Get an IP address.

        One IP with the pools it belongs to, its subusers, warm-up state and reverse DNS.

        Wire request: GET /v3/ips/{ip_address}; the client adds Authorization: Bearer with the API key.

        Args:
            ip_address (str): The `ip_address` path segment. Required.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            IpAddressDetails: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.ips.get(ip_address)
        """
        from sendgrid_reseller.api.ip_addresses import get_ip as _endpoint

        return _endpoint.sync(
            self._client,
            ip_address,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    def get_detailed(
        self,
        ip_address: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[IpAddressDetails]:
        """Get an IP address.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/ips/{ip_address}; the client adds Authorization: Bearer with the API key.

        Args:
            The same as `client.ips.get` takes; `help()` on it describes each one.

        Returns:
            Response[IpAddressDetails]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.ips.get_detailed(ip_address)
        """
        from sendgrid_reseller.api.ip_addresses import get_ip as _endpoint

        return _endpoint.sync_detailed(
            self._client,
            ip_address,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    def list_assigned(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> builtins.list[AssignedIp]:
        """List assigned IPs.

        Only the IPs that are assigned, with their pools and warm-up state.

        Wire request: GET /v3/ips/assigned; the client adds Authorization: Bearer with the API key.

        Args:
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            list[AssignedIp]: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.ips.list_assigned()
        """
        from sendgrid_reseller.api.ip_addresses import list_assigned_ips as _endpoint

        return _endpoint.sync(
            self._client, extra_headers=extra_headers, extra_query=extra_query, timeout=timeout, options=options
        )

    def list_assigned_detailed(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[builtins.list[AssignedIp]]:
        """List assigned IPs.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/ips/assigned; the client adds Authorization: Bearer with the API key.

        Args:
            The same as `client.ips.list_assigned` takes; `help()` on it describes each one.

        Returns:
            Response[list[AssignedIp]]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.ips.list_assigned_detailed()
        """
        from sendgrid_reseller.api.ip_addresses import list_assigned_ips as _endpoint

        return _endpoint.sync_detailed(
            self._client, extra_headers=extra_headers, extra_query=extra_query, timeout=timeout, options=options
        )

    def remaining(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> RemainingIps:
        """How many more IPs can be added.

        The number of IPs the account can still add in the current period, and their price.

        Wire request: GET /v3/ips/remaining; the client adds Authorization: Bearer with the API key.

        Args:
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            RemainingIps: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.ips.remaining()
        """
        from sendgrid_reseller.api.ip_addresses import get_remaining_ip_count as _endpoint

        return _endpoint.sync(
            self._client, extra_headers=extra_headers, extra_query=extra_query, timeout=timeout, options=options
        )

    def remaining_detailed(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[RemainingIps]:
        """How many more IPs can be added.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/ips/remaining; the client adds Authorization: Bearer with the API key.

        Args:
            The same as `client.ips.remaining` takes; `help()` on it describes each one.

        Returns:
            Response[RemainingIps]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.ips.remaining_detailed()
        """
        from sendgrid_reseller.api.ip_addresses import get_remaining_ip_count as _endpoint

        return _endpoint.sync_detailed(
            self._client, extra_headers=extra_headers, extra_query=extra_query, timeout=timeout, options=options
        )
