"""The low-level client every generated endpoint function takes.

One `send` path for every call: build the request, wait for a rate-limit slot, send with the API
version's auth, read the rate-limit headers, then return a 2XX answer or retry / raise a typed
error. `asend` is the same path for asyncio; `paginate` / `apaginate` follow Link headers.
"""

from __future__ import annotations

import copy
import importlib
import threading
import time
import weakref
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from dataclasses import replace
from types import TracebackType
from typing import Any, Literal

import httpx

from .attempt import settle_answer, settle_failure
from .body import aread_bounded, read_bounded
from .credentials import resolve_api_credentials
from .environment import base_url_setting, configure_logging_from_environment
from .errors import ConfigurationError
from .operation import Operation
from .options import RequestOptions
from .pacing import apace, pace
from .pagination import aiterate_pages, check_page_limit, iterate_pages
from .policy import (
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_TIMEOUT,
    DEFAULT_VERSION,
    USER_AGENT_PRODUCT,
    RetryPolicy,
)
from .ratelimit import Lease, RateLimitStore, parse_rate_limit
from .redact import protect_httpx_logs
from .request import renew_extensions, request_arguments
from .retry import NOT_SENT_ERRORS, RetryBudget
from .store_setting import resolve_rate_limit_store
from .urls import validated_base_url

# Settings the client owns: letting httpx_args change them would bypass its safety rules.
_RESERVED_HTTPX_ARGS = frozenset({"auth", "base_url", "follow_redirects", "transport", "timeout"})


async def _asyncio_sleep(seconds: float) -> None:
    """`asyncio.sleep`, imported on first use: synchronous users never pay for importing asyncio."""
    import asyncio

    await asyncio.sleep(seconds)


def _running_loop() -> object:
    import asyncio

    return asyncio.get_running_loop()


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


class _Connections:
    """The httpx clients of one `Client` and of its `with_options` copies, opened on first use.

    asyncio connections belong to the event loop that opened them, so each running loop gets its
    own `httpx.AsyncClient` (one `AsyncSendGrid` works across successive `asyncio.run()` calls);
    a loop's client is forgotten when the loop is garbage-collected.
    """

    def __init__(
        self,
        client_args: dict[str, Any],
        transport: httpx.BaseTransport | None,
        async_transport: httpx.AsyncBaseTransport | None,
    ) -> None:
        self._args = client_args
        self._transport = transport
        self._async_transport = async_transport
        self._lock = threading.Lock()
        self._sync: httpx.Client | None = None
        self._async: weakref.WeakKeyDictionary[object, httpx.AsyncClient] = weakref.WeakKeyDictionary()

    def sync(self) -> httpx.Client:
        http = self._sync
        if http is None:
            with self._lock:
                if self._sync is None:
                    from .deadline_transport import bounded_by_deadlines  # httpcore: with the first connection

                    self._sync = bounded_by_deadlines(httpx.Client(transport=self._transport, **self._args))
                http = self._sync
        return http

    def for_running_loop(self) -> httpx.AsyncClient:
        loop = _running_loop()
        http = self._async.get(loop)
        if http is None:
            with self._lock:
                http = self._async.get(loop)
                if http is None:
                    from .deadline_transport import bounded_by_deadlines

                    http = bounded_by_deadlines(httpx.AsyncClient(transport=self._async_transport, **self._args))
                    self._async[loop] = http
        return http

    def close(self) -> None:
        with self._lock:
            http, self._sync = self._sync, None
        if http is not None:
            http.close()

    async def aclose(self) -> None:
        """Close the running loop's connections (those of finished loops died with them), then the sync ones."""
        with self._lock:
            http = self._async.pop(_running_loop(), None)
        if http is not None:
            await http.aclose()
        self.close()


class Client:
    """Credentials, connections and the call policy shared by every call.

    Credentials (see `credentials.py`): `api_key="SG..."` (an API key: v3 Bearer, v2 as
    api_user="apikey"); `api_user` + `password` (the reseller's v2 login, v2 calls only); all three
    for a client that calls both. Without any, `SENDGRID_API_KEY` is read. A call to an API
    version the client has no credentials for raises `ConfigurationError` before sending.
    `v2_auth="bearer"` sends the API key as a Bearer header to v2 as well. Connections are
    opened lazily and kept alive: close the client (or use it as a context manager) when done.
    Safe to share between threads and asyncio tasks, and across event loops.

    Other arguments: `base_url` (default: `SENDGRID_BASE_URL`, else SendGrid's) must be HTTPS
    (plain HTTP only with `allow_insecure_http=True` and a loopback host, for test servers);
    `on_behalf_of` is the default subuser for v3 calls; `retry` bounds attempts and waiting and
    `max_retries` is the short form (retries after the first attempt); `rate_limit_store` may be
    shared by several clients, or named: "memory" (the default) or a redis:// URL whose Redis
    shares the limits between processes (default: the SENDGRID_RATE_LIMIT_STORE environment
    variable, see redis_store); a store the client builds from a name is closed with the client;
    `max_response_bytes` bounds the body of any answer (`ResponseTooLargeError` beyond it);
    `transport` / `async_transport` replace httpx's (tests, proxies); `clock` (Unix seconds),
    `sleep` and `async_sleep` are injectable for tests; `httpx_args` go to `httpx.Client` /
    `httpx.AsyncClient` (except what the client owns: auth, base_url, redirects, transport,
    timeout); `version` is the User-Agent's (default: the generated package's version).
    `SENDGRID_LOG=info|debug` sends the client's (redacted) log lines to stderr.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        api_user: str | None = None,
        password: str | None = None,
        v2_auth: Literal["form", "bearer"] = "form",
        base_url: str | None = None,
        on_behalf_of: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
        max_retries: int | None = None,
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
        configure_logging_from_environment()
        self._base_url = validated_base_url(base_url_setting(base_url), allow_insecure_http=allow_insecure_http)
        self._credentials = resolve_api_credentials(
            api_key=api_key, api_user=api_user, password=password, v2_auth=v2_auth
        )
        self._on_behalf_of = on_behalf_of
        self._timeouts = httpx.Timeout(timeout).as_dict()  # once per client, not per request
        self._retry = _retry_policy(retry, max_retries)
        self._store = resolve_rate_limit_store(rate_limit_store, api_key=api_key, api_user=api_user)
        # A store passed in may be shared with other clients: only one built here is closed here.
        self._owns_store = not isinstance(rate_limit_store, RateLimitStore)
        if max_response_bytes < 1:
            raise ConfigurationError("max_response_bytes must be at least 1")
        self._max_response_bytes = max_response_bytes
        self._clock = clock
        self._sleep = sleep
        self._async_sleep = async_sleep
        httpx_settings = dict(httpx_args or {})
        reserved = _RESERVED_HTTPX_ARGS.intersection(httpx_settings)
        if reserved:
            raise ConfigurationError(f"httpx_args may not set {sorted(reserved)}: use the Client's own arguments")
        headers = {
            "User-Agent": f"{USER_AGENT_PRODUCT}/{version if version is not None else _installed_version()}",
            "Accept": "application/json",
            **dict(httpx_settings.get("headers") or {}),
        }
        client_args = {
            **httpx_settings,
            "headers": headers,
            "base_url": self._base_url,
            "timeout": timeout,
            # A redirect could lead to another host; it is reported (UnexpectedStatus), not followed.
            "follow_redirects": False,
        }
        self._connections = _Connections(client_args, transport, async_transport)
        protect_httpx_logs()

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={str(self._base_url)!r}, v2_auth={self._credentials.v2!r}, "
            f"v3_auth={self._credentials.v3!r}, on_behalf_of={self._on_behalf_of!r})"
        )

    @property
    def base_url(self) -> httpx.URL:
        return self._base_url

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        on_behalf_of: str | None = None,
    ) -> Client:
        """A copy with these settings changed, sharing this client's connections and rate-limit store.

        Closing either closes the shared connections; close the original when done with all copies.
        """
        configured = copy.copy(self)
        if timeout is not None:
            configured._timeouts = httpx.Timeout(timeout).as_dict()
        if retry is not None or max_retries is not None:
            configured._retry = _retry_policy(retry if retry is not None else self._retry, max_retries)
        if on_behalf_of is not None:
            configured._on_behalf_of = on_behalf_of
        return configured

    # -- connections -------------------------------------------------------------------------

    def _sync_client(self) -> httpx.Client:
        return self._connections.sync()

    def _asyncio_client(self) -> httpx.AsyncClient:
        return self._connections.for_running_loop()

    def close(self) -> None:
        """Close the synchronous connections and a rate-limit store built by this client."""
        self._connections.close()
        if self._owns_store:
            _close_store(self._store)

    async def aclose(self) -> None:
        """Close the running loop's connections, the synchronous ones if any, and an owned store."""
        await self._connections.aclose()
        if self._owns_store:
            closing = getattr(self._store, "aclose", None)
            if closing is not None:
                await closing()
            _close_store(self._store)

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
        return self._credentials.for_api(operation.api, operation.name)

    def _budget(self, options: RequestOptions | None) -> RetryBudget:
        return RetryBudget.for_call(self._retry, options, self._clock)

    def _request_arguments(
        self, operation: Operation, kwargs: Mapping[str, Any], options: RequestOptions | None
    ) -> dict[str, Any]:
        return request_arguments(
            operation, kwargs, options, default_on_behalf_of=self._on_behalf_of, default_timeouts=self._timeouts
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
        auth = self._auth(operation)
        arguments = self._request_arguments(operation, kwargs, options)
        http = self._sync_client()
        budget = self._budget(options)
        key = operation.rate_limit_key
        for _ in range(budget.max_attempts):
            budget.start_attempt()
            request = http.build_request(**arguments)
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
            renew_extensions(arguments)
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
        auth = self._auth(operation)
        arguments = self._request_arguments(operation, kwargs, options)
        http = self._asyncio_client()
        budget = self._budget(options)
        key = operation.rate_limit_key
        for _ in range(budget.max_attempts):
            budget.start_attempt()
            request = http.build_request(**arguments)
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
            renew_extensions(arguments)
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


def _retry_policy(retry: RetryPolicy | None, max_retries: int | None) -> RetryPolicy:
    policy = retry if retry is not None else RetryPolicy()
    if max_retries is None:
        return policy
    if max_retries < 0:
        raise ConfigurationError("max_retries must be 0 or more (retries after the first attempt)")
    return replace(policy, max_attempts=max_retries + 1)


def _close_store(store: RateLimitStore) -> None:
    closing = getattr(store, "close", None)
    if closing is not None:
        closing()
