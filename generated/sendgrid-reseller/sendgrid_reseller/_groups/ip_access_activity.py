# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.ip.access.activity` of `SendGrid`: the `IpAccessActivityGroup` class, imported on first use.

Each method calls its endpoint function (`sendgrid_reseller.api.<tag>.<operation>`), importing that
module on first call; signatures and docstrings are the endpoint functions' own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime.group import Group
from .._runtime.unset import UNSET

if TYPE_CHECKING:
    from collections.abc import Mapping
    from typing import Any

    import httpx

    from sendgrid_reseller._runtime.options import RequestOptions
    from sendgrid_reseller.models.access_activity_list import AccessActivityList
    from sendgrid_reseller.types import Response, Unset

    pass


class IpAccessActivityGroup(Group):
    """Operations under `client.ip_access.activity`."""

    def list(
        self,
        *,
        limit: int | Unset = 20,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> AccessActivityList:
        """Recent sign-in attempts.

        The latest attempts to sign in to the account, allowed or not, with IP and place.

        Wire request: GET /v3/access_settings/activity; the client adds Authorization: Bearer with the
        API key.

        Args:
            limit (int | Unset): How many attempts to return (20 when omitted). Default: 20.
            on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
                of the v2 "user" field.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            AccessActivityList: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.ip_access.activity.list()
        """
        from sendgrid_reseller.api.ip_access_management import list_access_activity as _endpoint

        return _endpoint.sync(
            self._client,
            limit=limit,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    def list_detailed(
        self,
        *,
        limit: int | Unset = 20,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[AccessActivityList]:
        """Recent sign-in attempts.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/access_settings/activity; the client adds Authorization: Bearer with the
        API key.

        Args:
            The same as `client.ip_access.activity.list` takes; `help()` on it describes each one.

        Returns:
            Response[AccessActivityList]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.ip_access.activity.list_detailed()
        """
        from sendgrid_reseller.api.ip_access_management import list_access_activity as _endpoint

        return _endpoint.sync_detailed(
            self._client,
            limit=limit,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )
