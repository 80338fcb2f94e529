# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.templates.versions` of `AsyncSendGrid`: the `AsyncTemplatesVersionsGroup` class, imported on first use.

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
    from sendgrid_reseller.models.template_editor import TemplateEditor
    from sendgrid_reseller.models.template_version import TemplateVersion
    from sendgrid_reseller.models.template_version_settings import TemplateVersionSettings
    from sendgrid_reseller.models.template_version_settings_active import TemplateVersionSettingsActive
    from sendgrid_reseller.types import Response, Unset

    pass


class AsyncTemplatesVersionsGroup(Group):
    """Operations under `client.templates.versions`."""

    @overload
    async def create(
        self,
        template_id: str,
        *,
        name: str,
        subject: str,
        active: TemplateVersionSettingsActive | Unset = UNSET,
        html_content: str | Unset = UNSET,
        plain_content: str | Unset = UNSET,
        generate_plain_content: bool | Unset = UNSET,
        editor: TemplateEditor | Unset = UNSET,
        test_data: str | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> TemplateVersion: ...

    @overload
    async def create(
        self,
        template_id: str,
        *,
        body: TemplateVersionSettings,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> TemplateVersion: ...

    async def create(
        self,
        template_id: str,
        *,
        name: str | Unset = UNSET,
        subject: str | Unset = UNSET,
        active: TemplateVersionSettingsActive | Unset = UNSET,
        html_content: str | Unset = UNSET,
        plain_content: str | Unset = UNSET,
        generate_plain_content: bool | Unset = UNSET,
        editor: TemplateEditor | Unset = UNSET,
        test_data: str | Unset = UNSET,
        body: TemplateVersionSettings | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> TemplateVersion:
        """Add a template version.

        Adds content (subject, HTML, plain text) to a template; `active` 1 makes it the one used for
        sending.

        Wire request: POST /v3/templates/{template_id}/versions; the client adds Authorization: Bearer
        with the API key.

        Args:
            template_id (str): The `template_id` path segment. Required.
            name (str): The `name` JSON field. Required.
            subject (str): The subject; may hold substitution tags such as <%subject%>. Required.
            active (TemplateVersionSettingsActive | Unset): 1 makes this the active version.
            html_content (str | Unset): The `html_content` JSON field.
            plain_content (str | Unset): The `plain_content` JSON field.
            generate_plain_content (bool | Unset): Derive the plain text from the HTML (default true).
            editor (TemplateEditor | Unset): The `editor` JSON field.
            test_data (str | Unset): Dynamic templates: JSON sample data for previews and test sends.
            body (TemplateVersionSettings): The whole request as one model, instead of the
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
            TemplateVersion: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.templates.versions.create(template_id, name=name, subject=subject)
        """
        from sendgrid_reseller.api.transactional_templates import create_template_version as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            template_id,
            name=name,
            subject=subject,
            active=active,
            html_content=html_content,
            plain_content=plain_content,
            generate_plain_content=generate_plain_content,
            editor=editor,
            test_data=test_data,
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
        template_id: str,
        *,
        name: str,
        subject: str,
        active: TemplateVersionSettingsActive | Unset = UNSET,
        html_content: str | Unset = UNSET,
        plain_content: str | Unset = UNSET,
        generate_plain_content: bool | Unset = UNSET,
        editor: TemplateEditor | Unset = UNSET,
        test_data: str | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[TemplateVersion]: ...

    @overload
    async def create_detailed(
        self,
        template_id: str,
        *,
        body: TemplateVersionSettings,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[TemplateVersion]: ...

    async def create_detailed(
        self,
        template_id: str,
        *,
        name: str | Unset = UNSET,
        subject: str | Unset = UNSET,
        active: TemplateVersionSettingsActive | Unset = UNSET,
        html_content: str | Unset = UNSET,
        plain_content: str | Unset = UNSET,
        generate_plain_content: bool | Unset = UNSET,
        editor: TemplateEditor | Unset = UNSET,
        test_data: str | Unset = UNSET,
        body: TemplateVersionSettings | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[TemplateVersion]:
        """Add a template version.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /v3/templates/{template_id}/versions; the client adds Authorization: Bearer
        with the API key.

        Args:
            The same as `client.templates.versions.create` takes; `help()` on it describes each one.

        Returns:
            Response[TemplateVersion]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.templates.versions.create_detailed(template_id, name=name, subject=subject)
        """
        from sendgrid_reseller.api.transactional_templates import create_template_version as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            template_id,
            name=name,
            subject=subject,
            active=active,
            html_content=html_content,
            plain_content=plain_content,
            generate_plain_content=generate_plain_content,
            editor=editor,
            test_data=test_data,
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
        version_id: str,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> TemplateVersion:
        """Get a template version.

        One version with its content.

        Wire request: GET /v3/templates/{template_id}/versions/{version_id}; the client adds
        Authorization: Bearer with the API key.

        Args:
            template_id (str): The `template_id` path segment. Required.
            version_id (str): The `version_id` path segment. Required.
            on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
                of the v2 "user" field.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            TemplateVersion: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.templates.versions.get(template_id, version_id)
        """
        from sendgrid_reseller.api.transactional_templates import get_template_version as _endpoint

        return await _endpoint.asyncio(
            self._client,
            template_id,
            version_id,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    async def get_detailed(
        self,
        template_id: str,
        version_id: str,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[TemplateVersion]:
        """Get a template version.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: GET /v3/templates/{template_id}/versions/{version_id}; the client adds
        Authorization: Bearer with the API key.

        Args:
            The same as `client.templates.versions.get` takes; `help()` on it describes each one.

        Returns:
            Response[TemplateVersion]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.templates.versions.get_detailed(template_id, version_id)
        """
        from sendgrid_reseller.api.transactional_templates import get_template_version as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            template_id,
            version_id,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            options=options,
        )

    async def delete(
        self,
        template_id: str,
        version_id: str,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Any:
        """Delete a template version.

        Deletes one version of the template.

        Wire request: DELETE /v3/templates/{template_id}/versions/{version_id}; the client adds
        Authorization: Bearer with the API key.

        Args:
            template_id (str): The `template_id` path segment. Required.
            version_id (str): The `version_id` path segment. Required.
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

            result = await client.templates.versions.delete(template_id, version_id)
        """
        from sendgrid_reseller.api.transactional_templates import delete_template_version as _endpoint

        return await _endpoint.asyncio(
            self._client,
            template_id,
            version_id,
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
        version_id: str,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[Any]:
        """Delete a template version.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: DELETE /v3/templates/{template_id}/versions/{version_id}; the client adds
        Authorization: Bearer with the API key.

        Args:
            The same as `client.templates.versions.delete` takes; `help()` on it describes each one.

        Returns:
            Response[Any]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.templates.versions.delete_detailed(template_id, version_id)
        """
        from sendgrid_reseller.api.transactional_templates import delete_template_version as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            template_id,
            version_id,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def update(
        self,
        template_id: str,
        version_id: str,
        *,
        name: str,
        subject: str,
        active: TemplateVersionSettingsActive | Unset = UNSET,
        html_content: str | Unset = UNSET,
        plain_content: str | Unset = UNSET,
        generate_plain_content: bool | Unset = UNSET,
        editor: TemplateEditor | Unset = UNSET,
        test_data: str | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> TemplateVersion: ...

    @overload
    async def update(
        self,
        template_id: str,
        version_id: str,
        *,
        body: TemplateVersionSettings,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> TemplateVersion: ...

    async def update(
        self,
        template_id: str,
        version_id: str,
        *,
        name: str | Unset = UNSET,
        subject: str | Unset = UNSET,
        active: TemplateVersionSettingsActive | Unset = UNSET,
        html_content: str | Unset = UNSET,
        plain_content: str | Unset = UNSET,
        generate_plain_content: bool | Unset = UNSET,
        editor: TemplateEditor | Unset = UNSET,
        test_data: str | Unset = UNSET,
        body: TemplateVersionSettings | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> TemplateVersion:
        """Change a template version.

        Changes the version's content or settings.

        Wire request: PATCH /v3/templates/{template_id}/versions/{version_id}; the client adds
        Authorization: Bearer with the API key.

        Args:
            template_id (str): The `template_id` path segment. Required.
            version_id (str): The `version_id` path segment. Required.
            name (str): The `name` JSON field. Required.
            subject (str): The subject; may hold substitution tags such as <%subject%>. Required.
            active (TemplateVersionSettingsActive | Unset): 1 makes this the active version.
            html_content (str | Unset): The `html_content` JSON field.
            plain_content (str | Unset): The `plain_content` JSON field.
            generate_plain_content (bool | Unset): Derive the plain text from the HTML (default true).
            editor (TemplateEditor | Unset): The `editor` JSON field.
            test_data (str | Unset): Dynamic templates: JSON sample data for previews and test sends.
            body (TemplateVersionSettings): The whole request as one model, instead of the
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
            TemplateVersion: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.templates.versions.update(template_id, version_id, name=name, subject=subject)
        """
        from sendgrid_reseller.api.transactional_templates import update_template_version as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            template_id,
            version_id,
            name=name,
            subject=subject,
            active=active,
            html_content=html_content,
            plain_content=plain_content,
            generate_plain_content=generate_plain_content,
            editor=editor,
            test_data=test_data,
            body=body,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def update_detailed(
        self,
        template_id: str,
        version_id: str,
        *,
        name: str,
        subject: str,
        active: TemplateVersionSettingsActive | Unset = UNSET,
        html_content: str | Unset = UNSET,
        plain_content: str | Unset = UNSET,
        generate_plain_content: bool | Unset = UNSET,
        editor: TemplateEditor | Unset = UNSET,
        test_data: str | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[TemplateVersion]: ...

    @overload
    async def update_detailed(
        self,
        template_id: str,
        version_id: str,
        *,
        body: TemplateVersionSettings,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[TemplateVersion]: ...

    async def update_detailed(
        self,
        template_id: str,
        version_id: str,
        *,
        name: str | Unset = UNSET,
        subject: str | Unset = UNSET,
        active: TemplateVersionSettingsActive | Unset = UNSET,
        html_content: str | Unset = UNSET,
        plain_content: str | Unset = UNSET,
        generate_plain_content: bool | Unset = UNSET,
        editor: TemplateEditor | Unset = UNSET,
        test_data: str | Unset = UNSET,
        body: TemplateVersionSettings | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[TemplateVersion]:
        """Change a template version.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: PATCH /v3/templates/{template_id}/versions/{version_id}; the client adds
        Authorization: Bearer with the API key.

        Args:
            The same as `client.templates.versions.update` takes; `help()` on it describes each one.

        Returns:
            Response[TemplateVersion]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.templates.versions.update_detailed(template_id, version_id, name=name, subject=subject)
        """
        from sendgrid_reseller.api.transactional_templates import update_template_version as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            template_id,
            version_id,
            name=name,
            subject=subject,
            active=active,
            html_content=html_content,
            plain_content=plain_content,
            generate_plain_content=generate_plain_content,
            editor=editor,
            test_data=test_data,
            body=body,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def activate(
        self,
        template_id: str,
        version_id: str,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> TemplateVersion:
        """Activate a template version.

        Makes this version the one sent; the previously active one is deactivated.

        Wire request: POST /v3/templates/{template_id}/versions/{version_id}/activate; the client adds
        Authorization: Bearer with the API key.

        Args:
            template_id (str): The `template_id` path segment. Required.
            version_id (str): The `version_id` path segment. Required.
            on_behalf_of (str | Unset): Make the call as this subuser (its username), the v3 successor
                of the v2 "user" field.
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call.
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            TemplateVersion: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.templates.versions.activate(template_id, version_id)
        """
        from sendgrid_reseller.api.transactional_templates import activate_template_version as _endpoint

        return await _endpoint.asyncio(
            self._client,
            template_id,
            version_id,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def activate_detailed(
        self,
        template_id: str,
        version_id: str,
        *,
        on_behalf_of: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[TemplateVersion]:
        """Activate a template version.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /v3/templates/{template_id}/versions/{version_id}/activate; the client adds
        Authorization: Bearer with the API key.

        Args:
            The same as `client.templates.versions.activate` takes; `help()` on it describes each one.

        Returns:
            Response[TemplateVersion]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.templates.versions.activate_detailed(template_id, version_id)
        """
        from sendgrid_reseller.api.transactional_templates import activate_template_version as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            template_id,
            version_id,
            on_behalf_of=on_behalf_of,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )
