# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.webhooks.security` of `AsyncSendGrid`: the `AsyncWebhooksSecurityGroup` class, imported on first use.

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
    from sendgrid_reseller.models.deleted_webhook_security_policy import DeletedWebhookSecurityPolicy
    from sendgrid_reseller.models.webhook_security_o_auth_settings import WebhookSecurityOAuthSettings
    from sendgrid_reseller.models.webhook_security_policy_envelope import WebhookSecurityPolicyEnvelope
    from sendgrid_reseller.models.webhook_security_policy_list import WebhookSecurityPolicyList
    from sendgrid_reseller.models.webhook_security_policy_settings import WebhookSecurityPolicySettings
    from sendgrid_reseller.models.webhook_security_signature_settings import WebhookSecuritySignatureSettings
    from sendgrid_reseller.types import Response, Unset

    pass


class AsyncWebhooksSecurityGroup(Group):
    """Operations under `client.webhooks.security`."""

    async def list(
        self,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> WebhookSecurityPolicyList:
        """List webhook security policies.

        Every security policy of the account (signature verification and/or OAuth) with its id.

        Wire request: GET /v3/user/webhooks/security/policies; the client adds Authorization: Bearer
        with the API key.

        Args:
            on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
                of the v2 "user" field.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            WebhookSecurityPolicyList: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.webhooks.security.list()
        """
        from sendgrid_reseller.api.webhooks import list_webhook_security_policies as _endpoint

        return await _endpoint.asyncio(
            self._client,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    async def list_detailed(
        self,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[WebhookSecurityPolicyList]:
        """List webhook security policies.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/user/webhooks/security/policies; the client adds Authorization: Bearer
        with the API key.

        Args:
            The same as `client.webhooks.security.list` takes; `help()` on it describes each one.

        Returns:
            Response[WebhookSecurityPolicyList]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.webhooks.security.list_detailed()
        """
        from sendgrid_reseller.api.webhooks import list_webhook_security_policies as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    async def create(
        self,
        *,
        name: str | Unset = UNSET,
        oauth: WebhookSecurityOAuthSettings | Unset = UNSET,
        signature: WebhookSecuritySignatureSettings | Unset = UNSET,
        body: WebhookSecurityPolicySettings | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> WebhookSecurityPolicyEnvelope:
        """Create a webhook security policy.

        Adds a named policy; give it a signature block, an OAuth block or both (a policy with neither is
        refused). When signing is on, the answer carries the public key to verify with.

        Wire request: POST /v3/user/webhooks/security/policies; the client adds Authorization: Bearer
        with the API key.

        Args:
            name (str | Unset): A label for people.
            oauth (WebhookSecurityOAuthSettings | Unset): The `oauth` JSON field.
            signature (WebhookSecuritySignatureSettings | Unset): The `signature` JSON field.
            body (WebhookSecurityPolicySettings): The whole request as one model, instead of the
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
            WebhookSecurityPolicyEnvelope: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.webhooks.security.create()
        """
        from sendgrid_reseller.api.webhooks import create_webhook_security_policy as _endpoint

        return await _endpoint.asyncio(
            self._client,
            name=name,
            oauth=oauth,
            signature=signature,
            body=body,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def create_detailed(
        self,
        *,
        name: str | Unset = UNSET,
        oauth: WebhookSecurityOAuthSettings | Unset = UNSET,
        signature: WebhookSecuritySignatureSettings | Unset = UNSET,
        body: WebhookSecurityPolicySettings | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[WebhookSecurityPolicyEnvelope]:
        """Create a webhook security policy.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /v3/user/webhooks/security/policies; the client adds Authorization: Bearer
        with the API key.

        Args:
            The same as `client.webhooks.security.create` takes; `help()` on it describes each one.

        Returns:
            Response[WebhookSecurityPolicyEnvelope]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.webhooks.security.create_detailed()
        """
        from sendgrid_reseller.api.webhooks import create_webhook_security_policy as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            name=name,
            oauth=oauth,
            signature=signature,
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
        id: str,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> WebhookSecurityPolicyEnvelope:
        """Get a webhook security policy.

        One policy's name, OAuth settings (without the secret) and signing public key.

        Wire request: GET /v3/user/webhooks/security/policies/{id}; the client adds Authorization:
        Bearer with the API key.

        Args:
            id (str): The `id` path segment. Required.
            on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
                of the v2 "user" field.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            WebhookSecurityPolicyEnvelope: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.webhooks.security.get(id)
        """
        from sendgrid_reseller.api.webhooks import get_webhook_security_policy as _endpoint

        return await _endpoint.asyncio(
            self._client,
            id,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    async def get_detailed(
        self,
        id: str,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[WebhookSecurityPolicyEnvelope]:
        """Get a webhook security policy.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/user/webhooks/security/policies/{id}; the client adds Authorization:
        Bearer with the API key.

        Args:
            The same as `client.webhooks.security.get` takes; `help()` on it describes each one.

        Returns:
            Response[WebhookSecurityPolicyEnvelope]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.webhooks.security.get_detailed(id)
        """
        from sendgrid_reseller.api.webhooks import get_webhook_security_policy as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            id,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    async def delete(
        self,
        id: str,
        *,
        force: bool | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> DeletedWebhookSecurityPolicy:
        """Delete a webhook security policy.

        Removes a policy. A policy still attached to a webhook is kept unless force is true.

        Wire request: DELETE /v3/user/webhooks/security/policies/{id}; the client adds Authorization:
        Bearer with the API key.

        Args:
            id (str): The `id` path segment. Required.
            force (bool | Unset): Delete the policy even when webhooks still use it.
            on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
                of the v2 "user" field.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            DeletedWebhookSecurityPolicy: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.webhooks.security.delete(id)
        """
        from sendgrid_reseller.api.webhooks import delete_webhook_security_policy as _endpoint

        return await _endpoint.asyncio(
            self._client,
            id,
            force=force,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def delete_detailed(
        self,
        id: str,
        *,
        force: bool | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[DeletedWebhookSecurityPolicy]:
        """Delete a webhook security policy.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: DELETE /v3/user/webhooks/security/policies/{id}; the client adds Authorization:
        Bearer with the API key.

        Args:
            The same as `client.webhooks.security.delete` takes; `help()` on it describes each one.

        Returns:
            Response[DeletedWebhookSecurityPolicy]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.webhooks.security.delete_detailed(id)
        """
        from sendgrid_reseller.api.webhooks import delete_webhook_security_policy as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            id,
            force=force,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def update(
        self,
        id: str,
        *,
        name: str | Unset = UNSET,
        oauth: WebhookSecurityOAuthSettings | Unset = UNSET,
        signature: WebhookSecuritySignatureSettings | Unset = UNSET,
        body: WebhookSecurityPolicySettings | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> WebhookSecurityPolicyEnvelope:
        """Update a webhook security policy.

        Replaces the given parts of a policy (name, OAuth, signature).

        Wire request: PATCH /v3/user/webhooks/security/policies/{id}; the client adds Authorization:
        Bearer with the API key.

        Args:
            id (str): The `id` path segment. Required.
            name (str | Unset): A label for people.
            oauth (WebhookSecurityOAuthSettings | Unset): The `oauth` JSON field.
            signature (WebhookSecuritySignatureSettings | Unset): The `signature` JSON field.
            body (WebhookSecurityPolicySettings): The whole request as one model, instead of the
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
            WebhookSecurityPolicyEnvelope: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.webhooks.security.update(id)
        """
        from sendgrid_reseller.api.webhooks import update_webhook_security_policy as _endpoint

        return await _endpoint.asyncio(
            self._client,
            id,
            name=name,
            oauth=oauth,
            signature=signature,
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
        id: str,
        *,
        name: str | Unset = UNSET,
        oauth: WebhookSecurityOAuthSettings | Unset = UNSET,
        signature: WebhookSecuritySignatureSettings | Unset = UNSET,
        body: WebhookSecurityPolicySettings | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[WebhookSecurityPolicyEnvelope]:
        """Update a webhook security policy.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: PATCH /v3/user/webhooks/security/policies/{id}; the client adds Authorization:
        Bearer with the API key.

        Args:
            The same as `client.webhooks.security.update` takes; `help()` on it describes each one.

        Returns:
            Response[WebhookSecurityPolicyEnvelope]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.webhooks.security.update_detailed(id)
        """
        from sendgrid_reseller.api.webhooks import update_webhook_security_policy as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            id,
            name=name,
            oauth=oauth,
            signature=signature,
            body=body,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )
