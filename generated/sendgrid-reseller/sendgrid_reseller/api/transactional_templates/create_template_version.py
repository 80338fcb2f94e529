# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from collections.abc import Mapping
from typing import Any, overload

import httpx

from ... import errors
from ..._runtime.arguments import body_from_fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions, call_options
from ..._runtime.response import parse_answer, read_json
from ..._runtime.urls import path_segment
from ...client import Client
from ...models.template_editor import TemplateEditor
from ...models.template_version import TemplateVersion
from ...models.template_version_settings import TemplateVersionSettings
from ...models.template_version_settings_active import TemplateVersionSettingsActive
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    name="create_template_version",
    api="v3",
    method="POST",
    path="/v3/templates/{template_id}/versions",
    idempotent=False,
    paginated=False,
)


def _get_kwargs(
    template_id: str,
    *,
    body: TemplateVersionSettings,
    on_behalf_of: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(on_behalf_of, Unset):
        headers["on-behalf-of"] = on_behalf_of

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/templates/{template_id}/versions".format(
            template_id=path_segment("template_id", template_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> TemplateVersion:
    if response.status_code == 201:
        response_201 = TemplateVersion.from_dict(read_json(response))

        return response_201

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[TemplateVersion]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


@overload
def sync_detailed(
    client: Client,
    /,
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
def sync_detailed(
    client: Client,
    /,
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


def sync_detailed(
    client: Client,
    /,
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

        result = client.templates.versions.create_detailed(template_id, name=name, subject=subject)
    """

    return _sync_detailed_impl(
        client,
        name=name,
        subject=subject,
        active=active,
        html_content=html_content,
        plain_content=plain_content,
        generate_plain_content=generate_plain_content,
        editor=editor,
        test_data=test_data,
        template_id=template_id,
        body=body,
        on_behalf_of=on_behalf_of,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        options=options,
    )


def _sync_detailed_impl(
    client: Client,
    /,
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
    body = body_from_fields(
        OPERATION,
        TemplateVersionSettings,
        body,
        {
            "name": name,
            "subject": subject,
            "active": active,
            "html_content": html_content,
            "plain_content": plain_content,
            "generate_plain_content": generate_plain_content,
            "editor": editor,
            "test_data": test_data,
        },
        (
            "name",
            "subject",
        ),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        template_id=template_id,
        body=body,
        on_behalf_of=on_behalf_of,
    )
    return _build_response(client.send(OPERATION, kwargs, options))


@overload
def sync(
    client: Client,
    /,
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
def sync(
    client: Client,
    /,
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


def sync(
    client: Client,
    /,
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

        result = client.templates.versions.create(template_id, name=name, subject=subject)
    """

    return _sync_impl(
        client,
        name=name,
        subject=subject,
        active=active,
        html_content=html_content,
        plain_content=plain_content,
        generate_plain_content=generate_plain_content,
        editor=editor,
        test_data=test_data,
        template_id=template_id,
        body=body,
        on_behalf_of=on_behalf_of,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        options=options,
    )


def _sync_impl(
    client: Client,
    /,
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
    body = body_from_fields(
        OPERATION,
        TemplateVersionSettings,
        body,
        {
            "name": name,
            "subject": subject,
            "active": active,
            "html_content": html_content,
            "plain_content": plain_content,
            "generate_plain_content": generate_plain_content,
            "editor": editor,
            "test_data": test_data,
        },
        (
            "name",
            "subject",
        ),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        template_id=template_id,
        body=body,
        on_behalf_of=on_behalf_of,
    )
    return parse_answer(client.send(OPERATION, kwargs, options), _parse_response)


@overload
async def asyncio_detailed(
    client: Client,
    /,
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
async def asyncio_detailed(
    client: Client,
    /,
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


async def asyncio_detailed(
    client: Client,
    /,
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

    return await _asyncio_detailed_impl(
        client,
        name=name,
        subject=subject,
        active=active,
        html_content=html_content,
        plain_content=plain_content,
        generate_plain_content=generate_plain_content,
        editor=editor,
        test_data=test_data,
        template_id=template_id,
        body=body,
        on_behalf_of=on_behalf_of,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        options=options,
    )


async def _asyncio_detailed_impl(
    client: Client,
    /,
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
    body = body_from_fields(
        OPERATION,
        TemplateVersionSettings,
        body,
        {
            "name": name,
            "subject": subject,
            "active": active,
            "html_content": html_content,
            "plain_content": plain_content,
            "generate_plain_content": generate_plain_content,
            "editor": editor,
            "test_data": test_data,
        },
        (
            "name",
            "subject",
        ),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        template_id=template_id,
        body=body,
        on_behalf_of=on_behalf_of,
    )
    return _build_response(await client.asend(OPERATION, kwargs, options))


@overload
async def asyncio(
    client: Client,
    /,
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
async def asyncio(
    client: Client,
    /,
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


async def asyncio(
    client: Client,
    /,
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

    return await _asyncio_impl(
        client,
        name=name,
        subject=subject,
        active=active,
        html_content=html_content,
        plain_content=plain_content,
        generate_plain_content=generate_plain_content,
        editor=editor,
        test_data=test_data,
        template_id=template_id,
        body=body,
        on_behalf_of=on_behalf_of,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        options=options,
    )


async def _asyncio_impl(
    client: Client,
    /,
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
    body = body_from_fields(
        OPERATION,
        TemplateVersionSettings,
        body,
        {
            "name": name,
            "subject": subject,
            "active": active,
            "html_content": html_content,
            "plain_content": plain_content,
            "generate_plain_content": generate_plain_content,
            "editor": editor,
            "test_data": test_data,
        },
        (
            "name",
            "subject",
        ),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        template_id=template_id,
        body=body,
        on_behalf_of=on_behalf_of,
    )
    return parse_answer(await client.asend(OPERATION, kwargs, options), _parse_response)
