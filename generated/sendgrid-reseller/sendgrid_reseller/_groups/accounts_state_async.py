# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.accounts.state` of `AsyncSendGrid`: the `AsyncAccountsStateGroup` class, imported on first use.

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
    from sendgrid_reseller.models.partner_account_state import PartnerAccountState
    from sendgrid_reseller.models.partner_account_state_update import PartnerAccountStateUpdate
    from sendgrid_reseller.models.partner_account_state_update_state import PartnerAccountStateUpdateState
    from sendgrid_reseller.types import Response, Unset

    pass


class AsyncAccountsStateGroup(Group):
    """Operations under `client.accounts.state`."""

    async def get(
        self,
        account_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> PartnerAccountState:
        """An account's state.

        Whether the account is activated, deactivated, suspended, banned or indeterminate.

        Wire request: GET /v3/partners/accounts/{accountID}/state; the client adds Authorization: Bearer
        with the API key.

        Args:
            account_id (str): The `accountID` path segment. Required.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            PartnerAccountState: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.accounts.state.get(account_id)
        """
        from sendgrid_reseller.api.account_provisioning import get_partner_account_state as _endpoint

        return await _endpoint.asyncio(
            self._client,
            account_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    async def get_detailed(
        self,
        account_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[PartnerAccountState]:
        """An account's state.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/partners/accounts/{accountID}/state; the client adds Authorization: Bearer
        with the API key.

        Args:
            The same as `client.accounts.state.get` takes; `help()` on it describes each one.

        Returns:
            Response[PartnerAccountState]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.accounts.state.get_detailed(account_id)
        """
        from sendgrid_reseller.api.account_provisioning import get_partner_account_state as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            account_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    @overload
    async def update(
        self,
        account_id: str,
        *,
        state: PartnerAccountStateUpdateState,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Any: ...

    @overload
    async def update(
        self,
        account_id: str,
        *,
        body: PartnerAccountStateUpdate,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Any: ...

    async def update(
        self,
        account_id: str,
        *,
        state: PartnerAccountStateUpdateState | Unset = UNSET,
        body: PartnerAccountStateUpdate | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Any:
        """Activate or deactivate an account.

        Sets the account's state; only activated and deactivated can be set.

        Wire request: PUT /v3/partners/accounts/{accountID}/state; the client adds Authorization: Bearer
        with the API key.

        Args:
            account_id (str): The `accountID` path segment. Required.
            state (PartnerAccountStateUpdateState): The `state` JSON field. Required.
            body (PartnerAccountStateUpdate): The whole request as one model, instead of the
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

            result = await client.accounts.state.update(account_id, state=state)
        """
        from sendgrid_reseller.api.account_provisioning import update_partner_account_state as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            account_id,
            state=state,
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
        account_id: str,
        *,
        state: PartnerAccountStateUpdateState,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[Any]: ...

    @overload
    async def update_detailed(
        self,
        account_id: str,
        *,
        body: PartnerAccountStateUpdate,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[Any]: ...

    async def update_detailed(
        self,
        account_id: str,
        *,
        state: PartnerAccountStateUpdateState | Unset = UNSET,
        body: PartnerAccountStateUpdate | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[Any]:
        """Activate or deactivate an account.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: PUT /v3/partners/accounts/{accountID}/state; the client adds Authorization: Bearer
        with the API key.

        Args:
            The same as `client.accounts.state.update` takes; `help()` on it describes each one.

        Returns:
            Response[Any]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.accounts.state.update_detailed(account_id, state=state)
        """
        from sendgrid_reseller.api.account_provisioning import update_partner_account_state as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            account_id,
            state=state,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )
