# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.teammates.subuser.access` of `SendGrid`: the `TeammatesSubuserAccessGroup` class, imported on first use.

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
    from sendgrid_reseller._runtime.page import SyncPage
    from sendgrid_reseller.models.teammate_subuser_access import TeammateSubuserAccess
    from sendgrid_reseller.models.teammate_subuser_access_page import TeammateSubuserAccessPage
    from sendgrid_reseller.types import Response, Unset

    pass


class TeammatesSubuserAccessGroup(Group):
    """Operations under `client.teammates.subuser_access`."""

    def list(
        self,
        teammate_name: str,
        *,
        after_subuser_id: int | Unset = UNSET,
        limit: int | Unset = 100,
        username: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
        page_token: str | None = None,
    ) -> SyncPage[TeammateSubuserAccess]:
        """A teammate's subuser access.

        The subusers a teammate may act for and with which permission. Pages by subuser id: the answer's
        `_metadata.next_params` holds the parameters of the next request.

        Returns the first page (or the one `page_token` names): iterate it for every record across
        pages, or use `pages()`, `has_next_page()`, `next_page()` and `next_page_token`.

        Wire request: GET /v3/teammates/{teammate_name}/subuser_access; the client adds Authorization:
        Bearer with the API key.

        Args:
            teammate_name (str): The teammate's username. Required.
            after_subuser_id (int | Unset): Start after the subuser with this id.
            limit (int | Unset): Subusers per page (100 when omitted). Default: 100.
            username (str | Unset): Only the subuser with this username.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.
            page_token (str | None): Start at the page an earlier page's `next_page_token` names.

        Returns:
            SyncPage[TeammateSubuserAccess]: the page; its `items` are this page's records.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            for item in client.teammates.subuser_access.list(teammate_name):  # every record, page after page
                print(item)
        """
        from sendgrid_reseller.api.teammates import list_teammate_subuser_access as _endpoint

        return _endpoint.page(
            self._client,
            teammate_name,
            after_subuser_id=after_subuser_id,
            limit=limit,
            username=username,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
            page_token=page_token,
        )

    def list_detailed(
        self,
        teammate_name: str,
        *,
        after_subuser_id: int | Unset = UNSET,
        limit: int | Unset = 100,
        username: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[TeammateSubuserAccessPage]:
        """A teammate's subuser access.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/teammates/{teammate_name}/subuser_access; the client adds Authorization:
        Bearer with the API key.

        Args:
            The same as `client.teammates.subuser_access.list` takes; `help()` on it describes each one.

        Returns:
            Response[TeammateSubuserAccessPage]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.teammates.subuser_access.list_detailed(teammate_name)
        """
        from sendgrid_reseller.api.teammates import list_teammate_subuser_access as _endpoint

        return _endpoint.sync_detailed(
            self._client,
            teammate_name,
            after_subuser_id=after_subuser_id,
            limit=limit,
            username=username,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )
