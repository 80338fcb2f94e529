# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ..._runtime.arguments import body_from_fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions, call_options
from ..._runtime.response import parse_answer, read_json
from ...client import Client
from ...models.webhook_security_o_auth_settings import WebhookSecurityOAuthSettings
from ...models.webhook_security_policy_envelope import WebhookSecurityPolicyEnvelope
from ...models.webhook_security_policy_settings import WebhookSecurityPolicySettings
from ...models.webhook_security_signature_settings import WebhookSecuritySignatureSettings
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    name="create_webhook_security_policy",
    api="v3",
    method="POST",
    path="/v3/user/webhooks/security/policies",
    idempotent=False,
    paginated=False,
)


def _get_kwargs(
    *,
    body: WebhookSecurityPolicySettings,
    on_behalf_of: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(on_behalf_of, Unset):
        headers["on-behalf-of"] = on_behalf_of

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/user/webhooks/security/policies",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> WebhookSecurityPolicyEnvelope:
    if response.status_code == 201:
        response_201 = WebhookSecurityPolicyEnvelope.from_dict(read_json(response))

        return response_201

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[WebhookSecurityPolicyEnvelope]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


def sync_detailed(
    client: Client,
    /,
    *,
    name: str | Unset = UNSET,
    oauth: WebhookSecurityOAuthSettings | Unset = UNSET,
    signature: WebhookSecuritySignatureSettings | Unset = UNSET,
    body: WebhookSecurityPolicySettings | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[WebhookSecurityPolicyEnvelope]:
    """Create a webhook security policy.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: POST /v3/user/webhooks/security/policies; the client adds Authorization: Bearer
    with the API key.

    Args:
        The same as `client.webhooks.security.create` takes; `help()` on it describes each one.

    Returns:
        Response[WebhookSecurityPolicyEnvelope]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.webhooks.security.create_detailed()
    """

    body = body_from_fields(
        OPERATION,
        WebhookSecurityPolicySettings,
        body,
        {
            "name": name,
            "oauth": oauth,
            "signature": signature,
        },
        (),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        body=body,
        on_behalf_of=on_behalf_of,
    )
    return _build_response(client.send(OPERATION, kwargs, options))


def sync(
    client: Client,
    /,
    *,
    name: str | Unset = UNSET,
    oauth: WebhookSecurityOAuthSettings | Unset = UNSET,
    signature: WebhookSecuritySignatureSettings | Unset = UNSET,
    body: WebhookSecurityPolicySettings | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> WebhookSecurityPolicyEnvelope:
    """Create a webhook security policy.

    Adds a named policy; give it a signature block, an OAuth block or both (a policy with neither is
    refused). When signing is on, the answer carries the public key to verify with.

    Wire request: POST /v3/user/webhooks/security/policies; the client adds Authorization: Bearer
    with the API key.

    Args:
        name (str | Unset): A label for people.
        oauth (WebhookSecurityOAuthSettings | Unset): The `oauth` JSON field.
        signature (WebhookSecuritySignatureSettings | Unset): The `signature` JSON field.
        body (WebhookSecurityPolicySettings): The whole request as one model, instead of the
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
        WebhookSecurityPolicyEnvelope: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.webhooks.security.create()
    """

    body = body_from_fields(
        OPERATION,
        WebhookSecurityPolicySettings,
        body,
        {
            "name": name,
            "oauth": oauth,
            "signature": signature,
        },
        (),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        body=body,
        on_behalf_of=on_behalf_of,
    )
    return parse_answer(client.send(OPERATION, kwargs, options), _parse_response)


async def asyncio_detailed(
    client: Client,
    /,
    *,
    name: str | Unset = UNSET,
    oauth: WebhookSecurityOAuthSettings | Unset = UNSET,
    signature: WebhookSecuritySignatureSettings | Unset = UNSET,
    body: WebhookSecurityPolicySettings | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[WebhookSecurityPolicyEnvelope]:
    """Create a webhook security policy.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: POST /v3/user/webhooks/security/policies; the client adds Authorization: Bearer
    with the API key.

    Args:
        The same as `client.webhooks.security.create` takes; `help()` on it describes each one.

    Returns:
        Response[WebhookSecurityPolicyEnvelope]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.webhooks.security.create_detailed()
    """

    body = body_from_fields(
        OPERATION,
        WebhookSecurityPolicySettings,
        body,
        {
            "name": name,
            "oauth": oauth,
            "signature": signature,
        },
        (),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        body=body,
        on_behalf_of=on_behalf_of,
    )
    return _build_response(await client.asend(OPERATION, kwargs, options))


async def asyncio(
    client: Client,
    /,
    *,
    name: str | Unset = UNSET,
    oauth: WebhookSecurityOAuthSettings | Unset = UNSET,
    signature: WebhookSecuritySignatureSettings | Unset = UNSET,
    body: WebhookSecurityPolicySettings | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> WebhookSecurityPolicyEnvelope:
    """Create a webhook security policy.

    Adds a named policy; give it a signature block, an OAuth block or both (a policy with neither is
    refused). When signing is on, the answer carries the public key to verify with.

    Wire request: POST /v3/user/webhooks/security/policies; the client adds Authorization: Bearer
    with the API key.

    Args:
        name (str | Unset): A label for people.
        oauth (WebhookSecurityOAuthSettings | Unset): The `oauth` JSON field.
        signature (WebhookSecuritySignatureSettings | Unset): The `signature` JSON field.
        body (WebhookSecurityPolicySettings): The whole request as one model, instead of the
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
        WebhookSecurityPolicyEnvelope: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.webhooks.security.create()
    """

    body = body_from_fields(
        OPERATION,
        WebhookSecurityPolicySettings,
        body,
        {
            "name": name,
            "oauth": oauth,
            "signature": signature,
        },
        (),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        body=body,
        on_behalf_of=on_behalf_of,
    )
    return parse_answer(await client.asend(OPERATION, kwargs, options), _parse_response)
