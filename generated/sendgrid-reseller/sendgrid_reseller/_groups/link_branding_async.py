# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.link.branding` of `AsyncSendGrid`: the `AsyncLinkBrandingGroup` class, imported on first use.

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
    from sendgrid_reseller.models.branded_link import BrandedLink
    from sendgrid_reseller.models.branded_link_update import BrandedLinkUpdate
    from sendgrid_reseller.models.branded_link_validation import BrandedLinkValidation
    from sendgrid_reseller.models.create_branded_link_request import CreateBrandedLinkRequest
    from sendgrid_reseller.models.create_branded_link_request_region import CreateBrandedLinkRequestRegion
    from sendgrid_reseller.types import Response, Unset

    from .link_branding_subusers_async import AsyncLinkBrandingSubusersGroup

    pass


class AsyncLinkBrandingGroup(Group):
    """Operations under `client.link_branding`."""

    @cached_property
    def subusers(self) -> AsyncLinkBrandingSubusersGroup:
        from .link_branding_subusers_async import AsyncLinkBrandingSubusersGroup

        return AsyncLinkBrandingSubusersGroup(self._client)

    async def list(
        self,
        *,
        limit: int | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> builtins.list[BrandedLink]:
        """List branded links.

        The account's branded links (at most `limit` of them).

        Wire request: GET /v3/whitelabel/links; the client adds Authorization: Bearer with the API key.

        Args:
            limit (int | Unset): How many links to return.
            on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
                of the v2 "user" field.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            list[BrandedLink]: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.link_branding.list()
        """
        from sendgrid_reseller.api.link_branding import list_branded_links as _endpoint

        return await _endpoint.asyncio(
            self._client,
            limit=limit,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    async def list_detailed(
        self,
        *,
        limit: int | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[builtins.list[BrandedLink]]:
        """List branded links.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/whitelabel/links; the client adds Authorization: Bearer with the API key.

        Args:
            The same as `client.link_branding.list` takes; `help()` on it describes each one.

        Returns:
            Response[list[BrandedLink]]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.link_branding.list_detailed()
        """
        from sendgrid_reseller.api.link_branding import list_branded_links as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            limit=limit,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    @overload
    async def create(
        self,
        *,
        domain: str,
        subdomain: str | Unset = UNSET,
        default: bool | Unset = UNSET,
        region: CreateBrandedLinkRequestRegion | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> BrandedLink: ...

    @overload
    async def create(
        self,
        *,
        body: CreateBrandedLinkRequest,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> BrandedLink: ...

    async def create(
        self,
        *,
        domain: str | Unset = UNSET,
        subdomain: str | Unset = UNSET,
        default: bool | Unset = UNSET,
        region: CreateBrandedLinkRequestRegion | Unset = UNSET,
        body: CreateBrandedLinkRequest | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> BrandedLink:
        """Create a branded link.

        Brands tracked links with a domain (and subdomain); the answer holds the CNAMEs to publish.

        Wire request: POST /v3/whitelabel/links; the client adds Authorization: Bearer with the API key.

        Args:
            domain (str): The `domain` JSON field. Required.
            subdomain (str | Unset): The part before the domain; SendGrid picks one when omitted.
            default (bool | Unset): Make this the default link.
            region (CreateBrandedLinkRequestRegion | Unset): The data region of the link.
            body (CreateBrandedLinkRequest): The whole request as one model, instead of the
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
            BrandedLink: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.link_branding.create(domain=domain)
        """
        from sendgrid_reseller.api.link_branding import create_branded_link as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            domain=domain,
            subdomain=subdomain,
            default=default,
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
    async def create_detailed(
        self,
        *,
        domain: str,
        subdomain: str | Unset = UNSET,
        default: bool | Unset = UNSET,
        region: CreateBrandedLinkRequestRegion | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[BrandedLink]: ...

    @overload
    async def create_detailed(
        self,
        *,
        body: CreateBrandedLinkRequest,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[BrandedLink]: ...

    async def create_detailed(
        self,
        *,
        domain: str | Unset = UNSET,
        subdomain: str | Unset = UNSET,
        default: bool | Unset = UNSET,
        region: CreateBrandedLinkRequestRegion | Unset = UNSET,
        body: CreateBrandedLinkRequest | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[BrandedLink]:
        """Create a branded link.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /v3/whitelabel/links; the client adds Authorization: Bearer with the API key.

        Args:
            The same as `client.link_branding.create` takes; `help()` on it describes each one.

        Returns:
            Response[BrandedLink]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.link_branding.create_detailed(domain=domain)
        """
        from sendgrid_reseller.api.link_branding import create_branded_link as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            domain=domain,
            subdomain=subdomain,
            default=default,
            region=region,
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
        id: int,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> BrandedLink:
        """Get a branded link.

        One branded link with its DNS records.

        Wire request: GET /v3/whitelabel/links/{id}; the client adds Authorization: Bearer with the API
        key.

        Args:
            id (int): The `id` path segment. Required.
            on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
                of the v2 "user" field.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            BrandedLink: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.link_branding.get(id)
        """
        from sendgrid_reseller.api.link_branding import get_branded_link as _endpoint

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
        id: int,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[BrandedLink]:
        """Get a branded link.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/whitelabel/links/{id}; the client adds Authorization: Bearer with the API
        key.

        Args:
            The same as `client.link_branding.get` takes; `help()` on it describes each one.

        Returns:
            Response[BrandedLink]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.link_branding.get_detailed(id)
        """
        from sendgrid_reseller.api.link_branding import get_branded_link as _endpoint

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
        id: int,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Any:
        """Delete a branded link.

        Removes the branded link; links go back to SendGrid's domain.

        Wire request: DELETE /v3/whitelabel/links/{id}; the client adds Authorization: Bearer with the
        API key.

        Args:
            id (int): The `id` path segment. Required.
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

            result = await client.link_branding.delete(id)
        """
        from sendgrid_reseller.api.link_branding import delete_branded_link as _endpoint

        return await _endpoint.asyncio(
            self._client,
            id,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def delete_detailed(
        self,
        id: int,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[Any]:
        """Delete a branded link.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: DELETE /v3/whitelabel/links/{id}; the client adds Authorization: Bearer with the
        API key.

        Args:
            The same as `client.link_branding.delete` takes; `help()` on it describes each one.

        Returns:
            Response[Any]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.link_branding.delete_detailed(id)
        """
        from sendgrid_reseller.api.link_branding import delete_branded_link as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            id,
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
        id: int,
        *,
        default: bool,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> BrandedLink: ...

    @overload
    async def update(
        self,
        id: int,
        *,
        body: BrandedLinkUpdate,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> BrandedLink: ...

    async def update(
        self,
        id: int,
        *,
        default: bool | Unset = UNSET,
        body: BrandedLinkUpdate | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> BrandedLink:
        """Update a branded link.

        Makes the link the default (or not); only `default` can change.

        Wire request: PATCH /v3/whitelabel/links/{id}; the client adds Authorization: Bearer with the
        API key.

        Args:
            id (int): The `id` path segment. Required.
            default (bool): The `default` JSON field. Required.
            body (BrandedLinkUpdate): The whole request as one model, instead of the
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
            BrandedLink: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.link_branding.update(id, default=default)
        """
        from sendgrid_reseller.api.link_branding import update_branded_link as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            id,
            default=default,
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
        id: int,
        *,
        default: bool,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[BrandedLink]: ...

    @overload
    async def update_detailed(
        self,
        id: int,
        *,
        body: BrandedLinkUpdate,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[BrandedLink]: ...

    async def update_detailed(
        self,
        id: int,
        *,
        default: bool | Unset = UNSET,
        body: BrandedLinkUpdate | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[BrandedLink]:
        """Update a branded link.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: PATCH /v3/whitelabel/links/{id}; the client adds Authorization: Bearer with the
        API key.

        Args:
            The same as `client.link_branding.update` takes; `help()` on it describes each one.

        Returns:
            Response[BrandedLink]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.link_branding.update_detailed(id, default=default)
        """
        from sendgrid_reseller.api.link_branding import update_branded_link as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            id,
            default=default,
            body=body,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def validate(
        self,
        id: int,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> BrandedLinkValidation:
        """Validate a branded link.

        Looks the link's CNAMEs up in DNS and reports, per record, whether it is right and if not why.

        Wire request: POST /v3/whitelabel/links/{id}/validate; the client adds Authorization: Bearer
        with the API key.

        Args:
            id (int): The `id` path segment. Required.
            on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
                of the v2 "user" field.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            BrandedLinkValidation: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.link_branding.validate(id)
        """
        from sendgrid_reseller.api.link_branding import validate_branded_link as _endpoint

        return await _endpoint.asyncio(
            self._client,
            id,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def validate_detailed(
        self,
        id: int,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[BrandedLinkValidation]:
        """Validate a branded link.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /v3/whitelabel/links/{id}/validate; the client adds Authorization: Bearer
        with the API key.

        Args:
            The same as `client.link_branding.validate` takes; `help()` on it describes each one.

        Returns:
            Response[BrandedLinkValidation]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.link_branding.validate_detailed(id)
        """
        from sendgrid_reseller.api.link_branding import validate_branded_link as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            id,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def get_default(
        self,
        *,
        domain: str | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> BrandedLink:
        """Get the default branded link.

        The link used when no other applies (for `domain` when given); SendGrid's own when there is
        none.

        Wire request: GET /v3/whitelabel/links/default; the client adds Authorization: Bearer with the
        API key.

        Args:
            domain (str | Unset): The default for this domain.
            on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
                of the v2 "user" field.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            BrandedLink: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.link_branding.get_default()
        """
        from sendgrid_reseller.api.link_branding import get_default_branded_link as _endpoint

        return await _endpoint.asyncio(
            self._client,
            domain=domain,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    async def get_default_detailed(
        self,
        *,
        domain: str | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[BrandedLink]:
        """Get the default branded link.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/whitelabel/links/default; the client adds Authorization: Bearer with the
        API key.

        Args:
            The same as `client.link_branding.get_default` takes; `help()` on it describes each one.

        Returns:
            Response[BrandedLink]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.link_branding.get_default_detailed()
        """
        from sendgrid_reseller.api.link_branding import get_default_branded_link as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            domain=domain,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )
