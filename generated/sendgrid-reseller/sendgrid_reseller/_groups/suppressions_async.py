# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""The `client.suppressions` operations of `AsyncSendGrid`: group classes, imported on first use.

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
    import datetime
    from collections.abc import AsyncIterator, Mapping
    from typing import Any

    import httpx

    from sendgrid_reseller._runtime.options import RequestOptions
    from sendgrid_reseller._runtime.page import AsyncPage
    from sendgrid_reseller.models.address_suppression_groups import AddressSuppressionGroups
    from sendgrid_reseller.models.block import Block
    from sendgrid_reseller.models.bounce import Bounce
    from sendgrid_reseller.models.bounce_classification import BounceClassification
    from sendgrid_reseller.models.bounce_classification_domains import BounceClassificationDomains
    from sendgrid_reseller.models.bounce_classification_totals import BounceClassificationTotals
    from sendgrid_reseller.models.global_unsubscribe import GlobalUnsubscribe
    from sendgrid_reseller.models.global_unsubscribe_lookup import GlobalUnsubscribeLookup
    from sendgrid_reseller.models.group_suppression import GroupSuppression
    from sendgrid_reseller.models.invalid_email import InvalidEmail
    from sendgrid_reseller.models.recipient_email_list import RecipientEmailList
    from sendgrid_reseller.models.spam_report import SpamReport
    from sendgrid_reseller.models.suppression_delete_request import SuppressionDeleteRequest
    from sendgrid_reseller.models.suppression_group import SuppressionGroup
    from sendgrid_reseller.models.suppression_group_create import SuppressionGroupCreate
    from sendgrid_reseller.models.suppression_group_update import SuppressionGroupUpdate
    from sendgrid_reseller.types import Response, Unset

    pass


class AsyncSuppressionsGroupsSuppressionsGroup(Group):
    """Operations under `client.suppressions.groups.suppressions`."""

    async def list(
        self,
        group_id: int,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> builtins.list[str]:
        """List the addresses of an unsubscribe group.

        Every address unsubscribed from the group.

        Wire request: GET /v3/asm/groups/{group_id}/suppressions; the client adds Authorization: Bearer
        with the API key.

        Args:
            group_id (int): The `group_id` path segment. Required.
            on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
                of the v2 "user" field.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            list[str]: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.suppressions.groups.suppressions.list(group_id)
        """
        from sendgrid_reseller.api.suppressions import list_group_suppressions as _endpoint

        return await _endpoint.asyncio(
            self._client,
            group_id,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    async def list_detailed(
        self,
        group_id: int,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[builtins.list[str]]:
        """List the addresses of an unsubscribe group.

        Every address unsubscribed from the group.

        Wire request: GET /v3/asm/groups/{group_id}/suppressions; the client adds Authorization: Bearer
        with the API key.

        Args:
            group_id (int): The `group_id` path segment. Required.
            on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
                of the v2 "user" field.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Response[list[str]]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.suppressions.groups.suppressions.list_detailed(group_id)
        """
        from sendgrid_reseller.api.suppressions import list_group_suppressions as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            group_id,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    @overload
    async def add(
        self,
        group_id: int,
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
        group_id: int,
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
        group_id: int,
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
        """Add addresses to an unsubscribe group.

        Unsubscribes the addresses from the group (from everything, if the group does not exist).

        Wire request: POST /v3/asm/groups/{group_id}/suppressions; the client adds Authorization: Bearer
        with the API key.

        Args:
            group_id (int): The `group_id` path segment. Required.
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

            result = await client.suppressions.groups.suppressions.add(group_id, recipient_emails=recipient_emails)
        """
        from sendgrid_reseller.api.suppressions import add_group_suppressions as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            group_id,
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
        group_id: int,
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
        group_id: int,
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
        group_id: int,
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
        """Add addresses to an unsubscribe group.

        Unsubscribes the addresses from the group (from everything, if the group does not exist).

        Wire request: POST /v3/asm/groups/{group_id}/suppressions; the client adds Authorization: Bearer
        with the API key.

        Args:
            group_id (int): The `group_id` path segment. Required.
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
            Response[RecipientEmailList]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.suppressions.groups.suppressions.add_detailed(group_id, recipient_emails=recipient_emails)
        """
        from sendgrid_reseller.api.suppressions import add_group_suppressions as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            group_id,
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
    async def search(
        self,
        group_id: int,
        *,
        recipient_emails: builtins.list[str],
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> builtins.list[str]: ...

    @overload
    async def search(
        self,
        group_id: int,
        *,
        body: RecipientEmailList,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> builtins.list[str]: ...

    async def search(
        self,
        group_id: int,
        *,
        recipient_emails: builtins.list[str] | Unset = UNSET,
        body: RecipientEmailList | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> builtins.list[str]:
        """Which of these addresses are in an unsubscribe group.

        Returns the subset of the given addresses that are unsubscribed from the group.

        Wire request: POST /v3/asm/groups/{group_id}/suppressions/search; the client adds Authorization:
        Bearer with the API key.

        Args:
            group_id (int): The `group_id` path segment. Required.
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
            list[str]: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.suppressions.groups.suppressions.search(group_id, recipient_emails=recipient_emails)
        """
        from sendgrid_reseller.api.suppressions import search_group_suppressions as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            group_id,
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
    async def search_detailed(
        self,
        group_id: int,
        *,
        recipient_emails: builtins.list[str],
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[builtins.list[str]]: ...

    @overload
    async def search_detailed(
        self,
        group_id: int,
        *,
        body: RecipientEmailList,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[builtins.list[str]]: ...

    async def search_detailed(
        self,
        group_id: int,
        *,
        recipient_emails: builtins.list[str] | Unset = UNSET,
        body: RecipientEmailList | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[builtins.list[str]]:
        """Which of these addresses are in an unsubscribe group.

        Returns the subset of the given addresses that are unsubscribed from the group.

        Wire request: POST /v3/asm/groups/{group_id}/suppressions/search; the client adds Authorization:
        Bearer with the API key.

        Args:
            group_id (int): The `group_id` path segment. Required.
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
            Response[list[str]]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.suppressions.groups.suppressions.search_detailed(group_id, recipient_emails=recipient_emails)
        """
        from sendgrid_reseller.api.suppressions import search_group_suppressions as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            group_id,
            recipient_emails=recipient_emails,
            body=body,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def delete(
        self,
        group_id: int,
        email: str,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Any:
        """Remove an address from an unsubscribe group.

        Resubscribes the address to the group's mail.

        Wire request: DELETE /v3/asm/groups/{group_id}/suppressions/{email}; the client adds
        Authorization: Bearer with the API key.

        Args:
            group_id (int): The `group_id` path segment. Required.
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

            result = await client.suppressions.groups.suppressions.delete(group_id, email)
        """
        from sendgrid_reseller.api.suppressions import delete_group_suppression as _endpoint

        return await _endpoint.asyncio(
            self._client,
            group_id,
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
        group_id: int,
        email: str,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[Any]:
        """Remove an address from an unsubscribe group.

        Resubscribes the address to the group's mail.

        Wire request: DELETE /v3/asm/groups/{group_id}/suppressions/{email}; the client adds
        Authorization: Bearer with the API key.

        Args:
            group_id (int): The `group_id` path segment. Required.
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
            Response[Any]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.suppressions.groups.suppressions.delete_detailed(group_id, email)
        """
        from sendgrid_reseller.api.suppressions import delete_group_suppression as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            group_id,
            email,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )


class AsyncSuppressionsGroupsGroup(Group):
    """Operations under `client.suppressions.groups`."""

    @cached_property
    def suppressions(self) -> AsyncSuppressionsGroupsSuppressionsGroup:
        return AsyncSuppressionsGroupsSuppressionsGroup(self._client)

    async def list(
        self,
        *,
        id: builtins.list[int] | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> builtins.list[SuppressionGroup]:
        """List unsubscribe groups.

        Every unsubscribe group of the account, or only those whose ids are given.

        Wire request: GET /v3/asm/groups; the client adds Authorization: Bearer with the API key.

        Args:
            id (list[int] | Unset): Only these group ids; repeat the key for several.
            on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
                of the v2 "user" field.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            list[SuppressionGroup]: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.suppressions.groups.list()
        """
        from sendgrid_reseller.api.suppressions import list_suppression_groups as _endpoint

        return await _endpoint.asyncio(
            self._client,
            id=id,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    async def list_detailed(
        self,
        *,
        id: builtins.list[int] | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[builtins.list[SuppressionGroup]]:
        """List unsubscribe groups.

        Every unsubscribe group of the account, or only those whose ids are given.

        Wire request: GET /v3/asm/groups; the client adds Authorization: Bearer with the API key.

        Args:
            id (list[int] | Unset): Only these group ids; repeat the key for several.
            on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
                of the v2 "user" field.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Response[list[SuppressionGroup]]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.suppressions.groups.list_detailed()
        """
        from sendgrid_reseller.api.suppressions import list_suppression_groups as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            id=id,
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
        name: str,
        description: str,
        is_default: bool | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> SuppressionGroup: ...

    @overload
    async def create(
        self,
        *,
        body: SuppressionGroupCreate,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> SuppressionGroup: ...

    async def create(
        self,
        *,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        is_default: bool | Unset = UNSET,
        body: SuppressionGroupCreate | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> SuppressionGroup:
        """Create an unsubscribe group.

        Adds an unsubscribe (ASM) group that recipients can opt out of on its own.

        Wire request: POST /v3/asm/groups; the client adds Authorization: Bearer with the API key.

        Args:
            name (str): The `name` JSON field. Required.
            description (str): The `description` JSON field. Required.
            is_default (bool | Unset): The `is_default` JSON field.
            body (SuppressionGroupCreate): The whole request as one model, instead of the
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
            SuppressionGroup: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.suppressions.groups.create(name=name, description=description)
        """
        from sendgrid_reseller.api.suppressions import create_suppression_group as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            name=name,
            description=description,
            is_default=is_default,
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
        name: str,
        description: str,
        is_default: bool | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[SuppressionGroup]: ...

    @overload
    async def create_detailed(
        self,
        *,
        body: SuppressionGroupCreate,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[SuppressionGroup]: ...

    async def create_detailed(
        self,
        *,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        is_default: bool | Unset = UNSET,
        body: SuppressionGroupCreate | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[SuppressionGroup]:
        """Create an unsubscribe group.

        Adds an unsubscribe (ASM) group that recipients can opt out of on its own.

        Wire request: POST /v3/asm/groups; the client adds Authorization: Bearer with the API key.

        Args:
            name (str): The `name` JSON field. Required.
            description (str): The `description` JSON field. Required.
            is_default (bool | Unset): The `is_default` JSON field.
            body (SuppressionGroupCreate): The whole request as one model, instead of the
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
            Response[SuppressionGroup]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.suppressions.groups.create_detailed(name=name, description=description)
        """
        from sendgrid_reseller.api.suppressions import create_suppression_group as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            name=name,
            description=description,
            is_default=is_default,
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
        group_id: int,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> SuppressionGroup:
        """Get an unsubscribe group.

        One unsubscribe group with its unsubscribe count.

        Wire request: GET /v3/asm/groups/{group_id}; the client adds Authorization: Bearer with the API
        key.

        Args:
            group_id (int): The `group_id` path segment. Required.
            on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
                of the v2 "user" field.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            SuppressionGroup: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.suppressions.groups.get(group_id)
        """
        from sendgrid_reseller.api.suppressions import get_suppression_group as _endpoint

        return await _endpoint.asyncio(
            self._client,
            group_id,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    async def get_detailed(
        self,
        group_id: int,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[SuppressionGroup]:
        """Get an unsubscribe group.

        One unsubscribe group with its unsubscribe count.

        Wire request: GET /v3/asm/groups/{group_id}; the client adds Authorization: Bearer with the API
        key.

        Args:
            group_id (int): The `group_id` path segment. Required.
            on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
                of the v2 "user" field.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Response[SuppressionGroup]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.suppressions.groups.get_detailed(group_id)
        """
        from sendgrid_reseller.api.suppressions import get_suppression_group as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            group_id,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    async def delete(
        self,
        group_id: int,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Any:
        """Delete an unsubscribe group.

        Removes the group; its members receive that mail again, and one-click unsubscribes from old
        messages of the group land on the global list.

        Wire request: DELETE /v3/asm/groups/{group_id}; the client adds Authorization: Bearer with the
        API key.

        Args:
            group_id (int): The `group_id` path segment. Required.
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

            result = await client.suppressions.groups.delete(group_id)
        """
        from sendgrid_reseller.api.suppressions import delete_suppression_group as _endpoint

        return await _endpoint.asyncio(
            self._client,
            group_id,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def delete_detailed(
        self,
        group_id: int,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[Any]:
        """Delete an unsubscribe group.

        Removes the group; its members receive that mail again, and one-click unsubscribes from old
        messages of the group land on the global list.

        Wire request: DELETE /v3/asm/groups/{group_id}; the client adds Authorization: Bearer with the
        API key.

        Args:
            group_id (int): The `group_id` path segment. Required.
            on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
                of the v2 "user" field.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Response[Any]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.suppressions.groups.delete_detailed(group_id)
        """
        from sendgrid_reseller.api.suppressions import delete_suppression_group as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            group_id,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def update(
        self,
        group_id: int,
        *,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        is_default: bool | Unset = UNSET,
        body: SuppressionGroupUpdate | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> SuppressionGroup:
        """Update an unsubscribe group.

        Changes a group's name, description or default flag. SendGrid answers 201 here.

        Wire request: PATCH /v3/asm/groups/{group_id}; the client adds Authorization: Bearer with the
        API key.

        Args:
            group_id (int): The `group_id` path segment. Required.
            name (str | Unset): The `name` JSON field.
            description (str | Unset): The `description` JSON field.
            is_default (bool | Unset): The `is_default` JSON field.
            body (SuppressionGroupUpdate): The whole request as one model, instead of the
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
            SuppressionGroup: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.suppressions.groups.update(group_id)
        """
        from sendgrid_reseller.api.suppressions import update_suppression_group as _endpoint

        return await _endpoint.asyncio(
            self._client,
            group_id,
            name=name,
            description=description,
            is_default=is_default,
            body=body,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def update_detailed(
        self,
        group_id: int,
        *,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        is_default: bool | Unset = UNSET,
        body: SuppressionGroupUpdate | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[SuppressionGroup]:
        """Update an unsubscribe group.

        Changes a group's name, description or default flag. SendGrid answers 201 here.

        Wire request: PATCH /v3/asm/groups/{group_id}; the client adds Authorization: Bearer with the
        API key.

        Args:
            group_id (int): The `group_id` path segment. Required.
            name (str | Unset): The `name` JSON field.
            description (str | Unset): The `description` JSON field.
            is_default (bool | Unset): The `is_default` JSON field.
            body (SuppressionGroupUpdate): The whole request as one model, instead of the
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
            Response[SuppressionGroup]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.suppressions.groups.update_detailed(group_id)
        """
        from sendgrid_reseller.api.suppressions import update_suppression_group as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            group_id,
            name=name,
            description=description,
            is_default=is_default,
            body=body,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def list_all_suppressions(
        self,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> builtins.list[GroupSuppression]:
        """List every group unsubscribe.

        Every address in any unsubscribe group, with the group and when it was added.

        Wire request: GET /v3/asm/suppressions; the client adds Authorization: Bearer with the API key.

        Args:
            on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
                of the v2 "user" field.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            list[GroupSuppression]: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.suppressions.groups.list_all_suppressions()
        """
        from sendgrid_reseller.api.suppressions import list_all_group_suppressions as _endpoint

        return await _endpoint.asyncio(
            self._client,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    async def list_all_suppressions_detailed(
        self,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[builtins.list[GroupSuppression]]:
        """List every group unsubscribe.

        Every address in any unsubscribe group, with the group and when it was added.

        Wire request: GET /v3/asm/suppressions; the client adds Authorization: Bearer with the API key.

        Args:
            on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
                of the v2 "user" field.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Response[list[GroupSuppression]]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.suppressions.groups.list_all_suppressions_detailed()
        """
        from sendgrid_reseller.api.suppressions import list_all_group_suppressions as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    async def for_address(
        self,
        email: str,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> AddressSuppressionGroups:
        """The unsubscribe groups of one address.

        Every unsubscribe group, each marked with whether the address is unsubscribed from it.

        Wire request: GET /v3/asm/suppressions/{email}; the client adds Authorization: Bearer with the
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
            AddressSuppressionGroups: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.suppressions.groups.for_address(email)
        """
        from sendgrid_reseller.api.suppressions import get_address_suppression_groups as _endpoint

        return await _endpoint.asyncio(
            self._client,
            email,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    async def for_address_detailed(
        self,
        email: str,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[AddressSuppressionGroups]:
        """The unsubscribe groups of one address.

        Every unsubscribe group, each marked with whether the address is unsubscribed from it.

        Wire request: GET /v3/asm/suppressions/{email}; the client adds Authorization: Bearer with the
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
            Response[AddressSuppressionGroups]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.suppressions.groups.for_address_detailed(email)
        """
        from sendgrid_reseller.api.suppressions import get_address_suppression_groups as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            email,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )


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

        The global unsubscribe list, a page at a time (limit/offset, Link header).

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

        The global unsubscribe list, a page at a time (limit/offset, Link header).

        Yields one `Response` per page, following the Link header's rel="next"; the next page is
        requested only when the previous one has been consumed.

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

        The global unsubscribe list, a page at a time (limit/offset, Link header).

        Yields every record of the list, across all pages (one page in memory at a time).

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

        Addresses whose receiving server refused mail for a non-permanent reason, a page at a time.

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

        Addresses whose receiving server refused mail for a non-permanent reason, a page at a time.

        Yields one `Response` per page, following the Link header's rel="next"; the next page is
        requested only when the previous one has been consumed.

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

        Addresses whose receiving server refused mail for a non-permanent reason, a page at a time.

        Yields every record of the list, across all pages (one page in memory at a time).

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


class AsyncSuppressionsBouncesGroup(Group):
    """Operations under `client.suppressions.bounces`."""

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
    ) -> AsyncPage[Bounce]:
        """List bounces.

        Addresses whose receiving server rejected mail permanently, a page at a time.

        Returns the first page (or the one `page_token` names): iterate it for every record across
        pages, or use `pages()`, `has_next_page()`, `next_page()` and `next_page_token`.

        Wire request: GET /v3/suppression/bounces; the client adds Authorization: Bearer with the API
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
            AsyncPage[Bounce]: the page; its `items` are this page's records.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            page = await client.suppressions.bounces.list()
            async for item in page:  # every record, page after page
                print(item)
        """
        from sendgrid_reseller.api.suppressions import list_bounces as _endpoint

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
    ) -> Response[builtins.list[Bounce]]:
        """List bounces.

        Addresses whose receiving server rejected mail permanently, a page at a time.

        Wire request: GET /v3/suppression/bounces; the client adds Authorization: Bearer with the API
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

        Returns:
            Response[list[Bounce]]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.suppressions.bounces.list_detailed()
        """
        from sendgrid_reseller.api.suppressions import list_bounces as _endpoint

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
    ) -> AsyncIterator[Response[builtins.list[Bounce]]]:
        """List bounces.

        Addresses whose receiving server rejected mail permanently, a page at a time.

        Yields one `Response` per page, following the Link header's rel="next"; the next page is
        requested only when the previous one has been consumed.

        Wire request: GET /v3/suppression/bounces; the client adds Authorization: Bearer with the API
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

        Returns:
            Iterator of Response[list[Bounce]]: each page with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            async for page in client.suppressions.bounces.list_pages():
                print(page.status_code, len(page.parsed))
        """
        from sendgrid_reseller.api.suppressions import list_bounces as _endpoint

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
    ) -> AsyncIterator[Bounce]:
        """List bounces.

        Addresses whose receiving server rejected mail permanently, a page at a time.

        Yields every record of the list, across all pages (one page in memory at a time).

        Wire request: GET /v3/suppression/bounces; the client adds Authorization: Bearer with the API
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

        Returns:
            Iterator of Bounce: each record.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            async for item in client.suppressions.bounces.list_items():
                print(item)
        """
        from sendgrid_reseller.api.suppressions import list_bounces as _endpoint

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
        """Delete bounces.

        Removes the listed addresses from the bounce list, or all of them with delete_all (never both).

        Wire request: DELETE /v3/suppression/bounces; the client adds Authorization: Bearer with the API
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

            result = await client.suppressions.bounces.delete_many()
        """
        from sendgrid_reseller.api.suppressions import delete_bounces as _endpoint

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
        """Delete bounces.

        Removes the listed addresses from the bounce list, or all of them with delete_all (never both).

        Wire request: DELETE /v3/suppression/bounces; the client adds Authorization: Bearer with the API
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
            Response[Any]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.suppressions.bounces.delete_many_detailed()
        """
        from sendgrid_reseller.api.suppressions import delete_bounces as _endpoint

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
    ) -> builtins.list[Bounce]:
        """Get a bounce.

        The bounce record of one address (a list of zero or one record).

        Wire request: GET /v3/suppression/bounces/{email}; the client adds Authorization: Bearer with
        the API key.

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
            list[Bounce]: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.suppressions.bounces.get(email)
        """
        from sendgrid_reseller.api.suppressions import get_bounce as _endpoint

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
    ) -> Response[builtins.list[Bounce]]:
        """Get a bounce.

        The bounce record of one address (a list of zero or one record).

        Wire request: GET /v3/suppression/bounces/{email}; the client adds Authorization: Bearer with
        the API key.

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
            Response[list[Bounce]]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.suppressions.bounces.get_detailed(email)
        """
        from sendgrid_reseller.api.suppressions import get_bounce as _endpoint

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
        """Delete a bounce.

        Removes one address from the bounce list.

        Wire request: DELETE /v3/suppression/bounces/{email}; the client adds Authorization: Bearer with
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

            result = await client.suppressions.bounces.delete(email)
        """
        from sendgrid_reseller.api.suppressions import delete_bounce as _endpoint

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
        """Delete a bounce.

        Removes one address from the bounce list.

        Wire request: DELETE /v3/suppression/bounces/{email}; the client adds Authorization: Bearer with
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
            Response[Any]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.suppressions.bounces.delete_detailed(email)
        """
        from sendgrid_reseller.api.suppressions import delete_bounce as _endpoint

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

    async def classification_totals(
        self,
        *,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> BounceClassificationTotals:
        """Bounces per classification per day.

        For each day, how many bounces fell in each classification, largest first. (SendGrid also serves
        CSV for Accept text/csv; only the JSON form is described.).

        Wire request: GET /v3/suppression/bounces/classifications; the client adds Authorization: Bearer
        with the API key.

        Args:
            start_date (datetime.date | Unset): First day (YYYY-MM-DD, inclusive).
            end_date (datetime.date | Unset): Last day (YYYY-MM-DD, inclusive).
            on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
                of the v2 "user" field.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            BounceClassificationTotals: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.suppressions.bounces.classification_totals()
        """
        from sendgrid_reseller.api.suppressions import get_bounce_classification_totals as _endpoint

        return await _endpoint.asyncio(
            self._client,
            start_date=start_date,
            end_date=end_date,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    async def classification_totals_detailed(
        self,
        *,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[BounceClassificationTotals]:
        """Bounces per classification per day.

        For each day, how many bounces fell in each classification, largest first. (SendGrid also serves
        CSV for Accept text/csv; only the JSON form is described.).

        Wire request: GET /v3/suppression/bounces/classifications; the client adds Authorization: Bearer
        with the API key.

        Args:
            start_date (datetime.date | Unset): First day (YYYY-MM-DD, inclusive).
            end_date (datetime.date | Unset): Last day (YYYY-MM-DD, inclusive).
            on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
                of the v2 "user" field.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Response[BounceClassificationTotals]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.suppressions.bounces.classification_totals_detailed()
        """
        from sendgrid_reseller.api.suppressions import get_bounce_classification_totals as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            start_date=start_date,
            end_date=end_date,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    async def classification_domains(
        self,
        classification: BounceClassification,
        *,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> BounceClassificationDomains:
        """Bounces of one classification per receiving domain per day.

        For each day, how many bounces of the classification each receiving domain produced.

        Wire request: GET /v3/suppression/bounces/classifications/{classification}; the client adds
        Authorization: Bearer with the API key.

        Args:
            classification (BounceClassification): The `classification` path segment. Required.
            start_date (datetime.date | Unset): First day (YYYY-MM-DD, inclusive).
            end_date (datetime.date | Unset): Last day (YYYY-MM-DD, inclusive).
            on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
                of the v2 "user" field.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            BounceClassificationDomains: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.suppressions.bounces.classification_domains(classification)
        """
        from sendgrid_reseller.api.suppressions import get_bounce_classification_domains as _endpoint

        return await _endpoint.asyncio(
            self._client,
            classification,
            start_date=start_date,
            end_date=end_date,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    async def classification_domains_detailed(
        self,
        classification: BounceClassification,
        *,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[BounceClassificationDomains]:
        """Bounces of one classification per receiving domain per day.

        For each day, how many bounces of the classification each receiving domain produced.

        Wire request: GET /v3/suppression/bounces/classifications/{classification}; the client adds
        Authorization: Bearer with the API key.

        Args:
            classification (BounceClassification): The `classification` path segment. Required.
            start_date (datetime.date | Unset): First day (YYYY-MM-DD, inclusive).
            end_date (datetime.date | Unset): Last day (YYYY-MM-DD, inclusive).
            on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
                of the v2 "user" field.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Response[BounceClassificationDomains]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.suppressions.bounces.classification_domains_detailed(classification)
        """
        from sendgrid_reseller.api.suppressions import get_bounce_classification_domains as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            classification,
            start_date=start_date,
            end_date=end_date,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )


class AsyncSuppressionsInvalidEmailsGroup(Group):
    """Operations under `client.suppressions.invalid_emails`."""

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
    ) -> AsyncPage[InvalidEmail]:
        """List invalid emails.

        Addresses found malformed or unknown to their mail domain, a page at a time.

        Returns the first page (or the one `page_token` names): iterate it for every record across
        pages, or use `pages()`, `has_next_page()`, `next_page()` and `next_page_token`.

        Wire request: GET /v3/suppression/invalid_emails; the client adds Authorization: Bearer with the
        API key.

        Args:
            start_time (int | Unset): Only records created at or after this Unix time (seconds).
            end_time (int | Unset): Only records created at or before this Unix time (seconds).
            limit (int | Unset): Records to return in one page. The default and the maximum are both
                500.
            offset (int | Unset): Records to skip before the first one returned.
            email (str | Unset): Only records for this address.
            on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
                of the v2 "user" field.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.
            page_token (str | None): Start at the page an earlier page's `next_page_token` names.

        Returns:
            AsyncPage[InvalidEmail]: the page; its `items` are this page's records.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            page = await client.suppressions.invalid_emails.list()
            async for item in page:  # every record, page after page
                print(item)
        """
        from sendgrid_reseller.api.suppressions import list_invalid_emails as _endpoint

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
    ) -> Response[builtins.list[InvalidEmail]]:
        """List invalid emails.

        Addresses found malformed or unknown to their mail domain, a page at a time.

        Wire request: GET /v3/suppression/invalid_emails; the client adds Authorization: Bearer with the
        API key.

        Args:
            start_time (int | Unset): Only records created at or after this Unix time (seconds).
            end_time (int | Unset): Only records created at or before this Unix time (seconds).
            limit (int | Unset): Records to return in one page. The default and the maximum are both
                500.
            offset (int | Unset): Records to skip before the first one returned.
            email (str | Unset): Only records for this address.
            on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
                of the v2 "user" field.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Response[list[InvalidEmail]]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.suppressions.invalid_emails.list_detailed()
        """
        from sendgrid_reseller.api.suppressions import list_invalid_emails as _endpoint

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
    ) -> AsyncIterator[Response[builtins.list[InvalidEmail]]]:
        """List invalid emails.

        Addresses found malformed or unknown to their mail domain, a page at a time.

        Yields one `Response` per page, following the Link header's rel="next"; the next page is
        requested only when the previous one has been consumed.

        Wire request: GET /v3/suppression/invalid_emails; the client adds Authorization: Bearer with the
        API key.

        Args:
            start_time (int | Unset): Only records created at or after this Unix time (seconds).
            end_time (int | Unset): Only records created at or before this Unix time (seconds).
            limit (int | Unset): Records to return in one page. The default and the maximum are both
                500.
            offset (int | Unset): Records to skip before the first one returned.
            email (str | Unset): Only records for this address.
            on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
                of the v2 "user" field.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Iterator of Response[list[InvalidEmail]]: each page with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            async for page in client.suppressions.invalid_emails.list_pages():
                print(page.status_code, len(page.parsed))
        """
        from sendgrid_reseller.api.suppressions import list_invalid_emails as _endpoint

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
    ) -> AsyncIterator[InvalidEmail]:
        """List invalid emails.

        Addresses found malformed or unknown to their mail domain, a page at a time.

        Yields every record of the list, across all pages (one page in memory at a time).

        Wire request: GET /v3/suppression/invalid_emails; the client adds Authorization: Bearer with the
        API key.

        Args:
            start_time (int | Unset): Only records created at or after this Unix time (seconds).
            end_time (int | Unset): Only records created at or before this Unix time (seconds).
            limit (int | Unset): Records to return in one page. The default and the maximum are both
                500.
            offset (int | Unset): Records to skip before the first one returned.
            email (str | Unset): Only records for this address.
            on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
                of the v2 "user" field.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Iterator of InvalidEmail: each record.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            async for item in client.suppressions.invalid_emails.list_items():
                print(item)
        """
        from sendgrid_reseller.api.suppressions import list_invalid_emails as _endpoint

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
        """Delete invalid emails.

        Removes the listed addresses from the invalid email list, or all of them with delete_all.

        Wire request: DELETE /v3/suppression/invalid_emails; the client adds Authorization: Bearer with
        the API key.

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

            result = await client.suppressions.invalid_emails.delete_many()
        """
        from sendgrid_reseller.api.suppressions import delete_invalid_emails as _endpoint

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
        """Delete invalid emails.

        Removes the listed addresses from the invalid email list, or all of them with delete_all.

        Wire request: DELETE /v3/suppression/invalid_emails; the client adds Authorization: Bearer with
        the API key.

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
            Response[Any]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.suppressions.invalid_emails.delete_many_detailed()
        """
        from sendgrid_reseller.api.suppressions import delete_invalid_emails as _endpoint

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
    ) -> builtins.list[InvalidEmail]:
        """Get an invalid email.

        The invalid email record of one address (a list of zero or one record).

        Wire request: GET /v3/suppression/invalid_emails/{email}; the client adds Authorization: Bearer
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
            list[InvalidEmail]: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.suppressions.invalid_emails.get(email)
        """
        from sendgrid_reseller.api.suppressions import get_invalid_email as _endpoint

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
    ) -> Response[builtins.list[InvalidEmail]]:
        """Get an invalid email.

        The invalid email record of one address (a list of zero or one record).

        Wire request: GET /v3/suppression/invalid_emails/{email}; the client adds Authorization: Bearer
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
            Response[list[InvalidEmail]]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.suppressions.invalid_emails.get_detailed(email)
        """
        from sendgrid_reseller.api.suppressions import get_invalid_email as _endpoint

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
        """Delete an invalid email.

        Removes one address from the invalid email list.

        Wire request: DELETE /v3/suppression/invalid_emails/{email}; the client adds Authorization:
        Bearer with the API key.

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

            result = await client.suppressions.invalid_emails.delete(email)
        """
        from sendgrid_reseller.api.suppressions import delete_invalid_email as _endpoint

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
        """Delete an invalid email.

        Removes one address from the invalid email list.

        Wire request: DELETE /v3/suppression/invalid_emails/{email}; the client adds Authorization:
        Bearer with the API key.

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
            Response[Any]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.suppressions.invalid_emails.delete_detailed(email)
        """
        from sendgrid_reseller.api.suppressions import delete_invalid_email as _endpoint

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


class AsyncSuppressionsSpamReportsGroup(Group):
    """Operations under `client.suppressions.spam_reports`."""

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
    ) -> AsyncPage[SpamReport]:
        """List spam reports.

        Addresses whose owners marked your mail as spam, a page at a time.

        Returns the first page (or the one `page_token` names): iterate it for every record across
        pages, or use `pages()`, `has_next_page()`, `next_page()` and `next_page_token`.

        Wire request: GET /v3/suppression/spam_reports; the client adds Authorization: Bearer with the
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
            AsyncPage[SpamReport]: the page; its `items` are this page's records.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            page = await client.suppressions.spam_reports.list()
            async for item in page:  # every record, page after page
                print(item)
        """
        from sendgrid_reseller.api.suppressions import list_spam_reports as _endpoint

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
    ) -> Response[builtins.list[SpamReport]]:
        """List spam reports.

        Addresses whose owners marked your mail as spam, a page at a time.

        Wire request: GET /v3/suppression/spam_reports; the client adds Authorization: Bearer with the
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

        Returns:
            Response[list[SpamReport]]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.suppressions.spam_reports.list_detailed()
        """
        from sendgrid_reseller.api.suppressions import list_spam_reports as _endpoint

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
    ) -> AsyncIterator[Response[builtins.list[SpamReport]]]:
        """List spam reports.

        Addresses whose owners marked your mail as spam, a page at a time.

        Yields one `Response` per page, following the Link header's rel="next"; the next page is
        requested only when the previous one has been consumed.

        Wire request: GET /v3/suppression/spam_reports; the client adds Authorization: Bearer with the
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

        Returns:
            Iterator of Response[list[SpamReport]]: each page with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            async for page in client.suppressions.spam_reports.list_pages():
                print(page.status_code, len(page.parsed))
        """
        from sendgrid_reseller.api.suppressions import list_spam_reports as _endpoint

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
    ) -> AsyncIterator[SpamReport]:
        """List spam reports.

        Addresses whose owners marked your mail as spam, a page at a time.

        Yields every record of the list, across all pages (one page in memory at a time).

        Wire request: GET /v3/suppression/spam_reports; the client adds Authorization: Bearer with the
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

        Returns:
            Iterator of SpamReport: each record.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            async for item in client.suppressions.spam_reports.list_items():
                print(item)
        """
        from sendgrid_reseller.api.suppressions import list_spam_reports as _endpoint

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
        """Delete spam reports.

        Removes the listed addresses from the spam report list, or all of them with delete_all.

        Wire request: DELETE /v3/suppression/spam_reports; the client adds Authorization: Bearer with
        the API key.

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

            result = await client.suppressions.spam_reports.delete_many()
        """
        from sendgrid_reseller.api.suppressions import delete_spam_reports as _endpoint

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
        """Delete spam reports.

        Removes the listed addresses from the spam report list, or all of them with delete_all.

        Wire request: DELETE /v3/suppression/spam_reports; the client adds Authorization: Bearer with
        the API key.

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
            Response[Any]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.suppressions.spam_reports.delete_many_detailed()
        """
        from sendgrid_reseller.api.suppressions import delete_spam_reports as _endpoint

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
    ) -> builtins.list[SpamReport]:
        """Get a spam report.

        The spam report of one address (a list of zero or one record).

        Wire request: GET /v3/suppression/spam_reports/{email}; the client adds Authorization: Bearer
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
            list[SpamReport]: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.suppressions.spam_reports.get(email)
        """
        from sendgrid_reseller.api.suppressions import get_spam_report as _endpoint

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
    ) -> Response[builtins.list[SpamReport]]:
        """Get a spam report.

        The spam report of one address (a list of zero or one record).

        Wire request: GET /v3/suppression/spam_reports/{email}; the client adds Authorization: Bearer
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
            Response[list[SpamReport]]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.suppressions.spam_reports.get_detailed(email)
        """
        from sendgrid_reseller.api.suppressions import get_spam_report as _endpoint

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
        """Delete a spam report.

        Removes one address from the spam report list; mail to it resumes.

        Wire request: DELETE /v3/suppression/spam_reports/{email}; the client adds Authorization: Bearer
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

            result = await client.suppressions.spam_reports.delete(email)
        """
        from sendgrid_reseller.api.suppressions import delete_spam_report as _endpoint

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
        """Delete a spam report.

        Removes one address from the spam report list; mail to it resumes.

        Wire request: DELETE /v3/suppression/spam_reports/{email}; the client adds Authorization: Bearer
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
            Response[Any]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.suppressions.spam_reports.delete_detailed(email)
        """
        from sendgrid_reseller.api.suppressions import delete_spam_report as _endpoint

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


class AsyncSuppressionsGroup(Group):
    """Operations under `client.suppressions`."""

    @cached_property
    def groups(self) -> AsyncSuppressionsGroupsGroup:
        return AsyncSuppressionsGroupsGroup(self._client)

    @cached_property
    def global_unsubscribes(self) -> AsyncSuppressionsGlobalUnsubscribesGroup:
        return AsyncSuppressionsGlobalUnsubscribesGroup(self._client)

    @cached_property
    def blocks(self) -> AsyncSuppressionsBlocksGroup:
        return AsyncSuppressionsBlocksGroup(self._client)

    @cached_property
    def bounces(self) -> AsyncSuppressionsBouncesGroup:
        return AsyncSuppressionsBouncesGroup(self._client)

    @cached_property
    def invalid_emails(self) -> AsyncSuppressionsInvalidEmailsGroup:
        return AsyncSuppressionsInvalidEmailsGroup(self._client)

    @cached_property
    def spam_reports(self) -> AsyncSuppressionsSpamReportsGroup:
        return AsyncSuppressionsSpamReportsGroup(self._client)
