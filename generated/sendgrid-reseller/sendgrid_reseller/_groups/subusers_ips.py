# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.subusers.ips` of `SendGrid`: the `SubusersIpsGroup` class, imported on first use.

Each method calls its endpoint function (`sendgrid_reseller.api.<tag>.<operation>`), importing that
module on first call; signatures and docstrings are the endpoint functions' own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime.group import Group

if TYPE_CHECKING:
    from collections.abc import Mapping
    from typing import Any

    import httpx

    from sendgrid_reseller._runtime.options import RequestOptions
    from sendgrid_reseller.models.subuser_ips import SubuserIps
    from sendgrid_reseller.types import Response

    pass


class SubusersIpsGroup(Group):
    """Operations under `client.subusers.ips`."""

    def update(
        self,
        subuser_name: str,
        *,
        body: list[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> SubuserIps:
        """Set a subuser's IP addresses.

        Replaces the list of dedicated IPs the subuser sends from.

        Wire request: PUT /v3/subusers/{subuser_name}/ips; the client adds Authorization: Bearer with
        the API key.

        Args:
            subuser_name (str): The `subuser_name` path segment. Required.
            body (list[str]): The request body: Every IP address the subuser may send from..
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            SubuserIps: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.subusers.ips.update(subuser_name, body=body)
        """
        from sendgrid_reseller.api.subusers import update_subuser_ips as _endpoint

        return _endpoint.sync(
            self._client,
            subuser_name,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    def update_detailed(
        self,
        subuser_name: str,
        *,
        body: list[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[SubuserIps]:
        """Set a subuser's IP addresses.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: PUT /v3/subusers/{subuser_name}/ips; the client adds Authorization: Bearer with
        the API key.

        Args:
            The same as `client.subusers.ips.update` takes; `help()` on it describes each one.

        Returns:
            Response[SubuserIps]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.subusers.ips.update_detailed(subuser_name, body=body)
        """
        from sendgrid_reseller.api.subusers import update_subuser_ips as _endpoint

        return _endpoint.sync_detailed(
            self._client,
            subuser_name,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )
