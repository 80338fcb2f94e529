# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""The `client.subusers` operations of `AsyncSendGrid`: group classes, imported on first use.

Each method calls its endpoint function (`sendgrid_reseller.api.<tag>.<operation>`), importing that
module on first call; signatures and docstrings are the endpoint functions' own.
"""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import TYPE_CHECKING, overload

from .._runtime.group import Group
from .._runtime.unset import UNSET

if TYPE_CHECKING:
    import datetime
    from collections.abc import AsyncIterator, Mapping
    from typing import Any

    import httpx

    from sendgrid_reseller._runtime.options import RequestOptions
    from sendgrid_reseller._runtime.page import AsyncPage
    from sendgrid_reseller.models.create_subuser_request import CreateSubuserRequest
    from sendgrid_reseller.models.create_subuser_request_region import CreateSubuserRequestRegion
    from sendgrid_reseller.models.created_subuser import CreatedSubuser
    from sendgrid_reseller.models.credit_reset_frequency import CreditResetFrequency
    from sendgrid_reseller.models.remaining_credits_adjustment import RemainingCreditsAdjustment
    from sendgrid_reseller.models.sort_direction import SortDirection
    from sendgrid_reseller.models.stats_aggregation import StatsAggregation
    from sendgrid_reseller.models.subuser import Subuser
    from sendgrid_reseller.models.subuser_credits import SubuserCredits
    from sendgrid_reseller.models.subuser_credits_update import SubuserCreditsUpdate
    from sendgrid_reseller.models.subuser_credits_update_type import SubuserCreditsUpdateType
    from sendgrid_reseller.models.subuser_ips import SubuserIps
    from sendgrid_reseller.models.subuser_monthly_stats import SubuserMonthlyStats
    from sendgrid_reseller.models.subuser_reputation import SubuserReputation
    from sendgrid_reseller.models.subuser_stats_day import SubuserStatsDay
    from sendgrid_reseller.models.subuser_status_update import SubuserStatusUpdate
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


class AsyncSubusersCreditsGroup(Group):
    """Operations under `client.subusers.credits`."""

    async def get(
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

            result = await client.subusers.credits.get(subuser_name)
        """
        from sendgrid_reseller.api.subusers import get_subuser_credits as _endpoint

        return await _endpoint.asyncio(
            self._client,
            subuser_name,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    async def get_detailed(
        self,
        subuser_name: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[SubuserCredits]:
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
            Response[SubuserCredits]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.subusers.credits.get_detailed(subuser_name)
        """
        from sendgrid_reseller.api.subusers import get_subuser_credits as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            subuser_name,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    @overload
    async def update(
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
    async def update(
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

    async def update(
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

            result = await client.subusers.credits.update(subuser_name, type_=type_)
        """
        from sendgrid_reseller.api.subusers import update_subuser_credits as _endpoint

        return await _endpoint._asyncio_impl(
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
    async def update_detailed(
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
    async def update_detailed(
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

    async def update_detailed(
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
            Response[SubuserCredits]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.subusers.credits.update_detailed(subuser_name, type_=type_)
        """
        from sendgrid_reseller.api.subusers import update_subuser_credits as _endpoint

        return await _endpoint._asyncio_detailed_impl(
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
    async def adjust_remaining(
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
    async def adjust_remaining(
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

    async def adjust_remaining(
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

            result = await client.subusers.credits.adjust_remaining(subuser_name, allocation_update=allocation_update)
        """
        from sendgrid_reseller.api.subusers import adjust_subuser_remaining_credits as _endpoint

        return await _endpoint._asyncio_impl(
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
    async def adjust_remaining_detailed(
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
    async def adjust_remaining_detailed(
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

    async def adjust_remaining_detailed(
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
            Response[SubuserCredits]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.subusers.credits.adjust_remaining_detailed(subuser_name, allocation_update=allocation_update)
        """
        from sendgrid_reseller.api.subusers import adjust_subuser_remaining_credits as _endpoint

        return await _endpoint._asyncio_detailed_impl(
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


class AsyncSubusersIpsGroup(Group):
    """Operations under `client.subusers.ips`."""

    async def update(
        self,
        subuser_name: str,
        *,
        body: builtins.list[str],
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

            result = await client.subusers.ips.update(subuser_name, body=body)
        """
        from sendgrid_reseller.api.subusers import update_subuser_ips as _endpoint

        return await _endpoint.asyncio(
            self._client,
            subuser_name,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def update_detailed(
        self,
        subuser_name: str,
        *,
        body: builtins.list[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[SubuserIps]:
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
            Response[SubuserIps]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.subusers.ips.update_detailed(subuser_name, body=body)
        """
        from sendgrid_reseller.api.subusers import update_subuser_ips as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            subuser_name,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )


class AsyncSubusersStatsGroup(Group):
    """Operations under `client.subusers.stats`."""

    async def monthly_for_subuser(
        self,
        subuser_name: str,
        *,
        date: datetime.date,
        sort_by_metric: str | Unset = "delivered",
        sort_by_direction: SortDirection | Unset = UNSET,
        limit: int | Unset = 5,
        offset: int | Unset = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> SubuserMonthlyStats:
        """Monthly statistics of one subuser.

        One subuser's email metrics for the month containing `date`.

        Wire request: GET /v3/subusers/{subuser_name}/stats/monthly; the client adds Authorization:
        Bearer with the API key.

        Args:
            subuser_name (str): The `subuser_name` path segment. Required.
            date (datetime.date): Any day (YYYY-MM-DD) of the month to report on. Required.
            sort_by_metric (str | Unset): The metric to sort by: blocks, bounces, clicks, delivered,
                opens, requests, unique_clicks, unique_opens or unsubscribes (the other metrics cannot be
                sorted on). Default: 'delivered'.
            sort_by_direction (SortDirection | Unset): The `sort_by_direction` query parameter.
            limit (int | Unset): How many subusers to report on (the statistics are not Link-
                paginated). Default: 5.
            offset (int | Unset): How many subusers to skip. Default: 0.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            SubuserMonthlyStats: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.subusers.stats.monthly_for_subuser(subuser_name)
        """
        from sendgrid_reseller.api.subusers import get_subuser_monthly_stats as _endpoint

        return await _endpoint.asyncio(
            self._client,
            subuser_name,
            date=date,
            sort_by_metric=sort_by_metric,
            sort_by_direction=sort_by_direction,
            limit=limit,
            offset=offset,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    async def monthly_for_subuser_detailed(
        self,
        subuser_name: str,
        *,
        date: datetime.date,
        sort_by_metric: str | Unset = "delivered",
        sort_by_direction: SortDirection | Unset = UNSET,
        limit: int | Unset = 5,
        offset: int | Unset = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[SubuserMonthlyStats]:
        """Monthly statistics of one subuser.

        One subuser's email metrics for the month containing `date`.

        Wire request: GET /v3/subusers/{subuser_name}/stats/monthly; the client adds Authorization:
        Bearer with the API key.

        Args:
            subuser_name (str): The `subuser_name` path segment. Required.
            date (datetime.date): Any day (YYYY-MM-DD) of the month to report on. Required.
            sort_by_metric (str | Unset): The metric to sort by: blocks, bounces, clicks, delivered,
                opens, requests, unique_clicks, unique_opens or unsubscribes (the other metrics cannot be
                sorted on). Default: 'delivered'.
            sort_by_direction (SortDirection | Unset): The `sort_by_direction` query parameter.
            limit (int | Unset): How many subusers to report on (the statistics are not Link-
                paginated). Default: 5.
            offset (int | Unset): How many subusers to skip. Default: 0.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Response[SubuserMonthlyStats]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.subusers.stats.monthly_for_subuser_detailed(subuser_name)
        """
        from sendgrid_reseller.api.subusers import get_subuser_monthly_stats as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            subuser_name,
            date=date,
            sort_by_metric=sort_by_metric,
            sort_by_direction=sort_by_direction,
            limit=limit,
            offset=offset,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    async def get(
        self,
        *,
        subusers: builtins.list[str],
        start_date: datetime.date,
        end_date: datetime.date | Unset = UNSET,
        aggregated_by: StatsAggregation | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
        page_token: str | None = None,
    ) -> AsyncPage[SubuserStatsDay]:
        """Statistics of chosen subusers.

        Daily (or weekly, monthly) email metrics of up to ten subusers over a date range, one entry per
        date. Paged with limit/offset; SendGrid does not document a Link header here, so page iteration
        stops after one page when none is sent.

        Returns the first page (or the one `page_token` names): iterate it for every record across
        pages, or use `pages()`, `has_next_page()`, `next_page()` and `next_page_token`.

        Wire request: GET /v3/subusers/stats; the client adds Authorization: Bearer with the API key.

        Args:
            subusers (list[str]): The subusers to report on (1 to 10); repeat the key for several.
                Required.
            start_date (datetime.date): First day of the period (YYYY-MM-DD). Required.
            end_date (datetime.date | Unset): Last day of the period (YYYY-MM-DD); today when omitted.
            aggregated_by (StatsAggregation | Unset): The `aggregated_by` query parameter.
            limit (int | Unset): Records to return in one page. The default and the maximum are both
                500.
            offset (int | Unset): Records to skip before the first one returned.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.
            page_token (str | None): Start at the page an earlier page's `next_page_token` names.

        Returns:
            AsyncPage[SubuserStatsDay]: the page; its `items` are this page's records.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            page = await client.subusers.stats.get()
            async for item in page:  # every record, page after page
                print(item)
        """
        from sendgrid_reseller.api.subusers import get_subusers_stats as _endpoint

        return await _endpoint.apage(
            self._client,
            subusers=subusers,
            start_date=start_date,
            end_date=end_date,
            aggregated_by=aggregated_by,
            limit=limit,
            offset=offset,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
            page_token=page_token,
        )

    async def get_detailed(
        self,
        *,
        subusers: builtins.list[str],
        start_date: datetime.date,
        end_date: datetime.date | Unset = UNSET,
        aggregated_by: StatsAggregation | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[builtins.list[SubuserStatsDay]]:
        """Statistics of chosen subusers.

        Daily (or weekly, monthly) email metrics of up to ten subusers over a date range, one entry per
        date. Paged with limit/offset; SendGrid does not document a Link header here, so page iteration
        stops after one page when none is sent.

        Wire request: GET /v3/subusers/stats; the client adds Authorization: Bearer with the API key.

        Args:
            subusers (list[str]): The subusers to report on (1 to 10); repeat the key for several.
                Required.
            start_date (datetime.date): First day of the period (YYYY-MM-DD). Required.
            end_date (datetime.date | Unset): Last day of the period (YYYY-MM-DD); today when omitted.
            aggregated_by (StatsAggregation | Unset): The `aggregated_by` query parameter.
            limit (int | Unset): Records to return in one page. The default and the maximum are both
                500.
            offset (int | Unset): Records to skip before the first one returned.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Response[list[SubuserStatsDay]]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.subusers.stats.get_detailed()
        """
        from sendgrid_reseller.api.subusers import get_subusers_stats as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            subusers=subusers,
            start_date=start_date,
            end_date=end_date,
            aggregated_by=aggregated_by,
            limit=limit,
            offset=offset,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    def get_pages(
        self,
        *,
        subusers: builtins.list[str],
        start_date: datetime.date,
        end_date: datetime.date | Unset = UNSET,
        aggregated_by: StatsAggregation | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Response[builtins.list[SubuserStatsDay]]]:
        """Statistics of chosen subusers.

        Daily (or weekly, monthly) email metrics of up to ten subusers over a date range, one entry per
        date. Paged with limit/offset; SendGrid does not document a Link header here, so page iteration
        stops after one page when none is sent.

        Yields one `Response` per page, following the Link header's rel="next"; the next page is
        requested only when the previous one has been consumed.

        Wire request: GET /v3/subusers/stats; the client adds Authorization: Bearer with the API key.

        Args:
            subusers (list[str]): The subusers to report on (1 to 10); repeat the key for several.
                Required.
            start_date (datetime.date): First day of the period (YYYY-MM-DD). Required.
            end_date (datetime.date | Unset): Last day of the period (YYYY-MM-DD); today when omitted.
            aggregated_by (StatsAggregation | Unset): The `aggregated_by` query parameter.
            limit (int | Unset): Records to return in one page. The default and the maximum are both
                500.
            offset (int | Unset): Records to skip before the first one returned.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Iterator of Response[list[SubuserStatsDay]]: each page with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            async for page in client.subusers.stats.get_pages():
                print(page.status_code, len(page.parsed))
        """
        from sendgrid_reseller.api.subusers import get_subusers_stats as _endpoint

        return _endpoint.aiter_pages(
            self._client,
            subusers=subusers,
            start_date=start_date,
            end_date=end_date,
            aggregated_by=aggregated_by,
            limit=limit,
            offset=offset,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    def get_items(
        self,
        *,
        subusers: builtins.list[str],
        start_date: datetime.date,
        end_date: datetime.date | Unset = UNSET,
        aggregated_by: StatsAggregation | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[SubuserStatsDay]:
        """Statistics of chosen subusers.

        Daily (or weekly, monthly) email metrics of up to ten subusers over a date range, one entry per
        date. Paged with limit/offset; SendGrid does not document a Link header here, so page iteration
        stops after one page when none is sent.

        Yields every record of the list, across all pages (one page in memory at a time).

        Wire request: GET /v3/subusers/stats; the client adds Authorization: Bearer with the API key.

        Args:
            subusers (list[str]): The subusers to report on (1 to 10); repeat the key for several.
                Required.
            start_date (datetime.date): First day of the period (YYYY-MM-DD). Required.
            end_date (datetime.date | Unset): Last day of the period (YYYY-MM-DD); today when omitted.
            aggregated_by (StatsAggregation | Unset): The `aggregated_by` query parameter.
            limit (int | Unset): Records to return in one page. The default and the maximum are both
                500.
            offset (int | Unset): Records to skip before the first one returned.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Iterator of SubuserStatsDay: each record.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            async for item in client.subusers.stats.get_items():
                print(item)
        """
        from sendgrid_reseller.api.subusers import get_subusers_stats as _endpoint

        return _endpoint.aiter_items(
            self._client,
            subusers=subusers,
            start_date=start_date,
            end_date=end_date,
            aggregated_by=aggregated_by,
            limit=limit,
            offset=offset,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    async def monthly(
        self,
        *,
        date: datetime.date,
        subuser: str | Unset = UNSET,
        sort_by_metric: str | Unset = "delivered",
        sort_by_direction: SortDirection | Unset = UNSET,
        limit: int | Unset = 5,
        offset: int | Unset = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> SubuserMonthlyStats:
        """Monthly statistics of all subusers.

        Every subuser's email metrics for the month containing `date`, optionally filtered by a username
        substring.

        Wire request: GET /v3/subusers/stats/monthly; the client adds Authorization: Bearer with the API
        key.

        Args:
            date (datetime.date): Any day (YYYY-MM-DD) of the month to report on. Required.
            subuser (str | Unset): Only subusers whose username contains this text.
            sort_by_metric (str | Unset): The metric to sort by: blocks, bounces, clicks, delivered,
                opens, requests, unique_clicks, unique_opens or unsubscribes (the other metrics cannot be
                sorted on). Default: 'delivered'.
            sort_by_direction (SortDirection | Unset): The `sort_by_direction` query parameter.
            limit (int | Unset): How many subusers to report on (the statistics are not Link-
                paginated). Default: 5.
            offset (int | Unset): How many subusers to skip. Default: 0.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            SubuserMonthlyStats: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.subusers.stats.monthly()
        """
        from sendgrid_reseller.api.subusers import get_subusers_monthly_stats as _endpoint

        return await _endpoint.asyncio(
            self._client,
            date=date,
            subuser=subuser,
            sort_by_metric=sort_by_metric,
            sort_by_direction=sort_by_direction,
            limit=limit,
            offset=offset,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    async def monthly_detailed(
        self,
        *,
        date: datetime.date,
        subuser: str | Unset = UNSET,
        sort_by_metric: str | Unset = "delivered",
        sort_by_direction: SortDirection | Unset = UNSET,
        limit: int | Unset = 5,
        offset: int | Unset = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[SubuserMonthlyStats]:
        """Monthly statistics of all subusers.

        Every subuser's email metrics for the month containing `date`, optionally filtered by a username
        substring.

        Wire request: GET /v3/subusers/stats/monthly; the client adds Authorization: Bearer with the API
        key.

        Args:
            date (datetime.date): Any day (YYYY-MM-DD) of the month to report on. Required.
            subuser (str | Unset): Only subusers whose username contains this text.
            sort_by_metric (str | Unset): The metric to sort by: blocks, bounces, clicks, delivered,
                opens, requests, unique_clicks, unique_opens or unsubscribes (the other metrics cannot be
                sorted on). Default: 'delivered'.
            sort_by_direction (SortDirection | Unset): The `sort_by_direction` query parameter.
            limit (int | Unset): How many subusers to report on (the statistics are not Link-
                paginated). Default: 5.
            offset (int | Unset): How many subusers to skip. Default: 0.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Response[SubuserMonthlyStats]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.subusers.stats.monthly_detailed()
        """
        from sendgrid_reseller.api.subusers import get_subusers_monthly_stats as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            date=date,
            subuser=subuser,
            sort_by_metric=sort_by_metric,
            sort_by_direction=sort_by_direction,
            limit=limit,
            offset=offset,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    async def sums(
        self,
        *,
        start_date: datetime.date,
        end_date: datetime.date | Unset = UNSET,
        sort_by_direction: SortDirection | Unset = UNSET,
        sort_by_metric: str | Unset = "delivered",
        aggregated_by: StatsAggregation | Unset = UNSET,
        limit: int | Unset = 5,
        offset: int | Unset = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> SubuserStatsDay:
        """Totals of every metric across subusers.

        Each email metric summed over the date range for all subusers. (SendGrid's reference describes
        aggregated_by here with a date format; we accept the day/week/month values it takes elsewhere.).

        Wire request: GET /v3/subusers/stats/sums; the client adds Authorization: Bearer with the API
        key.

        Args:
            start_date (datetime.date): First day of the period (YYYY-MM-DD). Required.
            end_date (datetime.date | Unset): Last day of the period (YYYY-MM-DD); today when omitted.
            sort_by_direction (SortDirection | Unset): The `sort_by_direction` query parameter.
            sort_by_metric (str | Unset): The metric to sort by: blocks, bounces, clicks, delivered,
                opens, requests, unique_clicks, unique_opens or unsubscribes (the other metrics cannot be
                sorted on). Default: 'delivered'.
            aggregated_by (StatsAggregation | Unset): The `aggregated_by` query parameter.
            limit (int | Unset): How many subusers to report on (the statistics are not Link-
                paginated). Default: 5.
            offset (int | Unset): How many subusers to skip. Default: 0.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            SubuserStatsDay: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.subusers.stats.sums()
        """
        from sendgrid_reseller.api.subusers import get_subusers_stats_sums as _endpoint

        return await _endpoint.asyncio(
            self._client,
            start_date=start_date,
            end_date=end_date,
            sort_by_direction=sort_by_direction,
            sort_by_metric=sort_by_metric,
            aggregated_by=aggregated_by,
            limit=limit,
            offset=offset,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    async def sums_detailed(
        self,
        *,
        start_date: datetime.date,
        end_date: datetime.date | Unset = UNSET,
        sort_by_direction: SortDirection | Unset = UNSET,
        sort_by_metric: str | Unset = "delivered",
        aggregated_by: StatsAggregation | Unset = UNSET,
        limit: int | Unset = 5,
        offset: int | Unset = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[SubuserStatsDay]:
        """Totals of every metric across subusers.

        Each email metric summed over the date range for all subusers. (SendGrid's reference describes
        aggregated_by here with a date format; we accept the day/week/month values it takes elsewhere.).

        Wire request: GET /v3/subusers/stats/sums; the client adds Authorization: Bearer with the API
        key.

        Args:
            start_date (datetime.date): First day of the period (YYYY-MM-DD). Required.
            end_date (datetime.date | Unset): Last day of the period (YYYY-MM-DD); today when omitted.
            sort_by_direction (SortDirection | Unset): The `sort_by_direction` query parameter.
            sort_by_metric (str | Unset): The metric to sort by: blocks, bounces, clicks, delivered,
                opens, requests, unique_clicks, unique_opens or unsubscribes (the other metrics cannot be
                sorted on). Default: 'delivered'.
            aggregated_by (StatsAggregation | Unset): The `aggregated_by` query parameter.
            limit (int | Unset): How many subusers to report on (the statistics are not Link-
                paginated). Default: 5.
            offset (int | Unset): How many subusers to skip. Default: 0.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Response[SubuserStatsDay]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.subusers.stats.sums_detailed()
        """
        from sendgrid_reseller.api.subusers import get_subusers_stats_sums as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            start_date=start_date,
            end_date=end_date,
            sort_by_direction=sort_by_direction,
            sort_by_metric=sort_by_metric,
            aggregated_by=aggregated_by,
            limit=limit,
            offset=offset,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )


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


class AsyncSubusersGroup(Group):
    """Operations under `client.subusers`."""

    @cached_property
    def website_access(self) -> AsyncSubusersWebsiteAccessGroup:
        return AsyncSubusersWebsiteAccessGroup(self._client)

    @cached_property
    def credits(self) -> AsyncSubusersCreditsGroup:
        return AsyncSubusersCreditsGroup(self._client)

    @cached_property
    def ips(self) -> AsyncSubusersIpsGroup:
        return AsyncSubusersIpsGroup(self._client)

    @cached_property
    def stats(self) -> AsyncSubusersStatsGroup:
        return AsyncSubusersStatsGroup(self._client)

    @cached_property
    def reputations(self) -> AsyncSubusersReputationsGroup:
        return AsyncSubusersReputationsGroup(self._client)

    async def list(
        self,
        *,
        username: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
        page_token: str | None = None,
    ) -> AsyncPage[Subuser]:
        """List subusers.

        Returns the parent account's subusers, a page at a time (limit/offset, Link header).

        Returns the first page (or the one `page_token` names): iterate it for every record across
        pages, or use `pages()`, `has_next_page()`, `next_page()` and `next_page_token`.

        Wire request: GET /v3/subusers; the client adds Authorization: Bearer with the API key.

        Args:
            username (str | Unset): Only the subuser with this username.
            limit (int | Unset): Records to return in one page. The default and the maximum are both
                500.
            offset (int | Unset): Records to skip before the first one returned.
            on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
                of the v2 "user" field.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.
            page_token (str | None): Start at the page an earlier page's `next_page_token` names.

        Returns:
            AsyncPage[Subuser]: the page; its `items` are this page's records.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            page = await client.subusers.list()
            async for item in page:  # every record, page after page
                print(item)
        """
        from sendgrid_reseller.api.subusers import list_subusers as _endpoint

        return await _endpoint.apage(
            self._client,
            username=username,
            limit=limit,
            offset=offset,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
            page_token=page_token,
        )

    async def list_detailed(
        self,
        *,
        username: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[builtins.list[Subuser]]:
        """List subusers.

        Returns the parent account's subusers, a page at a time (limit/offset, Link header).

        Wire request: GET /v3/subusers; the client adds Authorization: Bearer with the API key.

        Args:
            username (str | Unset): Only the subuser with this username.
            limit (int | Unset): Records to return in one page. The default and the maximum are both
                500.
            offset (int | Unset): Records to skip before the first one returned.
            on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
                of the v2 "user" field.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Response[list[Subuser]]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.subusers.list_detailed()
        """
        from sendgrid_reseller.api.subusers import list_subusers as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            username=username,
            limit=limit,
            offset=offset,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    def list_pages(
        self,
        *,
        username: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Response[builtins.list[Subuser]]]:
        """List subusers.

        Returns the parent account's subusers, a page at a time (limit/offset, Link header).

        Yields one `Response` per page, following the Link header's rel="next"; the next page is
        requested only when the previous one has been consumed.

        Wire request: GET /v3/subusers; the client adds Authorization: Bearer with the API key.

        Args:
            username (str | Unset): Only the subuser with this username.
            limit (int | Unset): Records to return in one page. The default and the maximum are both
                500.
            offset (int | Unset): Records to skip before the first one returned.
            on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
                of the v2 "user" field.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Iterator of Response[list[Subuser]]: each page with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            async for page in client.subusers.list_pages():
                print(page.status_code, len(page.parsed))
        """
        from sendgrid_reseller.api.subusers import list_subusers as _endpoint

        return _endpoint.aiter_pages(
            self._client,
            username=username,
            limit=limit,
            offset=offset,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    def list_items(
        self,
        *,
        username: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Subuser]:
        """List subusers.

        Returns the parent account's subusers, a page at a time (limit/offset, Link header).

        Yields every record of the list, across all pages (one page in memory at a time).

        Wire request: GET /v3/subusers; the client adds Authorization: Bearer with the API key.

        Args:
            username (str | Unset): Only the subuser with this username.
            limit (int | Unset): Records to return in one page. The default and the maximum are both
                500.
            offset (int | Unset): Records to skip before the first one returned.
            on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
                of the v2 "user" field.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Iterator of Subuser: each record.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            async for item in client.subusers.list_items():
                print(item)
        """
        from sendgrid_reseller.api.subusers import list_subusers as _endpoint

        return _endpoint.aiter_items(
            self._client,
            username=username,
            limit=limit,
            offset=offset,
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
        username: str,
        email: str,
        password: str,
        ips: builtins.list[str],
        region: CreateSubuserRequestRegion | Unset = UNSET,
        include_region: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> CreatedSubuser: ...

    @overload
    async def create(
        self,
        *,
        body: CreateSubuserRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> CreatedSubuser: ...

    async def create(
        self,
        *,
        username: str | Unset = UNSET,
        email: str | Unset = UNSET,
        password: str | Unset = UNSET,
        ips: builtins.list[str] | Unset = UNSET,
        region: CreateSubuserRequestRegion | Unset = UNSET,
        include_region: bool | Unset = UNSET,
        body: CreateSubuserRequest | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> CreatedSubuser:
        """Create a subuser.

        Creates a subuser account under the parent, with its login, contact address and sending IPs.

        Wire request: POST /v3/subusers; the client adds Authorization: Bearer with the API key.

        Args:
            username (str): Login name of the new subuser. Required.
            email (str): Contact address of the subuser. Required.
            password (str): The subuser's password for the web app. Required.
            ips (list[str]): Dedicated IPs the subuser sends from. Required.
            region (CreateSubuserRequestRegion | Unset): Data residency region (default global).
            include_region (bool | Unset): Return the region in the response.
            body (CreateSubuserRequest): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            CreatedSubuser: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.subusers.create(username=username, email=email, password=password, ips=ips)
        """
        from sendgrid_reseller.api.subusers import create_subuser as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            username=username,
            email=email,
            password=password,
            ips=ips,
            region=region,
            include_region=include_region,
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
        username: str,
        email: str,
        password: str,
        ips: builtins.list[str],
        region: CreateSubuserRequestRegion | Unset = UNSET,
        include_region: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[CreatedSubuser]: ...

    @overload
    async def create_detailed(
        self,
        *,
        body: CreateSubuserRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[CreatedSubuser]: ...

    async def create_detailed(
        self,
        *,
        username: str | Unset = UNSET,
        email: str | Unset = UNSET,
        password: str | Unset = UNSET,
        ips: builtins.list[str] | Unset = UNSET,
        region: CreateSubuserRequestRegion | Unset = UNSET,
        include_region: bool | Unset = UNSET,
        body: CreateSubuserRequest | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[CreatedSubuser]:
        """Create a subuser.

        Creates a subuser account under the parent, with its login, contact address and sending IPs.

        Wire request: POST /v3/subusers; the client adds Authorization: Bearer with the API key.

        Args:
            username (str): Login name of the new subuser. Required.
            email (str): Contact address of the subuser. Required.
            password (str): The subuser's password for the web app. Required.
            ips (list[str]): Dedicated IPs the subuser sends from. Required.
            region (CreateSubuserRequestRegion | Unset): Data residency region (default global).
            include_region (bool | Unset): Return the region in the response.
            body (CreateSubuserRequest): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Response[CreatedSubuser]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.subusers.create_detailed(username=username, email=email, password=password, ips=ips)
        """
        from sendgrid_reseller.api.subusers import create_subuser as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            username=username,
            email=email,
            password=password,
            ips=ips,
            region=region,
            include_region=include_region,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def delete(
        self,
        subuser_name: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Any:
        """Delete a subuser.

        Removes a subuser for good; a deleted subuser cannot be restored.

        Wire request: DELETE /v3/subusers/{subuser_name}; the client adds Authorization: Bearer with the
        API key.

        Args:
            subuser_name (str): The `subuser_name` path segment. Required.
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

            result = await client.subusers.delete(subuser_name)
        """
        from sendgrid_reseller.api.subusers import delete_subuser as _endpoint

        return await _endpoint.asyncio(
            self._client,
            subuser_name,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def delete_detailed(
        self,
        subuser_name: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[Any]:
        """Delete a subuser.

        Removes a subuser for good; a deleted subuser cannot be restored.

        Wire request: DELETE /v3/subusers/{subuser_name}; the client adds Authorization: Bearer with the
        API key.

        Args:
            subuser_name (str): The `subuser_name` path segment. Required.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Response[Any]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.subusers.delete_detailed(subuser_name)
        """
        from sendgrid_reseller.api.subusers import delete_subuser as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            subuser_name,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def set_disabled(
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
    async def set_disabled(
        self,
        subuser_name: str,
        *,
        body: SubuserStatusUpdate,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Any: ...

    async def set_disabled(
        self,
        subuser_name: str,
        *,
        disabled: bool | Unset = UNSET,
        body: SubuserStatusUpdate | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Any:
        """Enable or disable a subuser.

        Turns a subuser off (disabled true) or back on (disabled false); the v3 form of the v2
        enable/disable calls.

        Wire request: PATCH /v3/subusers/{subuser_name}; the client adds Authorization: Bearer with the
        API key.

        Args:
            subuser_name (str): The `subuser_name` path segment. Required.
            disabled (bool): true disables the subuser, false enables it. Required.
            body (SubuserStatusUpdate): The whole request as one model, instead of the
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

            result = await client.subusers.set_disabled(subuser_name, disabled=disabled)
        """
        from sendgrid_reseller.api.subusers import set_subuser_disabled as _endpoint

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
    async def set_disabled_detailed(
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
    async def set_disabled_detailed(
        self,
        subuser_name: str,
        *,
        body: SubuserStatusUpdate,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[Any]: ...

    async def set_disabled_detailed(
        self,
        subuser_name: str,
        *,
        disabled: bool | Unset = UNSET,
        body: SubuserStatusUpdate | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[Any]:
        """Enable or disable a subuser.

        Turns a subuser off (disabled true) or back on (disabled false); the v3 form of the v2
        enable/disable calls.

        Wire request: PATCH /v3/subusers/{subuser_name}; the client adds Authorization: Bearer with the
        API key.

        Args:
            subuser_name (str): The `subuser_name` path segment. Required.
            disabled (bool): true disables the subuser, false enables it. Required.
            body (SubuserStatusUpdate): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Response[Any]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.subusers.set_disabled_detailed(subuser_name, disabled=disabled)
        """
        from sendgrid_reseller.api.subusers import set_subuser_disabled as _endpoint

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
