# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.suppressions.blocks` of `AsyncSendGrid`: the `AsyncSuppressionsBlocksGroup` class, imported on first use.

Each method calls its endpoint function (`sendgrid_reseller.api.<tag>.<operation>`), importing that
module on first call; signatures and docstrings are the endpoint functions' own.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING

from .._runtime.group import Group
from .._runtime.unset import UNSET

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Mapping
    from typing import Any

    import httpx

    from sendgrid_reseller._runtime.options import RequestOptions
    from sendgrid_reseller._runtime.page import AsyncPage
    from sendgrid_reseller.models.block import Block
    from sendgrid_reseller.models.suppression_delete_request import SuppressionDeleteRequest
    from sendgrid_reseller.types import Response, Unset

    pass


class AsyncSuppressionsBlocksGroup(Group):
    """Operations under `client.suppressions.blocks`."""

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
    ) -> AsyncPage[Block]:
        """List blocks.

        Addresses whose receiving server refused mail for a non-permanent reason, a page at a time.

        Returns the first page (or the one `page_token` names): iterate it for every record across
        pages, or use `pages()`, `has_next_page()`, `next_page()` and `next_page_token`.

        Wire request: GET /v3/suppression/blocks; the client adds Authorization: Bearer with the API
        key.

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
            AsyncPage[Block]: the page; its `items` are this page's records.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            page = await client.suppressions.blocks.list()
            async for item in page:  # every record, page after page
                print(item)
        """
        from sendgrid_reseller.api.suppressions import list_blocks as _endpoint

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
    ) -> Response[builtins.list[Block]]:
        """List blocks.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/suppression/blocks; the client adds Authorization: Bearer with the API
        key.

        Args:
            The same as `client.suppressions.blocks.list` takes; `help()` on it describes each one.

        Returns:
            Response[list[Block]]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.suppressions.blocks.list_detailed()
        """
        from sendgrid_reseller.api.suppressions import list_blocks as _endpoint

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
    ) -> AsyncIterator[Response[builtins.list[Block]]]:
        """List blocks.

        Yields one `Response` per page, following the Link header's rel="next"; the next page is
        requested only when the previous one has been consumed.

        Wire request: GET /v3/suppression/blocks; the client adds Authorization: Bearer with the API
        key.

        Args:
            The same as `client.suppressions.blocks.list` takes; `help()` on it describes each one.

        Returns:
            Iterator of Response[list[Block]]: each page with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            async for page in client.suppressions.blocks.list_pages():
                print(page.status_code, len(page.parsed))
        """
        from sendgrid_reseller.api.suppressions import list_blocks as _endpoint

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
    ) -> AsyncIterator[Block]:
        """List blocks.

        Yields every record of the list, across all pages (one page in memory at a time).

        Wire request: GET /v3/suppression/blocks; the client adds Authorization: Bearer with the API
        key.

        Args:
            The same as `client.suppressions.blocks.list` takes; `help()` on it describes each one.

        Returns:
            Iterator of Block: each record.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            async for item in client.suppressions.blocks.list_items():
                print(item)
        """
        from sendgrid_reseller.api.suppressions import list_blocks as _endpoint

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

    async def delete_many(
        self,
        *,
        delete_all: bool | Unset = UNSET,
        emails: builtins.list[str] | Unset = UNSET,
        body: SuppressionDeleteRequest | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Any:
        """Delete blocks.

        Removes the listed addresses from the block list, or all of them with delete_all.

        Wire request: DELETE /v3/suppression/blocks; the client adds Authorization: Bearer with the API
        key.

        Args:
            delete_all (bool | Unset): The `delete_all` JSON field.
            emails (list[str] | Unset): The `emails` JSON field.
            body (SuppressionDeleteRequest): The whole request as one model, instead of the
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
            Any: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.suppressions.blocks.delete_many()
        """
        from sendgrid_reseller.api.suppressions import delete_blocks as _endpoint

        return await _endpoint.asyncio(
            self._client,
            delete_all=delete_all,
            emails=emails,
            body=body,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def delete_many_detailed(
        self,
        *,
        delete_all: bool | Unset = UNSET,
        emails: builtins.list[str] | Unset = UNSET,
        body: SuppressionDeleteRequest | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[Any]:
        """Delete blocks.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: DELETE /v3/suppression/blocks; the client adds Authorization: Bearer with the API
        key.

        Args:
            The same as `client.suppressions.blocks.delete_many` takes; `help()` on it describes each one.

        Returns:
            Response[Any]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.suppressions.blocks.delete_many_detailed()
        """
        from sendgrid_reseller.api.suppressions import delete_blocks as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            delete_all=delete_all,
            emails=emails,
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
    ) -> builtins.list[Block]:
        """Get a block.

        The block record of one address (a list of zero or one record).

        Wire request: GET /v3/suppression/blocks/{email}; the client adds Authorization: Bearer with the
        API key.

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
            list[Block]: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.suppressions.blocks.get(email)
        """
        from sendgrid_reseller.api.suppressions import get_block as _endpoint

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
    ) -> Response[builtins.list[Block]]:
        """Get a block.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/suppression/blocks/{email}; the client adds Authorization: Bearer with the
        API key.

        Args:
            The same as `client.suppressions.blocks.get` takes; `help()` on it describes each one.

        Returns:
            Response[list[Block]]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.suppressions.blocks.get_detailed(email)
        """
        from sendgrid_reseller.api.suppressions import get_block as _endpoint

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
        """Delete a block.

        Removes one address from the block list.

        Wire request: DELETE /v3/suppression/blocks/{email}; the client adds Authorization: Bearer with
        the API key.

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

            result = await client.suppressions.blocks.delete(email)
        """
        from sendgrid_reseller.api.suppressions import delete_block as _endpoint

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
        """Delete a block.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: DELETE /v3/suppression/blocks/{email}; the client adds Authorization: Bearer with
        the API key.

        Args:
            The same as `client.suppressions.blocks.delete` takes; `help()` on it describes each one.

        Returns:
            Response[Any]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.suppressions.blocks.delete_detailed(email)
        """
        from sendgrid_reseller.api.suppressions import delete_block as _endpoint

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
