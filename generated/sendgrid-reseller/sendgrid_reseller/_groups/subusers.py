# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.subusers` of `SendGrid`: the `SubusersGroup` class, imported on first use.

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
    from collections.abc import Iterator, Mapping
    from typing import Any

    import httpx

    from sendgrid_reseller._runtime.options import RequestOptions
    from sendgrid_reseller._runtime.page import SyncPage
    from sendgrid_reseller.models.create_subuser_request import CreateSubuserRequest
    from sendgrid_reseller.models.create_subuser_request_region import CreateSubuserRequestRegion
    from sendgrid_reseller.models.created_subuser import CreatedSubuser
    from sendgrid_reseller.models.subuser import Subuser
    from sendgrid_reseller.models.subuser_status_update import SubuserStatusUpdate
    from sendgrid_reseller.types import Response, Unset

    from .subusers_credits import SubusersCreditsGroup
    from .subusers_ips import SubusersIpsGroup
    from .subusers_reputations import SubusersReputationsGroup
    from .subusers_stats import SubusersStatsGroup
    from .subusers_website_access import SubusersWebsiteAccessGroup

    pass


class SubusersGroup(Group):
    """Operations under `client.subusers`."""

    @cached_property
    def website_access(self) -> SubusersWebsiteAccessGroup:
        from .subusers_website_access import SubusersWebsiteAccessGroup

        return SubusersWebsiteAccessGroup(self._client)

    @cached_property
    def credits(self) -> SubusersCreditsGroup:
        from .subusers_credits import SubusersCreditsGroup

        return SubusersCreditsGroup(self._client)

    @cached_property
    def ips(self) -> SubusersIpsGroup:
        from .subusers_ips import SubusersIpsGroup

        return SubusersIpsGroup(self._client)

    @cached_property
    def stats(self) -> SubusersStatsGroup:
        from .subusers_stats import SubusersStatsGroup

        return SubusersStatsGroup(self._client)

    @cached_property
    def reputations(self) -> SubusersReputationsGroup:
        from .subusers_reputations import SubusersReputationsGroup

        return SubusersReputationsGroup(self._client)

    def list(
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
    ) -> SyncPage[Subuser]:
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
            SyncPage[Subuser]: the page; its `items` are this page's records.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            for item in client.subusers.list():  # every record, page after page
                print(item)
        """
        from sendgrid_reseller.api.subusers import list_subusers as _endpoint

        return _endpoint.page(
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

    def list_detailed(
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

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/subusers; the client adds Authorization: Bearer with the API key.

        Args:
            The same as `client.subusers.list` takes; `help()` on it describes each one.

        Returns:
            Response[list[Subuser]]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.subusers.list_detailed()
        """
        from sendgrid_reseller.api.subusers import list_subusers as _endpoint

        return _endpoint.sync_detailed(
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
    ) -> Iterator[Response[builtins.list[Subuser]]]:
        """List subusers.

        Yields one `Response` per page, following the Link header's rel="next"; the next page is
        requested only when the previous one has been consumed.

        Wire request: GET /v3/subusers; the client adds Authorization: Bearer with the API key.

        Args:
            The same as `client.subusers.list` takes; `help()` on it describes each one.

        Returns:
            Iterator of Response[list[Subuser]]: each page with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            for page in client.subusers.list_pages():
                print(page.status_code, len(page.parsed))
        """
        from sendgrid_reseller.api.subusers import list_subusers as _endpoint

        return _endpoint.iter_pages(
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
    ) -> Iterator[Subuser]:
        """List subusers.

        Yields every record of the list, across all pages (one page in memory at a time).

        Wire request: GET /v3/subusers; the client adds Authorization: Bearer with the API key.

        Args:
            The same as `client.subusers.list` takes; `help()` on it describes each one.

        Returns:
            Iterator of Subuser: each record.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            for item in client.subusers.list_items():
                print(item)
        """
        from sendgrid_reseller.api.subusers import list_subusers as _endpoint

        return _endpoint.iter_items(
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
    def create(
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
    def create(
        self,
        *,
        body: CreateSubuserRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> CreatedSubuser: ...

    def create(
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

            result = client.subusers.create(username=username, email=email, password=password, ips=ips)
        """
        from sendgrid_reseller.api.subusers import create_subuser as _endpoint

        return _endpoint._sync_impl(
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
    def create_detailed(
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
    def create_detailed(
        self,
        *,
        body: CreateSubuserRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[CreatedSubuser]: ...

    def create_detailed(
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

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /v3/subusers; the client adds Authorization: Bearer with the API key.

        Args:
            The same as `client.subusers.create` takes; `help()` on it describes each one.

        Returns:
            Response[CreatedSubuser]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.subusers.create_detailed(username=username, email=email, password=password, ips=ips)
        """
        from sendgrid_reseller.api.subusers import create_subuser as _endpoint

        return _endpoint._sync_detailed_impl(
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

    def delete(
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

            result = client.subusers.delete(subuser_name)
        """
        from sendgrid_reseller.api.subusers import delete_subuser as _endpoint

        return _endpoint.sync(
            self._client,
            subuser_name,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    def delete_detailed(
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

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: DELETE /v3/subusers/{subuser_name}; the client adds Authorization: Bearer with the
        API key.

        Args:
            The same as `client.subusers.delete` takes; `help()` on it describes each one.

        Returns:
            Response[Any]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.subusers.delete_detailed(subuser_name)
        """
        from sendgrid_reseller.api.subusers import delete_subuser as _endpoint

        return _endpoint.sync_detailed(
            self._client,
            subuser_name,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    def set_disabled(
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
    def set_disabled(
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

    def set_disabled(
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

            result = client.subusers.set_disabled(subuser_name, disabled=disabled)
        """
        from sendgrid_reseller.api.subusers import set_subuser_disabled as _endpoint

        return _endpoint._sync_impl(
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
    def set_disabled_detailed(
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
    def set_disabled_detailed(
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

    def set_disabled_detailed(
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

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: PATCH /v3/subusers/{subuser_name}; the client adds Authorization: Bearer with the
        API key.

        Args:
            The same as `client.subusers.set_disabled` takes; `help()` on it describes each one.

        Returns:
            Response[Any]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.subusers.set_disabled_detailed(subuser_name, disabled=disabled)
        """
        from sendgrid_reseller.api.subusers import set_subuser_disabled as _endpoint

        return _endpoint._sync_detailed_impl(
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
