# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.domains.ips` of `SendGrid`: the `DomainsIpsGroup` class, imported on first use.

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
    from sendgrid_reseller.models.authenticated_domain import AuthenticatedDomain
    from sendgrid_reseller.models.domain_ip import DomainIp
    from sendgrid_reseller.types import Response, Unset

    pass


class DomainsIpsGroup(Group):
    """Operations under `client.domains.ips`."""

    @overload
    def add(
        self,
        domain_id: int,
        *,
        ip: str,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> AuthenticatedDomain: ...

    @overload
    def add(
        self,
        domain_id: int,
        *,
        body: DomainIp,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> AuthenticatedDomain: ...

    def add(
        self,
        domain_id: int,
        *,
        ip: str | Unset = UNSET,
        body: DomainIp | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> AuthenticatedDomain:
        """Add an IP to an authenticated domain.

        Includes the IP in the domain's custom SPF record.

        Wire request: POST /v3/whitelabel/domains/{domain_id}/ips; the client adds Authorization: Bearer
        with the API key.

        Args:
            domain_id (int): The `domain_id` path segment. Required.
            ip (str): The `ip` JSON field. Required.
            body (DomainIp): The whole request as one model, instead of the
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
            AuthenticatedDomain: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.domains.ips.add(domain_id, ip=ip)
        """
        from sendgrid_reseller.api.authenticated_domains import add_ip_to_domain as _endpoint

        return _endpoint._sync_impl(
            self._client,
            domain_id,
            ip=ip,
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
        domain_id: int,
        *,
        ip: str,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[AuthenticatedDomain]: ...

    @overload
    def add_detailed(
        self,
        domain_id: int,
        *,
        body: DomainIp,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[AuthenticatedDomain]: ...

    def add_detailed(
        self,
        domain_id: int,
        *,
        ip: str | Unset = UNSET,
        body: DomainIp | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[AuthenticatedDomain]:
        """Add an IP to an authenticated domain.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /v3/whitelabel/domains/{domain_id}/ips; the client adds Authorization: Bearer
        with the API key.

        Args:
            The same as `client.domains.ips.add` takes; `help()` on it describes each one.

        Returns:
            Response[AuthenticatedDomain]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.domains.ips.add_detailed(domain_id, ip=ip)
        """
        from sendgrid_reseller.api.authenticated_domains import add_ip_to_domain as _endpoint

        return _endpoint._sync_detailed_impl(
            self._client,
            domain_id,
            ip=ip,
            body=body,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    def remove(
        self,
        domain_id: int,
        ip: str,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> AuthenticatedDomain:
        """Remove an IP from an authenticated domain.

        Drops the IP from the domain's custom SPF record and returns the domain.

        Wire request: DELETE /v3/whitelabel/domains/{domain_id}/ips/{ip}; the client adds Authorization:
        Bearer with the API key.

        Args:
            domain_id (int): The `domain_id` path segment. Required.
            ip (str): The `ip` path segment. Required.
            on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
                of the v2 "user" field.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            AuthenticatedDomain: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.domains.ips.remove(domain_id, ip)
        """
        from sendgrid_reseller.api.authenticated_domains import remove_ip_from_domain as _endpoint

        return _endpoint.sync(
            self._client,
            domain_id,
            ip,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    def remove_detailed(
        self,
        domain_id: int,
        ip: str,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[AuthenticatedDomain]:
        """Remove an IP from an authenticated domain.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: DELETE /v3/whitelabel/domains/{domain_id}/ips/{ip}; the client adds Authorization:
        Bearer with the API key.

        Args:
            The same as `client.domains.ips.remove` takes; `help()` on it describes each one.

        Returns:
            Response[AuthenticatedDomain]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.domains.ips.remove_detailed(domain_id, ip)
        """
        from sendgrid_reseller.api.authenticated_domains import remove_ip_from_domain as _endpoint

        return _endpoint.sync_detailed(
            self._client,
            domain_id,
            ip,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )
