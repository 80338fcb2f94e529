# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.response import parse_answer
from ...client import Client
from ...models.send_ip_subuser_list import SendIpSubuserList
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    name="list_send_ip_subusers",
    api="v3",
    method="GET",
    path="/v3/send_ips/ips/{ip}/subusers",
    idempotent=True,
    paginated=False,
)


def _get_kwargs(
    ip: str,
    *,
    after_key: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["after_key"] = after_key

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/send_ips/ips/{ip}/subusers".format(
            ip=quote(str(ip), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> SendIpSubuserList:
    if response.status_code == 200:
        response_200 = SendIpSubuserList.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus.from_response(response)


def _build_response(response: httpx.Response) -> Response[SendIpSubuserList]:
    return Response.from_httpx(response, parse_answer(response, _parse_response))


def sync_detailed(
    client: Client,
    /,
    ip: str,
    *,
    after_key: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[SendIpSubuserList]:
    """List the subusers of an IP

     The ids of the subusers that may send from the IP, up to 100 a page.

    Args:
        ip (str):
        after_key (str | Unset):
        limit (int | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[SendIpSubuserList]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs(
        ip=ip,
        after_key=after_key,
        limit=limit,
    )
    response = client.send(OPERATION, kwargs, options)
    return _build_response(response)


def sync(
    client: Client,
    /,
    ip: str,
    *,
    after_key: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    options: RequestOptions | None = None,
) -> SendIpSubuserList:
    """List the subusers of an IP

     The ids of the subusers that may send from the IP, up to 100 a page.

    Args:
        ip (str):
        after_key (str | Unset):
        limit (int | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        SendIpSubuserList
    """

    return parse_answer(
        client.send(
            OPERATION,
            _get_kwargs(
                ip=ip,
                after_key=after_key,
                limit=limit,
            ),
            options,
        ),
        _parse_response,
    )


async def asyncio_detailed(
    client: Client,
    /,
    ip: str,
    *,
    after_key: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[SendIpSubuserList]:
    """List the subusers of an IP

     The ids of the subusers that may send from the IP, up to 100 a page.

    Args:
        ip (str):
        after_key (str | Unset):
        limit (int | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        Response[SendIpSubuserList]: the decoded body with status, headers and rate limit.
    """

    kwargs = _get_kwargs(
        ip=ip,
        after_key=after_key,
        limit=limit,
    )
    response = await client.asend(OPERATION, kwargs, options)
    return _build_response(response)


async def asyncio(
    client: Client,
    /,
    ip: str,
    *,
    after_key: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    options: RequestOptions | None = None,
) -> SendIpSubuserList:
    """List the subusers of an IP

     The ids of the subusers that may send from the IP, up to 100 a page.

    Args:
        ip (str):
        after_key (str | Unset):
        limit (int | Unset):
        options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

    Raises:
        errors.APIError: SendGrid answered with an error (a subclass per status, e.g. RateLimitError).
        errors.TransportError: The request could not be completed (connection failure, timeout).

    Returns:
        SendIpSubuserList
    """

    return parse_answer(
        await client.asend(
            OPERATION,
            _get_kwargs(
                ip=ip,
                after_key=after_key,
                limit=limit,
            ),
            options,
        ),
        _parse_response,
    )
