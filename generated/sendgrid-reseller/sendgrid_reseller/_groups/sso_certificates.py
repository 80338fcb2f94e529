# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.sso.certificates` of `SendGrid`: the `SsoCertificatesGroup` class, imported on first use.

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
    from sendgrid_reseller.models.sso_certificate import SsoCertificate
    from sendgrid_reseller.models.sso_certificate_create import SsoCertificateCreate
    from sendgrid_reseller.models.sso_certificate_update import SsoCertificateUpdate
    from sendgrid_reseller.types import Response, Unset

    pass


class SsoCertificatesGroup(Group):
    """Operations under `client.sso.certificates`."""

    @overload
    def create(
        self,
        *,
        public_certificate: str,
        integration_id: str,
        enabled: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> SsoCertificate: ...

    @overload
    def create(
        self,
        *,
        body: SsoCertificateCreate,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> SsoCertificate: ...

    def create(
        self,
        *,
        public_certificate: str | Unset = UNSET,
        integration_id: str | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        body: SsoCertificateCreate | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> SsoCertificate:
        """Add an SSO certificate.

        Uploads the identity provider's x509 signing certificate for an integration.

        Wire request: POST /v3/sso/certificates; the client adds Authorization: Bearer with the API key.

        Args:
            public_certificate (str): The x509 certificate (PEM). Required.
            integration_id (str): The `integration_id` JSON field. Required.
            enabled (bool | Unset): The `enabled` JSON field.
            body (SsoCertificateCreate): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            SsoCertificate: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.sso.certificates.create(public_certificate=public_certificate, integration_id=integration_id)
        """
        from sendgrid_reseller.api.single_sign_on import create_sso_certificate as _endpoint

        return _endpoint._sync_impl(
            self._client,
            public_certificate=public_certificate,
            integration_id=integration_id,
            enabled=enabled,
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
        public_certificate: str,
        integration_id: str,
        enabled: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[SsoCertificate]: ...

    @overload
    def create_detailed(
        self,
        *,
        body: SsoCertificateCreate,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[SsoCertificate]: ...

    def create_detailed(
        self,
        *,
        public_certificate: str | Unset = UNSET,
        integration_id: str | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        body: SsoCertificateCreate | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[SsoCertificate]:
        """Add an SSO certificate.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /v3/sso/certificates; the client adds Authorization: Bearer with the API key.

        Args:
            The same as `client.sso.certificates.create` takes; `help()` on it describes each one.

        Returns:
            Response[SsoCertificate]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.sso.certificates.create_detailed(public_certificate=public_certificate, integration_id=integration_id)
        """
        from sendgrid_reseller.api.single_sign_on import create_sso_certificate as _endpoint

        return _endpoint._sync_detailed_impl(
            self._client,
            public_certificate=public_certificate,
            integration_id=integration_id,
            enabled=enabled,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    def get(
        self,
        cert_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> SsoCertificate:
        """Get an SSO certificate.

        The certificate, its validity period and its integration.

        Wire request: GET /v3/sso/certificates/{cert_id}; the client adds Authorization: Bearer with the
        API key.

        Args:
            cert_id (str): The `cert_id` path segment. Required.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            SsoCertificate: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.sso.certificates.get(cert_id)
        """
        from sendgrid_reseller.api.single_sign_on import get_sso_certificate as _endpoint

        return _endpoint.sync(
            self._client,
            cert_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    def get_detailed(
        self,
        cert_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[SsoCertificate]:
        """Get an SSO certificate.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/sso/certificates/{cert_id}; the client adds Authorization: Bearer with the
        API key.

        Args:
            The same as `client.sso.certificates.get` takes; `help()` on it describes each one.

        Returns:
            Response[SsoCertificate]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.sso.certificates.get_detailed(cert_id)
        """
        from sendgrid_reseller.api.single_sign_on import get_sso_certificate as _endpoint

        return _endpoint.sync_detailed(
            self._client,
            cert_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    def delete(
        self,
        cert_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> SsoCertificate:
        """Delete an SSO certificate.

        Removes the certificate and answers it as it was.

        Wire request: DELETE /v3/sso/certificates/{cert_id}; the client adds Authorization: Bearer with
        the API key.

        Args:
            cert_id (str): The `cert_id` path segment. Required.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            SsoCertificate: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.sso.certificates.delete(cert_id)
        """
        from sendgrid_reseller.api.single_sign_on import delete_sso_certificate as _endpoint

        return _endpoint.sync(
            self._client,
            cert_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    def delete_detailed(
        self,
        cert_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[SsoCertificate]:
        """Delete an SSO certificate.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: DELETE /v3/sso/certificates/{cert_id}; the client adds Authorization: Bearer with
        the API key.

        Args:
            The same as `client.sso.certificates.delete` takes; `help()` on it describes each one.

        Returns:
            Response[SsoCertificate]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.sso.certificates.delete_detailed(cert_id)
        """
        from sendgrid_reseller.api.single_sign_on import delete_sso_certificate as _endpoint

        return _endpoint.sync_detailed(
            self._client,
            cert_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    def update(
        self,
        cert_id: str,
        *,
        public_certificate: str | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        integration_id: str | Unset = UNSET,
        body: SsoCertificateUpdate | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> SsoCertificate:
        """Change an SSO certificate.

        Replaces the certificate, turns it on or off, or moves it to another integration.

        Wire request: PATCH /v3/sso/certificates/{cert_id}; the client adds Authorization: Bearer with
        the API key.

        Args:
            cert_id (str): The `cert_id` path segment. Required.
            public_certificate (str | Unset): The `public_certificate` JSON field.
            enabled (bool | Unset): The `enabled` JSON field.
            integration_id (str | Unset): The `integration_id` JSON field.
            body (SsoCertificateUpdate): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            SsoCertificate: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.sso.certificates.update(cert_id)
        """
        from sendgrid_reseller.api.single_sign_on import update_sso_certificate as _endpoint

        return _endpoint.sync(
            self._client,
            cert_id,
            public_certificate=public_certificate,
            enabled=enabled,
            integration_id=integration_id,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    def update_detailed(
        self,
        cert_id: str,
        *,
        public_certificate: str | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        integration_id: str | Unset = UNSET,
        body: SsoCertificateUpdate | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[SsoCertificate]:
        """Change an SSO certificate.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: PATCH /v3/sso/certificates/{cert_id}; the client adds Authorization: Bearer with
        the API key.

        Args:
            The same as `client.sso.certificates.update` takes; `help()` on it describes each one.

        Returns:
            Response[SsoCertificate]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.sso.certificates.update_detailed(cert_id)
        """
        from sendgrid_reseller.api.single_sign_on import update_sso_certificate as _endpoint

        return _endpoint.sync_detailed(
            self._client,
            cert_id,
            public_certificate=public_certificate,
            enabled=enabled,
            integration_id=integration_id,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    def list(
        self,
        integration_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> builtins.list[SsoCertificate]:
        """An integration's certificates.

        Every certificate uploaded for one integration.

        Wire request: GET /v3/sso/integrations/{integration_id}/certificates; the client adds
        Authorization: Bearer with the API key.

        Args:
            integration_id (str): The integration's id. Required.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            list[SsoCertificate]: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.sso.certificates.list(integration_id)
        """
        from sendgrid_reseller.api.single_sign_on import list_sso_integration_certificates as _endpoint

        return _endpoint.sync(
            self._client,
            integration_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    def list_detailed(
        self,
        integration_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[builtins.list[SsoCertificate]]:
        """An integration's certificates.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/sso/integrations/{integration_id}/certificates; the client adds
        Authorization: Bearer with the API key.

        Args:
            The same as `client.sso.certificates.list` takes; `help()` on it describes each one.

        Returns:
            Response[list[SsoCertificate]]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.sso.certificates.list_detailed(integration_id)
        """
        from sendgrid_reseller.api.single_sign_on import list_sso_integration_certificates as _endpoint

        return _endpoint.sync_detailed(
            self._client,
            integration_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )
