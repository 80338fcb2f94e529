# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.subusers.credits` of `SendGrid`: the `SubusersCreditsGroup` class, imported on first use.

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
    from sendgrid_reseller.models.credit_reset_frequency import CreditResetFrequency
    from sendgrid_reseller.models.remaining_credits_adjustment import RemainingCreditsAdjustment
    from sendgrid_reseller.models.subuser_credits import SubuserCredits
    from sendgrid_reseller.models.subuser_credits_update import SubuserCreditsUpdate
    from sendgrid_reseller.models.subuser_credits_update_type import SubuserCreditsUpdateType
    from sendgrid_reseller.types import Response, Unset

    pass


class SubusersCreditsGroup(Group):
    """Operations under `client.subusers.credits`."""

    def get(
        self,
        subuser_name: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> SubuserCredits:
        """Get a subuser's credits.

        The subuser's credit allowance, how it resets, and how much is used and left.

        Wire request: GET /v3/subusers/{subuser_name}/credits; the client adds Authorization: Bearer
        with the API key.

        Args:
            subuser_name (str): The `subuser_name` path segment. Required.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            SubuserCredits: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.subusers.credits.get(subuser_name)
        """
        from sendgrid_reseller.api.subusers import get_subuser_credits as _endpoint

        return _endpoint.sync(
            self._client,
            subuser_name,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    def get_detailed(
        self,
        subuser_name: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[SubuserCredits]:
        """Get a subuser's credits.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/subusers/{subuser_name}/credits; the client adds Authorization: Bearer
        with the API key.

        Args:
            The same as `client.subusers.credits.get` takes; `help()` on it describes each one.

        Returns:
            Response[SubuserCredits]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.subusers.credits.get_detailed(subuser_name)
        """
        from sendgrid_reseller.api.subusers import get_subuser_credits as _endpoint

        return _endpoint.sync_detailed(
            self._client,
            subuser_name,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    @overload
    def update(
        self,
        subuser_name: str,
        *,
        type_: SubuserCreditsUpdateType,
        reset_frequency: CreditResetFrequency | Unset = UNSET,
        total: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> SubuserCredits: ...

    @overload
    def update(
        self,
        subuser_name: str,
        *,
        body: SubuserCreditsUpdate,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> SubuserCredits: ...

    def update(
        self,
        subuser_name: str,
        *,
        type_: SubuserCreditsUpdateType | Unset = UNSET,
        reset_frequency: CreditResetFrequency | Unset = UNSET,
        total: int | Unset = UNSET,
        body: SubuserCreditsUpdate | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> SubuserCredits:
        """Set a subuser's credits.

        Replaces the subuser's credit allowance and its reset schedule.

        Wire request: PUT /v3/subusers/{subuser_name}/credits; the client adds Authorization: Bearer
        with the API key.

        Args:
            subuser_name (str): The `subuser_name` path segment. Required.
            type_ (SubuserCreditsUpdateType): The `type` JSON field. Required.
            reset_frequency (CreditResetFrequency | Unset): The `reset_frequency` JSON field.
            total (int | Unset): The allowance to reset to; omit with type unlimited.
            body (SubuserCreditsUpdate): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            SubuserCredits: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.subusers.credits.update(subuser_name, type_=type_)
        """
        from sendgrid_reseller.api.subusers import update_subuser_credits as _endpoint

        return _endpoint._sync_impl(
            self._client,
            subuser_name,
            type_=type_,
            reset_frequency=reset_frequency,
            total=total,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    def update_detailed(
        self,
        subuser_name: str,
        *,
        type_: SubuserCreditsUpdateType,
        reset_frequency: CreditResetFrequency | Unset = UNSET,
        total: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[SubuserCredits]: ...

    @overload
    def update_detailed(
        self,
        subuser_name: str,
        *,
        body: SubuserCreditsUpdate,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[SubuserCredits]: ...

    def update_detailed(
        self,
        subuser_name: str,
        *,
        type_: SubuserCreditsUpdateType | Unset = UNSET,
        reset_frequency: CreditResetFrequency | Unset = UNSET,
        total: int | Unset = UNSET,
        body: SubuserCreditsUpdate | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[SubuserCredits]:
        """Set a subuser's credits.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: PUT /v3/subusers/{subuser_name}/credits; the client adds Authorization: Bearer
        with the API key.

        Args:
            The same as `client.subusers.credits.update` takes; `help()` on it describes each one.

        Returns:
            Response[SubuserCredits]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.subusers.credits.update_detailed(subuser_name, type_=type_)
        """
        from sendgrid_reseller.api.subusers import update_subuser_credits as _endpoint

        return _endpoint._sync_detailed_impl(
            self._client,
            subuser_name,
            type_=type_,
            reset_frequency=reset_frequency,
            total=total,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    def adjust_remaining(
        self,
        subuser_name: str,
        *,
        allocation_update: int,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> SubuserCredits: ...

    @overload
    def adjust_remaining(
        self,
        subuser_name: str,
        *,
        body: RemainingCreditsAdjustment,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> SubuserCredits: ...

    def adjust_remaining(
        self,
        subuser_name: str,
        *,
        allocation_update: int | Unset = UNSET,
        body: RemainingCreditsAdjustment | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> SubuserCredits:
        """Add to or take from a subuser's remaining credits.

        Changes the subuser's remaining credits by a signed amount (positive adds, negative removes).

        Wire request: PATCH /v3/subusers/{subuser_name}/credits/remaining; the client adds
        Authorization: Bearer with the API key.

        Args:
            subuser_name (str): The `subuser_name` path segment. Required.
            allocation_update (int): Credits to add (positive) or remove (negative). Required.
            body (RemainingCreditsAdjustment): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            SubuserCredits: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.subusers.credits.adjust_remaining(subuser_name, allocation_update=allocation_update)
        """
        from sendgrid_reseller.api.subusers import adjust_subuser_remaining_credits as _endpoint

        return _endpoint._sync_impl(
            self._client,
            subuser_name,
            allocation_update=allocation_update,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    def adjust_remaining_detailed(
        self,
        subuser_name: str,
        *,
        allocation_update: int,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[SubuserCredits]: ...

    @overload
    def adjust_remaining_detailed(
        self,
        subuser_name: str,
        *,
        body: RemainingCreditsAdjustment,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[SubuserCredits]: ...

    def adjust_remaining_detailed(
        self,
        subuser_name: str,
        *,
        allocation_update: int | Unset = UNSET,
        body: RemainingCreditsAdjustment | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[SubuserCredits]:
        """Add to or take from a subuser's remaining credits.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: PATCH /v3/subusers/{subuser_name}/credits/remaining; the client adds
        Authorization: Bearer with the API key.

        Args:
            The same as `client.subusers.credits.adjust_remaining` takes; `help()` on it describes each one.

        Returns:
            Response[SubuserCredits]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.subusers.credits.adjust_remaining_detailed(subuser_name, allocation_update=allocation_update)
        """
        from sendgrid_reseller.api.subusers import adjust_subuser_remaining_credits as _endpoint

        return _endpoint._sync_detailed_impl(
            self._client,
            subuser_name,
            allocation_update=allocation_update,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )
