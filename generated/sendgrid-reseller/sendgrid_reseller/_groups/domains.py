# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.domains` of `SendGrid`: the `DomainsGroup` class, imported on first use.

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
    from collections.abc import Iterator, Mapping
    from typing import Any

    import httpx

    from sendgrid_reseller._runtime.options import RequestOptions
    from sendgrid_reseller._runtime.page import SyncPage
    from sendgrid_reseller.models.authenticate_domain_request import AuthenticateDomainRequest
    from sendgrid_reseller.models.authenticate_domain_request_region import AuthenticateDomainRequestRegion
    from sendgrid_reseller.models.authenticated_domain import AuthenticatedDomain
    from sendgrid_reseller.models.dns_records_email_request import DnsRecordsEmailRequest
    from sendgrid_reseller.models.domain_validation import DomainValidation
    from sendgrid_reseller.models.update_domain_request import UpdateDomainRequest
    from sendgrid_reseller.types import Response, Unset

    from .domains_ips import DomainsIpsGroup
    from .domains_subusers import DomainsSubusersGroup

    pass


class DomainsGroup(Group):
    """Operations under `client.domains`."""

    @cached_property
    def subusers(self) -> DomainsSubusersGroup:
        from .domains_subusers import DomainsSubusersGroup

        return DomainsSubusersGroup(self._client)

    @cached_property
    def ips(self) -> DomainsIpsGroup:
        from .domains_ips import DomainsIpsGroup

        return DomainsIpsGroup(self._client)

    @overload
    def email_dns_records(
        self,
        *,
        link_id: int,
        domain_id: int,
        email: str,
        message: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Any: ...

    @overload
    def email_dns_records(
        self,
        *,
        body: DnsRecordsEmailRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Any: ...

    def email_dns_records(
        self,
        *,
        link_id: int | Unset = UNSET,
        domain_id: int | Unset = UNSET,
        email: str | Unset = UNSET,
        message: str | Unset = UNSET,
        body: DnsRecordsEmailRequest | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Any:
        """Email DNS records to a colleague.

        Sends the DNS records a domain authentication (domain_id) and a link branding (link_id) need to
        someone who manages the DNS.

        Wire request: POST /v3/whitelabel/dns/email; the client adds Authorization: Bearer with the API
        key.

        Args:
            link_id (int): The branded link whose records to send. Required.
            domain_id (int): The authenticated domain whose records to send. Required.
            email (str): Who receives the records. Required.
            message (str | Unset): Text added to the email.
            body (DnsRecordsEmailRequest): The whole request as one model, instead of the
                fields above (not both).
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

            result = client.domains.email_dns_records(link_id=link_id, domain_id=domain_id, email=email)
        """
        from sendgrid_reseller.api.authenticated_domains import email_domain_dns_records as _endpoint

        return _endpoint._sync_impl(
            self._client,
            link_id=link_id,
            domain_id=domain_id,
            email=email,
            message=message,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    def email_dns_records_detailed(
        self,
        *,
        link_id: int,
        domain_id: int,
        email: str,
        message: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[Any]: ...

    @overload
    def email_dns_records_detailed(
        self,
        *,
        body: DnsRecordsEmailRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[Any]: ...

    def email_dns_records_detailed(
        self,
        *,
        link_id: int | Unset = UNSET,
        domain_id: int | Unset = UNSET,
        email: str | Unset = UNSET,
        message: str | Unset = UNSET,
        body: DnsRecordsEmailRequest | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[Any]:
        """Email DNS records to a colleague.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /v3/whitelabel/dns/email; the client adds Authorization: Bearer with the API
        key.

        Args:
            The same as `client.domains.email_dns_records` takes; `help()` on it describes each one.

        Returns:
            Response[Any]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.domains.email_dns_records_detailed(link_id=link_id, domain_id=domain_id, email=email)
        """
        from sendgrid_reseller.api.authenticated_domains import email_domain_dns_records as _endpoint

        return _endpoint._sync_detailed_impl(
            self._client,
            link_id=link_id,
            domain_id=domain_id,
            email=email,
            message=message,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        exclude_subusers: bool | Unset = UNSET,
        username: str | Unset = UNSET,
        domain: str | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
        page_token: str | None = None,
    ) -> SyncPage[AuthenticatedDomain]:
        """List authenticated domains.

        The account's authenticated domains, a page at a time (limit/offset, Link header).

        Returns the first page (or the one `page_token` names): iterate it for every record across
        pages, or use `pages()`, `has_next_page()`, `next_page()` and `next_page_token`.

        Wire request: GET /v3/whitelabel/domains; the client adds Authorization: Bearer with the API
        key.

        Args:
            limit (int | Unset): Records to return in one page. The default and the maximum are both
                500.
            offset (int | Unset): Records to skip before the first one returned.
            exclude_subusers (bool | Unset): Leave out the subusers' domains.
            username (str | Unset): Only domains of this user.
            domain (str | Unset): Only domains matching this text.
            on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
                of the v2 "user" field.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.
            page_token (str | None): Start at the page an earlier page's `next_page_token` names.

        Returns:
            SyncPage[AuthenticatedDomain]: the page; its `items` are this page's records.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            for item in client.domains.list():  # every record, page after page
                print(item)
        """
        from sendgrid_reseller.api.authenticated_domains import list_authenticated_domains as _endpoint

        return _endpoint.page(
            self._client,
            limit=limit,
            offset=offset,
            exclude_subusers=exclude_subusers,
            username=username,
            domain=domain,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
            page_token=page_token,
        )

    def list_detailed(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        exclude_subusers: bool | Unset = UNSET,
        username: str | Unset = UNSET,
        domain: str | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[builtins.list[AuthenticatedDomain]]:
        """List authenticated domains.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/whitelabel/domains; the client adds Authorization: Bearer with the API
        key.

        Args:
            The same as `client.domains.list` takes; `help()` on it describes each one.

        Returns:
            Response[list[AuthenticatedDomain]]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.domains.list_detailed()
        """
        from sendgrid_reseller.api.authenticated_domains import list_authenticated_domains as _endpoint

        return _endpoint.sync_detailed(
            self._client,
            limit=limit,
            offset=offset,
            exclude_subusers=exclude_subusers,
            username=username,
            domain=domain,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    def list_pages(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        exclude_subusers: bool | Unset = UNSET,
        username: str | Unset = UNSET,
        domain: str | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Iterator[Response[builtins.list[AuthenticatedDomain]]]:
        """List authenticated domains.

        Yields one `Response` per page, following the Link header's rel="next"; the next page is
        requested only when the previous one has been consumed.

        Wire request: GET /v3/whitelabel/domains; the client adds Authorization: Bearer with the API
        key.

        Args:
            The same as `client.domains.list` takes; `help()` on it describes each one.

        Returns:
            Iterator of Response[list[AuthenticatedDomain]]: each page with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            for page in client.domains.list_pages():
                print(page.status_code, len(page.parsed))
        """
        from sendgrid_reseller.api.authenticated_domains import list_authenticated_domains as _endpoint

        return _endpoint.iter_pages(
            self._client,
            limit=limit,
            offset=offset,
            exclude_subusers=exclude_subusers,
            username=username,
            domain=domain,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    def list_items(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        exclude_subusers: bool | Unset = UNSET,
        username: str | Unset = UNSET,
        domain: str | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Iterator[AuthenticatedDomain]:
        """List authenticated domains.

        Yields every record of the list, across all pages (one page in memory at a time).

        Wire request: GET /v3/whitelabel/domains; the client adds Authorization: Bearer with the API
        key.

        Args:
            The same as `client.domains.list` takes; `help()` on it describes each one.

        Returns:
            Iterator of AuthenticatedDomain: each record.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            for item in client.domains.list_items():
                print(item)
        """
        from sendgrid_reseller.api.authenticated_domains import list_authenticated_domains as _endpoint

        return _endpoint.iter_items(
            self._client,
            limit=limit,
            offset=offset,
            exclude_subusers=exclude_subusers,
            username=username,
            domain=domain,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    @overload
    def create(
        self,
        *,
        domain: str,
        subdomain: str | Unset = UNSET,
        username: str | Unset = UNSET,
        ips: builtins.list[str] | Unset = UNSET,
        custom_spf: bool | Unset = UNSET,
        default: bool | Unset = UNSET,
        automatic_security: bool | Unset = UNSET,
        custom_dkim_selector: str | Unset = UNSET,
        region: AuthenticateDomainRequestRegion | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> AuthenticatedDomain: ...

    @overload
    def create(
        self,
        *,
        body: AuthenticateDomainRequest,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> AuthenticatedDomain: ...

    def create(
        self,
        *,
        domain: str | Unset = UNSET,
        subdomain: str | Unset = UNSET,
        username: str | Unset = UNSET,
        ips: builtins.list[str] | Unset = UNSET,
        custom_spf: bool | Unset = UNSET,
        default: bool | Unset = UNSET,
        automatic_security: bool | Unset = UNSET,
        custom_dkim_selector: str | Unset = UNSET,
        region: AuthenticateDomainRequestRegion | Unset = UNSET,
        body: AuthenticateDomainRequest | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> AuthenticatedDomain:
        """Authenticate a domain.

        Starts authenticating a sending domain and returns the DNS records to publish. Passing username
        creates it for (and visible to) that subuser; associating is the alternative.

        Wire request: POST /v3/whitelabel/domains; the client adds Authorization: Bearer with the API
        key.

        Args:
            domain (str): The `domain` JSON field. Required.
            subdomain (str | Unset): The `subdomain` JSON field.
            username (str | Unset): Create the domain for this subuser.
            ips (list[str] | Unset): IPs to list in a custom SPF record.
            custom_spf (bool | Unset): Use a custom SPF record (manual security only).
            default (bool | Unset): Use this domain when none matches the From address.
            automatic_security (bool | Unset): Let SendGrid manage SPF, DKIM and key rotation (CNAME
                records).
            custom_dkim_selector (str | Unset): Three letters or digits.
            region (AuthenticateDomainRequestRegion | Unset): The `region` JSON field.
            body (AuthenticateDomainRequest): The whole request as one model, instead of the
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

            result = client.domains.create(domain=domain)
        """
        from sendgrid_reseller.api.authenticated_domains import authenticate_domain as _endpoint

        return _endpoint._sync_impl(
            self._client,
            domain=domain,
            subdomain=subdomain,
            username=username,
            ips=ips,
            custom_spf=custom_spf,
            default=default,
            automatic_security=automatic_security,
            custom_dkim_selector=custom_dkim_selector,
            region=region,
            body=body,
            on_behalf_of=on_behalf_of,
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
        domain: str,
        subdomain: str | Unset = UNSET,
        username: str | Unset = UNSET,
        ips: builtins.list[str] | Unset = UNSET,
        custom_spf: bool | Unset = UNSET,
        default: bool | Unset = UNSET,
        automatic_security: bool | Unset = UNSET,
        custom_dkim_selector: str | Unset = UNSET,
        region: AuthenticateDomainRequestRegion | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[AuthenticatedDomain]: ...

    @overload
    def create_detailed(
        self,
        *,
        body: AuthenticateDomainRequest,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[AuthenticatedDomain]: ...

    def create_detailed(
        self,
        *,
        domain: str | Unset = UNSET,
        subdomain: str | Unset = UNSET,
        username: str | Unset = UNSET,
        ips: builtins.list[str] | Unset = UNSET,
        custom_spf: bool | Unset = UNSET,
        default: bool | Unset = UNSET,
        automatic_security: bool | Unset = UNSET,
        custom_dkim_selector: str | Unset = UNSET,
        region: AuthenticateDomainRequestRegion | Unset = UNSET,
        body: AuthenticateDomainRequest | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[AuthenticatedDomain]:
        """Authenticate a domain.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /v3/whitelabel/domains; the client adds Authorization: Bearer with the API
        key.

        Args:
            The same as `client.domains.create` takes; `help()` on it describes each one.

        Returns:
            Response[AuthenticatedDomain]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.domains.create_detailed(domain=domain)
        """
        from sendgrid_reseller.api.authenticated_domains import authenticate_domain as _endpoint

        return _endpoint._sync_detailed_impl(
            self._client,
            domain=domain,
            subdomain=subdomain,
            username=username,
            ips=ips,
            custom_spf=custom_spf,
            default=default,
            automatic_security=automatic_security,
            custom_dkim_selector=custom_dkim_selector,
            region=region,
            body=body,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    def get(
        self,
        domain_id: int,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> AuthenticatedDomain:
        """Get an authenticated domain.

        One authenticated domain with its DNS records and their validity.

        Wire request: GET /v3/whitelabel/domains/{domain_id}; the client adds Authorization: Bearer with
        the API key.

        Args:
            domain_id (int): The `domain_id` path segment. Required.
            on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
                of the v2 "user" field.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            AuthenticatedDomain: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.domains.get(domain_id)
        """
        from sendgrid_reseller.api.authenticated_domains import get_authenticated_domain as _endpoint

        return _endpoint.sync(
            self._client,
            domain_id,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    def get_detailed(
        self,
        domain_id: int,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[AuthenticatedDomain]:
        """Get an authenticated domain.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/whitelabel/domains/{domain_id}; the client adds Authorization: Bearer with
        the API key.

        Args:
            The same as `client.domains.get` takes; `help()` on it describes each one.

        Returns:
            Response[AuthenticatedDomain]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.domains.get_detailed(domain_id)
        """
        from sendgrid_reseller.api.authenticated_domains import get_authenticated_domain as _endpoint

        return _endpoint.sync_detailed(
            self._client,
            domain_id,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    def delete(
        self,
        domain_id: int,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Any:
        """Delete an authenticated domain.

        Removes the domain authentication.

        Wire request: DELETE /v3/whitelabel/domains/{domain_id}; the client adds Authorization: Bearer
        with the API key.

        Args:
            domain_id (int): The `domain_id` path segment. Required.
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

            result = client.domains.delete(domain_id)
        """
        from sendgrid_reseller.api.authenticated_domains import delete_authenticated_domain as _endpoint

        return _endpoint.sync(
            self._client,
            domain_id,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    def delete_detailed(
        self,
        domain_id: int,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[Any]:
        """Delete an authenticated domain.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: DELETE /v3/whitelabel/domains/{domain_id}; the client adds Authorization: Bearer
        with the API key.

        Args:
            The same as `client.domains.delete` takes; `help()` on it describes each one.

        Returns:
            Response[Any]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.domains.delete_detailed(domain_id)
        """
        from sendgrid_reseller.api.authenticated_domains import delete_authenticated_domain as _endpoint

        return _endpoint.sync_detailed(
            self._client,
            domain_id,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    def update(
        self,
        domain_id: int,
        *,
        default: bool | Unset = UNSET,
        custom_spf: bool | Unset = UNSET,
        body: UpdateDomainRequest | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> AuthenticatedDomain:
        """Update an authenticated domain.

        Changes whether the domain is the default and whether it uses a custom SPF record.

        Wire request: PATCH /v3/whitelabel/domains/{domain_id}; the client adds Authorization: Bearer
        with the API key.

        Args:
            domain_id (int): The `domain_id` path segment. Required.
            default (bool | Unset): The `default` JSON field.
            custom_spf (bool | Unset): The `custom_spf` JSON field.
            body (UpdateDomainRequest): The whole request as one model, instead of the
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

            result = client.domains.update(domain_id)
        """
        from sendgrid_reseller.api.authenticated_domains import update_authenticated_domain as _endpoint

        return _endpoint.sync(
            self._client,
            domain_id,
            default=default,
            custom_spf=custom_spf,
            body=body,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    def update_detailed(
        self,
        domain_id: int,
        *,
        default: bool | Unset = UNSET,
        custom_spf: bool | Unset = UNSET,
        body: UpdateDomainRequest | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[AuthenticatedDomain]:
        """Update an authenticated domain.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: PATCH /v3/whitelabel/domains/{domain_id}; the client adds Authorization: Bearer
        with the API key.

        Args:
            The same as `client.domains.update` takes; `help()` on it describes each one.

        Returns:
            Response[AuthenticatedDomain]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.domains.update_detailed(domain_id)
        """
        from sendgrid_reseller.api.authenticated_domains import update_authenticated_domain as _endpoint

        return _endpoint.sync_detailed(
            self._client,
            domain_id,
            default=default,
            custom_spf=custom_spf,
            body=body,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    def validate(
        self,
        domain_id: int,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> DomainValidation:
        """Validate an authenticated domain.

        Checks the domain's DNS records now and says which are right and why the others are not.

        Wire request: POST /v3/whitelabel/domains/{domain_id}/validate; the client adds Authorization:
        Bearer with the API key.

        Args:
            domain_id (int): The `domain_id` path segment. Required.
            on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
                of the v2 "user" field.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            DomainValidation: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.domains.validate(domain_id)
        """
        from sendgrid_reseller.api.authenticated_domains import validate_authenticated_domain as _endpoint

        return _endpoint.sync(
            self._client,
            domain_id,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    def validate_detailed(
        self,
        domain_id: int,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[DomainValidation]:
        """Validate an authenticated domain.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /v3/whitelabel/domains/{domain_id}/validate; the client adds Authorization:
        Bearer with the API key.

        Args:
            The same as `client.domains.validate` takes; `help()` on it describes each one.

        Returns:
            Response[DomainValidation]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.domains.validate_detailed(domain_id)
        """
        from sendgrid_reseller.api.authenticated_domains import validate_authenticated_domain as _endpoint

        return _endpoint.sync_detailed(
            self._client,
            domain_id,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    def get_default(
        self,
        *,
        domain: str | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> builtins.list[AuthenticatedDomain]:
        """Get the default authenticated domain.

        The domain used when none matches the From address (a list, empty when no default is set),
        optionally for one domain name.

        Wire request: GET /v3/whitelabel/domains/default; the client adds Authorization: Bearer with the
        API key.

        Args:
            domain (str | Unset): The domain to look up.
            on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
                of the v2 "user" field.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            list[AuthenticatedDomain]: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.domains.get_default()
        """
        from sendgrid_reseller.api.authenticated_domains import get_default_authenticated_domain as _endpoint

        return _endpoint.sync(
            self._client,
            domain=domain,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    def get_default_detailed(
        self,
        *,
        domain: str | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[builtins.list[AuthenticatedDomain]]:
        """Get the default authenticated domain.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/whitelabel/domains/default; the client adds Authorization: Bearer with the
        API key.

        Args:
            The same as `client.domains.get_default` takes; `help()` on it describes each one.

        Returns:
            Response[list[AuthenticatedDomain]]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.domains.get_default_detailed()
        """
        from sendgrid_reseller.api.authenticated_domains import get_default_authenticated_domain as _endpoint

        return _endpoint.sync_detailed(
            self._client,
            domain=domain,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )
