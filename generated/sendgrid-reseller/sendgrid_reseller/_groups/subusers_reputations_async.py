# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.subusers.reputations` of `AsyncSendGrid`: the `AsyncSubusersReputationsGroup` class, imported on first use.

Each method calls its endpoint function (`sendgrid_reseller.api.<tag>.<operation>`), importing that
module on first call; signatures and docstrings are the endpoint functions' own.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING

from .._runtime.group import Group
from .._runtime.unset import UNSET

if TYPE_CHECKING:
    from collections.abc import Mapping
    from typing import Any

    import httpx

    from sendgrid_reseller._runtime.options import RequestOptions
    from sendgrid_reseller.models.subuser_reputation import SubuserReputation
    from sendgrid_reseller.types import Response, Unset

    pass


class AsyncSubusersReputationsGroup(Group):
    """Operations under `client.subusers.reputations`."""

    async def list(
        self,
        *,
        usernames: builtins.list[str] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> builtins.list[SubuserReputation]:
        """Subuser sender reputations.

        The sender reputation score (0-100) of each named subuser, or of all subusers when none is
        named.

        Wire request: GET /v3/subusers/reputations; the client adds Authorization: Bearer with the API
        key.

        Args:
            usernames (list[str] | Unset): Subusers to report on; repeat the key for several.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            list[SubuserReputation]: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.subusers.reputations.list()
        """
        from sendgrid_reseller.api.subusers import list_subuser_reputations as _endpoint

        return await _endpoint.asyncio(
            self._client,
            usernames=usernames,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    async def list_detailed(
        self,
        *,
        usernames: builtins.list[str] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[builtins.list[SubuserReputation]]:
        """Subuser sender reputations.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/subusers/reputations; the client adds Authorization: Bearer with the API
        key.

        Args:
            The same as `client.subusers.reputations.list` takes; `help()` on it describes each one.

        Returns:
            Response[list[SubuserReputation]]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.subusers.reputations.list_detailed()
        """
        from sendgrid_reseller.api.subusers import list_subuser_reputations as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            usernames=usernames,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )
