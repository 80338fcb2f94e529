# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.ip.access.allow.list` of `AsyncSendGrid`: the `AsyncIpAccessAllowListGroup` class, imported on first use.

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
    from sendgrid_reseller.models.allowed_ip_entry import AllowedIpEntry
    from sendgrid_reseller.models.allowed_ip_ids import AllowedIpIds
    from sendgrid_reseller.models.allowed_ip_list import AllowedIpList
    from sendgrid_reseller.models.allowed_ips_add import AllowedIpsAdd
    from sendgrid_reseller.types import Response, Unset

    pass


class AsyncIpAccessAllowListGroup(Group):
    """Operations under `client.ip_access.allow_list`."""

    async def list(
        self,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> AllowedIpList:
        """List allowed IPs.

        Every rule of the allow list.

        Wire request: GET /v3/access_settings/whitelist; the client adds Authorization: Bearer with the
        API key.

        Args:
            on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
                of the v2 "user" field.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            AllowedIpList: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.ip_access.allow_list.list()
        """
        from sendgrid_reseller.api.ip_access_management import list_allowed_ips as _endpoint

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
    ) -> Response[AllowedIpList]:
        """List allowed IPs.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/access_settings/whitelist; the client adds Authorization: Bearer with the
        API key.

        Args:
            The same as `client.ip_access.allow_list.list` takes; `help()` on it describes each one.

        Returns:
            Response[AllowedIpList]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.ip_access.allow_list.list_detailed()
        """
        from sendgrid_reseller.api.ip_access_management import list_allowed_ips as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    @overload
    async def add(
        self,
        *,
        ips: builtins.list[AllowedIpEntry],
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> AllowedIpList: ...

    @overload
    async def add(
        self,
        *,
        body: AllowedIpsAdd,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> AllowedIpList: ...

    async def add(
        self,
        *,
        ips: builtins.list[AllowedIpEntry] | Unset = UNSET,
        body: AllowedIpsAdd | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> AllowedIpList:
        """Allow IPs to sign in.

        Adds IPs or CIDR ranges to the allow list. Once the list has an entry, only listed IPs may sign
        in: add your own first.

        Wire request: POST /v3/access_settings/whitelist; the client adds Authorization: Bearer with the
        API key.

        Args:
            ips (list[AllowedIpEntry]): The `ips` JSON field. Required.
            body (AllowedIpsAdd): The whole request as one model, instead of the
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
            AllowedIpList: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.ip_access.allow_list.add(ips=ips)
        """
        from sendgrid_reseller.api.ip_access_management import add_allowed_ips as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            ips=ips,
            body=body,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def add_detailed(
        self,
        *,
        ips: builtins.list[AllowedIpEntry],
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[AllowedIpList]: ...

    @overload
    async def add_detailed(
        self,
        *,
        body: AllowedIpsAdd,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[AllowedIpList]: ...

    async def add_detailed(
        self,
        *,
        ips: builtins.list[AllowedIpEntry] | Unset = UNSET,
        body: AllowedIpsAdd | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[AllowedIpList]:
        """Allow IPs to sign in.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /v3/access_settings/whitelist; the client adds Authorization: Bearer with the
        API key.

        Args:
            The same as `client.ip_access.allow_list.add` takes; `help()` on it describes each one.

        Returns:
            Response[AllowedIpList]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.ip_access.allow_list.add_detailed(ips=ips)
        """
        from sendgrid_reseller.api.ip_access_management import add_allowed_ips as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            ips=ips,
            body=body,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def remove_many(
        self,
        *,
        ids: builtins.list[int],
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Any: ...

    @overload
    async def remove_many(
        self,
        *,
        body: AllowedIpIds,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Any: ...

    async def remove_many(
        self,
        *,
        ids: builtins.list[int] | Unset = UNSET,
        body: AllowedIpIds | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Any:
        """Remove several allowed IPs.

        Deletes the rules with the given ids.

        Wire request: DELETE /v3/access_settings/whitelist; the client adds Authorization: Bearer with
        the API key.

        Args:
            ids (list[int]): The `ids` JSON field. Required.
            body (AllowedIpIds): The whole request as one model, instead of the
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
            Any: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.ip_access.allow_list.remove_many(ids=ids)
        """
        from sendgrid_reseller.api.ip_access_management import remove_allowed_ips as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            ids=ids,
            body=body,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def remove_many_detailed(
        self,
        *,
        ids: builtins.list[int],
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[Any]: ...

    @overload
    async def remove_many_detailed(
        self,
        *,
        body: AllowedIpIds,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[Any]: ...

    async def remove_many_detailed(
        self,
        *,
        ids: builtins.list[int] | Unset = UNSET,
        body: AllowedIpIds | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[Any]:
        """Remove several allowed IPs.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: DELETE /v3/access_settings/whitelist; the client adds Authorization: Bearer with
        the API key.

        Args:
            The same as `client.ip_access.allow_list.remove_many` takes; `help()` on it describes each one.

        Returns:
            Response[Any]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.ip_access.allow_list.remove_many_detailed(ids=ids)
        """
        from sendgrid_reseller.api.ip_access_management import remove_allowed_ips as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            ids=ids,
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
        rule_id: int,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> AllowedIpList:
        """Get an allowed IP.

        One rule of the allow list (answered as a one-item list).

        Wire request: GET /v3/access_settings/whitelist/{rule_id}; the client adds Authorization: Bearer
        with the API key.

        Args:
            rule_id (int): The `rule_id` path segment. Required.
            on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
                of the v2 "user" field.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            AllowedIpList: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.ip_access.allow_list.get(rule_id)
        """
        from sendgrid_reseller.api.ip_access_management import get_allowed_ip as _endpoint

        return await _endpoint.asyncio(
            self._client,
            rule_id,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    async def get_detailed(
        self,
        rule_id: int,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[AllowedIpList]:
        """Get an allowed IP.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/access_settings/whitelist/{rule_id}; the client adds Authorization: Bearer
        with the API key.

        Args:
            The same as `client.ip_access.allow_list.get` takes; `help()` on it describes each one.

        Returns:
            Response[AllowedIpList]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.ip_access.allow_list.get_detailed(rule_id)
        """
        from sendgrid_reseller.api.ip_access_management import get_allowed_ip as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            rule_id,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    async def remove(
        self,
        rule_id: int,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Any:
        """Remove an allowed IP.

        Deletes one rule of the allow list.

        Wire request: DELETE /v3/access_settings/whitelist/{rule_id}; the client adds Authorization:
        Bearer with the API key.

        Args:
            rule_id (int): The `rule_id` path segment. Required.
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

            result = await client.ip_access.allow_list.remove(rule_id)
        """
        from sendgrid_reseller.api.ip_access_management import remove_allowed_ip as _endpoint

        return await _endpoint.asyncio(
            self._client,
            rule_id,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def remove_detailed(
        self,
        rule_id: int,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[Any]:
        """Remove an allowed IP.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: DELETE /v3/access_settings/whitelist/{rule_id}; the client adds Authorization:
        Bearer with the API key.

        Args:
            The same as `client.ip_access.allow_list.remove` takes; `help()` on it describes each one.

        Returns:
            Response[Any]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.ip_access.allow_list.remove_detailed(rule_id)
        """
        from sendgrid_reseller.api.ip_access_management import remove_allowed_ip as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            rule_id,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )
