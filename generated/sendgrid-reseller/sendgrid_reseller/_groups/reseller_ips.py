# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.reseller.ips` of `SendGrid`: the `ResellerIpsGroup` class, imported on first use.

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
    from sendgrid_reseller.models.get_reseller_ip_usage_form import GetResellerIpUsageForm
    from sendgrid_reseller.models.get_reseller_ip_usage_form_system import GetResellerIpUsageFormSystem
    from sendgrid_reseller.models.list_available_reseller_ips_form import ListAvailableResellerIpsForm
    from sendgrid_reseller.models.list_free_reseller_ips_form import ListFreeResellerIpsForm
    from sendgrid_reseller.models.list_reseller_ips_form import ListResellerIpsForm
    from sendgrid_reseller.models.list_reseller_ips_form_system import ListResellerIpsFormSystem
    from sendgrid_reseller.models.list_taken_reseller_ips_form import ListTakenResellerIpsForm
    from sendgrid_reseller.models.v2_ip import V2Ip
    from sendgrid_reseller.models.v2_ip_usage import V2IpUsage
    from sendgrid_reseller.types import Response, Unset

    pass


class ResellerIpsGroup(Group):
    """Operations under `client.reseller.ips`."""

    def list(
        self,
        *,
        ip: str | Unset = UNSET,
        system: ListResellerIpsFormSystem | Unset = UNSET,
        body: ListResellerIpsForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> builtins.list[V2Ip]:
        """List all of the reseller's IPs.

        Returns every IP address on the reseller account, optionally filtered.

        Wire request: POST /apiv2/reseller.ip.json with task=all (form fields, always sent, never the
        caller's); the client adds the credentials as the api_user / api_key form fields.

        Args:
            ip (str | Unset): A whole or partial IP address to filter by.
            system (ListResellerIpsFormSystem | Unset): Send "true" to include the IPs SendGrid itself
                assigned.
            body (ListResellerIpsForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            list[V2Ip]: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.reseller.ips.list()
        """
        from sendgrid_reseller.api.ip_management import list_reseller_ips as _endpoint

        return _endpoint.sync(
            self._client,
            ip=ip,
            system=system,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    def list_detailed(
        self,
        *,
        ip: str | Unset = UNSET,
        system: ListResellerIpsFormSystem | Unset = UNSET,
        body: ListResellerIpsForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[builtins.list[V2Ip]]:
        """List all of the reseller's IPs.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /apiv2/reseller.ip.json with task=all (form fields, always sent, never the
        caller's); the client adds the credentials as the api_user / api_key form fields.

        Args:
            The same as `client.reseller.ips.list` takes; `help()` on it describes each one.

        Returns:
            Response[list[V2Ip]]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.reseller.ips.list_detailed()
        """
        from sendgrid_reseller.api.ip_management import list_reseller_ips as _endpoint

        return _endpoint.sync_detailed(
            self._client,
            ip=ip,
            system=system,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    def list_free(
        self,
        *,
        ip: str | Unset = UNSET,
        body: ListFreeResellerIpsForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> builtins.list[V2Ip]:
        """List free IPs.

        Returns the reseller's IPs that no user uses and no IP group holds.

        Wire request: POST /apiv2/reseller.ip.json with task=free (form fields, always sent, never the
        caller's); the client adds the credentials as the api_user / api_key form fields.

        Args:
            ip (str | Unset): A whole or partial IP address to filter by.
            body (ListFreeResellerIpsForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            list[V2Ip]: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.reseller.ips.list_free()
        """
        from sendgrid_reseller.api.ip_management import list_free_reseller_ips as _endpoint

        return _endpoint.sync(
            self._client,
            ip=ip,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    def list_free_detailed(
        self,
        *,
        ip: str | Unset = UNSET,
        body: ListFreeResellerIpsForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[builtins.list[V2Ip]]:
        """List free IPs.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /apiv2/reseller.ip.json with task=free (form fields, always sent, never the
        caller's); the client adds the credentials as the api_user / api_key form fields.

        Args:
            The same as `client.reseller.ips.list_free` takes; `help()` on it describes each one.

        Returns:
            Response[list[V2Ip]]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.reseller.ips.list_free_detailed()
        """
        from sendgrid_reseller.api.ip_management import list_free_reseller_ips as _endpoint

        return _endpoint.sync_detailed(
            self._client,
            ip=ip,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    def list_taken(
        self,
        *,
        ip: str | Unset = UNSET,
        body: ListTakenResellerIpsForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> builtins.list[V2Ip]:
        """List taken IPs.

        Returns the reseller's IPs that a user uses or that belong to an IP group.

        Wire request: POST /apiv2/reseller.ip.json with task=taken (form fields, always sent, never the
        caller's); the client adds the credentials as the api_user / api_key form fields.

        Args:
            ip (str | Unset): A whole or partial IP address to filter by.
            body (ListTakenResellerIpsForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            list[V2Ip]: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.reseller.ips.list_taken()
        """
        from sendgrid_reseller.api.ip_management import list_taken_reseller_ips as _endpoint

        return _endpoint.sync(
            self._client,
            ip=ip,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    def list_taken_detailed(
        self,
        *,
        ip: str | Unset = UNSET,
        body: ListTakenResellerIpsForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[builtins.list[V2Ip]]:
        """List taken IPs.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /apiv2/reseller.ip.json with task=taken (form fields, always sent, never the
        caller's); the client adds the credentials as the api_user / api_key form fields.

        Args:
            The same as `client.reseller.ips.list_taken` takes; `help()` on it describes each one.

        Returns:
            Response[list[V2Ip]]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.reseller.ips.list_taken_detailed()
        """
        from sendgrid_reseller.api.ip_management import list_taken_reseller_ips as _endpoint

        return _endpoint.sync_detailed(
            self._client,
            ip=ip,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    def list_available(
        self,
        *,
        ip: str | Unset = UNSET,
        body: ListAvailableResellerIpsForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> builtins.list[V2Ip]:
        """List available IPs.

        Returns the reseller's IPs that can be handed out: free ones, ones held only by an inactive
        user, and ones outside every IP group.

        Wire request: POST /apiv2/reseller.ip.json with task=available (form fields, always sent, never
        the caller's); the client adds the credentials as the api_user / api_key form fields.

        Args:
            ip (str | Unset): A whole or partial IP address to filter by.
            body (ListAvailableResellerIpsForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            list[V2Ip]: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.reseller.ips.list_available()
        """
        from sendgrid_reseller.api.ip_management import list_available_reseller_ips as _endpoint

        return _endpoint.sync(
            self._client,
            ip=ip,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    def list_available_detailed(
        self,
        *,
        ip: str | Unset = UNSET,
        body: ListAvailableResellerIpsForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[builtins.list[V2Ip]]:
        """List available IPs.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /apiv2/reseller.ip.json with task=available (form fields, always sent, never
        the caller's); the client adds the credentials as the api_user / api_key form fields.

        Args:
            The same as `client.reseller.ips.list_available` takes; `help()` on it describes each one.

        Returns:
            Response[list[V2Ip]]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.reseller.ips.list_available_detailed()
        """
        from sendgrid_reseller.api.ip_management import list_available_reseller_ips as _endpoint

        return _endpoint.sync_detailed(
            self._client,
            ip=ip,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    def usage(
        self,
        *,
        ip: str | Unset = UNSET,
        user: str | Unset = UNSET,
        group: str | Unset = UNSET,
        system: GetResellerIpUsageFormSystem | Unset = UNSET,
        body: GetResellerIpUsageForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> builtins.list[V2IpUsage]:
        """Show which user is on which IP.

        Returns pairs of IP address and user for the reseller's IPs, optionally filtered.

        Wire request: POST /apiv2/reseller.ip.json with task=usage (form fields, always sent, never the
        caller's); the client adds the credentials as the api_user / api_key form fields.

        Args:
            ip (str | Unset): A whole or partial IP address to filter by.
            user (str | Unset): A whole or partial username to filter by.
            group (str | Unset): A whole or partial IP group name to filter by.
            system (GetResellerIpUsageFormSystem | Unset): Send "true" to include the IPs SendGrid
                itself assigned.
            body (GetResellerIpUsageForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            list[V2IpUsage]: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.reseller.ips.usage()
        """
        from sendgrid_reseller.api.ip_management import get_reseller_ip_usage as _endpoint

        return _endpoint.sync(
            self._client,
            ip=ip,
            user=user,
            group=group,
            system=system,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    def usage_detailed(
        self,
        *,
        ip: str | Unset = UNSET,
        user: str | Unset = UNSET,
        group: str | Unset = UNSET,
        system: GetResellerIpUsageFormSystem | Unset = UNSET,
        body: GetResellerIpUsageForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[builtins.list[V2IpUsage]]:
        """Show which user is on which IP.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /apiv2/reseller.ip.json with task=usage (form fields, always sent, never the
        caller's); the client adds the credentials as the api_user / api_key form fields.

        Args:
            The same as `client.reseller.ips.usage` takes; `help()` on it describes each one.

        Returns:
            Response[list[V2IpUsage]]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.reseller.ips.usage_detailed()
        """
        from sendgrid_reseller.api.ip_management import get_reseller_ip_usage as _endpoint

        return _endpoint.sync_detailed(
            self._client,
            ip=ip,
            user=user,
            group=group,
            system=system,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )
