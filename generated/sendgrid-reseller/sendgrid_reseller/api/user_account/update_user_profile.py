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
from ...models.user_profile import UserProfile
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    name="update_user_profile",
    api="v3",
    method="PATCH",
    path="/v3/user/profile",
    idempotent=False,
    paginated=False,
)


def _get_kwargs(
    *,
    body: UserProfile,
    on_behalf_of: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(on_behalf_of, Unset):
        headers["on-behalf-of"] = on_behalf_of

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v3/user/profile",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> UserProfile:
    if response.status_code == 200:
        response_200 = UserProfile.from_dict(read_json(response))

        return response_200

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[UserProfile]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


def sync_detailed(
    client: Client,
    /,
    *,
    address: str | Unset = UNSET,
    address2: str | Unset = UNSET,
    city: str | Unset = UNSET,
    company: str | Unset = UNSET,
    country: str | Unset = UNSET,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    state: str | Unset = UNSET,
    website: str | Unset = UNSET,
    zip_: str | Unset = UNSET,
    body: UserProfile | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[UserProfile]:
    """Change the account's profile.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: PATCH /v3/user/profile; the client adds Authorization: Bearer with the API key.

    Args:
        The same as `client.user.profile.update` takes; `help()` on it describes each one.

    Returns:
        Response[UserProfile]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.user.profile.update_detailed()
    """

    body = body_from_fields(
        OPERATION,
        UserProfile,
        body,
        {
            "address": address,
            "address2": address2,
            "city": city,
            "company": company,
            "country": country,
            "first_name": first_name,
            "last_name": last_name,
            "phone": phone,
            "state": state,
            "website": website,
            "zip_": zip_,
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
    address: str | Unset = UNSET,
    address2: str | Unset = UNSET,
    city: str | Unset = UNSET,
    company: str | Unset = UNSET,
    country: str | Unset = UNSET,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    state: str | Unset = UNSET,
    website: str | Unset = UNSET,
    zip_: str | Unset = UNSET,
    body: UserProfile | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> UserProfile:
    """Change the account's profile.

    Changes the profile fields sent; the others stay.

    Wire request: PATCH /v3/user/profile; the client adds Authorization: Bearer with the API key.

    Args:
        address (str | Unset): The `address` JSON field.
        address2 (str | Unset): The `address2` JSON field.
        city (str | Unset): The `city` JSON field.
        company (str | Unset): The `company` JSON field.
        country (str | Unset): The `country` JSON field.
        first_name (str | Unset): The `first_name` JSON field.
        last_name (str | Unset): The `last_name` JSON field.
        phone (str | Unset): The `phone` JSON field.
        state (str | Unset): The `state` JSON field.
        website (str | Unset): The `website` JSON field.
        zip_ (str | Unset): The `zip` JSON field.
        body (UserProfile): The whole request as one model, instead of the
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
        UserProfile: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.user.profile.update()
    """

    body = body_from_fields(
        OPERATION,
        UserProfile,
        body,
        {
            "address": address,
            "address2": address2,
            "city": city,
            "company": company,
            "country": country,
            "first_name": first_name,
            "last_name": last_name,
            "phone": phone,
            "state": state,
            "website": website,
            "zip_": zip_,
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
    address: str | Unset = UNSET,
    address2: str | Unset = UNSET,
    city: str | Unset = UNSET,
    company: str | Unset = UNSET,
    country: str | Unset = UNSET,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    state: str | Unset = UNSET,
    website: str | Unset = UNSET,
    zip_: str | Unset = UNSET,
    body: UserProfile | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[UserProfile]:
    """Change the account's profile.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: PATCH /v3/user/profile; the client adds Authorization: Bearer with the API key.

    Args:
        The same as `client.user.profile.update` takes; `help()` on it describes each one.

    Returns:
        Response[UserProfile]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.user.profile.update_detailed()
    """

    body = body_from_fields(
        OPERATION,
        UserProfile,
        body,
        {
            "address": address,
            "address2": address2,
            "city": city,
            "company": company,
            "country": country,
            "first_name": first_name,
            "last_name": last_name,
            "phone": phone,
            "state": state,
            "website": website,
            "zip_": zip_,
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
    address: str | Unset = UNSET,
    address2: str | Unset = UNSET,
    city: str | Unset = UNSET,
    company: str | Unset = UNSET,
    country: str | Unset = UNSET,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    state: str | Unset = UNSET,
    website: str | Unset = UNSET,
    zip_: str | Unset = UNSET,
    body: UserProfile | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> UserProfile:
    """Change the account's profile.

    Changes the profile fields sent; the others stay.

    Wire request: PATCH /v3/user/profile; the client adds Authorization: Bearer with the API key.

    Args:
        address (str | Unset): The `address` JSON field.
        address2 (str | Unset): The `address2` JSON field.
        city (str | Unset): The `city` JSON field.
        company (str | Unset): The `company` JSON field.
        country (str | Unset): The `country` JSON field.
        first_name (str | Unset): The `first_name` JSON field.
        last_name (str | Unset): The `last_name` JSON field.
        phone (str | Unset): The `phone` JSON field.
        state (str | Unset): The `state` JSON field.
        website (str | Unset): The `website` JSON field.
        zip_ (str | Unset): The `zip` JSON field.
        body (UserProfile): The whole request as one model, instead of the
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
        UserProfile: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.user.profile.update()
    """

    body = body_from_fields(
        OPERATION,
        UserProfile,
        body,
        {
            "address": address,
            "address2": address2,
            "city": city,
            "company": company,
            "country": country,
            "first_name": first_name,
            "last_name": last_name,
            "phone": phone,
            "state": state,
            "website": website,
            "zip_": zip_,
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
