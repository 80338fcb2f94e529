# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.domains.subusers` of `AsyncSendGrid`: the `AsyncDomainsSubusersGroup` class, imported on first use.

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
    from sendgrid_reseller.models.authenticated_domain import AuthenticatedDomain
    from sendgrid_reseller.models.subuser_username import SubuserUsername
    from sendgrid_reseller.types import Response, Unset

    pass


class AsyncDomainsSubusersGroup(Group):
    """Operations under `client.domains.subusers`."""

    @overload
    async def associate(
        self,
        domain_id: int,
        *,
        username: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> AuthenticatedDomain: ...

    @overload
    async def associate(
        self,
        domain_id: int,
        *,
        body: SubuserUsername,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> AuthenticatedDomain: ...

    async def associate(
        self,
        domain_id: int,
        *,
        username: str | Unset = UNSET,
        body: SubuserUsername | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> AuthenticatedDomain:
        """Assign a domain to a subuser.

        Lets a subuser send with the parent's validated domain (the subuser cannot see or change it).
        This is the one-domain association; see add_subuser_domain for up to five.

        Wire request: POST /v3/whitelabel/domains/{domain_id}/subuser; the client adds Authorization:
        Bearer with the API key.

        Args:
            domain_id (int): The `domain_id` path segment. Required.
            username (str): The `username` JSON field. Required.
            body (SubuserUsername): The whole request as one model, instead of the
                fields above (not both).
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

            result = await client.domains.subusers.associate(domain_id, username=username)
        """
        from sendgrid_reseller.api.authenticated_domains import associate_domain_with_subuser as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            domain_id,
            username=username,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def associate_detailed(
        self,
        domain_id: int,
        *,
        username: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[AuthenticatedDomain]: ...

    @overload
    async def associate_detailed(
        self,
        domain_id: int,
        *,
        body: SubuserUsername,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[AuthenticatedDomain]: ...

    async def associate_detailed(
        self,
        domain_id: int,
        *,
        username: str | Unset = UNSET,
        body: SubuserUsername | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[AuthenticatedDomain]:
        """Assign a domain to a subuser.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /v3/whitelabel/domains/{domain_id}/subuser; the client adds Authorization:
        Bearer with the API key.

        Args:
            The same as `client.domains.subusers.associate` takes; `help()` on it describes each one.

        Returns:
            Response[AuthenticatedDomain]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.domains.subusers.associate_detailed(domain_id, username=username)
        """
        from sendgrid_reseller.api.authenticated_domains import associate_domain_with_subuser as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            domain_id,
            username=username,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def remove_domain(
        self,
        domain_id: int,
        *,
        username: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Any:
        """Take one of several assigned domains from a subuser.

        Ends the association of this domain with the subuser (for subusers with up to five domains).

        Wire request: DELETE /v3/whitelabel/domains/{domain_id}/subuser; the client adds Authorization:
        Bearer with the API key.

        Args:
            domain_id (int): The `domain_id` path segment. Required.
            username (str): The subuser's username. Required.
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

            result = await client.domains.subusers.remove_domain(domain_id)
        """
        from sendgrid_reseller.api.authenticated_domains import disassociate_domain_from_subuser as _endpoint

        return await _endpoint.asyncio(
            self._client,
            domain_id,
            username=username,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def remove_domain_detailed(
        self,
        domain_id: int,
        *,
        username: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[Any]:
        """Take one of several assigned domains from a subuser.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: DELETE /v3/whitelabel/domains/{domain_id}/subuser; the client adds Authorization:
        Bearer with the API key.

        Args:
            The same as `client.domains.subusers.remove_domain` takes; `help()` on it describes each one.

        Returns:
            Response[Any]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.domains.subusers.remove_domain_detailed(domain_id)
        """
        from sendgrid_reseller.api.authenticated_domains import disassociate_domain_from_subuser as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            domain_id,
            username=username,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def add_domain(
        self,
        domain_id: int,
        *,
        username: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> AuthenticatedDomain: ...

    @overload
    async def add_domain(
        self,
        domain_id: int,
        *,
        body: SubuserUsername,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> AuthenticatedDomain: ...

    async def add_domain(
        self,
        domain_id: int,
        *,
        username: str | Unset = UNSET,
        body: SubuserUsername | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> AuthenticatedDomain:
        """Assign one more domain to a subuser.

        Associates the domain with the subuser alongside others (up to five per subuser). SendGrid picks
        the sending domain by From-address match first, then defaults.

        Wire request: POST /v3/whitelabel/domains/{domain_id}/subuser:add; the client adds
        Authorization: Bearer with the API key.

        Args:
            domain_id (int): The `domain_id` path segment. Required.
            username (str): The `username` JSON field. Required.
            body (SubuserUsername): The whole request as one model, instead of the
                fields above (not both).
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

            result = await client.domains.subusers.add_domain(domain_id, username=username)
        """
        from sendgrid_reseller.api.authenticated_domains import add_subuser_domain as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            domain_id,
            username=username,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def add_domain_detailed(
        self,
        domain_id: int,
        *,
        username: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[AuthenticatedDomain]: ...

    @overload
    async def add_domain_detailed(
        self,
        domain_id: int,
        *,
        body: SubuserUsername,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[AuthenticatedDomain]: ...

    async def add_domain_detailed(
        self,
        domain_id: int,
        *,
        username: str | Unset = UNSET,
        body: SubuserUsername | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[AuthenticatedDomain]:
        """Assign one more domain to a subuser.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /v3/whitelabel/domains/{domain_id}/subuser:add; the client adds
        Authorization: Bearer with the API key.

        Args:
            The same as `client.domains.subusers.add_domain` takes; `help()` on it describes each one.

        Returns:
            Response[AuthenticatedDomain]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.domains.subusers.add_domain_detailed(domain_id, username=username)
        """
        from sendgrid_reseller.api.authenticated_domains import add_subuser_domain as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            domain_id,
            username=username,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def get(
        self,
        *,
        username: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> AuthenticatedDomain:
        """The domain assigned to a subuser.

        The authenticated domain associated with the subuser through the one-domain association.

        Wire request: GET /v3/whitelabel/domains/subuser; the client adds Authorization: Bearer with the
        API key.

        Args:
            username (str): The subuser's username. Required.
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

            result = await client.domains.subusers.get()
        """
        from sendgrid_reseller.api.authenticated_domains import get_subuser_domain as _endpoint

        return await _endpoint.asyncio(
            self._client,
            username=username,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    async def get_detailed(
        self,
        *,
        username: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[AuthenticatedDomain]:
        """The domain assigned to a subuser.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/whitelabel/domains/subuser; the client adds Authorization: Bearer with the
        API key.

        Args:
            The same as `client.domains.subusers.get` takes; `help()` on it describes each one.

        Returns:
            Response[AuthenticatedDomain]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.domains.subusers.get_detailed()
        """
        from sendgrid_reseller.api.authenticated_domains import get_subuser_domain as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            username=username,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    async def disassociate(
        self,
        *,
        username: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Any:
        """Take the assigned domain from a subuser.

        Ends the one-domain association of the subuser.

        Wire request: DELETE /v3/whitelabel/domains/subuser; the client adds Authorization: Bearer with
        the API key.

        Args:
            username (str | Unset): The subuser's username.
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

            result = await client.domains.subusers.disassociate()
        """
        from sendgrid_reseller.api.authenticated_domains import disassociate_subuser_domain as _endpoint

        return await _endpoint.asyncio(
            self._client,
            username=username,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def disassociate_detailed(
        self,
        *,
        username: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[Any]:
        """Take the assigned domain from a subuser.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: DELETE /v3/whitelabel/domains/subuser; the client adds Authorization: Bearer with
        the API key.

        Args:
            The same as `client.domains.subusers.disassociate` takes; `help()` on it describes each one.

        Returns:
            Response[Any]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.domains.subusers.disassociate_detailed()
        """
        from sendgrid_reseller.api.authenticated_domains import disassociate_subuser_domain as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            username=username,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def list(
        self,
        *,
        username: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> builtins.list[AuthenticatedDomain]:
        """All domains assigned to a subuser.

        Every authenticated domain associated with the subuser (up to five).

        Wire request: GET /v3/whitelabel/domains/subuser/all; the client adds Authorization: Bearer with
        the API key.

        Args:
            username (str): The subuser's username. Required.
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

            result = await client.domains.subusers.list()
        """
        from sendgrid_reseller.api.authenticated_domains import list_subuser_domains as _endpoint

        return await _endpoint.asyncio(
            self._client,
            username=username,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    async def list_detailed(
        self,
        *,
        username: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[builtins.list[AuthenticatedDomain]]:
        """All domains assigned to a subuser.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/whitelabel/domains/subuser/all; the client adds Authorization: Bearer with
        the API key.

        Args:
            The same as `client.domains.subusers.list` takes; `help()` on it describes each one.

        Returns:
            Response[list[AuthenticatedDomain]]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.domains.subusers.list_detailed()
        """
        from sendgrid_reseller.api.authenticated_domains import list_subuser_domains as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            username=username,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )
