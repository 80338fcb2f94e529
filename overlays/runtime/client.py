"""The low-level client every generated endpoint function takes.

One `send` path for every call: build the request, wait for a rate-limit slot, send with the API
version's auth, read the rate-limit headers, then return a 2XX answer or retry / raise a typed
error. `asend` is the same path for asyncio; `paginate` / `apaginate` follow Link headers.
"""

from __future__ import annotations

import importlib
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from types import TracebackType
from typing import Any, Literal

import httpx

from .attempt import settle_answer, settle_failure
from .auth import resolve_credentials
from .body import aread_bounded, read_bounded
from .deadline import bounded_by_deadlines
from .errors import ConfigurationError, InvalidRequestError
from .operation import OPERATION_EXTENSION, Operation
from .options import RequestOptions
from .pacing import apace, pace
from .pagination import aiterate_pages, check_page_limit, iterate_pages
from .policy import (
    DEFAULT_BASE_URL,
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_TIMEOUT,
    DEFAULT_VERSION,
    USER_AGENT_PRODUCT,
    RetryPolicy,
)
from .ratelimit import Lease, RateLimitStore, parse_rate_limit
from .redact import protect_httpx_logs
from .redis_store import resolve_rate_limit_store
from .retry import NOT_SENT_ERRORS, RetryBudget
from .urls import validated_base_url

# Settings the client owns: letting httpx_args change them would bypass its safety rules.
_RESERVED_HTTPX_ARGS = frozenset({"auth", "base_url", "follow_redirects", "transport", "timeout"})


async def _asyncio_sleep(seconds: float) -> None:
    """`asyncio.sleep`, imported on first use: synchronous users never pay for importing asyncio."""
    import asyncio

    await asyncio.sleep(seconds)


def _installed_version() -> str:
    """The generated package's version, when this runtime sits inside one."""
    package = (__package__ or "").rpartition(".")[0]
    if not package:
        return DEFAULT_VERSION
    try:
        version = getattr(importlib.import_module(f"{package}._version"), "__version__", DEFAULT_VERSION)
    except ImportError:
        return DEFAULT_VERSION
    return str(version)


class Client:
    """Credentials, connections and the call policy shared by every call.

    Credentials: `api_key` alone (v3 Bearer, v2 as api_user="apikey"); `api_user` + `api_key` (v2
    form fields, v3 Bearer); `api_user` + `password` (v2 form fields, v3 Basic). `v2_auth="bearer"`
    sends the API key as a Bearer header to v2 as well. Connections are opened lazily and kept
    alive: close the client (or use it as a context manager) when done. Safe to share between
    threads and asyncio tasks.

    Other arguments: `base_url` must be HTTPS (plain HTTP only with `allow_insecure_http=True` and
    a loopback host, for test servers); `on_behalf_of` is the default subuser for v3 calls;
    `retry` bounds attempts and waiting; `rate_limit_store` may be shared by several clients, or
    named: "memory" (the default) or a redis:// URL whose Redis shares the limits between
    processes (default: the SENDGRID_RATE_LIMIT_STORE environment variable, see redis_store);
    `max_response_bytes` bounds the body of any answer (`ResponseTooLargeError` beyond it);
    `transport` / `async_transport` replace httpx's (tests, proxies); `clock` (Unix seconds),
    `sleep` and `async_sleep` are injectable for tests; `httpx_args` go to `httpx.Client` /
    `httpx.AsyncClient` (except what the client owns: auth, base_url, redirects, transport,
    timeout); `version` is the User-Agent's (default: the generated package's version).
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        api_user: str | None = None,
        password: str | None = None,
        v2_auth: Literal["form", "bearer"] = "form",
        base_url: str = DEFAULT_BASE_URL,
        on_behalf_of: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
        rate_limit_store: RateLimitStore | str | None = None,
        allow_insecure_http: bool = False,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
        clock: Callable[[], float] = time.time,
        sleep: Callable[[float], None] = time.sleep,
        async_sleep: Callable[[float], Awaitable[None]] = _asyncio_sleep,
        httpx_args: Mapping[str, Any] | None = None,
        version: str | None = None,
    ) -> None:
        self._base_url = validated_base_url(base_url, allow_insecure_http=allow_insecure_http)
        self._credentials = resolve_credentials(api_key=api_key, api_user=api_user, password=password, v2_auth=v2_auth)
        self._on_behalf_of = on_behalf_of
        self._timeout = timeout
        self._retry = retry if retry is not None else RetryPolicy()
        self._store = resolve_rate_limit_store(rate_limit_store, api_key=api_key, api_user=api_user)
        if max_response_bytes < 1:
            raise ConfigurationError("max_response_bytes must be at least 1")
        self._max_response_bytes = max_response_bytes
        self._transport = transport
        self._async_transport = async_transport
        self._clock = clock
        self._sleep = sleep
        self._async_sleep = async_sleep
        self._httpx_args = dict(httpx_args or {})
        reserved = _RESERVED_HTTPX_ARGS.intersection(self._httpx_args)
        if reserved:
            raise ConfigurationError(f"httpx_args may not set {sorted(reserved)}: use the Client's own arguments")
        self._headers = {
            "User-Agent": f"{USER_AGENT_PRODUCT}/{version if version is not None else _installed_version()}",
            "Accept": "application/json",
        }
        self._lock = threading.Lock()
        self._http: httpx.Client | None = None
        self._async_http: httpx.AsyncClient | None = None
        protect_httpx_logs()

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={str(self._base_url)!r}, v2_auth={self._credentials.v2!r}, "
            f"v3_auth={self._credentials.v3!r}, on_behalf_of={self._on_behalf_of!r})"
        )

    @property
    def base_url(self) -> httpx.URL:
        return self._base_url

    # -- connections -------------------------------------------------------------------------

    def _client_args(self) -> dict[str, Any]:
        headers = {**self._headers, **dict(self._httpx_args.get("headers") or {})}
        return {
            **self._httpx_args,
            "headers": headers,
            "base_url": self._base_url,
            "timeout": self._timeout,
            # A redirect could lead to another host; it is reported (UnexpectedStatus), not followed.
            "follow_redirects": False,
        }

    def _sync_client(self) -> httpx.Client:
        http = self._http
        if http is None:
            with self._lock:
                if self._http is None:
                    self._http = bounded_by_deadlines(httpx.Client(transport=self._transport, **self._client_args()))
                http = self._http
        return http

    def _asyncio_client(self) -> httpx.AsyncClient:
        http = self._async_http
        if http is None:
            with self._lock:
                if self._async_http is None:
                    self._async_http = bounded_by_deadlines(
                        httpx.AsyncClient(transport=self._async_transport, **self._client_args())
                    )
                http = self._async_http
        return http

    def close(self) -> None:
        """Close the synchronous connections (a later call opens new ones)."""
        with self._lock:
            http, self._http = self._http, None
        if http is not None:
            http.close()

    async def aclose(self) -> None:
        """Close the asyncio connections, and the synchronous ones if any."""
        with self._lock:
            http, self._async_http = self._async_http, None
        if http is not None:
            await http.aclose()
        self.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    async def __aenter__(self) -> Client:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    # -- one request -------------------------------------------------------------------------

    def _auth(self, operation: Operation) -> httpx.Auth:
        return self._credentials.v2 if operation.api == "v2" else self._credentials.v3

    def _budget(self, options: RequestOptions | None) -> RetryBudget:
        return RetryBudget.for_call(self._retry, options, self._clock)

    def _build_request(
        self,
        http: httpx.Client | httpx.AsyncClient,
        operation: Operation,
        kwargs: Mapping[str, Any],
        options: RequestOptions | None,
    ) -> httpx.Request:
        headers: Mapping[str, str] | None = kwargs.get("headers")
        on_behalf_of = self._on_behalf_of
        timeout: Any = httpx.USE_CLIENT_DEFAULT  # float | Timeout | httpx's "client default" marker
        if options is not None:
            if options.on_behalf_of is not None:
                if operation.api != "v3":
                    raise InvalidRequestError(
                        "on_behalf_of applies to v3 calls only (v2 calls name the customer: user=)"
                    )
                on_behalf_of = options.on_behalf_of
            if options.timeout is not None:
                timeout = options.timeout
            if options.headers:
                headers = {**(headers or {}), **options.headers}
        if on_behalf_of and operation.api == "v3":
            headers = {**(headers or {}), "on-behalf-of": on_behalf_of}
        return http.build_request(
            kwargs["method"].upper(),
            kwargs["url"],
            params=kwargs.get("params"),
            data=kwargs.get("data"),
            json=kwargs.get("json"),
            headers=headers,
            cookies=kwargs.get("cookies"),
            timeout=timeout,
            extensions={OPERATION_EXTENSION: operation},
        )

    # -- synchronous path --------------------------------------------------------------------

    def _pace(self, operation: Operation, budget: RetryBudget, request: httpx.Request) -> Lease:
        return pace(
            self._store, operation, budget, request, enabled=self._retry.pace, clock=self._clock, sleep=self._sleep
        )

    def send(
        self, operation: Operation, kwargs: Mapping[str, Any], options: RequestOptions | None = None
    ) -> httpx.Response:
        """Send one call (retrying as the policy allows) and return its 2XX answer, or raise."""
        if operation.paginated:
            check_page_limit(kwargs.get("params"))
        http = self._sync_client()
        auth = self._auth(operation)
        budget = self._budget(options)
        key = operation.rate_limit_key
        for _ in range(budget.max_attempts):
            budget.start_attempt()
            request = self._build_request(http, operation, kwargs, options)
            lease = self._pace(operation, budget, request)
            started = time.perf_counter()
            try:
                response = http.send(request, auth=auth, stream=True)
                try:
                    read_bounded(response, self._max_response_bytes)
                finally:
                    response.close()
            except httpx.RequestError as exc:
                self._store.release(key, self._clock(), consumed=not isinstance(exc, NOT_SENT_ERRORS), lease=lease)
                delay = settle_failure(operation, budget, request, exc, started)
            except BaseException:
                self._store.release(key, self._clock(), consumed=True, lease=lease)
                raise
            else:
                now = self._clock()
                rate_limit = parse_rate_limit(response.headers, now)
                self._store.update(key, rate_limit, now, lease=lease)
                answer_delay = settle_answer(operation, budget, response, rate_limit, now, started)
                if answer_delay is None:
                    return response
                delay = answer_delay
            self._sleep(delay)
        raise AssertionError("unreachable: the last attempt returns or raises")

    def paginate(
        self, operation: Operation, kwargs: Mapping[str, Any], options: RequestOptions | None = None
    ) -> Iterator[httpx.Response]:
        """Every page of a list call, following `rel="next"`; pages are fetched as they are consumed."""
        check_page_limit(kwargs.get("params"))
        return iterate_pages(lambda page: self.send(operation, page, options), kwargs, self._base_url)

    # -- asyncio path ------------------------------------------------------------------------

    async def _apace(self, operation: Operation, budget: RetryBudget, request: httpx.Request) -> Lease:
        return await apace(
            self._store,
            operation,
            budget,
            request,
            enabled=self._retry.pace,
            clock=self._clock,
            sleep=self._async_sleep,
        )

    async def asend(
        self, operation: Operation, kwargs: Mapping[str, Any], options: RequestOptions | None = None
    ) -> httpx.Response:
        """The asyncio twin of `send`."""
        if operation.paginated:
            check_page_limit(kwargs.get("params"))
        http = self._asyncio_client()
        auth = self._auth(operation)
        budget = self._budget(options)
        key = operation.rate_limit_key
        for _ in range(budget.max_attempts):
            budget.start_attempt()
            request = self._build_request(http, operation, kwargs, options)
            lease = await self._apace(operation, budget, request)
            started = time.perf_counter()
            try:
                response = await http.send(request, auth=auth, stream=True)
                try:
                    await aread_bounded(response, self._max_response_bytes)
                finally:
                    await response.aclose()
            except httpx.RequestError as exc:
                await self._store.arelease(
                    key, self._clock(), consumed=not isinstance(exc, NOT_SENT_ERRORS), lease=lease
                )
                delay = settle_failure(operation, budget, request, exc, started)
            except BaseException:  # includes cancellation: the slot must not stay taken
                await self._store.arelease(key, self._clock(), consumed=True, lease=lease)
                raise
            else:
                now = self._clock()
                rate_limit = parse_rate_limit(response.headers, now)
                await self._store.aupdate(key, rate_limit, now, lease=lease)
                answer_delay = settle_answer(operation, budget, response, rate_limit, now, started)
                if answer_delay is None:
                    return response
                delay = answer_delay
            await self._async_sleep(delay)
        raise AssertionError("unreachable: the last attempt returns or raises")

    def apaginate(
        self, operation: Operation, kwargs: Mapping[str, Any], options: RequestOptions | None = None
    ) -> AsyncIterator[httpx.Response]:
        """The asyncio twin of `paginate`: `async for response in client.apaginate(...)`."""
        check_page_limit(kwargs.get("params"))

        async def send_page(page: Mapping[str, Any]) -> httpx.Response:
            return await self.asend(operation, page, options)

        return aiterate_pages(send_page, kwargs, self._base_url)
