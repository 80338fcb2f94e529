# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.suppressions.groups.suppressions` of `SendGrid`: the `SuppressionsGroupsSuppressionsGroup` class, imported on first use.

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
    from sendgrid_reseller.models.recipient_email_list import RecipientEmailList
    from sendgrid_reseller.types import Response, Unset

    pass


class SuppressionsGroupsSuppressionsGroup(Group):
    """Operations under `client.suppressions.groups.suppressions`."""

    def list(
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

            result = client.suppressions.groups.suppressions.list(group_id)
        """
        from sendgrid_reseller.api.suppressions import list_group_suppressions as _endpoint

        return _endpoint.sync(
            self._client,
            group_id,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    def list_detailed(
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

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/asm/groups/{group_id}/suppressions; the client adds Authorization: Bearer
        with the API key.

        Args:
            The same as `client.suppressions.groups.suppressions.list` takes; `help()` on it describes each one.

        Returns:
            Response[list[str]]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.suppressions.groups.suppressions.list_detailed(group_id)
        """
        from sendgrid_reseller.api.suppressions import list_group_suppressions as _endpoint

        return _endpoint.sync_detailed(
            self._client,
            group_id,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    @overload
    def add(
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
    def add(
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

    def add(
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

            result = client.suppressions.groups.suppressions.add(group_id, recipient_emails=recipient_emails)
        """
        from sendgrid_reseller.api.suppressions import add_group_suppressions as _endpoint

        return _endpoint._sync_impl(
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
    def add_detailed(
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
    def add_detailed(
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

    def add_detailed(
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

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /v3/asm/groups/{group_id}/suppressions; the client adds Authorization: Bearer
        with the API key.

        Args:
            The same as `client.suppressions.groups.suppressions.add` takes; `help()` on it describes each one.

        Returns:
            Response[RecipientEmailList]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.suppressions.groups.suppressions.add_detailed(group_id, recipient_emails=recipient_emails)
        """
        from sendgrid_reseller.api.suppressions import add_group_suppressions as _endpoint

        return _endpoint._sync_detailed_impl(
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
    def search(
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
    def search(
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

    def search(
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

            result = client.suppressions.groups.suppressions.search(group_id, recipient_emails=recipient_emails)
        """
        from sendgrid_reseller.api.suppressions import search_group_suppressions as _endpoint

        return _endpoint._sync_impl(
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
    def search_detailed(
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
    def search_detailed(
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

    def search_detailed(
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

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /v3/asm/groups/{group_id}/suppressions/search; the client adds Authorization:
        Bearer with the API key.

        Args:
            The same as `client.suppressions.groups.suppressions.search` takes; `help()` on it describes each one.

        Returns:
            Response[list[str]]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.suppressions.groups.suppressions.search_detailed(group_id, recipient_emails=recipient_emails)
        """
        from sendgrid_reseller.api.suppressions import search_group_suppressions as _endpoint

        return _endpoint._sync_detailed_impl(
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

    def delete(
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

            result = client.suppressions.groups.suppressions.delete(group_id, email)
        """
        from sendgrid_reseller.api.suppressions import delete_group_suppression as _endpoint

        return _endpoint.sync(
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

    def delete_detailed(
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

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: DELETE /v3/asm/groups/{group_id}/suppressions/{email}; the client adds
        Authorization: Bearer with the API key.

        Args:
            The same as `client.suppressions.groups.suppressions.delete` takes; `help()` on it describes each one.

        Returns:
            Response[Any]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.suppressions.groups.suppressions.delete_detailed(group_id, email)
        """
        from sendgrid_reseller.api.suppressions import delete_group_suppression as _endpoint

        return _endpoint.sync_detailed(
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
