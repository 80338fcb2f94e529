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
from ...models.sso_integration import SsoIntegration
from ...models.sso_integration_settings import SsoIntegrationSettings
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    name="update_sso_integration",
    api="v3",
    method="PATCH",
    path="/v3/sso/integrations/{id}",
    idempotent=False,
    paginated=False,
)


def _get_kwargs(
    id: str,
    *,
    body: SsoIntegrationSettings,
    si: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["si"] = si

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v3/sso/integrations/{id}".format(
            id=path_segment("id", id),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> SsoIntegration:
    if response.status_code == 200:
        response_200 = SsoIntegration.from_dict(read_json(response))

        return response_200

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[SsoIntegration]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


@overload
def sync_detailed(
    client: Client,
    /,
    id: str,
    *,
    name: str,
    enabled: bool,
    signin_url: str,
    signout_url: str,
    entity_id: str,
    completed_integration: bool | Unset = UNSET,
    si: bool | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[SsoIntegration]: ...


@overload
def sync_detailed(
    client: Client,
    /,
    id: str,
    *,
    body: SsoIntegrationSettings,
    si: bool | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[SsoIntegration]: ...


def sync_detailed(
    client: Client,
    /,
    id: str,
    *,
    name: str | Unset = UNSET,
    enabled: bool | Unset = UNSET,
    signin_url: str | Unset = UNSET,
    signout_url: str | Unset = UNSET,
    entity_id: str | Unset = UNSET,
    completed_integration: bool | Unset = UNSET,
    body: SsoIntegrationSettings | Unset = UNSET,
    si: bool | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[SsoIntegration]:
    """Change an SSO integration.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: PATCH /v3/sso/integrations/{id}; the client adds Authorization: Bearer with the
    API key.

    Args:
        The same as `client.sso.integrations.update` takes; `help()` on it describes each one.

    Returns:
        Response[SsoIntegration]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.sso.integrations.update_detailed(id, name=name, enabled=enabled, signin_url=signin_url, signout_url=signout_url, entity_id=entity_id)
    """

    return _sync_detailed_impl(
        client,
        name=name,
        enabled=enabled,
        signin_url=signin_url,
        signout_url=signout_url,
        entity_id=entity_id,
        completed_integration=completed_integration,
        id=id,
        body=body,
        si=si,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        options=options,
    )


def _sync_detailed_impl(
    client: Client,
    /,
    id: str,
    *,
    name: str | Unset = UNSET,
    enabled: bool | Unset = UNSET,
    signin_url: str | Unset = UNSET,
    signout_url: str | Unset = UNSET,
    entity_id: str | Unset = UNSET,
    completed_integration: bool | Unset = UNSET,
    body: SsoIntegrationSettings | Unset = UNSET,
    si: bool | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[SsoIntegration]:
    body = body_from_fields(
        OPERATION,
        SsoIntegrationSettings,
        body,
        {
            "name": name,
            "enabled": enabled,
            "signin_url": signin_url,
            "signout_url": signout_url,
            "entity_id": entity_id,
            "completed_integration": completed_integration,
        },
        (
            "name",
            "enabled",
            "signin_url",
            "signout_url",
            "entity_id",
        ),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        id=id,
        body=body,
        si=si,
    )
    return _build_response(client.send(OPERATION, kwargs, options))


@overload
def sync(
    client: Client,
    /,
    id: str,
    *,
    name: str,
    enabled: bool,
    signin_url: str,
    signout_url: str,
    entity_id: str,
    completed_integration: bool | Unset = UNSET,
    si: bool | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> SsoIntegration: ...


@overload
def sync(
    client: Client,
    /,
    id: str,
    *,
    body: SsoIntegrationSettings,
    si: bool | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> SsoIntegration: ...


def sync(
    client: Client,
    /,
    id: str,
    *,
    name: str | Unset = UNSET,
    enabled: bool | Unset = UNSET,
    signin_url: str | Unset = UNSET,
    signout_url: str | Unset = UNSET,
    entity_id: str | Unset = UNSET,
    completed_integration: bool | Unset = UNSET,
    body: SsoIntegrationSettings | Unset = UNSET,
    si: bool | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> SsoIntegration:
    """Change an SSO integration.

    Replaces the integration's settings.

    Wire request: PATCH /v3/sso/integrations/{id}; the client adds Authorization: Bearer with the
    API key.

    Args:
        id (str): The `id` path segment. Required.
        name (str): The `name` JSON field. Required.
        enabled (bool): The `enabled` JSON field. Required.
        signin_url (str): The identity provider's sign-in URL. Required.
        signout_url (str): Where users land after signing out. Required.
        entity_id (str): The identity provider's SAML entity id. Required.
        completed_integration (bool | Unset): Whether the set-up steps are finished.
        body (SsoIntegrationSettings): The whole request as one model, instead of the
            fields above (not both).
        si (bool | Unset): When true, the answer adds the URLs to give the identity provider
            (single_signon_url, audience_url).
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        extra_body (Mapping[str, Any] | None): More body fields for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        SsoIntegration: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.sso.integrations.update(id, name=name, enabled=enabled, signin_url=signin_url, signout_url=signout_url, entity_id=entity_id)
    """

    return _sync_impl(
        client,
        name=name,
        enabled=enabled,
        signin_url=signin_url,
        signout_url=signout_url,
        entity_id=entity_id,
        completed_integration=completed_integration,
        id=id,
        body=body,
        si=si,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        options=options,
    )


def _sync_impl(
    client: Client,
    /,
    id: str,
    *,
    name: str | Unset = UNSET,
    enabled: bool | Unset = UNSET,
    signin_url: str | Unset = UNSET,
    signout_url: str | Unset = UNSET,
    entity_id: str | Unset = UNSET,
    completed_integration: bool | Unset = UNSET,
    body: SsoIntegrationSettings | Unset = UNSET,
    si: bool | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> SsoIntegration:
    body = body_from_fields(
        OPERATION,
        SsoIntegrationSettings,
        body,
        {
            "name": name,
            "enabled": enabled,
            "signin_url": signin_url,
            "signout_url": signout_url,
            "entity_id": entity_id,
            "completed_integration": completed_integration,
        },
        (
            "name",
            "enabled",
            "signin_url",
            "signout_url",
            "entity_id",
        ),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        id=id,
        body=body,
        si=si,
    )
    return parse_answer(client.send(OPERATION, kwargs, options), _parse_response)


@overload
async def asyncio_detailed(
    client: Client,
    /,
    id: str,
    *,
    name: str,
    enabled: bool,
    signin_url: str,
    signout_url: str,
    entity_id: str,
    completed_integration: bool | Unset = UNSET,
    si: bool | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[SsoIntegration]: ...


@overload
async def asyncio_detailed(
    client: Client,
    /,
    id: str,
    *,
    body: SsoIntegrationSettings,
    si: bool | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[SsoIntegration]: ...


async def asyncio_detailed(
    client: Client,
    /,
    id: str,
    *,
    name: str | Unset = UNSET,
    enabled: bool | Unset = UNSET,
    signin_url: str | Unset = UNSET,
    signout_url: str | Unset = UNSET,
    entity_id: str | Unset = UNSET,
    completed_integration: bool | Unset = UNSET,
    body: SsoIntegrationSettings | Unset = UNSET,
    si: bool | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[SsoIntegration]:
    """Change an SSO integration.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: PATCH /v3/sso/integrations/{id}; the client adds Authorization: Bearer with the
    API key.

    Args:
        The same as `client.sso.integrations.update` takes; `help()` on it describes each one.

    Returns:
        Response[SsoIntegration]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.sso.integrations.update_detailed(id, name=name, enabled=enabled, signin_url=signin_url, signout_url=signout_url, entity_id=entity_id)
    """

    return await _asyncio_detailed_impl(
        client,
        name=name,
        enabled=enabled,
        signin_url=signin_url,
        signout_url=signout_url,
        entity_id=entity_id,
        completed_integration=completed_integration,
        id=id,
        body=body,
        si=si,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        options=options,
    )


async def _asyncio_detailed_impl(
    client: Client,
    /,
    id: str,
    *,
    name: str | Unset = UNSET,
    enabled: bool | Unset = UNSET,
    signin_url: str | Unset = UNSET,
    signout_url: str | Unset = UNSET,
    entity_id: str | Unset = UNSET,
    completed_integration: bool | Unset = UNSET,
    body: SsoIntegrationSettings | Unset = UNSET,
    si: bool | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[SsoIntegration]:
    body = body_from_fields(
        OPERATION,
        SsoIntegrationSettings,
        body,
        {
            "name": name,
            "enabled": enabled,
            "signin_url": signin_url,
            "signout_url": signout_url,
            "entity_id": entity_id,
            "completed_integration": completed_integration,
        },
        (
            "name",
            "enabled",
            "signin_url",
            "signout_url",
            "entity_id",
        ),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        id=id,
        body=body,
        si=si,
    )
    return _build_response(await client.asend(OPERATION, kwargs, options))


@overload
async def asyncio(
    client: Client,
    /,
    id: str,
    *,
    name: str,
    enabled: bool,
    signin_url: str,
    signout_url: str,
    entity_id: str,
    completed_integration: bool | Unset = UNSET,
    si: bool | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> SsoIntegration: ...


@overload
async def asyncio(
    client: Client,
    /,
    id: str,
    *,
    body: SsoIntegrationSettings,
    si: bool | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> SsoIntegration: ...


async def asyncio(
    client: Client,
    /,
    id: str,
    *,
    name: str | Unset = UNSET,
    enabled: bool | Unset = UNSET,
    signin_url: str | Unset = UNSET,
    signout_url: str | Unset = UNSET,
    entity_id: str | Unset = UNSET,
    completed_integration: bool | Unset = UNSET,
    body: SsoIntegrationSettings | Unset = UNSET,
    si: bool | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> SsoIntegration:
    """Change an SSO integration.

    Replaces the integration's settings.

    Wire request: PATCH /v3/sso/integrations/{id}; the client adds Authorization: Bearer with the
    API key.

    Args:
        id (str): The `id` path segment. Required.
        name (str): The `name` JSON field. Required.
        enabled (bool): The `enabled` JSON field. Required.
        signin_url (str): The identity provider's sign-in URL. Required.
        signout_url (str): Where users land after signing out. Required.
        entity_id (str): The identity provider's SAML entity id. Required.
        completed_integration (bool | Unset): Whether the set-up steps are finished.
        body (SsoIntegrationSettings): The whole request as one model, instead of the
            fields above (not both).
        si (bool | Unset): When true, the answer adds the URLs to give the identity provider
            (single_signon_url, audience_url).
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        extra_body (Mapping[str, Any] | None): More body fields for this call.
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        SsoIntegration: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.sso.integrations.update(id, name=name, enabled=enabled, signin_url=signin_url, signout_url=signout_url, entity_id=entity_id)
    """

    return await _asyncio_impl(
        client,
        name=name,
        enabled=enabled,
        signin_url=signin_url,
        signout_url=signout_url,
        entity_id=entity_id,
        completed_integration=completed_integration,
        id=id,
        body=body,
        si=si,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        options=options,
    )


async def _asyncio_impl(
    client: Client,
    /,
    id: str,
    *,
    name: str | Unset = UNSET,
    enabled: bool | Unset = UNSET,
    signin_url: str | Unset = UNSET,
    signout_url: str | Unset = UNSET,
    entity_id: str | Unset = UNSET,
    completed_integration: bool | Unset = UNSET,
    body: SsoIntegrationSettings | Unset = UNSET,
    si: bool | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> SsoIntegration:
    body = body_from_fields(
        OPERATION,
        SsoIntegrationSettings,
        body,
        {
            "name": name,
            "enabled": enabled,
            "signin_url": signin_url,
            "signout_url": signout_url,
            "entity_id": entity_id,
            "completed_integration": completed_integration,
        },
        (
            "name",
            "enabled",
            "signin_url",
            "signout_url",
            "entity_id",
        ),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        id=id,
        body=body,
        si=si,
    )
    return parse_answer(await client.asend(OPERATION, kwargs, options), _parse_response)
