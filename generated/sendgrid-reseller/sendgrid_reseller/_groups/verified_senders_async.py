# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.verified.senders` of `AsyncSendGrid`: the `AsyncVerifiedSendersGroup` class, imported on first use.

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
    from sendgrid_reseller._runtime.page import AsyncPage
    from sendgrid_reseller.models.verified_sender import VerifiedSender
    from sendgrid_reseller.models.verified_sender_list import VerifiedSenderList
    from sendgrid_reseller.models.verified_sender_request import VerifiedSenderRequest
    from sendgrid_reseller.models.verified_sender_steps import VerifiedSenderSteps
    from sendgrid_reseller.models.verified_sender_update import VerifiedSenderUpdate
    from sendgrid_reseller.models.verified_sender_warn_domains import VerifiedSenderWarnDomains
    from sendgrid_reseller.types import Response, Unset

    pass


class AsyncVerifiedSendersGroup(Group):
    """Operations under `client.verified_senders`."""

    async def list(
        self,
        *,
        limit: int | Unset = UNSET,
        last_seen_id: int | Unset = UNSET,
        id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
        page_token: str | None = None,
    ) -> AsyncPage[VerifiedSender]:
        """List verified senders.

        The account's senders, verified or pending, in id order; the next page starts after the id
        passed as lastSeenID.

        Returns the first page (or the one `page_token` names): iterate it for every record across
        pages, or use `pages()`, `has_next_page()`, `next_page()` and `next_page_token`.

        Wire request: GET /v3/verified_senders; the client adds Authorization: Bearer with the API key.

        Args:
            limit (int | Unset): Senders per page.
            last_seen_id (int | Unset): The id of the last sender of the previous page.
            id (int | Unset): Only the sender with this id.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.
            page_token (str | None): Start at the page an earlier page's `next_page_token` names.

        Returns:
            AsyncPage[VerifiedSender]: the page; its `items` are this page's records.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            page = await client.verified_senders.list()
            async for item in page:  # every record, page after page
                print(item)
        """
        from sendgrid_reseller.api.sender_verification import list_verified_senders as _endpoint

        return await _endpoint.apage(
            self._client,
            limit=limit,
            last_seen_id=last_seen_id,
            id=id,
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
        last_seen_id: int | Unset = UNSET,
        id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[VerifiedSenderList]:
        """List verified senders.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/verified_senders; the client adds Authorization: Bearer with the API key.

        Args:
            The same as `client.verified_senders.list` takes; `help()` on it describes each one.

        Returns:
            Response[VerifiedSenderList]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.verified_senders.list_detailed()
        """
        from sendgrid_reseller.api.sender_verification import list_verified_senders as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            limit=limit,
            last_seen_id=last_seen_id,
            id=id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    @overload
    async def create(
        self,
        *,
        nickname: str,
        from_email: str,
        reply_to: str,
        from_name: str | Unset = UNSET,
        reply_to_name: str | Unset = UNSET,
        address: str | Unset = UNSET,
        address2: str | Unset = UNSET,
        state: str | Unset = UNSET,
        city: str | Unset = UNSET,
        zip_: str | Unset = UNSET,
        country: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> VerifiedSender: ...

    @overload
    async def create(
        self,
        *,
        body: VerifiedSenderRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> VerifiedSender: ...

    async def create(
        self,
        *,
        nickname: str | Unset = UNSET,
        from_email: str | Unset = UNSET,
        reply_to: str | Unset = UNSET,
        from_name: str | Unset = UNSET,
        reply_to_name: str | Unset = UNSET,
        address: str | Unset = UNSET,
        address2: str | Unset = UNSET,
        state: str | Unset = UNSET,
        city: str | Unset = UNSET,
        zip_: str | Unset = UNSET,
        country: str | Unset = UNSET,
        body: VerifiedSenderRequest | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> VerifiedSender:
        """Create a verified sender request.

        Registers a From address and mails it a verification link; it can send once the link is
        followed.

        Wire request: POST /v3/verified_senders; the client adds Authorization: Bearer with the API key.

        Args:
            nickname (str): A label for the sender; not shown to recipients. Required.
            from_email (str): The `from_email` JSON field. Required.
            reply_to (str): The `reply_to` JSON field. Required.
            from_name (str | Unset): The `from_name` JSON field.
            reply_to_name (str | Unset): The `reply_to_name` JSON field.
            address (str | Unset): The `address` JSON field.
            address2 (str | Unset): The `address2` JSON field.
            state (str | Unset): The `state` JSON field.
            city (str | Unset): The `city` JSON field.
            zip_ (str | Unset): The `zip` JSON field.
            country (str | Unset): The `country` JSON field.
            body (VerifiedSenderRequest): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            VerifiedSender: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.verified_senders.create(nickname=nickname, from_email=from_email, reply_to=reply_to)
        """
        from sendgrid_reseller.api.sender_verification import create_verified_sender as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            nickname=nickname,
            from_email=from_email,
            reply_to=reply_to,
            from_name=from_name,
            reply_to_name=reply_to_name,
            address=address,
            address2=address2,
            state=state,
            city=city,
            zip_=zip_,
            country=country,
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
        nickname: str,
        from_email: str,
        reply_to: str,
        from_name: str | Unset = UNSET,
        reply_to_name: str | Unset = UNSET,
        address: str | Unset = UNSET,
        address2: str | Unset = UNSET,
        state: str | Unset = UNSET,
        city: str | Unset = UNSET,
        zip_: str | Unset = UNSET,
        country: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[VerifiedSender]: ...

    @overload
    async def create_detailed(
        self,
        *,
        body: VerifiedSenderRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[VerifiedSender]: ...

    async def create_detailed(
        self,
        *,
        nickname: str | Unset = UNSET,
        from_email: str | Unset = UNSET,
        reply_to: str | Unset = UNSET,
        from_name: str | Unset = UNSET,
        reply_to_name: str | Unset = UNSET,
        address: str | Unset = UNSET,
        address2: str | Unset = UNSET,
        state: str | Unset = UNSET,
        city: str | Unset = UNSET,
        zip_: str | Unset = UNSET,
        country: str | Unset = UNSET,
        body: VerifiedSenderRequest | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[VerifiedSender]:
        """Create a verified sender request.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /v3/verified_senders; the client adds Authorization: Bearer with the API key.

        Args:
            The same as `client.verified_senders.create` takes; `help()` on it describes each one.

        Returns:
            Response[VerifiedSender]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.verified_senders.create_detailed(nickname=nickname, from_email=from_email, reply_to=reply_to)
        """
        from sendgrid_reseller.api.sender_verification import create_verified_sender as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            nickname=nickname,
            from_email=from_email,
            reply_to=reply_to,
            from_name=from_name,
            reply_to_name=reply_to_name,
            address=address,
            address2=address2,
            state=state,
            city=city,
            zip_=zip_,
            country=country,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def delete(
        self,
        id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Any:
        """Delete a verified sender.

        Removes the sender; mail from its address is no longer accepted.

        Wire request: DELETE /v3/verified_senders/{id}; the client adds Authorization: Bearer with the
        API key.

        Args:
            id (int): The `id` path segment. Required.
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

            result = await client.verified_senders.delete(id)
        """
        from sendgrid_reseller.api.sender_verification import delete_verified_sender as _endpoint

        return await _endpoint.asyncio(
            self._client,
            id,
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[Any]:
        """Delete a verified sender.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: DELETE /v3/verified_senders/{id}; the client adds Authorization: Bearer with the
        API key.

        Args:
            The same as `client.verified_senders.delete` takes; `help()` on it describes each one.

        Returns:
            Response[Any]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.verified_senders.delete_detailed(id)
        """
        from sendgrid_reseller.api.sender_verification import delete_verified_sender as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def update(
        self,
        id: int,
        *,
        nickname: str | Unset = UNSET,
        from_email: str | Unset = UNSET,
        from_name: str | Unset = UNSET,
        reply_to: str | Unset = UNSET,
        reply_to_name: str | Unset = UNSET,
        address: str | Unset = UNSET,
        address2: str | Unset = UNSET,
        state: str | Unset = UNSET,
        city: str | Unset = UNSET,
        zip_: str | Unset = UNSET,
        country: str | Unset = UNSET,
        body: VerifiedSenderUpdate | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> VerifiedSender:
        """Edit a verified sender.

        Changes the sender's details; a changed From address must be verified again.

        Wire request: PATCH /v3/verified_senders/{id}; the client adds Authorization: Bearer with the
        API key.

        Args:
            id (int): The `id` path segment. Required.
            nickname (str | Unset): A label for the sender; not shown to recipients.
            from_email (str | Unset): The `from_email` JSON field.
            from_name (str | Unset): The `from_name` JSON field.
            reply_to (str | Unset): The `reply_to` JSON field.
            reply_to_name (str | Unset): The `reply_to_name` JSON field.
            address (str | Unset): The `address` JSON field.
            address2 (str | Unset): The `address2` JSON field.
            state (str | Unset): The `state` JSON field.
            city (str | Unset): The `city` JSON field.
            zip_ (str | Unset): The `zip` JSON field.
            country (str | Unset): The `country` JSON field.
            body (VerifiedSenderUpdate): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            VerifiedSender: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.verified_senders.update(id)
        """
        from sendgrid_reseller.api.sender_verification import update_verified_sender as _endpoint

        return await _endpoint.asyncio(
            self._client,
            id,
            nickname=nickname,
            from_email=from_email,
            from_name=from_name,
            reply_to=reply_to,
            reply_to_name=reply_to_name,
            address=address,
            address2=address2,
            state=state,
            city=city,
            zip_=zip_,
            country=country,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def update_detailed(
        self,
        id: int,
        *,
        nickname: str | Unset = UNSET,
        from_email: str | Unset = UNSET,
        from_name: str | Unset = UNSET,
        reply_to: str | Unset = UNSET,
        reply_to_name: str | Unset = UNSET,
        address: str | Unset = UNSET,
        address2: str | Unset = UNSET,
        state: str | Unset = UNSET,
        city: str | Unset = UNSET,
        zip_: str | Unset = UNSET,
        country: str | Unset = UNSET,
        body: VerifiedSenderUpdate | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[VerifiedSender]:
        """Edit a verified sender.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: PATCH /v3/verified_senders/{id}; the client adds Authorization: Bearer with the
        API key.

        Args:
            The same as `client.verified_senders.update` takes; `help()` on it describes each one.

        Returns:
            Response[VerifiedSender]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.verified_senders.update_detailed(id)
        """
        from sendgrid_reseller.api.sender_verification import update_verified_sender as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            id,
            nickname=nickname,
            from_email=from_email,
            from_name=from_name,
            reply_to=reply_to,
            reply_to_name=reply_to_name,
            address=address,
            address2=address2,
            state=state,
            city=city,
            zip_=zip_,
            country=country,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def warn_domains(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> VerifiedSenderWarnDomains:
        """Domains that are poor single senders.

        Mailbox-provider domains whose DMARC policy hurts (soft) or blocks (hard) delivery of mail sent
        from their addresses through SendGrid.

        Wire request: GET /v3/verified_senders/domains; the client adds Authorization: Bearer with the
        API key.

        Args:
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            VerifiedSenderWarnDomains: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.verified_senders.warn_domains()
        """
        from sendgrid_reseller.api.sender_verification import list_verified_sender_warn_domains as _endpoint

        return await _endpoint.asyncio(
            self._client, extra_headers=extra_headers, extra_query=extra_query, timeout=timeout, options=options
        )

    async def warn_domains_detailed(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[VerifiedSenderWarnDomains]:
        """Domains that are poor single senders.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/verified_senders/domains; the client adds Authorization: Bearer with the
        API key.

        Args:
            The same as `client.verified_senders.warn_domains` takes; `help()` on it describes each one.

        Returns:
            Response[VerifiedSenderWarnDomains]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.verified_senders.warn_domains_detailed()
        """
        from sendgrid_reseller.api.sender_verification import list_verified_sender_warn_domains as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client, extra_headers=extra_headers, extra_query=extra_query, timeout=timeout, options=options
        )

    async def resend(
        self,
        id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Any:
        """Resend the verification mail.

        Mails the sender's verification link again.

        Wire request: POST /v3/verified_senders/resend/{id}; the client adds Authorization: Bearer with
        the API key.

        Args:
            id (int): The `id` path segment. Required.
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

            result = await client.verified_senders.resend(id)
        """
        from sendgrid_reseller.api.sender_verification import resend_verified_sender as _endpoint

        return await _endpoint.asyncio(
            self._client,
            id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def resend_detailed(
        self,
        id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[Any]:
        """Resend the verification mail.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /v3/verified_senders/resend/{id}; the client adds Authorization: Bearer with
        the API key.

        Args:
            The same as `client.verified_senders.resend` takes; `help()` on it describes each one.

        Returns:
            Response[Any]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.verified_senders.resend_detailed(id)
        """
        from sendgrid_reseller.api.sender_verification import resend_verified_sender as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def steps_completed(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> VerifiedSenderSteps:
        """Sender set-up progress.

        Whether the account has verified a single sender and whether it has authenticated a domain.

        Wire request: GET /v3/verified_senders/steps_completed; the client adds Authorization: Bearer
        with the API key.

        Args:
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            VerifiedSenderSteps: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.verified_senders.steps_completed()
        """
        from sendgrid_reseller.api.sender_verification import get_verified_sender_steps as _endpoint

        return await _endpoint.asyncio(
            self._client, extra_headers=extra_headers, extra_query=extra_query, timeout=timeout, options=options
        )

    async def steps_completed_detailed(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[VerifiedSenderSteps]:
        """Sender set-up progress.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/verified_senders/steps_completed; the client adds Authorization: Bearer
        with the API key.

        Args:
            The same as `client.verified_senders.steps_completed` takes; `help()` on it describes each one.

        Returns:
            Response[VerifiedSenderSteps]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.verified_senders.steps_completed_detailed()
        """
        from sendgrid_reseller.api.sender_verification import get_verified_sender_steps as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client, extra_headers=extra_headers, extra_query=extra_query, timeout=timeout, options=options
        )

    async def verify(
        self,
        token: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Any:
        """Verify a sender by its token.

        Completes verification with the token from the link SendGrid mailed to the sender.

        Wire request: GET /v3/verified_senders/verify/{token}; the client adds Authorization: Bearer
        with the API key.

        Args:
            token (str): The `token` path segment. Required.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Any: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.verified_senders.verify(token)
        """
        from sendgrid_reseller.api.sender_verification import verify_sender_token as _endpoint

        return await _endpoint.asyncio(
            self._client, token, extra_headers=extra_headers, extra_query=extra_query, timeout=timeout, options=options
        )

    async def verify_detailed(
        self,
        token: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[Any]:
        """Verify a sender by its token.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/verified_senders/verify/{token}; the client adds Authorization: Bearer
        with the API key.

        Args:
            The same as `client.verified_senders.verify` takes; `help()` on it describes each one.

        Returns:
            Response[Any]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.verified_senders.verify_detailed(token)
        """
        from sendgrid_reseller.api.sender_verification import verify_sender_token as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client, token, extra_headers=extra_headers, extra_query=extra_query, timeout=timeout, options=options
        )
