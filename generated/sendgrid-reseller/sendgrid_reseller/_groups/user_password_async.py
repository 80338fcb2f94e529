# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.user.password` of `AsyncSendGrid`: the `AsyncUserPasswordGroup` class, imported on first use.

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
    from sendgrid_reseller.models.user_password_change import UserPasswordChange
    from sendgrid_reseller.models.user_password_changed import UserPasswordChanged
    from sendgrid_reseller.types import Response, Unset

    pass


class AsyncUserPasswordGroup(Group):
    """Operations under `client.user.password`."""

    @overload
    async def update(
        self,
        *,
        new_password: str,
        old_password: str,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> UserPasswordChanged: ...

    @overload
    async def update(
        self,
        *,
        body: UserPasswordChange,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> UserPasswordChanged: ...

    async def update(
        self,
        *,
        new_password: str | Unset = UNSET,
        old_password: str | Unset = UNSET,
        body: UserPasswordChange | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> UserPasswordChanged:
        """Change the account's password.

        Sets a new web-app password; the current one must be given.

        Wire request: PUT /v3/user/password; the client adds Authorization: Bearer with the API key.

        Args:
            new_password (str): The `new_password` JSON field. Required.
            old_password (str): The `old_password` JSON field. Required.
            body (UserPasswordChange): The whole request as one model, instead of the
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
            UserPasswordChanged: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.user.password.update(new_password=new_password, old_password=old_password)
        """
        from sendgrid_reseller.api.user_account import update_user_password as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            new_password=new_password,
            old_password=old_password,
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
        *,
        new_password: str,
        old_password: str,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[UserPasswordChanged]: ...

    @overload
    async def update_detailed(
        self,
        *,
        body: UserPasswordChange,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[UserPasswordChanged]: ...

    async def update_detailed(
        self,
        *,
        new_password: str | Unset = UNSET,
        old_password: str | Unset = UNSET,
        body: UserPasswordChange | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[UserPasswordChanged]:
        """Change the account's password.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: PUT /v3/user/password; the client adds Authorization: Bearer with the API key.

        Args:
            The same as `client.user.password.update` takes; `help()` on it describes each one.

        Returns:
            Response[UserPasswordChanged]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.user.password.update_detailed(new_password=new_password, old_password=old_password)
        """
        from sendgrid_reseller.api.user_account import update_user_password as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            new_password=new_password,
            old_password=old_password,
            body=body,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )
