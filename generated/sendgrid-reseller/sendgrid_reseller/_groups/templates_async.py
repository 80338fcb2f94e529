# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.templates` of `AsyncSendGrid`: the `AsyncTemplatesGroup` class, imported on first use.

Each method calls its endpoint function (`sendgrid_reseller.api.<tag>.<operation>`), importing that
module on first call; signatures and docstrings are the endpoint functions' own.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, overload

from .._runtime.group import Group
from .._runtime.unset import UNSET

if TYPE_CHECKING:
    from collections.abc import Mapping
    from typing import Any

    import httpx

    from sendgrid_reseller._runtime.options import RequestOptions
    from sendgrid_reseller._runtime.page import AsyncPage
    from sendgrid_reseller.models.list_templates_generations import ListTemplatesGenerations
    from sendgrid_reseller.models.template import Template
    from sendgrid_reseller.models.template_create import TemplateCreate
    from sendgrid_reseller.models.template_generation import TemplateGeneration
    from sendgrid_reseller.models.template_name import TemplateName
    from sendgrid_reseller.models.template_page import TemplatePage
    from sendgrid_reseller.types import Response, Unset

    from .templates_versions_async import AsyncTemplatesVersionsGroup

    pass


class AsyncTemplatesGroup(Group):
    """Operations under `client.templates`."""

    @cached_property
    def versions(self) -> AsyncTemplatesVersionsGroup:
        from .templates_versions_async import AsyncTemplatesVersionsGroup

        return AsyncTemplatesVersionsGroup(self._client)

    async def list(
        self,
        *,
        generations: ListTemplatesGenerations | Unset = UNSET,
        page_size: int,
        page_token_query: str | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
        page_token: str | None = None,
    ) -> AsyncPage[Template]:
        """List templates.

        The account's templates, a page at a time; `_metadata.next` is the next page's URL.

        Returns the first page (or the one `page_token` names): iterate it for every record across
        pages, or use `pages()`, `has_next_page()`, `next_page()` and `next_page_token`.

        Wire request: GET /v3/templates; the client adds Authorization: Bearer with the API key.

        Args:
            generations (ListTemplatesGenerations | Unset): Which generation to list; legacy when
                omitted.
            page_size (int): Templates per page (1 to 200). Required.
            page_token_query (str | Unset): The page to fetch, as given in the previous page's
                `_metadata`.
            on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
                of the v2 "user" field.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.
            page_token (str | None): Start at the page an earlier page's `next_page_token` names.

        Returns:
            AsyncPage[Template]: the page; its `items` are this page's records.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            page = await client.templates.list()
            async for item in page:  # every record, page after page
                print(item)
        """
        from sendgrid_reseller.api.transactional_templates import list_templates as _endpoint

        return await _endpoint.apage(
            self._client,
            generations=generations,
            page_size=page_size,
            page_token_query=page_token_query,
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
        generations: ListTemplatesGenerations | Unset = UNSET,
        page_size: int,
        page_token_query: str | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[TemplatePage]:
        """List templates.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/templates; the client adds Authorization: Bearer with the API key.

        Args:
            The same as `client.templates.list` takes; `help()` on it describes each one.

        Returns:
            Response[TemplatePage]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.templates.list_detailed()
        """
        from sendgrid_reseller.api.transactional_templates import list_templates as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            generations=generations,
            page_size=page_size,
            page_token_query=page_token_query,
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
        name: str,
        generation: TemplateGeneration | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Template: ...

    @overload
    async def create(
        self,
        *,
        body: TemplateCreate,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Template: ...

    async def create(
        self,
        *,
        name: str | Unset = UNSET,
        generation: TemplateGeneration | Unset = UNSET,
        body: TemplateCreate | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Template:
        """Create a template.

        Creates an empty transactional template (legacy or dynamic); add versions to give it content.

        Wire request: POST /v3/templates; the client adds Authorization: Bearer with the API key.

        Args:
            name (str): The `name` JSON field. Required.
            generation (TemplateGeneration | Unset): The `generation` JSON field.
            body (TemplateCreate): The whole request as one model, instead of the
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
            Template: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.templates.create(name=name)
        """
        from sendgrid_reseller.api.transactional_templates import create_template as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            name=name,
            generation=generation,
            body=body,
            on_behalf_of=on_behalf_of,
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
        name: str,
        generation: TemplateGeneration | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[Template]: ...

    @overload
    async def create_detailed(
        self,
        *,
        body: TemplateCreate,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[Template]: ...

    async def create_detailed(
        self,
        *,
        name: str | Unset = UNSET,
        generation: TemplateGeneration | Unset = UNSET,
        body: TemplateCreate | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[Template]:
        """Create a template.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /v3/templates; the client adds Authorization: Bearer with the API key.

        Args:
            The same as `client.templates.create` takes; `help()` on it describes each one.

        Returns:
            Response[Template]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.templates.create_detailed(name=name)
        """
        from sendgrid_reseller.api.transactional_templates import create_template as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            name=name,
            generation=generation,
            body=body,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def get(
        self,
        template_id: str,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Template:
        """Get a template.

        The template and its versions.

        Wire request: GET /v3/templates/{template_id}; the client adds Authorization: Bearer with the
        API key.

        Args:
            template_id (str): The `template_id` path segment. Required.
            on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
                of the v2 "user" field.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            Template: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.templates.get(template_id)
        """
        from sendgrid_reseller.api.transactional_templates import get_template as _endpoint

        return await _endpoint.asyncio(
            self._client,
            template_id,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    async def get_detailed(
        self,
        template_id: str,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[Template]:
        """Get a template.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/templates/{template_id}; the client adds Authorization: Bearer with the
        API key.

        Args:
            The same as `client.templates.get` takes; `help()` on it describes each one.

        Returns:
            Response[Template]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.templates.get_detailed(template_id)
        """
        from sendgrid_reseller.api.transactional_templates import get_template as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            template_id,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    async def duplicate(
        self,
        template_id: str,
        *,
        name: str | Unset = UNSET,
        body: TemplateName | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Template:
        """Duplicate a template.

        Copies the template (with its versions) under a new name.

        Wire request: POST /v3/templates/{template_id}; the client adds Authorization: Bearer with the
        API key.

        Args:
            template_id (str): The `template_id` path segment. Required.
            name (str | Unset): The `name` JSON field.
            body (TemplateName): The whole request as one model, instead of the
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
            Template: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.templates.duplicate(template_id)
        """
        from sendgrid_reseller.api.transactional_templates import duplicate_template as _endpoint

        return await _endpoint.asyncio(
            self._client,
            template_id,
            name=name,
            body=body,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def duplicate_detailed(
        self,
        template_id: str,
        *,
        name: str | Unset = UNSET,
        body: TemplateName | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[Template]:
        """Duplicate a template.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /v3/templates/{template_id}; the client adds Authorization: Bearer with the
        API key.

        Args:
            The same as `client.templates.duplicate` takes; `help()` on it describes each one.

        Returns:
            Response[Template]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.templates.duplicate_detailed(template_id)
        """
        from sendgrid_reseller.api.transactional_templates import duplicate_template as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            template_id,
            name=name,
            body=body,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def delete(
        self,
        template_id: str,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Any:
        """Delete a template.

        Deletes the template and all of its versions.

        Wire request: DELETE /v3/templates/{template_id}; the client adds Authorization: Bearer with the
        API key.

        Args:
            template_id (str): The `template_id` path segment. Required.
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

            result = await client.templates.delete(template_id)
        """
        from sendgrid_reseller.api.transactional_templates import delete_template as _endpoint

        return await _endpoint.asyncio(
            self._client,
            template_id,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def delete_detailed(
        self,
        template_id: str,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[Any]:
        """Delete a template.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: DELETE /v3/templates/{template_id}; the client adds Authorization: Bearer with the
        API key.

        Args:
            The same as `client.templates.delete` takes; `help()` on it describes each one.

        Returns:
            Response[Any]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.templates.delete_detailed(template_id)
        """
        from sendgrid_reseller.api.transactional_templates import delete_template as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            template_id,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def update(
        self,
        template_id: str,
        *,
        name: str | Unset = UNSET,
        body: TemplateName | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Template:
        """Rename a template.

        Changes the template's name (its content lives in versions).

        Wire request: PATCH /v3/templates/{template_id}; the client adds Authorization: Bearer with the
        API key.

        Args:
            template_id (str): The `template_id` path segment. Required.
            name (str | Unset): The `name` JSON field.
            body (TemplateName): The whole request as one model, instead of the
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
            Template: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.templates.update(template_id)
        """
        from sendgrid_reseller.api.transactional_templates import update_template as _endpoint

        return await _endpoint.asyncio(
            self._client,
            template_id,
            name=name,
            body=body,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def update_detailed(
        self,
        template_id: str,
        *,
        name: str | Unset = UNSET,
        body: TemplateName | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[Template]:
        """Rename a template.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: PATCH /v3/templates/{template_id}; the client adds Authorization: Bearer with the
        API key.

        Args:
            The same as `client.templates.update` takes; `help()` on it describes each one.

        Returns:
            Response[Template]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.templates.update_detailed(template_id)
        """
        from sendgrid_reseller.api.transactional_templates import update_template as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            template_id,
            name=name,
            body=body,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )
