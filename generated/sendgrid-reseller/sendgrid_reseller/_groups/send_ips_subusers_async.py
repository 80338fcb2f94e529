# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.send.ips.subusers` of `AsyncSendGrid`: the `AsyncSendIpsSubusersGroup` class, imported on first use.

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
    from sendgrid_reseller.models.send_ip_subuser_list import SendIpSubuserList
    from sendgrid_reseller.models.send_ip_subusers import SendIpSubusers
    from sendgrid_reseller.models.send_ip_subusers_assigned import SendIpSubusersAssigned
    from sendgrid_reseller.types import Response, Unset

    pass


class AsyncSendIpsSubusersGroup(Group):
    """Operations under `client.send_ips.subusers`."""

    async def list(
        self,
        ip: str,
        *,
        after_key: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
        page_token: str | None = None,
    ) -> AsyncPage[str]:
        """List the subusers of an IP.

        The ids of the subusers that may send from the IP, up to 100 a page.

        Returns the first page (or the one `page_token` names): iterate it for every record across
        pages, or use `pages()`, `has_next_page()`, `next_page()` and `next_page_token`.

        Wire request: GET /v3/send_ips/ips/{ip}/subusers; the client adds Authorization: Bearer with the
        API key.

        Args:
            ip (str): The `ip` path segment. Required.
            after_key (str | Unset): Start after this item (the `after_key` of the previous answer's
                next_params).
            limit (int | Unset): Subusers per page (at most 100).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.
            page_token (str | None): Start at the page an earlier page's `next_page_token` names.

        Returns:
            AsyncPage[str]: the page; its `items` are this page's records.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            page = await client.send_ips.subusers.list(ip)
            async for item in page:  # every record, page after page
                print(item)
        """
        from sendgrid_reseller.api.ip_address_management import list_send_ip_subusers as _endpoint

        return await _endpoint.apage(
            self._client,
            ip,
            after_key=after_key,
            limit=limit,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
            page_token=page_token,
        )

    async def list_detailed(
        self,
        ip: str,
        *,
        after_key: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[SendIpSubuserList]:
        """List the subusers of an IP.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/send_ips/ips/{ip}/subusers; the client adds Authorization: Bearer with the
        API key.

        Args:
            The same as `client.send_ips.subusers.list` takes; `help()` on it describes each one.

        Returns:
            Response[SendIpSubuserList]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.send_ips.subusers.list_detailed(ip)
        """
        from sendgrid_reseller.api.ip_address_management import list_send_ip_subusers as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            ip,
            after_key=after_key,
            limit=limit,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    @overload
    async def add(
        self,
        ip: str,
        *,
        subusers: builtins.list[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> SendIpSubusersAssigned: ...

    @overload
    async def add(
        self,
        ip: str,
        *,
        body: SendIpSubusers,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> SendIpSubusersAssigned: ...

    async def add(
        self,
        ip: str,
        *,
        subusers: builtins.list[str] | Unset = UNSET,
        body: SendIpSubusers | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> SendIpSubusersAssigned:
        """Assign subusers to an IP.

        Lets a batch of subusers send from the IP; all of them are assigned or the call fails.

        Wire request: POST /v3/send_ips/ips/{ip}/subusers:batchAdd; the client adds Authorization:
        Bearer with the API key.

        Args:
            ip (str): The `ip` path segment. Required.
            subusers (list[str]): Subuser ids. Required.
            body (SendIpSubusers): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            SendIpSubusersAssigned: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.send_ips.subusers.add(ip, subusers=subusers)
        """
        from sendgrid_reseller.api.ip_address_management import add_send_ip_subusers as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            ip,
            subusers=subusers,
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
        ip: str,
        *,
        subusers: builtins.list[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[SendIpSubusersAssigned]: ...

    @overload
    async def add_detailed(
        self,
        ip: str,
        *,
        body: SendIpSubusers,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[SendIpSubusersAssigned]: ...

    async def add_detailed(
        self,
        ip: str,
        *,
        subusers: builtins.list[str] | Unset = UNSET,
        body: SendIpSubusers | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[SendIpSubusersAssigned]:
        """Assign subusers to an IP.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /v3/send_ips/ips/{ip}/subusers:batchAdd; the client adds Authorization:
        Bearer with the API key.

        Args:
            The same as `client.send_ips.subusers.add` takes; `help()` on it describes each one.

        Returns:
            Response[SendIpSubusersAssigned]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.send_ips.subusers.add_detailed(ip, subusers=subusers)
        """
        from sendgrid_reseller.api.ip_address_management import add_send_ip_subusers as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            ip,
            subusers=subusers,
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
        ip: str,
        *,
        subusers: builtins.list[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Any: ...

    @overload
    async def remove(
        self,
        ip: str,
        *,
        body: SendIpSubusers,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Any: ...

    async def remove(
        self,
        ip: str,
        *,
        subusers: builtins.list[str] | Unset = UNSET,
        body: SendIpSubusers | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Any:
        """Unassign subusers from an IP.

        Stops a batch of subusers sending from the IP.

        Wire request: POST /v3/send_ips/ips/{ip}/subusers:batchDelete; the client adds Authorization:
        Bearer with the API key.

        Args:
            ip (str): The `ip` path segment. Required.
            subusers (list[str]): Subuser ids. Required.
            body (SendIpSubusers): The whole request as one model, instead of the
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

            result = await client.send_ips.subusers.remove(ip, subusers=subusers)
        """
        from sendgrid_reseller.api.ip_address_management import remove_send_ip_subusers as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            ip,
            subusers=subusers,
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
        ip: str,
        *,
        subusers: builtins.list[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[Any]: ...

    @overload
    async def remove_detailed(
        self,
        ip: str,
        *,
        body: SendIpSubusers,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[Any]: ...

    async def remove_detailed(
        self,
        ip: str,
        *,
        subusers: builtins.list[str] | Unset = UNSET,
        body: SendIpSubusers | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[Any]:
        """Unassign subusers from an IP.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /v3/send_ips/ips/{ip}/subusers:batchDelete; the client adds Authorization:
        Bearer with the API key.

        Args:
            The same as `client.send_ips.subusers.remove` takes; `help()` on it describes each one.

        Returns:
            Response[Any]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.send_ips.subusers.remove_detailed(ip, subusers=subusers)
        """
        from sendgrid_reseller.api.ip_address_management import remove_send_ip_subusers as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            ip,
            subusers=subusers,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )
