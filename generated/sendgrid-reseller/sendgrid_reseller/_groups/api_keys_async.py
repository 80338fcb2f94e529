# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.api.keys` of `AsyncSendGrid`: the `AsyncApiKeysGroup` class, imported on first use.

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
    from sendgrid_reseller.models.api_key import ApiKey
    from sendgrid_reseller.models.api_key_create import ApiKeyCreate
    from sendgrid_reseller.models.api_key_list import ApiKeyList
    from sendgrid_reseller.models.api_key_name import ApiKeyName
    from sendgrid_reseller.models.created_api_key import CreatedApiKey
    from sendgrid_reseller.types import Response, Unset

    pass


class AsyncApiKeysGroup(Group):
    """Operations under `client.api_keys`."""

    async def list(
        self,
        *,
        limit: int | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> ApiKeyList:
        """List API keys.

        The ids and names of the account's keys (never their secrets or scopes).

        Wire request: GET /v3/api_keys; the client adds Authorization: Bearer with the API key.

        Args:
            limit (int | Unset): Return at most this many keys.
            on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
                of the v2 "user" field.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            ApiKeyList: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.api_keys.list()
        """
        from sendgrid_reseller.api.api_keys import list_api_keys as _endpoint

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
    ) -> Response[ApiKeyList]:
        """List API keys.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/api_keys; the client adds Authorization: Bearer with the API key.

        Args:
            The same as `client.api_keys.list` takes; `help()` on it describes each one.

        Returns:
            Response[ApiKeyList]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.api_keys.list_detailed()
        """
        from sendgrid_reseller.api.api_keys import list_api_keys as _endpoint

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
        name: str,
        scopes: builtins.list[str] | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> CreatedApiKey: ...

    @overload
    async def create(
        self,
        *,
        body: ApiKeyCreate,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> CreatedApiKey: ...

    async def create(
        self,
        *,
        name: str | Unset = UNSET,
        scopes: builtins.list[str] | Unset = UNSET,
        body: ApiKeyCreate | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> CreatedApiKey:
        """Create an API key.

        Issues a key with the given scopes (all of the caller's scopes when omitted). The secret is in
        this answer only: store it at once.

        Wire request: POST /v3/api_keys; the client adds Authorization: Bearer with the API key.

        Args:
            name (str): The `name` JSON field. Required.
            scopes (list[str] | Unset): The key's permissions; at most the caller's own.
            body (ApiKeyCreate): The whole request as one model, instead of the
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
            CreatedApiKey: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.api_keys.create(name=name)
        """
        from sendgrid_reseller.api.api_keys import create_api_key as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            name=name,
            scopes=scopes,
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
        name: str,
        scopes: builtins.list[str] | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[CreatedApiKey]: ...

    @overload
    async def create_detailed(
        self,
        *,
        body: ApiKeyCreate,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[CreatedApiKey]: ...

    async def create_detailed(
        self,
        *,
        name: str | Unset = UNSET,
        scopes: builtins.list[str] | Unset = UNSET,
        body: ApiKeyCreate | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[CreatedApiKey]:
        """Create an API key.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /v3/api_keys; the client adds Authorization: Bearer with the API key.

        Args:
            The same as `client.api_keys.create` takes; `help()` on it describes each one.

        Returns:
            Response[CreatedApiKey]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.api_keys.create_detailed(name=name)
        """
        from sendgrid_reseller.api.api_keys import create_api_key as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            name=name,
            scopes=scopes,
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
        api_key_id: str,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> ApiKeyList:
        """Get an API key.

        One key's name and scopes, as a one-item `result` list.

        Wire request: GET /v3/api_keys/{api_key_id}; the client adds Authorization: Bearer with the API
        key.

        Args:
            api_key_id (str): The `api_key_id` path segment. Required.
            on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
                of the v2 "user" field.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            ApiKeyList: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.api_keys.get(api_key_id)
        """
        from sendgrid_reseller.api.api_keys import get_api_key as _endpoint

        return await _endpoint.asyncio(
            self._client,
            api_key_id,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    async def get_detailed(
        self,
        api_key_id: str,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[ApiKeyList]:
        """Get an API key.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/api_keys/{api_key_id}; the client adds Authorization: Bearer with the API
        key.

        Args:
            The same as `client.api_keys.get` takes; `help()` on it describes each one.

        Returns:
            Response[ApiKeyList]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.api_keys.get_detailed(api_key_id)
        """
        from sendgrid_reseller.api.api_keys import get_api_key as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            api_key_id,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    @overload
    async def update(
        self,
        api_key_id: str,
        *,
        name: str,
        scopes: builtins.list[str] | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> ApiKey: ...

    @overload
    async def update(
        self,
        api_key_id: str,
        *,
        body: ApiKeyCreate,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> ApiKey: ...

    async def update(
        self,
        api_key_id: str,
        *,
        name: str | Unset = UNSET,
        scopes: builtins.list[str] | Unset = UNSET,
        body: ApiKeyCreate | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> ApiKey:
        """Rename and re-scope an API key.

        Replaces the key's name and its scopes.

        Wire request: PUT /v3/api_keys/{api_key_id}; the client adds Authorization: Bearer with the API
        key.

        Args:
            api_key_id (str): The `api_key_id` path segment. Required.
            name (str): The `name` JSON field. Required.
            scopes (list[str] | Unset): The key's permissions; at most the caller's own.
            body (ApiKeyCreate): The whole request as one model, instead of the
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
            ApiKey: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.api_keys.update(api_key_id, name=name)
        """
        from sendgrid_reseller.api.api_keys import update_api_key as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            api_key_id,
            name=name,
            scopes=scopes,
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
        api_key_id: str,
        *,
        name: str,
        scopes: builtins.list[str] | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[ApiKey]: ...

    @overload
    async def update_detailed(
        self,
        api_key_id: str,
        *,
        body: ApiKeyCreate,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[ApiKey]: ...

    async def update_detailed(
        self,
        api_key_id: str,
        *,
        name: str | Unset = UNSET,
        scopes: builtins.list[str] | Unset = UNSET,
        body: ApiKeyCreate | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[ApiKey]:
        """Rename and re-scope an API key.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: PUT /v3/api_keys/{api_key_id}; the client adds Authorization: Bearer with the API
        key.

        Args:
            The same as `client.api_keys.update` takes; `help()` on it describes each one.

        Returns:
            Response[ApiKey]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.api_keys.update_detailed(api_key_id, name=name)
        """
        from sendgrid_reseller.api.api_keys import update_api_key as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            api_key_id,
            name=name,
            scopes=scopes,
            body=body,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def delete(
        self,
        api_key_id: str,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Any:
        """Revoke an API key.

        Deletes the key; calls made with it fail from now on.

        Wire request: DELETE /v3/api_keys/{api_key_id}; the client adds Authorization: Bearer with the
        API key.

        Args:
            api_key_id (str): The `api_key_id` path segment. Required.
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

            result = await client.api_keys.delete(api_key_id)
        """
        from sendgrid_reseller.api.api_keys import delete_api_key as _endpoint

        return await _endpoint.asyncio(
            self._client,
            api_key_id,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def delete_detailed(
        self,
        api_key_id: str,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[Any]:
        """Revoke an API key.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: DELETE /v3/api_keys/{api_key_id}; the client adds Authorization: Bearer with the
        API key.

        Args:
            The same as `client.api_keys.delete` takes; `help()` on it describes each one.

        Returns:
            Response[Any]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.api_keys.delete_detailed(api_key_id)
        """
        from sendgrid_reseller.api.api_keys import delete_api_key as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            api_key_id,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def rename(
        self,
        api_key_id: str,
        *,
        name: str,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> ApiKey: ...

    @overload
    async def rename(
        self,
        api_key_id: str,
        *,
        body: ApiKeyName,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> ApiKey: ...

    async def rename(
        self,
        api_key_id: str,
        *,
        name: str | Unset = UNSET,
        body: ApiKeyName | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> ApiKey:
        """Rename an API key.

        Changes the key's name only.

        Wire request: PATCH /v3/api_keys/{api_key_id}; the client adds Authorization: Bearer with the
        API key.

        Args:
            api_key_id (str): The `api_key_id` path segment. Required.
            name (str): The `name` JSON field. Required.
            body (ApiKeyName): The whole request as one model, instead of the
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
            ApiKey: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.api_keys.rename(api_key_id, name=name)
        """
        from sendgrid_reseller.api.api_keys import rename_api_key as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            api_key_id,
            name=name,
            body=body,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def rename_detailed(
        self,
        api_key_id: str,
        *,
        name: str,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[ApiKey]: ...

    @overload
    async def rename_detailed(
        self,
        api_key_id: str,
        *,
        body: ApiKeyName,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[ApiKey]: ...

    async def rename_detailed(
        self,
        api_key_id: str,
        *,
        name: str | Unset = UNSET,
        body: ApiKeyName | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[ApiKey]:
        """Rename an API key.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: PATCH /v3/api_keys/{api_key_id}; the client adds Authorization: Bearer with the
        API key.

        Args:
            The same as `client.api_keys.rename` takes; `help()` on it describes each one.

        Returns:
            Response[ApiKey]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.api_keys.rename_detailed(api_key_id, name=name)
        """
        from sendgrid_reseller.api.api_keys import rename_api_key as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            api_key_id,
            name=name,
            body=body,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )
