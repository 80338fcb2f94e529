# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.webhooks.parse` of `SendGrid`: the `WebhooksParseGroup` class, imported on first use.

Each method calls its endpoint function (`sendgrid_reseller.api.<tag>.<operation>`), importing that
module on first call; signatures and docstrings are the endpoint functions' own.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING

from .._runtime.group import Group
from .._runtime.unset import UNSET

if TYPE_CHECKING:
    import datetime
    from collections.abc import Iterator, Mapping
    from typing import Any

    import httpx

    from sendgrid_reseller._runtime.options import RequestOptions
    from sendgrid_reseller._runtime.page import SyncPage
    from sendgrid_reseller.models.parse_setting import ParseSetting
    from sendgrid_reseller.models.parse_setting_list import ParseSettingList
    from sendgrid_reseller.models.parse_stats_day import ParseStatsDay
    from sendgrid_reseller.models.stats_aggregation import StatsAggregation
    from sendgrid_reseller.types import Response, Unset

    pass


class WebhooksParseGroup(Group):
    """Operations under `client.webhooks.parse`."""

    def list(
        self,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> ParseSettingList:
        """List Inbound Parse settings.

        Every hostname whose incoming mail SendGrid parses, and where it posts the result.

        Wire request: GET /v3/user/webhooks/parse/settings; the client adds Authorization: Bearer with
        the API key.

        Args:
            on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
                of the v2 "user" field.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            ParseSettingList: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.webhooks.parse.list()
        """
        from sendgrid_reseller.api.webhooks import list_parse_settings as _endpoint

        return _endpoint.sync(
            self._client,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    def list_detailed(
        self,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[ParseSettingList]:
        """List Inbound Parse settings.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/user/webhooks/parse/settings; the client adds Authorization: Bearer with
        the API key.

        Args:
            The same as `client.webhooks.parse.list` takes; `help()` on it describes each one.

        Returns:
            Response[ParseSettingList]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.webhooks.parse.list_detailed()
        """
        from sendgrid_reseller.api.webhooks import list_parse_settings as _endpoint

        return _endpoint.sync_detailed(
            self._client,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    def create(
        self,
        *,
        url: str | Unset = UNSET,
        hostname: str | Unset = UNSET,
        spam_check: bool | Unset = UNSET,
        send_raw: bool | Unset = UNSET,
        body: ParseSetting | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> ParseSetting:
        """Create an Inbound Parse setting.

        Parses mail received by an authenticated hostname (whose MX points at SendGrid) and POSTs it to
        a public URL that must answer 200.

        Wire request: POST /v3/user/webhooks/parse/settings; the client adds Authorization: Bearer with
        the API key.

        Args:
            url (str | Unset): Public URL the parsed mail is POSTed to.
            hostname (str | Unset): The (sub)domain whose mail is parsed.
            spam_check (bool | Unset): Check the mail for spam before posting.
            send_raw (bool | Unset): Post the full MIME message instead of parsed fields.
            body (ParseSetting): The whole request as one model, instead of the
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
            ParseSetting: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.webhooks.parse.create()
        """
        from sendgrid_reseller.api.webhooks import create_parse_setting as _endpoint

        return _endpoint.sync(
            self._client,
            url=url,
            hostname=hostname,
            spam_check=spam_check,
            send_raw=send_raw,
            body=body,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    def create_detailed(
        self,
        *,
        url: str | Unset = UNSET,
        hostname: str | Unset = UNSET,
        spam_check: bool | Unset = UNSET,
        send_raw: bool | Unset = UNSET,
        body: ParseSetting | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[ParseSetting]:
        """Create an Inbound Parse setting.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /v3/user/webhooks/parse/settings; the client adds Authorization: Bearer with
        the API key.

        Args:
            The same as `client.webhooks.parse.create` takes; `help()` on it describes each one.

        Returns:
            Response[ParseSetting]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.webhooks.parse.create_detailed()
        """
        from sendgrid_reseller.api.webhooks import create_parse_setting as _endpoint

        return _endpoint.sync_detailed(
            self._client,
            url=url,
            hostname=hostname,
            spam_check=spam_check,
            send_raw=send_raw,
            body=body,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    def get(
        self,
        hostname: str,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> ParseSetting:
        """Get an Inbound Parse setting.

        The parse setting of one hostname.

        Wire request: GET /v3/user/webhooks/parse/settings/{hostname}; the client adds Authorization:
        Bearer with the API key.

        Args:
            hostname (str): The `hostname` path segment. Required.
            on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
                of the v2 "user" field.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            ParseSetting: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.webhooks.parse.get(hostname)
        """
        from sendgrid_reseller.api.webhooks import get_parse_setting as _endpoint

        return _endpoint.sync(
            self._client,
            hostname,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    def get_detailed(
        self,
        hostname: str,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[ParseSetting]:
        """Get an Inbound Parse setting.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/user/webhooks/parse/settings/{hostname}; the client adds Authorization:
        Bearer with the API key.

        Args:
            The same as `client.webhooks.parse.get` takes; `help()` on it describes each one.

        Returns:
            Response[ParseSetting]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.webhooks.parse.get_detailed(hostname)
        """
        from sendgrid_reseller.api.webhooks import get_parse_setting as _endpoint

        return _endpoint.sync_detailed(
            self._client,
            hostname,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    def delete(
        self,
        hostname: str,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Any:
        """Delete an Inbound Parse setting.

        Stops parsing mail for the hostname.

        Wire request: DELETE /v3/user/webhooks/parse/settings/{hostname}; the client adds Authorization:
        Bearer with the API key.

        Args:
            hostname (str): The `hostname` path segment. Required.
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

            result = client.webhooks.parse.delete(hostname)
        """
        from sendgrid_reseller.api.webhooks import delete_parse_setting as _endpoint

        return _endpoint.sync(
            self._client,
            hostname,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    def delete_detailed(
        self,
        hostname: str,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[Any]:
        """Delete an Inbound Parse setting.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: DELETE /v3/user/webhooks/parse/settings/{hostname}; the client adds Authorization:
        Bearer with the API key.

        Args:
            The same as `client.webhooks.parse.delete` takes; `help()` on it describes each one.

        Returns:
            Response[Any]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.webhooks.parse.delete_detailed(hostname)
        """
        from sendgrid_reseller.api.webhooks import delete_parse_setting as _endpoint

        return _endpoint.sync_detailed(
            self._client,
            hostname,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    def update(
        self,
        hostname: str,
        *,
        url: str | Unset = UNSET,
        spam_check: bool | Unset = UNSET,
        send_raw: bool | Unset = UNSET,
        body: ParseSetting | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> ParseSetting:
        """Update an Inbound Parse setting.

        Changes the URL, spam check or raw-MIME option of one hostname's parse setting.

        Wire request: PATCH /v3/user/webhooks/parse/settings/{hostname}; the client adds Authorization:
        Bearer with the API key.

        Args:
            hostname (str): The `hostname` path segment. Required.
            url (str | Unset): Public URL the parsed mail is POSTed to.
            spam_check (bool | Unset): Check the mail for spam before posting.
            send_raw (bool | Unset): Post the full MIME message instead of parsed fields.
            body (ParseSetting): The whole request as one model, instead of the
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
            ParseSetting: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.webhooks.parse.update(hostname)
        """
        from sendgrid_reseller.api.webhooks import update_parse_setting as _endpoint

        return _endpoint.sync(
            self._client,
            hostname,
            url=url,
            spam_check=spam_check,
            send_raw=send_raw,
            body=body,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    def update_detailed(
        self,
        hostname: str,
        *,
        url: str | Unset = UNSET,
        spam_check: bool | Unset = UNSET,
        send_raw: bool | Unset = UNSET,
        body: ParseSetting | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[ParseSetting]:
        """Update an Inbound Parse setting.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: PATCH /v3/user/webhooks/parse/settings/{hostname}; the client adds Authorization:
        Bearer with the API key.

        Args:
            The same as `client.webhooks.parse.update` takes; `help()` on it describes each one.

        Returns:
            Response[ParseSetting]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.webhooks.parse.update_detailed(hostname)
        """
        from sendgrid_reseller.api.webhooks import update_parse_setting as _endpoint

        return _endpoint.sync_detailed(
            self._client,
            hostname,
            url=url,
            spam_check=spam_check,
            send_raw=send_raw,
            body=body,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    def stats(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        aggregated_by: StatsAggregation | Unset = UNSET,
        start_date: datetime.date,
        end_date: datetime.date | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
        page_token: str | None = None,
    ) -> SyncPage[ParseStatsDay]:
        """Inbound Parse statistics.

        How many messages the Inbound Parse webhook received per day (or week, month). Paged with
        limit/offset; SendGrid does not document a Link header here, so page iteration stops after one
        page when none is sent.

        Returns the first page (or the one `page_token` names): iterate it for every record across
        pages, or use `pages()`, `has_next_page()`, `next_page()` and `next_page_token`.

        Wire request: GET /v3/user/webhooks/parse/stats; the client adds Authorization: Bearer with the
        API key.

        Args:
            limit (int | Unset): Records to return in one page. The default and the maximum are both
                500.
            offset (int | Unset): Records to skip before the first one returned.
            aggregated_by (StatsAggregation | Unset): The `aggregated_by` query parameter.
            start_date (datetime.date): First day (YYYY-MM-DD). Required.
            end_date (datetime.date | Unset): Last day (YYYY-MM-DD); today when omitted.
            on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
                of the v2 "user" field.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.
            page_token (str | None): Start at the page an earlier page's `next_page_token` names.

        Returns:
            SyncPage[ParseStatsDay]: the page; its `items` are this page's records.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            for item in client.webhooks.parse.stats():  # every record, page after page
                print(item)
        """
        from sendgrid_reseller.api.webhooks import get_parse_stats as _endpoint

        return _endpoint.page(
            self._client,
            limit=limit,
            offset=offset,
            aggregated_by=aggregated_by,
            start_date=start_date,
            end_date=end_date,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
            page_token=page_token,
        )

    def stats_detailed(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        aggregated_by: StatsAggregation | Unset = UNSET,
        start_date: datetime.date,
        end_date: datetime.date | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[builtins.list[ParseStatsDay]]:
        """Inbound Parse statistics.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/user/webhooks/parse/stats; the client adds Authorization: Bearer with the
        API key.

        Args:
            The same as `client.webhooks.parse.stats` takes; `help()` on it describes each one.

        Returns:
            Response[list[ParseStatsDay]]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = client.webhooks.parse.stats_detailed()
        """
        from sendgrid_reseller.api.webhooks import get_parse_stats as _endpoint

        return _endpoint.sync_detailed(
            self._client,
            limit=limit,
            offset=offset,
            aggregated_by=aggregated_by,
            start_date=start_date,
            end_date=end_date,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    def stats_pages(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        aggregated_by: StatsAggregation | Unset = UNSET,
        start_date: datetime.date,
        end_date: datetime.date | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Iterator[Response[builtins.list[ParseStatsDay]]]:
        """Inbound Parse statistics.

        Yields one `Response` per page, following the Link header's rel="next"; the next page is
        requested only when the previous one has been consumed.

        Wire request: GET /v3/user/webhooks/parse/stats; the client adds Authorization: Bearer with the
        API key.

        Args:
            The same as `client.webhooks.parse.stats` takes; `help()` on it describes each one.

        Returns:
            Iterator of Response[list[ParseStatsDay]]: each page with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            for page in client.webhooks.parse.stats_pages():
                print(page.status_code, len(page.parsed))
        """
        from sendgrid_reseller.api.webhooks import get_parse_stats as _endpoint

        return _endpoint.iter_pages(
            self._client,
            limit=limit,
            offset=offset,
            aggregated_by=aggregated_by,
            start_date=start_date,
            end_date=end_date,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    def stats_items(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        aggregated_by: StatsAggregation | Unset = UNSET,
        start_date: datetime.date,
        end_date: datetime.date | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Iterator[ParseStatsDay]:
        """Inbound Parse statistics.

        Yields every record of the list, across all pages (one page in memory at a time).

        Wire request: GET /v3/user/webhooks/parse/stats; the client adds Authorization: Bearer with the
        API key.

        Args:
            The same as `client.webhooks.parse.stats` takes; `help()` on it describes each one.

        Returns:
            Iterator of ParseStatsDay: each record.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            for item in client.webhooks.parse.stats_items():
                print(item)
        """
        from sendgrid_reseller.api.webhooks import get_parse_stats as _endpoint

        return _endpoint.iter_items(
            self._client,
            limit=limit,
            offset=offset,
            aggregated_by=aggregated_by,
            start_date=start_date,
            end_date=end_date,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )
