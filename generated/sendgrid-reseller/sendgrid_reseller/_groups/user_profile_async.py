# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.user.profile` of `AsyncSendGrid`: the `AsyncUserProfileGroup` class, imported on first use.

Each method calls its endpoint function (`sendgrid_reseller.api.<tag>.<operation>`), importing that
module on first call; signatures and docstrings are the endpoint functions' own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime.group import Group
from .._runtime.unset import UNSET

if TYPE_CHECKING:
    from collections.abc import Mapping
    from typing import Any

    import httpx

    from sendgrid_reseller._runtime.options import RequestOptions
    from sendgrid_reseller.models.user_profile import UserProfile
    from sendgrid_reseller.types import Response, Unset

    pass


class AsyncUserProfileGroup(Group):
    """Operations under `client.user.profile`."""

    async def get(
        self,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> UserProfile:
        """The account's profile.

        Name, company, address, phone and website of the account holder.

        Wire request: GET /v3/user/profile; the client adds Authorization: Bearer with the API key.

        Args:
            on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
                of the v2 "user" field.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            UserProfile: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.user.profile.get()
        """
        from sendgrid_reseller.api.user_account import get_user_profile as _endpoint

        return await _endpoint.asyncio(
            self._client,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    async def get_detailed(
        self,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[UserProfile]:
        """The account's profile.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/user/profile; the client adds Authorization: Bearer with the API key.

        Args:
            The same as `client.user.profile.get` takes; `help()` on it describes each one.

        Returns:
            Response[UserProfile]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.user.profile.get_detailed()
        """
        from sendgrid_reseller.api.user_account import get_user_profile as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    async def update(
        self,
        *,
        address: str | Unset = UNSET,
        address2: str | Unset = UNSET,
        city: str | Unset = UNSET,
        company: str | Unset = UNSET,
        country: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        phone: str | Unset = UNSET,
        state: str | Unset = UNSET,
        website: str | Unset = UNSET,
        zip_: str | Unset = UNSET,
        body: UserProfile | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> UserProfile:
        """Change the account's profile.

        Changes the profile fields sent; the others stay.

        Wire request: PATCH /v3/user/profile; the client adds Authorization: Bearer with the API key.

        Args:
            address (str | Unset): The `address` JSON field.
            address2 (str | Unset): The `address2` JSON field.
            city (str | Unset): The `city` JSON field.
            company (str | Unset): The `company` JSON field.
            country (str | Unset): The `country` JSON field.
            first_name (str | Unset): The `first_name` JSON field.
            last_name (str | Unset): The `last_name` JSON field.
            phone (str | Unset): The `phone` JSON field.
            state (str | Unset): The `state` JSON field.
            website (str | Unset): The `website` JSON field.
            zip_ (str | Unset): The `zip` JSON field.
            body (UserProfile): The whole request as one model, instead of the
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
            UserProfile: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.user.profile.update()
        """
        from sendgrid_reseller.api.user_account import update_user_profile as _endpoint

        return await _endpoint.asyncio(
            self._client,
            address=address,
            address2=address2,
            city=city,
            company=company,
            country=country,
            first_name=first_name,
            last_name=last_name,
            phone=phone,
            state=state,
            website=website,
            zip_=zip_,
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
        *,
        address: str | Unset = UNSET,
        address2: str | Unset = UNSET,
        city: str | Unset = UNSET,
        company: str | Unset = UNSET,
        country: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        phone: str | Unset = UNSET,
        state: str | Unset = UNSET,
        website: str | Unset = UNSET,
        zip_: str | Unset = UNSET,
        body: UserProfile | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[UserProfile]:
        """Change the account's profile.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: PATCH /v3/user/profile; the client adds Authorization: Bearer with the API key.

        Args:
            The same as `client.user.profile.update` takes; `help()` on it describes each one.

        Returns:
            Response[UserProfile]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.user.profile.update_detailed()
        """
        from sendgrid_reseller.api.user_account import update_user_profile as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            address=address,
            address2=address2,
            city=city,
            company=company,
            country=country,
            first_name=first_name,
            last_name=last_name,
            phone=phone,
            state=state,
            website=website,
            zip_=zip_,
            body=body,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )
