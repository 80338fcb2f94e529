# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.reverse.dns` of `AsyncSendGrid`: the `AsyncReverseDnsGroup` class, imported on first use.

Each method calls its endpoint function (`sendgrid_reseller.api.<tag>.<operation>`), importing that
module on first call; signatures and docstrings are the endpoint functions' own.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, overload

from .._runtime.group import Group
from .._runtime.unset import UNSET

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Mapping
    from typing import Any

    import httpx

    from sendgrid_reseller._runtime.options import RequestOptions
    from sendgrid_reseller._runtime.page import AsyncPage
    from sendgrid_reseller.models.create_reverse_dns_request import CreateReverseDnsRequest
    from sendgrid_reseller.models.reverse_dns import ReverseDns
    from sendgrid_reseller.models.reverse_dns_validation import ReverseDnsValidation
    from sendgrid_reseller.types import Response, Unset

    pass


class AsyncReverseDnsGroup(Group):
    """Operations under `client.reverse_dns`."""

    async def list(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ip: str | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
        page_token: str | None = None,
    ) -> AsyncPage[ReverseDns]:
        """List reverse DNS records.

        The account's reverse DNS records, a page at a time (limit/offset, Link header).

        Returns the first page (or the one `page_token` names): iterate it for every record across
        pages, or use `pages()`, `has_next_page()`, `next_page()` and `next_page_token`.

        Wire request: GET /v3/whitelabel/ips; the client adds Authorization: Bearer with the API key.

        Args:
            limit (int | Unset): Records to return in one page. The default and the maximum are both
                500.
            offset (int | Unset): Records to skip before the first one returned.
            ip (str | Unset): Only records whose IP contains this text.
            on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
                of the v2 "user" field.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.
            page_token (str | None): Start at the page an earlier page's `next_page_token` names.

        Returns:
            AsyncPage[ReverseDns]: the page; its `items` are this page's records.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            page = await client.reverse_dns.list()
            async for item in page:  # every record, page after page
                print(item)
        """
        from sendgrid_reseller.api.reverse_dns import list_reverse_dns as _endpoint

        return await _endpoint.apage(
            self._client,
            limit=limit,
            offset=offset,
            ip=ip,
            on_behalf_of=on_behalf_of,
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
        offset: int | Unset = UNSET,
        ip: str | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[builtins.list[ReverseDns]]:
        """List reverse DNS records.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/whitelabel/ips; the client adds Authorization: Bearer with the API key.

        Args:
            The same as `client.reverse_dns.list` takes; `help()` on it describes each one.

        Returns:
            Response[list[ReverseDns]]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reverse_dns.list_detailed()
        """
        from sendgrid_reseller.api.reverse_dns import list_reverse_dns as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            limit=limit,
            offset=offset,
            ip=ip,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    def list_pages(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ip: str | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Response[builtins.list[ReverseDns]]]:
        """List reverse DNS records.

        Yields one `Response` per page, following the Link header's rel="next"; the next page is
        requested only when the previous one has been consumed.

        Wire request: GET /v3/whitelabel/ips; the client adds Authorization: Bearer with the API key.

        Args:
            The same as `client.reverse_dns.list` takes; `help()` on it describes each one.

        Returns:
            Iterator of Response[list[ReverseDns]]: each page with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            async for page in client.reverse_dns.list_pages():
                print(page.status_code, len(page.parsed))
        """
        from sendgrid_reseller.api.reverse_dns import list_reverse_dns as _endpoint

        return _endpoint.aiter_pages(
            self._client,
            limit=limit,
            offset=offset,
            ip=ip,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    def list_items(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ip: str | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[ReverseDns]:
        """List reverse DNS records.

        Yields every record of the list, across all pages (one page in memory at a time).

        Wire request: GET /v3/whitelabel/ips; the client adds Authorization: Bearer with the API key.

        Args:
            The same as `client.reverse_dns.list` takes; `help()` on it describes each one.

        Returns:
            Iterator of ReverseDns: each record.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            async for item in client.reverse_dns.list_items():
                print(item)
        """
        from sendgrid_reseller.api.reverse_dns import list_reverse_dns as _endpoint

        return _endpoint.aiter_items(
            self._client,
            limit=limit,
            offset=offset,
            ip=ip,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    @overload
    async def create(
        self,
        *,
        ip: str,
        domain: str,
        subdomain: str | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> ReverseDns: ...

    @overload
    async def create(
        self,
        *,
        body: CreateReverseDnsRequest,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> ReverseDns: ...

    async def create(
        self,
        *,
        ip: str | Unset = UNSET,
        domain: str | Unset = UNSET,
        subdomain: str | Unset = UNSET,
        body: CreateReverseDnsRequest | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> ReverseDns:
        """Set up reverse DNS.

        Creates the reverse DNS record of a dedicated IP under the given domain (and subdomain); the
        answer holds the A record to publish.

        Wire request: POST /v3/whitelabel/ips; the client adds Authorization: Bearer with the API key.

        Args:
            ip (str): The `ip` JSON field. Required.
            domain (str): The `domain` JSON field. Required.
            subdomain (str | Unset): The part before the domain, e.g. email.
            body (CreateReverseDnsRequest): The whole request as one model, instead of the
                fields above (not both).
            on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
                of the v2 "user" field.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            ReverseDns: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reverse_dns.create(ip=ip, domain=domain)
        """
        from sendgrid_reseller.api.reverse_dns import create_reverse_dns as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            ip=ip,
            domain=domain,
            subdomain=subdomain,
            body=body,
            on_behalf_of=on_behalf_of,
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
        ip: str,
        domain: str,
        subdomain: str | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[ReverseDns]: ...

    @overload
    async def create_detailed(
        self,
        *,
        body: CreateReverseDnsRequest,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[ReverseDns]: ...

    async def create_detailed(
        self,
        *,
        ip: str | Unset = UNSET,
        domain: str | Unset = UNSET,
        subdomain: str | Unset = UNSET,
        body: CreateReverseDnsRequest | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[ReverseDns]:
        """Set up reverse DNS.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /v3/whitelabel/ips; the client adds Authorization: Bearer with the API key.

        Args:
            The same as `client.reverse_dns.create` takes; `help()` on it describes each one.

        Returns:
            Response[ReverseDns]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reverse_dns.create_detailed(ip=ip, domain=domain)
        """
        from sendgrid_reseller.api.reverse_dns import create_reverse_dns as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            ip=ip,
            domain=domain,
            subdomain=subdomain,
            body=body,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def get(
        self,
        id: int,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> ReverseDns:
        """Get a reverse DNS record.

        One record with its A record and validity.

        Wire request: GET /v3/whitelabel/ips/{id}; the client adds Authorization: Bearer with the API
        key.

        Args:
            id (int): The `id` path segment. Required.
            on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
                of the v2 "user" field.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            ReverseDns: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reverse_dns.get(id)
        """
        from sendgrid_reseller.api.reverse_dns import get_reverse_dns as _endpoint

        return await _endpoint.asyncio(
            self._client,
            id,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    async def get_detailed(
        self,
        id: int,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[ReverseDns]:
        """Get a reverse DNS record.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/whitelabel/ips/{id}; the client adds Authorization: Bearer with the API
        key.

        Args:
            The same as `client.reverse_dns.get` takes; `help()` on it describes each one.

        Returns:
            Response[ReverseDns]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reverse_dns.get_detailed(id)
        """
        from sendgrid_reseller.api.reverse_dns import get_reverse_dns as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            id,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    async def delete(
        self,
        id: int,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Any:
        """Delete a reverse DNS record.

        Removes the record; the IP keeps sending under SendGrid's default name.

        Wire request: DELETE /v3/whitelabel/ips/{id}; the client adds Authorization: Bearer with the API
        key.

        Args:
            id (int): The `id` path segment. Required.
            on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
                of the v2 "user" field.
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

            result = await client.reverse_dns.delete(id)
        """
        from sendgrid_reseller.api.reverse_dns import delete_reverse_dns as _endpoint

        return await _endpoint.asyncio(
            self._client,
            id,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def delete_detailed(
        self,
        id: int,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[Any]:
        """Delete a reverse DNS record.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: DELETE /v3/whitelabel/ips/{id}; the client adds Authorization: Bearer with the API
        key.

        Args:
            The same as `client.reverse_dns.delete` takes; `help()` on it describes each one.

        Returns:
            Response[Any]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reverse_dns.delete_detailed(id)
        """
        from sendgrid_reseller.api.reverse_dns import delete_reverse_dns as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            id,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def validate(
        self,
        id: int,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> ReverseDnsValidation:
        """Validate a reverse DNS record.

        Looks the A record up in DNS and says whether it is published correctly, and if not why.

        Wire request: POST /v3/whitelabel/ips/{id}/validate; the client adds Authorization: Bearer with
        the API key.

        Args:
            id (int): The `id` path segment. Required.
            on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
                of the v2 "user" field.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            ReverseDnsValidation: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reverse_dns.validate(id)
        """
        from sendgrid_reseller.api.reverse_dns import validate_reverse_dns as _endpoint

        return await _endpoint.asyncio(
            self._client,
            id,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def validate_detailed(
        self,
        id: int,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[ReverseDnsValidation]:
        """Validate a reverse DNS record.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /v3/whitelabel/ips/{id}/validate; the client adds Authorization: Bearer with
        the API key.

        Args:
            The same as `client.reverse_dns.validate` takes; `help()` on it describes each one.

        Returns:
            Response[ReverseDnsValidation]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reverse_dns.validate_detailed(id)
        """
        from sendgrid_reseller.api.reverse_dns import validate_reverse_dns as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            id,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )
