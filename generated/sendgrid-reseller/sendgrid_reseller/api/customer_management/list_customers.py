# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ..._runtime.arguments import optional_body_from_fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions, call_options
from ..._runtime.page import AsyncPage, SyncPage
from ..._runtime.response import parse_answer, read_json
from ...client import Client
from ...models.list_customers_form import ListCustomersForm
from ...models.v2_customer import V2Customer
from ...types import UNSET, Response, Unset

# The documented discriminators of this call: always sent (by the runtime, after everything the
# caller gives), never chosen by the caller.
FIXED_FIELDS: dict[str, str] = {
    "method": "profile",
    "task": "get",
}
OPERATION = Operation(
    name="list_customers",
    api="v2",
    method="POST",
    path="/apiv2/reseller.manage.json",
    idempotent=True,
    paginated=False,
    fixed_fields=FIXED_FIELDS,
    fixed_in="data",
)


def _get_kwargs(
    *,
    body: ListCustomersForm | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/apiv2/reseller.manage.json",
    }

    if not isinstance(body, Unset):
        _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> list[V2Customer]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = read_json(response)
        for response_200_item_data in _response_200:
            response_200_item = V2Customer.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[list[V2Customer]]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


def sync_detailed(
    client: Client,
    /,
    *,
    id: str | Unset = UNSET,
    username: str | Unset = UNSET,
    email: str | Unset = UNSET,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    address: str | Unset = UNSET,
    city: str | Unset = UNSET,
    state: str | Unset = UNSET,
    country: str | Unset = UNSET,
    zip_: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    website: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    body: ListCustomersForm | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[list[V2Customer]]:
    """List customers.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: POST /apiv2/reseller.manage.json with method=profile, task=get (form fields,
    always sent, never the caller's); the client adds the credentials as the api_user / api_key form
    fields.

    Args:
        The same as `client.reseller.customers.list` takes; `help()` on it describes each one.

    Returns:
        Response[list[V2Customer]]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.reseller.customers.list_detailed()
    """

    body = optional_body_from_fields(
        OPERATION,
        ListCustomersForm,
        body,
        {
            "id": id,
            "username": username,
            "email": email,
            "first_name": first_name,
            "last_name": last_name,
            "address": address,
            "city": city,
            "state": state,
            "country": country,
            "zip_": zip_,
            "phone": phone,
            "website": website,
            "limit": limit,
            "offset": offset,
        },
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        body=body,
    )
    return _build_response(client.send(OPERATION, kwargs, options))


def sync(
    client: Client,
    /,
    *,
    id: str | Unset = UNSET,
    username: str | Unset = UNSET,
    email: str | Unset = UNSET,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    address: str | Unset = UNSET,
    city: str | Unset = UNSET,
    state: str | Unset = UNSET,
    country: str | Unset = UNSET,
    zip_: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    website: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    body: ListCustomersForm | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> list[V2Customer]:
    """List customers.

    Returns the reseller's customers, optionally filtered by profile fields and paged with
    limit/offset.

    Wire request: POST /apiv2/reseller.manage.json with method=profile, task=get (form fields,
    always sent, never the caller's); the client adds the credentials as the api_user / api_key form
    fields.

    Args:
        id (str | Unset): Only the customer with this id.
        username (str | Unset): The `username` form field.
        email (str | Unset): The `email` form field.
        first_name (str | Unset): The `first_name` form field.
        last_name (str | Unset): The `last_name` form field.
        address (str | Unset): The `address` form field.
        city (str | Unset): The `city` form field.
        state (str | Unset): The `state` form field.
        country (str | Unset): The `country` form field.
        zip_ (str | Unset): The `zip` form field.
        phone (str | Unset): The `phone` form field.
        website (str | Unset): The `website` form field.
        limit (int | Unset): Most customers to return (no documented bound).
        offset (int | Unset): Customers to skip.
        body (ListCustomersForm): The whole request as one model, instead of the
            fields above (not both).
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
            fields or the credentials).
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        list[V2Customer]: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.reseller.customers.list()
    """

    body = optional_body_from_fields(
        OPERATION,
        ListCustomersForm,
        body,
        {
            "id": id,
            "username": username,
            "email": email,
            "first_name": first_name,
            "last_name": last_name,
            "address": address,
            "city": city,
            "state": state,
            "country": country,
            "zip_": zip_,
            "phone": phone,
            "website": website,
            "limit": limit,
            "offset": offset,
        },
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        body=body,
    )
    return parse_answer(client.send(OPERATION, kwargs, options), _parse_response)


async def asyncio_detailed(
    client: Client,
    /,
    *,
    id: str | Unset = UNSET,
    username: str | Unset = UNSET,
    email: str | Unset = UNSET,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    address: str | Unset = UNSET,
    city: str | Unset = UNSET,
    state: str | Unset = UNSET,
    country: str | Unset = UNSET,
    zip_: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    website: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    body: ListCustomersForm | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[list[V2Customer]]:
    """List customers.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: POST /apiv2/reseller.manage.json with method=profile, task=get (form fields,
    always sent, never the caller's); the client adds the credentials as the api_user / api_key form
    fields.

    Args:
        The same as `client.reseller.customers.list` takes; `help()` on it describes each one.

    Returns:
        Response[list[V2Customer]]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.reseller.customers.list_detailed()
    """

    body = optional_body_from_fields(
        OPERATION,
        ListCustomersForm,
        body,
        {
            "id": id,
            "username": username,
            "email": email,
            "first_name": first_name,
            "last_name": last_name,
            "address": address,
            "city": city,
            "state": state,
            "country": country,
            "zip_": zip_,
            "phone": phone,
            "website": website,
            "limit": limit,
            "offset": offset,
        },
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        body=body,
    )
    return _build_response(await client.asend(OPERATION, kwargs, options))


async def asyncio(
    client: Client,
    /,
    *,
    id: str | Unset = UNSET,
    username: str | Unset = UNSET,
    email: str | Unset = UNSET,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    address: str | Unset = UNSET,
    city: str | Unset = UNSET,
    state: str | Unset = UNSET,
    country: str | Unset = UNSET,
    zip_: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    website: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    body: ListCustomersForm | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> list[V2Customer]:
    """List customers.

    Returns the reseller's customers, optionally filtered by profile fields and paged with
    limit/offset.

    Wire request: POST /apiv2/reseller.manage.json with method=profile, task=get (form fields,
    always sent, never the caller's); the client adds the credentials as the api_user / api_key form
    fields.

    Args:
        id (str | Unset): Only the customer with this id.
        username (str | Unset): The `username` form field.
        email (str | Unset): The `email` form field.
        first_name (str | Unset): The `first_name` form field.
        last_name (str | Unset): The `last_name` form field.
        address (str | Unset): The `address` form field.
        city (str | Unset): The `city` form field.
        state (str | Unset): The `state` form field.
        country (str | Unset): The `country` form field.
        zip_ (str | Unset): The `zip` form field.
        phone (str | Unset): The `phone` form field.
        website (str | Unset): The `website` form field.
        limit (int | Unset): Most customers to return (no documented bound).
        offset (int | Unset): Customers to skip.
        body (ListCustomersForm): The whole request as one model, instead of the
            fields above (not both).
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
            fields or the credentials).
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        list[V2Customer]: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.reseller.customers.list()
    """

    body = optional_body_from_fields(
        OPERATION,
        ListCustomersForm,
        body,
        {
            "id": id,
            "username": username,
            "email": email,
            "first_name": first_name,
            "last_name": last_name,
            "address": address,
            "city": city,
            "state": state,
            "country": country,
            "zip_": zip_,
            "phone": phone,
            "website": website,
            "limit": limit,
            "offset": offset,
        },
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        body=body,
    )
    return parse_answer(await client.asend(OPERATION, kwargs, options), _parse_response)


def page(
    client: Client,
    /,
    *,
    id: str | Unset = UNSET,
    username: str | Unset = UNSET,
    email: str | Unset = UNSET,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    address: str | Unset = UNSET,
    city: str | Unset = UNSET,
    state: str | Unset = UNSET,
    country: str | Unset = UNSET,
    zip_: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    website: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    body: ListCustomersForm | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
    page_token: str | None = None,
) -> SyncPage[V2Customer]:
    """List customers.

    Returns the reseller's customers, optionally filtered by profile fields and paged with
    limit/offset.

    Returns the first page (or the one `page_token` names): iterate it for every record across
    pages, or use `pages()`, `has_next_page()`, `next_page()` and `next_page_token`.

    Wire request: POST /apiv2/reseller.manage.json with method=profile, task=get (form fields,
    always sent, never the caller's); the client adds the credentials as the api_user / api_key form
    fields.

    Args:
        id (str | Unset): Only the customer with this id.
        username (str | Unset): The `username` form field.
        email (str | Unset): The `email` form field.
        first_name (str | Unset): The `first_name` form field.
        last_name (str | Unset): The `last_name` form field.
        address (str | Unset): The `address` form field.
        city (str | Unset): The `city` form field.
        state (str | Unset): The `state` form field.
        country (str | Unset): The `country` form field.
        zip_ (str | Unset): The `zip` form field.
        phone (str | Unset): The `phone` form field.
        website (str | Unset): The `website` form field.
        limit (int | Unset): Most customers to return (no documented bound).
        offset (int | Unset): Customers to skip.
        body (ListCustomersForm): The whole request as one model, instead of the
            fields above (not both).
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
            fields or the credentials).
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.
        page_token (str | None): Start at the page an earlier page's `next_page_token` names.

    Returns:
        SyncPage[V2Customer]: the page; its `items` are this page's records.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        for item in client.reseller.customers.list():  # every record, page after page
            print(item)
    """

    body = optional_body_from_fields(
        OPERATION,
        ListCustomersForm,
        body,
        {
            "id": id,
            "username": username,
            "email": email,
            "first_name": first_name,
            "last_name": last_name,
            "address": address,
            "city": city,
            "state": state,
            "country": country,
            "zip_": zip_,
            "phone": phone,
            "website": website,
            "limit": limit,
            "offset": offset,
        },
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        body=body,
    )
    return SyncPage.first(
        client, OPERATION, kwargs, options, _build_response, walk="offset", offset_in="data", page_token=page_token
    )


async def apage(
    client: Client,
    /,
    *,
    id: str | Unset = UNSET,
    username: str | Unset = UNSET,
    email: str | Unset = UNSET,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    address: str | Unset = UNSET,
    city: str | Unset = UNSET,
    state: str | Unset = UNSET,
    country: str | Unset = UNSET,
    zip_: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    website: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    body: ListCustomersForm | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
    page_token: str | None = None,
) -> AsyncPage[V2Customer]:
    """List customers.

    Returns the reseller's customers, optionally filtered by profile fields and paged with
    limit/offset.

    Returns the first page (or the one `page_token` names): iterate it for every record across
    pages, or use `pages()`, `has_next_page()`, `next_page()` and `next_page_token`.

    Wire request: POST /apiv2/reseller.manage.json with method=profile, task=get (form fields,
    always sent, never the caller's); the client adds the credentials as the api_user / api_key form
    fields.

    Args:
        id (str | Unset): Only the customer with this id.
        username (str | Unset): The `username` form field.
        email (str | Unset): The `email` form field.
        first_name (str | Unset): The `first_name` form field.
        last_name (str | Unset): The `last_name` form field.
        address (str | Unset): The `address` form field.
        city (str | Unset): The `city` form field.
        state (str | Unset): The `state` form field.
        country (str | Unset): The `country` form field.
        zip_ (str | Unset): The `zip` form field.
        phone (str | Unset): The `phone` form field.
        website (str | Unset): The `website` form field.
        limit (int | Unset): Most customers to return (no documented bound).
        offset (int | Unset): Customers to skip.
        body (ListCustomersForm): The whole request as one model, instead of the
            fields above (not both).
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
            fields or the credentials).
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.
        page_token (str | None): Start at the page an earlier page's `next_page_token` names.

    Returns:
        AsyncPage[V2Customer]: the page; its `items` are this page's records.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        page = await client.reseller.customers.list()
        async for item in page:  # every record, page after page
            print(item)
    """

    body = optional_body_from_fields(
        OPERATION,
        ListCustomersForm,
        body,
        {
            "id": id,
            "username": username,
            "email": email,
            "first_name": first_name,
            "last_name": last_name,
            "address": address,
            "city": city,
            "state": state,
            "country": country,
            "zip_": zip_,
            "phone": phone,
            "website": website,
            "limit": limit,
            "offset": offset,
        },
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        body=body,
    )
    return await AsyncPage.first(
        client, OPERATION, kwargs, options, _build_response, walk="offset", offset_in="data", page_token=page_token
    )
