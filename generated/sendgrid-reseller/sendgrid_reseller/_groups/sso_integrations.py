# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.sso.integrations` of `SendGrid`: the `SsoIntegrationsGroup` class, imported on first use.

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
    from sendgrid_reseller.models.sso_integration import SsoIntegration
    from sendgrid_reseller.models.sso_integration_settings import SsoIntegrationSettings
    from sendgrid_reseller.types import Response, Unset

    pass


class SsoIntegrationsGroup(Group):
    """Operations under `client.sso.integrations`."""

    def list(
        self,
        *,
        si: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> builtins.list[SsoIntegration]:
        """List SSO integrations.

        Every identity provider integration of the account.

        Wire request: GET /v3/sso/integrations; the client adds Authorization: Bearer with the API key.

        Args:
            si (bool | Unset): When true, the answer adds the URLs to give the identity provider
                (single_signon_url, audience_url).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            list[SsoIntegration]: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.sso.integrations.list()
        """
        from sendgrid_reseller.api.single_sign_on import list_sso_integrations as _endpoint

        return _endpoint.sync(
            self._client, si=si, extra_headers=extra_headers, extra_query=extra_query, timeout=timeout, options=options
        )

    def list_detailed(
        self,
        *,
        si: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[builtins.list[SsoIntegration]]:
        """List SSO integrations.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/sso/integrations; the client adds Authorization: Bearer with the API key.

        Args:
            The same as `client.sso.integrations.list` takes; `help()` on it describes each one.

        Returns:
            Response[list[SsoIntegration]]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.sso.integrations.list_detailed()
        """
        from sendgrid_reseller.api.single_sign_on import list_sso_integrations as _endpoint

        return _endpoint.sync_detailed(
            self._client, si=si, extra_headers=extra_headers, extra_query=extra_query, timeout=timeout, options=options
        )

    @overload
    def create(
        self,
        *,
        name: str,
        enabled: bool,
        signin_url: str,
        signout_url: str,
        entity_id: str,
        completed_integration: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> SsoIntegration: ...

    @overload
    def create(
        self,
        *,
        body: SsoIntegrationSettings,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> SsoIntegration: ...

    def create(
        self,
        *,
        name: str | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        signin_url: str | Unset = UNSET,
        signout_url: str | Unset = UNSET,
        entity_id: str | Unset = UNSET,
        completed_integration: bool | Unset = UNSET,
        body: SsoIntegrationSettings | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> SsoIntegration:
        """Create an SSO integration.

        Connects an identity provider (its sign-in and sign-out URLs and SAML entity id).

        Wire request: POST /v3/sso/integrations; the client adds Authorization: Bearer with the API key.

        Args:
            name (str): The `name` JSON field. Required.
            enabled (bool): The `enabled` JSON field. Required.
            signin_url (str): The identity provider's sign-in URL. Required.
            signout_url (str): Where users land after signing out. Required.
            entity_id (str): The identity provider's SAML entity id. Required.
            completed_integration (bool | Unset): Whether the set-up steps are finished.
            body (SsoIntegrationSettings): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            SsoIntegration: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.sso.integrations.create(name=name, enabled=enabled, signin_url=signin_url, signout_url=signout_url, entity_id=entity_id)
        """
        from sendgrid_reseller.api.single_sign_on import create_sso_integration as _endpoint

        return _endpoint._sync_impl(
            self._client,
            name=name,
            enabled=enabled,
            signin_url=signin_url,
            signout_url=signout_url,
            entity_id=entity_id,
            completed_integration=completed_integration,
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
        name: str,
        enabled: bool,
        signin_url: str,
        signout_url: str,
        entity_id: str,
        completed_integration: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[SsoIntegration]: ...

    @overload
    def create_detailed(
        self,
        *,
        body: SsoIntegrationSettings,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[SsoIntegration]: ...

    def create_detailed(
        self,
        *,
        name: str | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        signin_url: str | Unset = UNSET,
        signout_url: str | Unset = UNSET,
        entity_id: str | Unset = UNSET,
        completed_integration: bool | Unset = UNSET,
        body: SsoIntegrationSettings | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[SsoIntegration]:
        """Create an SSO integration.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /v3/sso/integrations; the client adds Authorization: Bearer with the API key.

        Args:
            The same as `client.sso.integrations.create` takes; `help()` on it describes each one.

        Returns:
            Response[SsoIntegration]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.sso.integrations.create_detailed(name=name, enabled=enabled, signin_url=signin_url, signout_url=signout_url, entity_id=entity_id)
        """
        from sendgrid_reseller.api.single_sign_on import create_sso_integration as _endpoint

        return _endpoint._sync_detailed_impl(
            self._client,
            name=name,
            enabled=enabled,
            signin_url=signin_url,
            signout_url=signout_url,
            entity_id=entity_id,
            completed_integration=completed_integration,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    def get(
        self,
        id: str,
        *,
        si: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> SsoIntegration:
        """Get an SSO integration.

        One identity provider integration.

        Wire request: GET /v3/sso/integrations/{id}; the client adds Authorization: Bearer with the API
        key.

        Args:
            id (str): The `id` path segment. Required.
            si (bool | Unset): When true, the answer adds the URLs to give the identity provider
                (single_signon_url, audience_url).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            SsoIntegration: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.sso.integrations.get(id)
        """
        from sendgrid_reseller.api.single_sign_on import get_sso_integration as _endpoint

        return _endpoint.sync(
            self._client,
            id,
            si=si,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    def get_detailed(
        self,
        id: str,
        *,
        si: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[SsoIntegration]:
        """Get an SSO integration.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/sso/integrations/{id}; the client adds Authorization: Bearer with the API
        key.

        Args:
            The same as `client.sso.integrations.get` takes; `help()` on it describes each one.

        Returns:
            Response[SsoIntegration]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.sso.integrations.get_detailed(id)
        """
        from sendgrid_reseller.api.single_sign_on import get_sso_integration as _endpoint

        return _endpoint.sync_detailed(
            self._client,
            id,
            si=si,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    def delete(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Any:
        """Delete an SSO integration.

        Removes the integration; its teammates can no longer sign in through it.

        Wire request: DELETE /v3/sso/integrations/{id}; the client adds Authorization: Bearer with the
        API key.

        Args:
            id (str): The `id` path segment. Required.
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

            result = client.sso.integrations.delete(id)
        """
        from sendgrid_reseller.api.single_sign_on import delete_sso_integration as _endpoint

        return _endpoint.sync(
            self._client,
            id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    def delete_detailed(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[Any]:
        """Delete an SSO integration.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: DELETE /v3/sso/integrations/{id}; the client adds Authorization: Bearer with the
        API key.

        Args:
            The same as `client.sso.integrations.delete` takes; `help()` on it describes each one.

        Returns:
            Response[Any]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.sso.integrations.delete_detailed(id)
        """
        from sendgrid_reseller.api.single_sign_on import delete_sso_integration as _endpoint

        return _endpoint.sync_detailed(
            self._client,
            id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    def update(
        self,
        id: str,
        *,
        name: str,
        enabled: bool,
        signin_url: str,
        signout_url: str,
        entity_id: str,
        completed_integration: bool | Unset = UNSET,
        si: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> SsoIntegration: ...

    @overload
    def update(
        self,
        id: str,
        *,
        body: SsoIntegrationSettings,
        si: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> SsoIntegration: ...

    def update(
        self,
        id: str,
        *,
        name: str | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        signin_url: str | Unset = UNSET,
        signout_url: str | Unset = UNSET,
        entity_id: str | Unset = UNSET,
        completed_integration: bool | Unset = UNSET,
        body: SsoIntegrationSettings | Unset = UNSET,
        si: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> SsoIntegration:
        """Change an SSO integration.

        Replaces the integration's settings.

        Wire request: PATCH /v3/sso/integrations/{id}; the client adds Authorization: Bearer with the
        API key.

        Args:
            id (str): The `id` path segment. Required.
            name (str): The `name` JSON field. Required.
            enabled (bool): The `enabled` JSON field. Required.
            signin_url (str): The identity provider's sign-in URL. Required.
            signout_url (str): Where users land after signing out. Required.
            entity_id (str): The identity provider's SAML entity id. Required.
            completed_integration (bool | Unset): Whether the set-up steps are finished.
            body (SsoIntegrationSettings): The whole request as one model, instead of the
                fields above (not both).
            si (bool | Unset): When true, the answer adds the URLs to give the identity provider
                (single_signon_url, audience_url).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            SsoIntegration: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.sso.integrations.update(id, name=name, enabled=enabled, signin_url=signin_url, signout_url=signout_url, entity_id=entity_id)
        """
        from sendgrid_reseller.api.single_sign_on import update_sso_integration as _endpoint

        return _endpoint._sync_impl(
            self._client,
            id,
            name=name,
            enabled=enabled,
            signin_url=signin_url,
            signout_url=signout_url,
            entity_id=entity_id,
            completed_integration=completed_integration,
            body=body,
            si=si,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    def update_detailed(
        self,
        id: str,
        *,
        name: str,
        enabled: bool,
        signin_url: str,
        signout_url: str,
        entity_id: str,
        completed_integration: bool | Unset = UNSET,
        si: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[SsoIntegration]: ...

    @overload
    def update_detailed(
        self,
        id: str,
        *,
        body: SsoIntegrationSettings,
        si: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[SsoIntegration]: ...

    def update_detailed(
        self,
        id: str,
        *,
        name: str | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        signin_url: str | Unset = UNSET,
        signout_url: str | Unset = UNSET,
        entity_id: str | Unset = UNSET,
        completed_integration: bool | Unset = UNSET,
        body: SsoIntegrationSettings | Unset = UNSET,
        si: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[SsoIntegration]:
        """Change an SSO integration.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: PATCH /v3/sso/integrations/{id}; the client adds Authorization: Bearer with the
        API key.

        Args:
            The same as `client.sso.integrations.update` takes; `help()` on it describes each one.

        Returns:
            Response[SsoIntegration]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.sso.integrations.update_detailed(id, name=name, enabled=enabled, signin_url=signin_url, signout_url=signout_url, entity_id=entity_id)
        """
        from sendgrid_reseller.api.single_sign_on import update_sso_integration as _endpoint

        return _endpoint._sync_detailed_impl(
            self._client,
            id,
            name=name,
            enabled=enabled,
            signin_url=signin_url,
            signout_url=signout_url,
            entity_id=entity_id,
            completed_integration=completed_integration,
            body=body,
            si=si,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )
