# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.suppressions.global.unsubscribes` of `AsyncSendGrid`: the `AsyncSuppressionsGlobalUnsubscribesGroup` class, imported on first use.

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
    from sendgrid_reseller.models.global_unsubscribe import GlobalUnsubscribe
    from sendgrid_reseller.models.global_unsubscribe_lookup import GlobalUnsubscribeLookup
    from sendgrid_reseller.models.recipient_email_list import RecipientEmailList
    from sendgrid_reseller.types import Response, Unset

    pass


class AsyncSuppressionsGlobalUnsubscribesGroup(Group):
    """Operations under `client.suppressions.global_unsubscribes`."""

    @overload
    async def add(
        self,
        *,
        recipient_emails: builtins.list[str],
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> RecipientEmailList: ...

    @overload
    async def add(
        self,
        *,
        body: RecipientEmailList,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> RecipientEmailList: ...

    async def add(
        self,
        *,
        recipient_emails: builtins.list[str] | Unset = UNSET,
        body: RecipientEmailList | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> RecipientEmailList:
        """Unsubscribe addresses from all mail.

        Puts the addresses on the global unsubscribe list.

        Wire request: POST /v3/asm/suppressions/global; the client adds Authorization: Bearer with the
        API key.

        Args:
            recipient_emails (list[str]): The `recipient_emails` JSON field. Required.
            body (RecipientEmailList): The whole request as one model, instead of the
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
            RecipientEmailList: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.suppressions.global_unsubscribes.add(recipient_emails=recipient_emails)
        """
        from sendgrid_reseller.api.suppressions import add_global_unsubscribes as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            recipient_emails=recipient_emails,
            body=body,
            on_behalf_of=on_behalf_of,
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
        recipient_emails: builtins.list[str],
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[RecipientEmailList]: ...

    @overload
    async def add_detailed(
        self,
        *,
        body: RecipientEmailList,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[RecipientEmailList]: ...

    async def add_detailed(
        self,
        *,
        recipient_emails: builtins.list[str] | Unset = UNSET,
        body: RecipientEmailList | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[RecipientEmailList]:
        """Unsubscribe addresses from all mail.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /v3/asm/suppressions/global; the client adds Authorization: Bearer with the
        API key.

        Args:
            The same as `client.suppressions.global_unsubscribes.add` takes; `help()` on it describes each one.

        Returns:
            Response[RecipientEmailList]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.suppressions.global_unsubscribes.add_detailed(recipient_emails=recipient_emails)
        """
        from sendgrid_reseller.api.suppressions import add_global_unsubscribes as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            recipient_emails=recipient_emails,
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
        email: str,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> GlobalUnsubscribeLookup:
        """Check one address against the global unsubscribe list.

        Answers with the address when it is globally unsubscribed, and with an empty object when it is
        not (so recipient_email is optional here, unlike in SendGrid's reference).

        Wire request: GET /v3/asm/suppressions/global/{email}; the client adds Authorization: Bearer
        with the API key.

        Args:
            email (str): The `email` path segment. Required.
            on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
                of the v2 "user" field.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            GlobalUnsubscribeLookup: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.suppressions.global_unsubscribes.get(email)
        """
        from sendgrid_reseller.api.suppressions import get_global_unsubscribe as _endpoint

        return await _endpoint.asyncio(
            self._client,
            email,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    async def get_detailed(
        self,
        email: str,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[GlobalUnsubscribeLookup]:
        """Check one address against the global unsubscribe list.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/asm/suppressions/global/{email}; the client adds Authorization: Bearer
        with the API key.

        Args:
            The same as `client.suppressions.global_unsubscribes.get` takes; `help()` on it describes each one.

        Returns:
            Response[GlobalUnsubscribeLookup]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.suppressions.global_unsubscribes.get_detailed(email)
        """
        from sendgrid_reseller.api.suppressions import get_global_unsubscribe as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            email,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    async def delete(
        self,
        email: str,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Any:
        """Remove an address from the global unsubscribe list.

        The address receives mail again.

        Wire request: DELETE /v3/asm/suppressions/global/{email}; the client adds Authorization: Bearer
        with the API key.

        Args:
            email (str): The `email` path segment. Required.
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

            result = await client.suppressions.global_unsubscribes.delete(email)
        """
        from sendgrid_reseller.api.suppressions import delete_global_unsubscribe as _endpoint

        return await _endpoint.asyncio(
            self._client,
            email,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def delete_detailed(
        self,
        email: str,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[Any]:
        """Remove an address from the global unsubscribe list.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: DELETE /v3/asm/suppressions/global/{email}; the client adds Authorization: Bearer
        with the API key.

        Args:
            The same as `client.suppressions.global_unsubscribes.delete` takes; `help()` on it describes each one.

        Returns:
            Response[Any]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.suppressions.global_unsubscribes.delete_detailed(email)
        """
        from sendgrid_reseller.api.suppressions import delete_global_unsubscribe as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            email,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def list(
        self,
        *,
        start_time: int | Unset = UNSET,
        end_time: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        email: str | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
        page_token: str | None = None,
    ) -> AsyncPage[GlobalUnsubscribe]:
        """List globally unsubscribed addresses.

        The global unsubscribe list, a page at a time (limit/offset, Link header).

        Returns the first page (or the one `page_token` names): iterate it for every record across
        pages, or use `pages()`, `has_next_page()`, `next_page()` and `next_page_token`.

        Wire request: GET /v3/suppression/unsubscribes; the client adds Authorization: Bearer with the
        API key.

        Args:
            start_time (int | Unset): Only records created at or after this Unix time (seconds).
            end_time (int | Unset): Only records created at or before this Unix time (seconds).
            limit (int | Unset): Records to return in one page. The default and the maximum are both
                500.
            offset (int | Unset): Records to skip before the first one returned.
            email (str | Unset): Only records whose address starts with this text; `%` is a wildcard
                (send it encoded as %25), so `%market` matches "market" anywhere in the address.
            on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
                of the v2 "user" field.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.
            page_token (str | None): Start at the page an earlier page's `next_page_token` names.

        Returns:
            AsyncPage[GlobalUnsubscribe]: the page; its `items` are this page's records.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            page = await client.suppressions.global_unsubscribes.list()
            async for item in page:  # every record, page after page
                print(item)
        """
        from sendgrid_reseller.api.suppressions import list_global_unsubscribes as _endpoint

        return await _endpoint.apage(
            self._client,
            start_time=start_time,
            end_time=end_time,
            limit=limit,
            offset=offset,
            email=email,
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
        start_time: int | Unset = UNSET,
        end_time: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        email: str | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[builtins.list[GlobalUnsubscribe]]:
        """List globally unsubscribed addresses.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/suppression/unsubscribes; the client adds Authorization: Bearer with the
        API key.

        Args:
            The same as `client.suppressions.global_unsubscribes.list` takes; `help()` on it describes each one.

        Returns:
            Response[list[GlobalUnsubscribe]]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.suppressions.global_unsubscribes.list_detailed()
        """
        from sendgrid_reseller.api.suppressions import list_global_unsubscribes as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            start_time=start_time,
            end_time=end_time,
            limit=limit,
            offset=offset,
            email=email,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    def list_pages(
        self,
        *,
        start_time: int | Unset = UNSET,
        end_time: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        email: str | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Response[builtins.list[GlobalUnsubscribe]]]:
        """List globally unsubscribed addresses.

        Yields one `Response` per page, following the Link header's rel="next"; the next page is
        requested only when the previous one has been consumed.

        Wire request: GET /v3/suppression/unsubscribes; the client adds Authorization: Bearer with the
        API key.

        Args:
            The same as `client.suppressions.global_unsubscribes.list` takes; `help()` on it describes each one.

        Returns:
            Iterator of Response[list[GlobalUnsubscribe]]: each page with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            async for page in client.suppressions.global_unsubscribes.list_pages():
                print(page.status_code, len(page.parsed))
        """
        from sendgrid_reseller.api.suppressions import list_global_unsubscribes as _endpoint

        return _endpoint.aiter_pages(
            self._client,
            start_time=start_time,
            end_time=end_time,
            limit=limit,
            offset=offset,
            email=email,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    def list_items(
        self,
        *,
        start_time: int | Unset = UNSET,
        end_time: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        email: str | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[GlobalUnsubscribe]:
        """List globally unsubscribed addresses.

        Yields every record of the list, across all pages (one page in memory at a time).

        Wire request: GET /v3/suppression/unsubscribes; the client adds Authorization: Bearer with the
        API key.

        Args:
            The same as `client.suppressions.global_unsubscribes.list` takes; `help()` on it describes each one.

        Returns:
            Iterator of GlobalUnsubscribe: each record.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            async for item in client.suppressions.global_unsubscribes.list_items():
                print(item)
        """
        from sendgrid_reseller.api.suppressions import list_global_unsubscribes as _endpoint

        return _endpoint.aiter_items(
            self._client,
            start_time=start_time,
            end_time=end_time,
            limit=limit,
            offset=offset,
            email=email,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )
