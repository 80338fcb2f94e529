# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.ips.warmup` of `AsyncSendGrid`: the `AsyncIpsWarmupGroup` class, imported on first use.

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
    from sendgrid_reseller.models.warmup_ip import WarmupIp
    from sendgrid_reseller.models.warmup_ip_request import WarmupIpRequest
    from sendgrid_reseller.types import Response, Unset

    pass


class AsyncIpsWarmupGroup(Group):
    """Operations under `client.ips.warmup`."""

    async def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> builtins.list[WarmupIp]:
        """List IPs in warm-up.

        Every IP currently warming up.

        Wire request: GET /v3/ips/warmup; the client adds Authorization: Bearer with the API key.

        Args:
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            list[WarmupIp]: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.ips.warmup.list()
        """
        from sendgrid_reseller.api.ip_warmup import list_warmup_ips as _endpoint

        return await _endpoint.asyncio(
            self._client, extra_headers=extra_headers, extra_query=extra_query, timeout=timeout, options=options
        )

    async def list_detailed(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[builtins.list[WarmupIp]]:
        """List IPs in warm-up.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/ips/warmup; the client adds Authorization: Bearer with the API key.

        Args:
            The same as `client.ips.warmup.list` takes; `help()` on it describes each one.

        Returns:
            Response[list[WarmupIp]]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.ips.warmup.list_detailed()
        """
        from sendgrid_reseller.api.ip_warmup import list_warmup_ips as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client, extra_headers=extra_headers, extra_query=extra_query, timeout=timeout, options=options
        )

    @overload
    async def start(
        self,
        *,
        ip: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> builtins.list[WarmupIp]: ...

    @overload
    async def start(
        self,
        *,
        body: WarmupIpRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> builtins.list[WarmupIp]: ...

    async def start(
        self,
        *,
        ip: str | Unset = UNSET,
        body: WarmupIpRequest | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> builtins.list[WarmupIp]:
        """Start warming up an IP.

        Puts a dedicated IP on SendGrid's warm-up schedule.

        Wire request: POST /v3/ips/warmup; the client adds Authorization: Bearer with the API key.

        Args:
            ip (str): The `ip` JSON field. Required.
            body (WarmupIpRequest): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            list[WarmupIp]: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.ips.warmup.start(ip=ip)
        """
        from sendgrid_reseller.api.ip_warmup import start_ip_warmup as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            ip=ip,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def start_detailed(
        self,
        *,
        ip: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[builtins.list[WarmupIp]]: ...

    @overload
    async def start_detailed(
        self,
        *,
        body: WarmupIpRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[builtins.list[WarmupIp]]: ...

    async def start_detailed(
        self,
        *,
        ip: str | Unset = UNSET,
        body: WarmupIpRequest | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[builtins.list[WarmupIp]]:
        """Start warming up an IP.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /v3/ips/warmup; the client adds Authorization: Bearer with the API key.

        Args:
            The same as `client.ips.warmup.start` takes; `help()` on it describes each one.

        Returns:
            Response[list[WarmupIp]]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.ips.warmup.start_detailed(ip=ip)
        """
        from sendgrid_reseller.api.ip_warmup import start_ip_warmup as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            ip=ip,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def get(
        self,
        ip_address: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> builtins.list[WarmupIp]:
        """Warm-up status of an IP.

        The IP (a one-element list) if it is warming up; 404 if it is not.

        Wire request: GET /v3/ips/warmup/{ip_address}; the client adds Authorization: Bearer with the
        API key.

        Args:
            ip_address (str): The `ip_address` path segment. Required.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            list[WarmupIp]: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.ips.warmup.get(ip_address)
        """
        from sendgrid_reseller.api.ip_warmup import get_ip_warmup_status as _endpoint

        return await _endpoint.asyncio(
            self._client,
            ip_address,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    async def get_detailed(
        self,
        ip_address: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[builtins.list[WarmupIp]]:
        """Warm-up status of an IP.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/ips/warmup/{ip_address}; the client adds Authorization: Bearer with the
        API key.

        Args:
            The same as `client.ips.warmup.get` takes; `help()` on it describes each one.

        Returns:
            Response[list[WarmupIp]]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.ips.warmup.get_detailed(ip_address)
        """
        from sendgrid_reseller.api.ip_warmup import get_ip_warmup_status as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            ip_address,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    async def stop(
        self,
        ip_address: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Any:
        """Stop warming up an IP.

        Takes the IP off the warm-up schedule; it can send at full volume at once.

        Wire request: DELETE /v3/ips/warmup/{ip_address}; the client adds Authorization: Bearer with the
        API key.

        Args:
            ip_address (str): The `ip_address` path segment. Required.
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

            result = await client.ips.warmup.stop(ip_address)
        """
        from sendgrid_reseller.api.ip_warmup import stop_ip_warmup as _endpoint

        return await _endpoint.asyncio(
            self._client,
            ip_address,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def stop_detailed(
        self,
        ip_address: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[Any]:
        """Stop warming up an IP.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: DELETE /v3/ips/warmup/{ip_address}; the client adds Authorization: Bearer with the
        API key.

        Args:
            The same as `client.ips.warmup.stop` takes; `help()` on it describes each one.

        Returns:
            Response[Any]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.ips.warmup.stop_detailed(ip_address)
        """
        from sendgrid_reseller.api.ip_warmup import stop_ip_warmup as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            ip_address,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )
