# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ..._runtime.arguments import body_from_fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions, call_options
from ..._runtime.response import parse_answer, read_json
from ..._runtime.urls import path_segment
from ...client import Client
from ...models.suppression_group import SuppressionGroup
from ...models.suppression_group_update import SuppressionGroupUpdate
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    name="update_suppression_group",
    api="v3",
    method="PATCH",
    path="/v3/asm/groups/{group_id}",
    idempotent=False,
    paginated=False,
)


def _get_kwargs(
    group_id: int,
    *,
    body: SuppressionGroupUpdate,
    on_behalf_of: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(on_behalf_of, Unset):
        headers["on-behalf-of"] = on_behalf_of

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v3/asm/groups/{group_id}".format(
            group_id=path_segment("group_id", group_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> SuppressionGroup:
    if response.status_code == 201:
        response_201 = SuppressionGroup.from_dict(read_json(response))

        return response_201

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[SuppressionGroup]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


def sync_detailed(
    client: Client,
    /,
    group_id: int,
    *,
    name: str | Unset = UNSET,
    description: str | Unset = UNSET,
    is_default: bool | Unset = UNSET,
    body: SuppressionGroupUpdate | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[SuppressionGroup]:
    """Update an unsubscribe group.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: PATCH /v3/asm/groups/{group_id}; the client adds Authorization: Bearer with the
    API key.

    Args:
        The same as `client.suppressions.groups.update` takes; `help()` on it describes each one.

    Returns:
        Response[SuppressionGroup]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.suppressions.groups.update_detailed(group_id)
    """

    body = body_from_fields(
        OPERATION,
        SuppressionGroupUpdate,
        body,
        {
            "name": name,
            "description": description,
            "is_default": is_default,
        },
        (),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        group_id=group_id,
        body=body,
        on_behalf_of=on_behalf_of,
    )
    return _build_response(client.send(OPERATION, kwargs, options))


def sync(
    client: Client,
    /,
    group_id: int,
    *,
    name: str | Unset = UNSET,
    description: str | Unset = UNSET,
    is_default: bool | Unset = UNSET,
    body: SuppressionGroupUpdate | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> SuppressionGroup:
    """Update an unsubscribe group.

    Changes a group's name, description or default flag. SendGrid answers 201 here.

    Wire request: PATCH /v3/asm/groups/{group_id}; the client adds Authorization: Bearer with the
    API key.

    Args:
        group_id (int): The `group_id` path segment. Required.
        name (str | Unset): The `name` JSON field.
        description (str | Unset): The `description` JSON field.
        is_default (bool | Unset): The `is_default` JSON field.
        body (SuppressionGroupUpdate): The whole request as one model, instead of the
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
        SuppressionGroup: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.suppressions.groups.update(group_id)
    """

    body = body_from_fields(
        OPERATION,
        SuppressionGroupUpdate,
        body,
        {
            "name": name,
            "description": description,
            "is_default": is_default,
        },
        (),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        group_id=group_id,
        body=body,
        on_behalf_of=on_behalf_of,
    )
    return parse_answer(client.send(OPERATION, kwargs, options), _parse_response)


async def asyncio_detailed(
    client: Client,
    /,
    group_id: int,
    *,
    name: str | Unset = UNSET,
    description: str | Unset = UNSET,
    is_default: bool | Unset = UNSET,
    body: SuppressionGroupUpdate | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[SuppressionGroup]:
    """Update an unsubscribe group.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: PATCH /v3/asm/groups/{group_id}; the client adds Authorization: Bearer with the
    API key.

    Args:
        The same as `client.suppressions.groups.update` takes; `help()` on it describes each one.

    Returns:
        Response[SuppressionGroup]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.suppressions.groups.update_detailed(group_id)
    """

    body = body_from_fields(
        OPERATION,
        SuppressionGroupUpdate,
        body,
        {
            "name": name,
            "description": description,
            "is_default": is_default,
        },
        (),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        group_id=group_id,
        body=body,
        on_behalf_of=on_behalf_of,
    )
    return _build_response(await client.asend(OPERATION, kwargs, options))


async def asyncio(
    client: Client,
    /,
    group_id: int,
    *,
    name: str | Unset = UNSET,
    description: str | Unset = UNSET,
    is_default: bool | Unset = UNSET,
    body: SuppressionGroupUpdate | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> SuppressionGroup:
    """Update an unsubscribe group.

    Changes a group's name, description or default flag. SendGrid answers 201 here.

    Wire request: PATCH /v3/asm/groups/{group_id}; the client adds Authorization: Bearer with the
    API key.

    Args:
        group_id (int): The `group_id` path segment. Required.
        name (str | Unset): The `name` JSON field.
        description (str | Unset): The `description` JSON field.
        is_default (bool | Unset): The `is_default` JSON field.
        body (SuppressionGroupUpdate): The whole request as one model, instead of the
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
        SuppressionGroup: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.suppressions.groups.update(group_id)
    """

    body = body_from_fields(
        OPERATION,
        SuppressionGroupUpdate,
        body,
        {
            "name": name,
            "description": description,
            "is_default": is_default,
        },
        (),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        group_id=group_id,
        body=body,
        on_behalf_of=on_behalf_of,
    )
    return parse_answer(await client.asend(OPERATION, kwargs, options), _parse_response)
