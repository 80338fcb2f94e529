# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.link.branding.subusers` of `SendGrid`: the `LinkBrandingSubusersGroup` class, imported on first use.

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
    from sendgrid_reseller.models.branded_link import BrandedLink
    from sendgrid_reseller.models.branded_link_subuser import BrandedLinkSubuser
    from sendgrid_reseller.types import Response, Unset

    pass


class LinkBrandingSubusersGroup(Group):
    """Operations under `client.link_branding.subusers`."""

    @overload
    def associate(
        self,
        link_id: int,
        *,
        username: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> BrandedLink: ...

    @overload
    def associate(
        self,
        link_id: int,
        *,
        body: BrandedLinkSubuser,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> BrandedLink: ...

    def associate(
        self,
        link_id: int,
        *,
        username: str | Unset = UNSET,
        body: BrandedLinkSubuser | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> BrandedLink:
        """Give a branded link to a subuser.

        Lets a subuser use one of the parent's validated branded links (a subuser has at most one).

        Wire request: POST /v3/whitelabel/links/{link_id}/subuser; the client adds Authorization: Bearer
        with the API key.

        Args:
            link_id (int): The `link_id` path segment. Required.
            username (str): The `username` JSON field. Required.
            body (BrandedLinkSubuser): The whole request as one model, instead of the
                fields above (not both).
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

            result = client.link_branding.subusers.associate(link_id, username=username)
        """
        from sendgrid_reseller.api.link_branding import associate_branded_link_with_subuser as _endpoint

        return _endpoint._sync_impl(
            self._client,
            link_id,
            username=username,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    def associate_detailed(
        self,
        link_id: int,
        *,
        username: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[BrandedLink]: ...

    @overload
    def associate_detailed(
        self,
        link_id: int,
        *,
        body: BrandedLinkSubuser,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[BrandedLink]: ...

    def associate_detailed(
        self,
        link_id: int,
        *,
        username: str | Unset = UNSET,
        body: BrandedLinkSubuser | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[BrandedLink]:
        """Give a branded link to a subuser.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /v3/whitelabel/links/{link_id}/subuser; the client adds Authorization: Bearer
        with the API key.

        Args:
            The same as `client.link_branding.subusers.associate` takes; `help()` on it describes each one.

        Returns:
            Response[BrandedLink]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.link_branding.subusers.associate_detailed(link_id, username=username)
        """
        from sendgrid_reseller.api.link_branding import associate_branded_link_with_subuser as _endpoint

        return _endpoint._sync_detailed_impl(
            self._client,
            link_id,
            username=username,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    def get(
        self,
        *,
        username: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> BrandedLink:
        """Get a subuser's branded link.

        The branded link the parent gave the subuser.

        Wire request: GET /v3/whitelabel/links/subuser; the client adds Authorization: Bearer with the
        API key.

        Args:
            username (str): The subuser's username. Required.
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

            result = client.link_branding.subusers.get()
        """
        from sendgrid_reseller.api.link_branding import get_subuser_branded_link as _endpoint

        return _endpoint.sync(
            self._client,
            username=username,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    def get_detailed(
        self,
        *,
        username: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[BrandedLink]:
        """Get a subuser's branded link.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/whitelabel/links/subuser; the client adds Authorization: Bearer with the
        API key.

        Args:
            The same as `client.link_branding.subusers.get` takes; `help()` on it describes each one.

        Returns:
            Response[BrandedLink]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.link_branding.subusers.get_detailed()
        """
        from sendgrid_reseller.api.link_branding import get_subuser_branded_link as _endpoint

        return _endpoint.sync_detailed(
            self._client,
            username=username,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    def disassociate(
        self,
        *,
        username: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Any:
        """Take a branded link from a subuser.

        The subuser stops using the parent's branded link.

        Wire request: DELETE /v3/whitelabel/links/subuser; the client adds Authorization: Bearer with
        the API key.

        Args:
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

            result = client.link_branding.subusers.disassociate()
        """
        from sendgrid_reseller.api.link_branding import disassociate_branded_link_from_subuser as _endpoint

        return _endpoint.sync(
            self._client,
            username=username,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    def disassociate_detailed(
        self,
        *,
        username: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[Any]:
        """Take a branded link from a subuser.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: DELETE /v3/whitelabel/links/subuser; the client adds Authorization: Bearer with
        the API key.

        Args:
            The same as `client.link_branding.subusers.disassociate` takes; `help()` on it describes each one.

        Returns:
            Response[Any]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.link_branding.subusers.disassociate_detailed()
        """
        from sendgrid_reseller.api.link_branding import disassociate_branded_link_from_subuser as _endpoint

        return _endpoint.sync_detailed(
            self._client,
            username=username,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )
