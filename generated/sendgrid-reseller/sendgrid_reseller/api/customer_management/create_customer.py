# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
import datetime
from collections.abc import Mapping
from typing import Any, overload

import httpx

from ... import errors
from ..._runtime.arguments import body_from_fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions, call_options
from ..._runtime.response import parse_answer, read_json
from ...client import Client
from ...models.create_customer_form import CreateCustomerForm
from ...models.create_customer_form_free_user import CreateCustomerFormFreeUser
from ...models.v2_success_body import V2SuccessBody
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    name="create_customer",
    api="v2",
    method="POST",
    path="/apiv2/reseller.add.json",
    idempotent=False,
    paginated=False,
)


def _get_kwargs(
    *,
    body: CreateCustomerForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/apiv2/reseller.add.json",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> V2SuccessBody:
    if response.status_code == 200:
        response_200 = V2SuccessBody.from_dict(read_json(response))

        return response_200

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[V2SuccessBody]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


@overload
def sync_detailed(
    client: Client,
    /,
    *,
    username: str,
    password: str,
    confirm_password: str,
    email: str,
    first_name: str,
    last_name: str,
    address: str,
    city: str,
    state: str,
    zip_: str,
    country: str,
    phone: str,
    website: str,
    company: str,
    package: str,
    whitelabel: str,
    ip_group: list[str] | Unset = UNSET,
    ip: list[str] | Unset = UNSET,
    free_user: CreateCustomerFormFreeUser | Unset = UNSET,
    billing_date: datetime.date | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[V2SuccessBody]: ...


@overload
def sync_detailed(
    client: Client,
    /,
    *,
    body: CreateCustomerForm,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[V2SuccessBody]: ...


def sync_detailed(
    client: Client,
    /,
    *,
    username: str | Unset = UNSET,
    password: str | Unset = UNSET,
    confirm_password: str | Unset = UNSET,
    email: str | Unset = UNSET,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    address: str | Unset = UNSET,
    city: str | Unset = UNSET,
    state: str | Unset = UNSET,
    zip_: str | Unset = UNSET,
    country: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    website: str | Unset = UNSET,
    company: str | Unset = UNSET,
    package: str | Unset = UNSET,
    whitelabel: str | Unset = UNSET,
    ip_group: list[str] | Unset = UNSET,
    ip: list[str] | Unset = UNSET,
    free_user: CreateCustomerFormFreeUser | Unset = UNSET,
    billing_date: datetime.date | Unset = UNSET,
    body: CreateCustomerForm | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[V2SuccessBody]:
    """Create a customer.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: POST /apiv2/reseller.add.json; the client adds the credentials as the api_user /
    api_key form fields.

    Args:
        The same as `client.reseller.customers.create` takes; `help()` on it describes each one.

    Returns:
        Response[V2SuccessBody]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.reseller.customers.create_detailed(username=username, password=password, confirm_password=confirm_password, email=email, first_name=first_name, last_name=last_name, address=address, city=city, state=state, zip_=zip_, country=country, phone=phone, website=website, company=company, package=package, whitelabel=whitelabel)
    """

    return _sync_detailed_impl(
        client,
        username=username,
        password=password,
        confirm_password=confirm_password,
        email=email,
        first_name=first_name,
        last_name=last_name,
        address=address,
        city=city,
        state=state,
        zip_=zip_,
        country=country,
        phone=phone,
        website=website,
        company=company,
        package=package,
        whitelabel=whitelabel,
        ip_group=ip_group,
        ip=ip,
        free_user=free_user,
        billing_date=billing_date,
        body=body,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        options=options,
    )


def _sync_detailed_impl(
    client: Client,
    /,
    *,
    username: str | Unset = UNSET,
    password: str | Unset = UNSET,
    confirm_password: str | Unset = UNSET,
    email: str | Unset = UNSET,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    address: str | Unset = UNSET,
    city: str | Unset = UNSET,
    state: str | Unset = UNSET,
    zip_: str | Unset = UNSET,
    country: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    website: str | Unset = UNSET,
    company: str | Unset = UNSET,
    package: str | Unset = UNSET,
    whitelabel: str | Unset = UNSET,
    ip_group: list[str] | Unset = UNSET,
    ip: list[str] | Unset = UNSET,
    free_user: CreateCustomerFormFreeUser | Unset = UNSET,
    billing_date: datetime.date | Unset = UNSET,
    body: CreateCustomerForm | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[V2SuccessBody]:
    body = body_from_fields(
        OPERATION,
        CreateCustomerForm,
        body,
        {
            "username": username,
            "password": password,
            "confirm_password": confirm_password,
            "email": email,
            "first_name": first_name,
            "last_name": last_name,
            "address": address,
            "city": city,
            "state": state,
            "zip_": zip_,
            "country": country,
            "phone": phone,
            "website": website,
            "company": company,
            "package": package,
            "whitelabel": whitelabel,
            "ip_group": ip_group,
            "ip": ip,
            "free_user": free_user,
            "billing_date": billing_date,
        },
        (
            "username",
            "password",
            "confirm_password",
            "email",
            "first_name",
            "last_name",
            "address",
            "city",
            "state",
            "zip_",
            "country",
            "phone",
            "website",
            "company",
            "package",
            "whitelabel",
        ),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        body=body,
    )
    return _build_response(client.send(OPERATION, kwargs, options))


@overload
def sync(
    client: Client,
    /,
    *,
    username: str,
    password: str,
    confirm_password: str,
    email: str,
    first_name: str,
    last_name: str,
    address: str,
    city: str,
    state: str,
    zip_: str,
    country: str,
    phone: str,
    website: str,
    company: str,
    package: str,
    whitelabel: str,
    ip_group: list[str] | Unset = UNSET,
    ip: list[str] | Unset = UNSET,
    free_user: CreateCustomerFormFreeUser | Unset = UNSET,
    billing_date: datetime.date | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> V2SuccessBody: ...


@overload
def sync(
    client: Client,
    /,
    *,
    body: CreateCustomerForm,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> V2SuccessBody: ...


def sync(
    client: Client,
    /,
    *,
    username: str | Unset = UNSET,
    password: str | Unset = UNSET,
    confirm_password: str | Unset = UNSET,
    email: str | Unset = UNSET,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    address: str | Unset = UNSET,
    city: str | Unset = UNSET,
    state: str | Unset = UNSET,
    zip_: str | Unset = UNSET,
    country: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    website: str | Unset = UNSET,
    company: str | Unset = UNSET,
    package: str | Unset = UNSET,
    whitelabel: str | Unset = UNSET,
    ip_group: list[str] | Unset = UNSET,
    ip: list[str] | Unset = UNSET,
    free_user: CreateCustomerFormFreeUser | Unset = UNSET,
    billing_date: datetime.date | Unset = UNSET,
    body: CreateCustomerForm | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> V2SuccessBody:
    """Create a customer.

    Provisions a new customer account under the reseller, on the given package.

    Wire request: POST /apiv2/reseller.add.json; the client adds the credentials as the api_user /
    api_key form fields.

    Args:
        username (str): Login name of the new customer. Required.
        password (str): Must meet SendGrid's password rules. Required.
        confirm_password (str): Must equal password. Required.
        email (str): The `email` form field. Required.
        first_name (str): The `first_name` form field. Required.
        last_name (str): The `last_name` form field. Required.
        address (str): The `address` form field. Required.
        city (str): The `city` form field. Required.
        state (str): The `state` form field. Required.
        zip_ (str): Not validated by SendGrid. Required.
        country (str): The `country` form field. Required.
        phone (str): The `phone` form field. Required.
        website (str): The `website` form field. Required.
        company (str): The `company` form field. Required.
        package (str): A package name as listed by list_packages. Required.
        whitelabel (str): Domain used for domain authentication (formerly whitelabel); SendGrid
            documents sendgrid.me as the usual value. Required.
        ip_group (list[str] | Unset): IP groups of the reseller to give the customer.
        ip (list[str] | Unset): Extra IPs of the reseller, when the package allows them.
        free_user (CreateCustomerFormFreeUser | Unset): Send "true" when creating a free customer.
        billing_date (datetime.date | Unset): First billing anniversary (YYYY-mm-dd), within one
            billing cycle of creation.
        body (CreateCustomerForm): The whole request as one model, instead of the
            fields above (not both).
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
            fields or the credentials).
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        V2SuccessBody: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = client.reseller.customers.create(username=username, password=password, confirm_password=confirm_password, email=email, first_name=first_name, last_name=last_name, address=address, city=city, state=state, zip_=zip_, country=country, phone=phone, website=website, company=company, package=package, whitelabel=whitelabel)
    """

    return _sync_impl(
        client,
        username=username,
        password=password,
        confirm_password=confirm_password,
        email=email,
        first_name=first_name,
        last_name=last_name,
        address=address,
        city=city,
        state=state,
        zip_=zip_,
        country=country,
        phone=phone,
        website=website,
        company=company,
        package=package,
        whitelabel=whitelabel,
        ip_group=ip_group,
        ip=ip,
        free_user=free_user,
        billing_date=billing_date,
        body=body,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        options=options,
    )


def _sync_impl(
    client: Client,
    /,
    *,
    username: str | Unset = UNSET,
    password: str | Unset = UNSET,
    confirm_password: str | Unset = UNSET,
    email: str | Unset = UNSET,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    address: str | Unset = UNSET,
    city: str | Unset = UNSET,
    state: str | Unset = UNSET,
    zip_: str | Unset = UNSET,
    country: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    website: str | Unset = UNSET,
    company: str | Unset = UNSET,
    package: str | Unset = UNSET,
    whitelabel: str | Unset = UNSET,
    ip_group: list[str] | Unset = UNSET,
    ip: list[str] | Unset = UNSET,
    free_user: CreateCustomerFormFreeUser | Unset = UNSET,
    billing_date: datetime.date | Unset = UNSET,
    body: CreateCustomerForm | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> V2SuccessBody:
    body = body_from_fields(
        OPERATION,
        CreateCustomerForm,
        body,
        {
            "username": username,
            "password": password,
            "confirm_password": confirm_password,
            "email": email,
            "first_name": first_name,
            "last_name": last_name,
            "address": address,
            "city": city,
            "state": state,
            "zip_": zip_,
            "country": country,
            "phone": phone,
            "website": website,
            "company": company,
            "package": package,
            "whitelabel": whitelabel,
            "ip_group": ip_group,
            "ip": ip,
            "free_user": free_user,
            "billing_date": billing_date,
        },
        (
            "username",
            "password",
            "confirm_password",
            "email",
            "first_name",
            "last_name",
            "address",
            "city",
            "state",
            "zip_",
            "country",
            "phone",
            "website",
            "company",
            "package",
            "whitelabel",
        ),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        body=body,
    )
    return parse_answer(client.send(OPERATION, kwargs, options), _parse_response)


@overload
async def asyncio_detailed(
    client: Client,
    /,
    *,
    username: str,
    password: str,
    confirm_password: str,
    email: str,
    first_name: str,
    last_name: str,
    address: str,
    city: str,
    state: str,
    zip_: str,
    country: str,
    phone: str,
    website: str,
    company: str,
    package: str,
    whitelabel: str,
    ip_group: list[str] | Unset = UNSET,
    ip: list[str] | Unset = UNSET,
    free_user: CreateCustomerFormFreeUser | Unset = UNSET,
    billing_date: datetime.date | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[V2SuccessBody]: ...


@overload
async def asyncio_detailed(
    client: Client,
    /,
    *,
    body: CreateCustomerForm,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[V2SuccessBody]: ...


async def asyncio_detailed(
    client: Client,
    /,
    *,
    username: str | Unset = UNSET,
    password: str | Unset = UNSET,
    confirm_password: str | Unset = UNSET,
    email: str | Unset = UNSET,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    address: str | Unset = UNSET,
    city: str | Unset = UNSET,
    state: str | Unset = UNSET,
    zip_: str | Unset = UNSET,
    country: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    website: str | Unset = UNSET,
    company: str | Unset = UNSET,
    package: str | Unset = UNSET,
    whitelabel: str | Unset = UNSET,
    ip_group: list[str] | Unset = UNSET,
    ip: list[str] | Unset = UNSET,
    free_user: CreateCustomerFormFreeUser | Unset = UNSET,
    billing_date: datetime.date | Unset = UNSET,
    body: CreateCustomerForm | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[V2SuccessBody]:
    """Create a customer.

    Returns the whole answer: the status, the headers, the rate limit and the decoded body.

    Wire request: POST /apiv2/reseller.add.json; the client adds the credentials as the api_user /
    api_key form fields.

    Args:
        The same as `client.reseller.customers.create` takes; `help()` on it describes each one.

    Returns:
        Response[V2SuccessBody]: the decoded body with status, headers and rate limit.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.reseller.customers.create_detailed(username=username, password=password, confirm_password=confirm_password, email=email, first_name=first_name, last_name=last_name, address=address, city=city, state=state, zip_=zip_, country=country, phone=phone, website=website, company=company, package=package, whitelabel=whitelabel)
    """

    return await _asyncio_detailed_impl(
        client,
        username=username,
        password=password,
        confirm_password=confirm_password,
        email=email,
        first_name=first_name,
        last_name=last_name,
        address=address,
        city=city,
        state=state,
        zip_=zip_,
        country=country,
        phone=phone,
        website=website,
        company=company,
        package=package,
        whitelabel=whitelabel,
        ip_group=ip_group,
        ip=ip,
        free_user=free_user,
        billing_date=billing_date,
        body=body,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        options=options,
    )


async def _asyncio_detailed_impl(
    client: Client,
    /,
    *,
    username: str | Unset = UNSET,
    password: str | Unset = UNSET,
    confirm_password: str | Unset = UNSET,
    email: str | Unset = UNSET,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    address: str | Unset = UNSET,
    city: str | Unset = UNSET,
    state: str | Unset = UNSET,
    zip_: str | Unset = UNSET,
    country: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    website: str | Unset = UNSET,
    company: str | Unset = UNSET,
    package: str | Unset = UNSET,
    whitelabel: str | Unset = UNSET,
    ip_group: list[str] | Unset = UNSET,
    ip: list[str] | Unset = UNSET,
    free_user: CreateCustomerFormFreeUser | Unset = UNSET,
    billing_date: datetime.date | Unset = UNSET,
    body: CreateCustomerForm | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> Response[V2SuccessBody]:
    body = body_from_fields(
        OPERATION,
        CreateCustomerForm,
        body,
        {
            "username": username,
            "password": password,
            "confirm_password": confirm_password,
            "email": email,
            "first_name": first_name,
            "last_name": last_name,
            "address": address,
            "city": city,
            "state": state,
            "zip_": zip_,
            "country": country,
            "phone": phone,
            "website": website,
            "company": company,
            "package": package,
            "whitelabel": whitelabel,
            "ip_group": ip_group,
            "ip": ip,
            "free_user": free_user,
            "billing_date": billing_date,
        },
        (
            "username",
            "password",
            "confirm_password",
            "email",
            "first_name",
            "last_name",
            "address",
            "city",
            "state",
            "zip_",
            "country",
            "phone",
            "website",
            "company",
            "package",
            "whitelabel",
        ),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        body=body,
    )
    return _build_response(await client.asend(OPERATION, kwargs, options))


@overload
async def asyncio(
    client: Client,
    /,
    *,
    username: str,
    password: str,
    confirm_password: str,
    email: str,
    first_name: str,
    last_name: str,
    address: str,
    city: str,
    state: str,
    zip_: str,
    country: str,
    phone: str,
    website: str,
    company: str,
    package: str,
    whitelabel: str,
    ip_group: list[str] | Unset = UNSET,
    ip: list[str] | Unset = UNSET,
    free_user: CreateCustomerFormFreeUser | Unset = UNSET,
    billing_date: datetime.date | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> V2SuccessBody: ...


@overload
async def asyncio(
    client: Client,
    /,
    *,
    body: CreateCustomerForm,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> V2SuccessBody: ...


async def asyncio(
    client: Client,
    /,
    *,
    username: str | Unset = UNSET,
    password: str | Unset = UNSET,
    confirm_password: str | Unset = UNSET,
    email: str | Unset = UNSET,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    address: str | Unset = UNSET,
    city: str | Unset = UNSET,
    state: str | Unset = UNSET,
    zip_: str | Unset = UNSET,
    country: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    website: str | Unset = UNSET,
    company: str | Unset = UNSET,
    package: str | Unset = UNSET,
    whitelabel: str | Unset = UNSET,
    ip_group: list[str] | Unset = UNSET,
    ip: list[str] | Unset = UNSET,
    free_user: CreateCustomerFormFreeUser | Unset = UNSET,
    billing_date: datetime.date | Unset = UNSET,
    body: CreateCustomerForm | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> V2SuccessBody:
    """Create a customer.

    Provisions a new customer account under the reseller, on the given package.

    Wire request: POST /apiv2/reseller.add.json; the client adds the credentials as the api_user /
    api_key form fields.

    Args:
        username (str): Login name of the new customer. Required.
        password (str): Must meet SendGrid's password rules. Required.
        confirm_password (str): Must equal password. Required.
        email (str): The `email` form field. Required.
        first_name (str): The `first_name` form field. Required.
        last_name (str): The `last_name` form field. Required.
        address (str): The `address` form field. Required.
        city (str): The `city` form field. Required.
        state (str): The `state` form field. Required.
        zip_ (str): Not validated by SendGrid. Required.
        country (str): The `country` form field. Required.
        phone (str): The `phone` form field. Required.
        website (str): The `website` form field. Required.
        company (str): The `company` form field. Required.
        package (str): A package name as listed by list_packages. Required.
        whitelabel (str): Domain used for domain authentication (formerly whitelabel); SendGrid
            documents sendgrid.me as the usual value. Required.
        ip_group (list[str] | Unset): IP groups of the reseller to give the customer.
        ip (list[str] | Unset): Extra IPs of the reseller, when the package allows them.
        free_user (CreateCustomerFormFreeUser | Unset): Send "true" when creating a free customer.
        billing_date (datetime.date | Unset): First billing anniversary (YYYY-mm-dd), within one
            billing cycle of creation.
        body (CreateCustomerForm): The whole request as one model, instead of the
            fields above (not both).
        extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
            above wins over them, they win over the client's defaults.
        extra_query (Mapping[str, Any] | None): More query parameters for this call.
        extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
            fields or the credentials).
        timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Returns:
        V2SuccessBody: the decoded answer.

    Raises:
        errors.InvalidRequestError: The arguments were refused before sending.
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
        errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

    Example::

        result = await client.reseller.customers.create(username=username, password=password, confirm_password=confirm_password, email=email, first_name=first_name, last_name=last_name, address=address, city=city, state=state, zip_=zip_, country=country, phone=phone, website=website, company=company, package=package, whitelabel=whitelabel)
    """

    return await _asyncio_impl(
        client,
        username=username,
        password=password,
        confirm_password=confirm_password,
        email=email,
        first_name=first_name,
        last_name=last_name,
        address=address,
        city=city,
        state=state,
        zip_=zip_,
        country=country,
        phone=phone,
        website=website,
        company=company,
        package=package,
        whitelabel=whitelabel,
        ip_group=ip_group,
        ip=ip,
        free_user=free_user,
        billing_date=billing_date,
        body=body,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        options=options,
    )


async def _asyncio_impl(
    client: Client,
    /,
    *,
    username: str | Unset = UNSET,
    password: str | Unset = UNSET,
    confirm_password: str | Unset = UNSET,
    email: str | Unset = UNSET,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    address: str | Unset = UNSET,
    city: str | Unset = UNSET,
    state: str | Unset = UNSET,
    zip_: str | Unset = UNSET,
    country: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    website: str | Unset = UNSET,
    company: str | Unset = UNSET,
    package: str | Unset = UNSET,
    whitelabel: str | Unset = UNSET,
    ip_group: list[str] | Unset = UNSET,
    ip: list[str] | Unset = UNSET,
    free_user: CreateCustomerFormFreeUser | Unset = UNSET,
    billing_date: datetime.date | Unset = UNSET,
    body: CreateCustomerForm | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    options: RequestOptions | None = None,
) -> V2SuccessBody:
    body = body_from_fields(
        OPERATION,
        CreateCustomerForm,
        body,
        {
            "username": username,
            "password": password,
            "confirm_password": confirm_password,
            "email": email,
            "first_name": first_name,
            "last_name": last_name,
            "address": address,
            "city": city,
            "state": state,
            "zip_": zip_,
            "country": country,
            "phone": phone,
            "website": website,
            "company": company,
            "package": package,
            "whitelabel": whitelabel,
            "ip_group": ip_group,
            "ip": ip,
            "free_user": free_user,
            "billing_date": billing_date,
        },
        (
            "username",
            "password",
            "confirm_password",
            "email",
            "first_name",
            "last_name",
            "address",
            "city",
            "state",
            "zip_",
            "country",
            "phone",
            "website",
            "company",
            "package",
            "whitelabel",
        ),
    )
    options = call_options(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
    )

    kwargs = _get_kwargs(
        body=body,
    )
    return parse_answer(await client.asend(OPERATION, kwargs, options), _parse_response)
