# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.ips.pools` of `AsyncSendGrid`: the `AsyncIpsPoolsGroup` class, imported on first use.

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
    from sendgrid_reseller.models.ip_pool import IpPool
    from sendgrid_reseller.models.ip_pool_details import IpPoolDetails
    from sendgrid_reseller.models.ip_pool_membership import IpPoolMembership
    from sendgrid_reseller.models.ip_pool_name import IpPoolName
    from sendgrid_reseller.models.pooled_ip import PooledIp
    from sendgrid_reseller.types import Response, Unset

    pass


class AsyncIpsPoolsGroup(Group):
    """Operations under `client.ips.pools`."""

    async def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> builtins.list[IpPool]:
        """List IP pools.

        The names of all IP pools.

        Wire request: GET /v3/ips/pools; the client adds Authorization: Bearer with the API key.

        Args:
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            list[IpPool]: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.ips.pools.list()
        """
        from sendgrid_reseller.api.ip_addresses import list_ip_pools as _endpoint

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
    ) -> Response[builtins.list[IpPool]]:
        """List IP pools.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/ips/pools; the client adds Authorization: Bearer with the API key.

        Args:
            The same as `client.ips.pools.list` takes; `help()` on it describes each one.

        Returns:
            Response[list[IpPool]]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.ips.pools.list_detailed()
        """
        from sendgrid_reseller.api.ip_addresses import list_ip_pools as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client, extra_headers=extra_headers, extra_query=extra_query, timeout=timeout, options=options
        )

    @overload
    async def create(
        self,
        *,
        name: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> IpPool: ...

    @overload
    async def create(
        self,
        *,
        body: IpPoolName,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> IpPool: ...

    async def create(
        self,
        *,
        name: str | Unset = UNSET,
        body: IpPoolName | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> IpPool:
        """Create an IP pool.

        Adds a named group of IPs used for one kind of mail. The IPs must be enabled for sending first.

        Wire request: POST /v3/ips/pools; the client adds Authorization: Bearer with the API key.

        Args:
            name (str): The `name` JSON field. Required.
            body (IpPoolName): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            IpPool: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.ips.pools.create(name=name)
        """
        from sendgrid_reseller.api.ip_addresses import create_ip_pool as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            name=name,
            body=body,
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
        name: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[IpPool]: ...

    @overload
    async def create_detailed(
        self,
        *,
        body: IpPoolName,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[IpPool]: ...

    async def create_detailed(
        self,
        *,
        name: str | Unset = UNSET,
        body: IpPoolName | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[IpPool]:
        """Create an IP pool.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /v3/ips/pools; the client adds Authorization: Bearer with the API key.

        Args:
            The same as `client.ips.pools.create` takes; `help()` on it describes each one.

        Returns:
            Response[IpPool]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.ips.pools.create_detailed(name=name)
        """
        from sendgrid_reseller.api.ip_addresses import create_ip_pool as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            name=name,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def get(
        self,
        pool_name: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> IpPoolDetails:
        """Get an IP pool.

        The IPs in one pool.

        Wire request: GET /v3/ips/pools/{pool_name}; the client adds Authorization: Bearer with the API
        key.

        Args:
            pool_name (str): The `pool_name` path segment. Required.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            IpPoolDetails: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.ips.pools.get(pool_name)
        """
        from sendgrid_reseller.api.ip_addresses import get_ip_pool as _endpoint

        return await _endpoint.asyncio(
            self._client,
            pool_name,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    async def get_detailed(
        self,
        pool_name: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[IpPoolDetails]:
        """Get an IP pool.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/ips/pools/{pool_name}; the client adds Authorization: Bearer with the API
        key.

        Args:
            The same as `client.ips.pools.get` takes; `help()` on it describes each one.

        Returns:
            Response[IpPoolDetails]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.ips.pools.get_detailed(pool_name)
        """
        from sendgrid_reseller.api.ip_addresses import get_ip_pool as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            pool_name,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    @overload
    async def rename(
        self,
        pool_name: str,
        *,
        name: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> IpPool: ...

    @overload
    async def rename(
        self,
        pool_name: str,
        *,
        body: IpPoolName,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> IpPool: ...

    async def rename(
        self,
        pool_name: str,
        *,
        name: str | Unset = UNSET,
        body: IpPoolName | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> IpPool:
        """Rename an IP pool.

        Gives the pool a new name.

        Wire request: PUT /v3/ips/pools/{pool_name}; the client adds Authorization: Bearer with the API
        key.

        Args:
            pool_name (str): The `pool_name` path segment. Required.
            name (str): The `name` JSON field. Required.
            body (IpPoolName): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            IpPool: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.ips.pools.rename(pool_name, name=name)
        """
        from sendgrid_reseller.api.ip_addresses import rename_ip_pool as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            pool_name,
            name=name,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def rename_detailed(
        self,
        pool_name: str,
        *,
        name: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[IpPool]: ...

    @overload
    async def rename_detailed(
        self,
        pool_name: str,
        *,
        body: IpPoolName,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[IpPool]: ...

    async def rename_detailed(
        self,
        pool_name: str,
        *,
        name: str | Unset = UNSET,
        body: IpPoolName | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[IpPool]:
        """Rename an IP pool.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: PUT /v3/ips/pools/{pool_name}; the client adds Authorization: Bearer with the API
        key.

        Args:
            The same as `client.ips.pools.rename` takes; `help()` on it describes each one.

        Returns:
            Response[IpPool]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.ips.pools.rename_detailed(pool_name, name=name)
        """
        from sendgrid_reseller.api.ip_addresses import rename_ip_pool as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            pool_name,
            name=name,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def delete(
        self,
        pool_name: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Any:
        """Delete an IP pool.

        Removes the pool (its IPs stay on the account). SendGrid documents a 404 body of the form
        {"error": "..."} here, not the usual errors list.

        Wire request: DELETE /v3/ips/pools/{pool_name}; the client adds Authorization: Bearer with the
        API key.

        Args:
            pool_name (str): The `pool_name` path segment. Required.
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

            result = await client.ips.pools.delete(pool_name)
        """
        from sendgrid_reseller.api.ip_addresses import delete_ip_pool as _endpoint

        return await _endpoint.asyncio(
            self._client,
            pool_name,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def delete_detailed(
        self,
        pool_name: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[Any]:
        """Delete an IP pool.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: DELETE /v3/ips/pools/{pool_name}; the client adds Authorization: Bearer with the
        API key.

        Args:
            The same as `client.ips.pools.delete` takes; `help()` on it describes each one.

        Returns:
            Response[Any]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.ips.pools.delete_detailed(pool_name)
        """
        from sendgrid_reseller.api.ip_addresses import delete_ip_pool as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            pool_name,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def add_ip(
        self,
        pool_name: str,
        *,
        ip: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> PooledIp: ...

    @overload
    async def add_ip(
        self,
        pool_name: str,
        *,
        body: IpPoolMembership,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> PooledIp: ...

    async def add_ip(
        self,
        pool_name: str,
        *,
        ip: str | Unset = UNSET,
        body: IpPoolMembership | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> PooledIp:
        """Add an IP to a pool.

        Puts an enabled IP in the pool; it can take up to a minute to show. An IP may be in several
        pools.

        Wire request: POST /v3/ips/pools/{pool_name}/ips; the client adds Authorization: Bearer with the
        API key.

        Args:
            pool_name (str): The `pool_name` path segment. Required.
            ip (str): The `ip` JSON field. Required.
            body (IpPoolMembership): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            PooledIp: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.ips.pools.add_ip(pool_name, ip=ip)
        """
        from sendgrid_reseller.api.ip_addresses import add_ip_to_pool as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            pool_name,
            ip=ip,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def add_ip_detailed(
        self,
        pool_name: str,
        *,
        ip: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[PooledIp]: ...

    @overload
    async def add_ip_detailed(
        self,
        pool_name: str,
        *,
        body: IpPoolMembership,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[PooledIp]: ...

    async def add_ip_detailed(
        self,
        pool_name: str,
        *,
        ip: str | Unset = UNSET,
        body: IpPoolMembership | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[PooledIp]:
        """Add an IP to a pool.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /v3/ips/pools/{pool_name}/ips; the client adds Authorization: Bearer with the
        API key.

        Args:
            The same as `client.ips.pools.add_ip` takes; `help()` on it describes each one.

        Returns:
            Response[PooledIp]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.ips.pools.add_ip_detailed(pool_name, ip=ip)
        """
        from sendgrid_reseller.api.ip_addresses import add_ip_to_pool as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            pool_name,
            ip=ip,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def remove_ip(
        self,
        pool_name: str,
        ip: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Any:
        """Remove an IP from a pool.

        Takes one IP out of the pool.

        Wire request: DELETE /v3/ips/pools/{pool_name}/ips/{ip}; the client adds Authorization: Bearer
        with the API key.

        Args:
            pool_name (str): The `pool_name` path segment. Required.
            ip (str): The `ip` path segment. Required.
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

            result = await client.ips.pools.remove_ip(pool_name, ip)
        """
        from sendgrid_reseller.api.ip_addresses import remove_ip_from_pool as _endpoint

        return await _endpoint.asyncio(
            self._client,
            pool_name,
            ip,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def remove_ip_detailed(
        self,
        pool_name: str,
        ip: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[Any]:
        """Remove an IP from a pool.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: DELETE /v3/ips/pools/{pool_name}/ips/{ip}; the client adds Authorization: Bearer
        with the API key.

        Args:
            The same as `client.ips.pools.remove_ip` takes; `help()` on it describes each one.

        Returns:
            Response[Any]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.ips.pools.remove_ip_detailed(pool_name, ip)
        """
        from sendgrid_reseller.api.ip_addresses import remove_ip_from_pool as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            pool_name,
            ip,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )
