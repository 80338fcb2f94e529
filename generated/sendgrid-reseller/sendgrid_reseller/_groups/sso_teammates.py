# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.sso.teammates` of `SendGrid`: the `SsoTeammatesGroup` class, imported on first use.

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
    from sendgrid_reseller.models.sso_persona import SsoPersona
    from sendgrid_reseller.models.sso_subuser_access_request import SsoSubuserAccessRequest
    from sendgrid_reseller.models.sso_teammate import SsoTeammate
    from sendgrid_reseller.models.sso_teammate_create import SsoTeammateCreate
    from sendgrid_reseller.models.sso_teammate_update import SsoTeammateUpdate
    from sendgrid_reseller.types import Response, Unset

    pass


class SsoTeammatesGroup(Group):
    """Operations under `client.sso.teammates`."""

    @overload
    def create(
        self,
        *,
        email: str,
        first_name: str,
        last_name: str,
        is_admin: bool | Unset = UNSET,
        persona: SsoPersona | Unset = UNSET,
        scopes: list[str] | Unset = UNSET,
        has_restricted_subuser_access: bool | Unset = UNSET,
        subuser_access: list[SsoSubuserAccessRequest] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> SsoTeammate: ...

    @overload
    def create(
        self,
        *,
        body: SsoTeammateCreate,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> SsoTeammate: ...

    def create(
        self,
        *,
        email: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        is_admin: bool | Unset = UNSET,
        persona: SsoPersona | Unset = UNSET,
        scopes: list[str] | Unset = UNSET,
        has_restricted_subuser_access: bool | Unset = UNSET,
        subuser_access: list[SsoSubuserAccessRequest] | Unset = UNSET,
        body: SsoTeammateCreate | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> SsoTeammate:
        """Add an SSO teammate.

        Creates a teammate who signs in through the identity provider, with scopes, a persona, admin
        rights, or access to chosen subusers.

        Wire request: POST /v3/sso/teammates; the client adds Authorization: Bearer with the API key.

        Args:
            email (str): The `email` JSON field. Required.
            first_name (str): The `first_name` JSON field. Required.
            last_name (str): The `last_name` JSON field. Required.
            is_admin (bool | Unset): The `is_admin` JSON field.
            persona (SsoPersona | Unset): The `persona` JSON field.
            scopes (list[str] | Unset): The `scopes` JSON field.
            has_restricted_subuser_access (bool | Unset): The `has_restricted_subuser_access` JSON
                field.
            subuser_access (list[SsoSubuserAccessRequest] | Unset): The `subuser_access` JSON field.
            body (SsoTeammateCreate): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            SsoTeammate: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.sso.teammates.create(email=email, first_name=first_name, last_name=last_name)
        """
        from sendgrid_reseller.api.single_sign_on import create_sso_teammate as _endpoint

        return _endpoint._sync_impl(
            self._client,
            email=email,
            first_name=first_name,
            last_name=last_name,
            is_admin=is_admin,
            persona=persona,
            scopes=scopes,
            has_restricted_subuser_access=has_restricted_subuser_access,
            subuser_access=subuser_access,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    def create_detailed(
        self,
        *,
        email: str,
        first_name: str,
        last_name: str,
        is_admin: bool | Unset = UNSET,
        persona: SsoPersona | Unset = UNSET,
        scopes: list[str] | Unset = UNSET,
        has_restricted_subuser_access: bool | Unset = UNSET,
        subuser_access: list[SsoSubuserAccessRequest] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[SsoTeammate]: ...

    @overload
    def create_detailed(
        self,
        *,
        body: SsoTeammateCreate,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[SsoTeammate]: ...

    def create_detailed(
        self,
        *,
        email: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        is_admin: bool | Unset = UNSET,
        persona: SsoPersona | Unset = UNSET,
        scopes: list[str] | Unset = UNSET,
        has_restricted_subuser_access: bool | Unset = UNSET,
        subuser_access: list[SsoSubuserAccessRequest] | Unset = UNSET,
        body: SsoTeammateCreate | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[SsoTeammate]:
        """Add an SSO teammate.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /v3/sso/teammates; the client adds Authorization: Bearer with the API key.

        Args:
            The same as `client.sso.teammates.create` takes; `help()` on it describes each one.

        Returns:
            Response[SsoTeammate]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.sso.teammates.create_detailed(email=email, first_name=first_name, last_name=last_name)
        """
        from sendgrid_reseller.api.single_sign_on import create_sso_teammate as _endpoint

        return _endpoint._sync_detailed_impl(
            self._client,
            email=email,
            first_name=first_name,
            last_name=last_name,
            is_admin=is_admin,
            persona=persona,
            scopes=scopes,
            has_restricted_subuser_access=has_restricted_subuser_access,
            subuser_access=subuser_access,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    def update(
        self,
        username: str,
        *,
        first_name: str,
        last_name: str,
        is_admin: bool | Unset = UNSET,
        persona: SsoPersona | Unset = UNSET,
        scopes: list[str] | Unset = UNSET,
        has_restricted_subuser_access: bool | Unset = UNSET,
        subuser_access: list[SsoSubuserAccessRequest] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> SsoTeammate: ...

    @overload
    def update(
        self,
        username: str,
        *,
        body: SsoTeammateUpdate,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> SsoTeammate: ...

    def update(
        self,
        username: str,
        *,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        is_admin: bool | Unset = UNSET,
        persona: SsoPersona | Unset = UNSET,
        scopes: list[str] | Unset = UNSET,
        has_restricted_subuser_access: bool | Unset = UNSET,
        subuser_access: list[SsoSubuserAccessRequest] | Unset = UNSET,
        body: SsoTeammateUpdate | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> SsoTeammate:
        """Change an SSO teammate.

        Changes the teammate's name, permissions or subuser access.

        Wire request: PATCH /v3/sso/teammates/{username}; the client adds Authorization: Bearer with the
        API key.

        Args:
            username (str): The teammate's username (their email address). Required.
            first_name (str): The `first_name` JSON field. Required.
            last_name (str): The `last_name` JSON field. Required.
            is_admin (bool | Unset): The `is_admin` JSON field.
            persona (SsoPersona | Unset): The `persona` JSON field.
            scopes (list[str] | Unset): The `scopes` JSON field.
            has_restricted_subuser_access (bool | Unset): The `has_restricted_subuser_access` JSON
                field.
            subuser_access (list[SsoSubuserAccessRequest] | Unset): The `subuser_access` JSON field.
            body (SsoTeammateUpdate): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            SsoTeammate: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.sso.teammates.update(username, first_name=first_name, last_name=last_name)
        """
        from sendgrid_reseller.api.single_sign_on import update_sso_teammate as _endpoint

        return _endpoint._sync_impl(
            self._client,
            username,
            first_name=first_name,
            last_name=last_name,
            is_admin=is_admin,
            persona=persona,
            scopes=scopes,
            has_restricted_subuser_access=has_restricted_subuser_access,
            subuser_access=subuser_access,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    def update_detailed(
        self,
        username: str,
        *,
        first_name: str,
        last_name: str,
        is_admin: bool | Unset = UNSET,
        persona: SsoPersona | Unset = UNSET,
        scopes: list[str] | Unset = UNSET,
        has_restricted_subuser_access: bool | Unset = UNSET,
        subuser_access: list[SsoSubuserAccessRequest] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[SsoTeammate]: ...

    @overload
    def update_detailed(
        self,
        username: str,
        *,
        body: SsoTeammateUpdate,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[SsoTeammate]: ...

    def update_detailed(
        self,
        username: str,
        *,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        is_admin: bool | Unset = UNSET,
        persona: SsoPersona | Unset = UNSET,
        scopes: list[str] | Unset = UNSET,
        has_restricted_subuser_access: bool | Unset = UNSET,
        subuser_access: list[SsoSubuserAccessRequest] | Unset = UNSET,
        body: SsoTeammateUpdate | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[SsoTeammate]:
        """Change an SSO teammate.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: PATCH /v3/sso/teammates/{username}; the client adds Authorization: Bearer with the
        API key.

        Args:
            The same as `client.sso.teammates.update` takes; `help()` on it describes each one.

        Returns:
            Response[SsoTeammate]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.sso.teammates.update_detailed(username, first_name=first_name, last_name=last_name)
        """
        from sendgrid_reseller.api.single_sign_on import update_sso_teammate as _endpoint

        return _endpoint._sync_detailed_impl(
            self._client,
            username,
            first_name=first_name,
            last_name=last_name,
            is_admin=is_admin,
            persona=persona,
            scopes=scopes,
            has_restricted_subuser_access=has_restricted_subuser_access,
            subuser_access=subuser_access,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )
