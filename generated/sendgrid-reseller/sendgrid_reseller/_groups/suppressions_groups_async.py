# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.suppressions.groups` of `AsyncSendGrid`: the `AsyncSuppressionsGroupsGroup` class, imported on first use.

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
    from sendgrid_reseller.models.address_suppression_groups import AddressSuppressionGroups
    from sendgrid_reseller.models.group_suppression import GroupSuppression
    from sendgrid_reseller.models.suppression_group import SuppressionGroup
    from sendgrid_reseller.models.suppression_group_create import SuppressionGroupCreate
    from sendgrid_reseller.models.suppression_group_update import SuppressionGroupUpdate
    from sendgrid_reseller.types import Response, Unset

    from .suppressions_groups_suppressions_async import AsyncSuppressionsGroupsSuppressionsGroup

    pass


class AsyncSuppressionsGroupsGroup(Group):
    """Operations under `client.suppressions.groups`."""

    @cached_property
    def suppressions(self) -> AsyncSuppressionsGroupsSuppressionsGroup:
        from .suppressions_groups_suppressions_async import AsyncSuppressionsGroupsSuppressionsGroup

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

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/asm/groups; the client adds Authorization: Bearer with the API key.

        Args:
            The same as `client.suppressions.groups.list` takes; `help()` on it describes each one.

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

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /v3/asm/groups; the client adds Authorization: Bearer with the API key.

        Args:
            The same as `client.suppressions.groups.create` takes; `help()` on it describes each one.

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

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/asm/groups/{group_id}; the client adds Authorization: Bearer with the API
        key.

        Args:
            The same as `client.suppressions.groups.get` takes; `help()` on it describes each one.

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

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: DELETE /v3/asm/groups/{group_id}; the client adds Authorization: Bearer with the
        API key.

        Args:
            The same as `client.suppressions.groups.delete` takes; `help()` on it describes each one.

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

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: PATCH /v3/asm/groups/{group_id}; the client adds Authorization: Bearer with the
        API key.

        Args:
            The same as `client.suppressions.groups.update` takes; `help()` on it describes each one.

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

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/asm/suppressions; the client adds Authorization: Bearer with the API key.

        Args:
            The same as `client.suppressions.groups.list_all_suppressions` takes; `help()` on it describes each one.

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

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/asm/suppressions/{email}; the client adds Authorization: Bearer with the
        API key.

        Args:
            The same as `client.suppressions.groups.for_address` takes; `help()` on it describes each one.

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
