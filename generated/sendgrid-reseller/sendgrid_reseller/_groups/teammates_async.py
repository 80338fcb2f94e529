# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.teammates` of `AsyncSendGrid`: the `AsyncTeammatesGroup` class, imported on first use.

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
    from sendgrid_reseller.models.pending_teammate import PendingTeammate
    from sendgrid_reseller.models.teammate import Teammate
    from sendgrid_reseller.models.teammate_invite import TeammateInvite
    from sendgrid_reseller.models.teammate_list import TeammateList
    from sendgrid_reseller.models.teammate_permissions import TeammatePermissions
    from sendgrid_reseller.models.teammate_profile import TeammateProfile
    from sendgrid_reseller.types import Response, Unset

    from .teammates_pending_async import AsyncTeammatesPendingGroup
    from .teammates_subuser_access_async import AsyncTeammatesSubuserAccessGroup

    pass


class AsyncTeammatesGroup(Group):
    """Operations under `client.teammates`."""

    @cached_property
    def subuser_access(self) -> AsyncTeammatesSubuserAccessGroup:
        from .teammates_subuser_access_async import AsyncTeammatesSubuserAccessGroup

        return AsyncTeammatesSubuserAccessGroup(self._client)

    @cached_property
    def pending(self) -> AsyncTeammatesPendingGroup:
        from .teammates_pending_async import AsyncTeammatesPendingGroup

        return AsyncTeammatesPendingGroup(self._client)

    async def list(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
        page_token: str | None = None,
    ) -> AsyncPage[TeammateProfile]:
        """List teammates.

        The account's teammates (the owner included), a page at a time.

        Returns the first page (or the one `page_token` names): iterate it for every record across
        pages, or use `pages()`, `has_next_page()`, `next_page()` and `next_page_token`.

        Wire request: GET /v3/teammates; the client adds Authorization: Bearer with the API key.

        Args:
            limit (int | Unset): Records to return in one page. The default and the maximum are both
                500.
            offset (int | Unset): Records to skip before the first one returned.
            on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
                of the v2 "user" field.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.
            page_token (str | None): Start at the page an earlier page's `next_page_token` names.

        Returns:
            AsyncPage[TeammateProfile]: the page; its `items` are this page's records.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            page = await client.teammates.list()
            async for item in page:  # every record, page after page
                print(item)
        """
        from sendgrid_reseller.api.teammates import list_teammates as _endpoint

        return await _endpoint.apage(
            self._client,
            limit=limit,
            offset=offset,
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
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[TeammateList]:
        """List teammates.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/teammates; the client adds Authorization: Bearer with the API key.

        Args:
            The same as `client.teammates.list` takes; `help()` on it describes each one.

        Returns:
            Response[TeammateList]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.teammates.list_detailed()
        """
        from sendgrid_reseller.api.teammates import list_teammates as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            limit=limit,
            offset=offset,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    @overload
    async def invite(
        self,
        *,
        email: str,
        scopes: builtins.list[str],
        is_admin: bool,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> PendingTeammate: ...

    @overload
    async def invite(
        self,
        *,
        body: TeammateInvite,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> PendingTeammate: ...

    async def invite(
        self,
        *,
        email: str | Unset = UNSET,
        scopes: builtins.list[str] | Unset = UNSET,
        is_admin: bool | Unset = UNSET,
        body: TeammateInvite | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> PendingTeammate:
        """Invite a teammate.

        Emails an invitation to join the account with the given scopes (or as an admin). The invitation
        stays pending until accepted, and expires after 7 days.

        Wire request: POST /v3/teammates; the client adds Authorization: Bearer with the API key.

        Args:
            email (str): The `email` JSON field. Required.
            scopes (list[str]): Permission names such as mail.send or user.profile.read. Required.
            is_admin (bool): An admin gets every scope; send an empty scope list. Required.
            body (TeammateInvite): The whole request as one model, instead of the
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
            PendingTeammate: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.teammates.invite(email=email, scopes=scopes, is_admin=is_admin)
        """
        from sendgrid_reseller.api.teammates import invite_teammate as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            email=email,
            scopes=scopes,
            is_admin=is_admin,
            body=body,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def invite_detailed(
        self,
        *,
        email: str,
        scopes: builtins.list[str],
        is_admin: bool,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[PendingTeammate]: ...

    @overload
    async def invite_detailed(
        self,
        *,
        body: TeammateInvite,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[PendingTeammate]: ...

    async def invite_detailed(
        self,
        *,
        email: str | Unset = UNSET,
        scopes: builtins.list[str] | Unset = UNSET,
        is_admin: bool | Unset = UNSET,
        body: TeammateInvite | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[PendingTeammate]:
        """Invite a teammate.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /v3/teammates; the client adds Authorization: Bearer with the API key.

        Args:
            The same as `client.teammates.invite` takes; `help()` on it describes each one.

        Returns:
            Response[PendingTeammate]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.teammates.invite_detailed(email=email, scopes=scopes, is_admin=is_admin)
        """
        from sendgrid_reseller.api.teammates import invite_teammate as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            email=email,
            scopes=scopes,
            is_admin=is_admin,
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
        username: str,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Teammate:
        """Get a teammate.

        The teammate's profile, type and scopes.

        Wire request: GET /v3/teammates/{username}; the client adds Authorization: Bearer with the API
        key.

        Args:
            username (str): The `username` path segment. Required.
            on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
                of the v2 "user" field.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Teammate: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.teammates.get(username)
        """
        from sendgrid_reseller.api.teammates import get_teammate as _endpoint

        return await _endpoint.asyncio(
            self._client,
            username,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    async def get_detailed(
        self,
        username: str,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[Teammate]:
        """Get a teammate.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/teammates/{username}; the client adds Authorization: Bearer with the API
        key.

        Args:
            The same as `client.teammates.get` takes; `help()` on it describes each one.

        Returns:
            Response[Teammate]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.teammates.get_detailed(username)
        """
        from sendgrid_reseller.api.teammates import get_teammate as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            username,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    async def delete(
        self,
        username: str,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Any:
        """Remove a teammate.

        Deletes the teammate's login; the account itself is untouched.

        Wire request: DELETE /v3/teammates/{username}; the client adds Authorization: Bearer with the
        API key.

        Args:
            username (str): The `username` path segment. Required.
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

            result = await client.teammates.delete(username)
        """
        from sendgrid_reseller.api.teammates import delete_teammate as _endpoint

        return await _endpoint.asyncio(
            self._client,
            username,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def delete_detailed(
        self,
        username: str,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[Any]:
        """Remove a teammate.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: DELETE /v3/teammates/{username}; the client adds Authorization: Bearer with the
        API key.

        Args:
            The same as `client.teammates.delete` takes; `help()` on it describes each one.

        Returns:
            Response[Any]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.teammates.delete_detailed(username)
        """
        from sendgrid_reseller.api.teammates import delete_teammate as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            username,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def update(
        self,
        username: str,
        *,
        scopes: builtins.list[str],
        is_admin: bool,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Teammate: ...

    @overload
    async def update(
        self,
        username: str,
        *,
        body: TeammatePermissions,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Teammate: ...

    async def update(
        self,
        username: str,
        *,
        scopes: builtins.list[str] | Unset = UNSET,
        is_admin: bool | Unset = UNSET,
        body: TeammatePermissions | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Teammate:
        """Change a teammate's permissions.

        Replaces the teammate's scopes, or makes them an admin (an admin's scopes are ignored).

        Wire request: PATCH /v3/teammates/{username}; the client adds Authorization: Bearer with the API
        key.

        Args:
            username (str): The `username` path segment. Required.
            scopes (list[str]): Permission names such as mail.send or user.profile.read. Required.
            is_admin (bool): The `is_admin` JSON field. Required.
            body (TeammatePermissions): The whole request as one model, instead of the
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
            Teammate: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.teammates.update(username, scopes=scopes, is_admin=is_admin)
        """
        from sendgrid_reseller.api.teammates import update_teammate as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            username,
            scopes=scopes,
            is_admin=is_admin,
            body=body,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def update_detailed(
        self,
        username: str,
        *,
        scopes: builtins.list[str],
        is_admin: bool,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[Teammate]: ...

    @overload
    async def update_detailed(
        self,
        username: str,
        *,
        body: TeammatePermissions,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[Teammate]: ...

    async def update_detailed(
        self,
        username: str,
        *,
        scopes: builtins.list[str] | Unset = UNSET,
        is_admin: bool | Unset = UNSET,
        body: TeammatePermissions | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[Teammate]:
        """Change a teammate's permissions.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: PATCH /v3/teammates/{username}; the client adds Authorization: Bearer with the API
        key.

        Args:
            The same as `client.teammates.update` takes; `help()` on it describes each one.

        Returns:
            Response[Teammate]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.teammates.update_detailed(username, scopes=scopes, is_admin=is_admin)
        """
        from sendgrid_reseller.api.teammates import update_teammate as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            username,
            scopes=scopes,
            is_admin=is_admin,
            body=body,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )
