# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.subusers.website.access` of `AsyncSendGrid`: the `AsyncSubusersWebsiteAccessGroup` class, imported on first use.

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
    from sendgrid_reseller.models.website_access_update import WebsiteAccessUpdate
    from sendgrid_reseller.types import Response, Unset

    pass


class AsyncSubusersWebsiteAccessGroup(Group):
    """Operations under `client.subusers.website_access`."""

    @overload
    async def update(
        self,
        subuser_name: str,
        *,
        disabled: bool,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Any: ...

    @overload
    async def update(
        self,
        subuser_name: str,
        *,
        body: WebsiteAccessUpdate,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Any: ...

    async def update(
        self,
        subuser_name: str,
        *,
        disabled: bool | Unset = UNSET,
        body: WebsiteAccessUpdate | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Any:
        """Enable or disable a subuser's website access.

        Blocks (disabled true) or restores the subuser's login to the SendGrid web app; sending mail is
        not affected.

        Wire request: PATCH /v3/subusers/{subuser_name}/website_access; the client adds Authorization:
        Bearer with the API key.

        Args:
            subuser_name (str): The `subuser_name` path segment. Required.
            disabled (bool): true blocks web app access, false restores it. Required.
            body (WebsiteAccessUpdate): The whole request as one model, instead of the
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

            result = await client.subusers.website_access.update(subuser_name, disabled=disabled)
        """
        from sendgrid_reseller.api.subusers import set_subuser_website_access as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            subuser_name,
            disabled=disabled,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def update_detailed(
        self,
        subuser_name: str,
        *,
        disabled: bool,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[Any]: ...

    @overload
    async def update_detailed(
        self,
        subuser_name: str,
        *,
        body: WebsiteAccessUpdate,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[Any]: ...

    async def update_detailed(
        self,
        subuser_name: str,
        *,
        disabled: bool | Unset = UNSET,
        body: WebsiteAccessUpdate | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[Any]:
        """Enable or disable a subuser's website access.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: PATCH /v3/subusers/{subuser_name}/website_access; the client adds Authorization:
        Bearer with the API key.

        Args:
            The same as `client.subusers.website_access.update` takes; `help()` on it describes each one.

        Returns:
            Response[Any]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.subusers.website_access.update_detailed(subuser_name, disabled=disabled)
        """
        from sendgrid_reseller.api.subusers import set_subuser_website_access as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            subuser_name,
            disabled=disabled,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )
