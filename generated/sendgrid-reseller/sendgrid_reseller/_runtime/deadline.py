# Copied from overlays/runtime/deadline.py by the generator. Do not edit; change the overlay and run `make generate`.
"""The total deadline of one call: pacing, retries, backoff and every byte read or written.

`timeout` (httpx's) bounds each network operation on its own: connecting, each read, each write.
A server that drips one byte just inside the read timeout never trips it. The deadline bounds
the call as a whole: waits are refused when they would end past it, and every socket operation
of the client's own connections gets at most the time left (the client wraps httpcore's network
backend, which reads the running call's deadline from a context variable), so a dripped body,
dripped headers or a flood of `100 Continue` end at the deadline with a timeout.
"""

from __future__ import annotations

import contextvars
import math
import ssl
import typing
from collections.abc import Callable, Iterable

import httpcore
import httpx

_RUNNING: contextvars.ContextVar[Deadline | None] = contextvars.ContextVar("sendgrid_reseller_deadline", default=None)


class Deadline:
    """The moment (on the client's clock) a call must be over; `seconds=None` means none."""

    __slots__ = ("seconds", "at", "_clock")

    def __init__(self, seconds: float | None, clock: Callable[[], float]) -> None:
        self.seconds = seconds
        self._clock = clock
        self.at = math.inf if seconds is None else clock() + seconds

    def __repr__(self) -> str:
        return f"Deadline(seconds={self.seconds}, remaining={self.remaining():.3f})"

    def remaining(self) -> float:
        return self.at - self._clock() if self.seconds is not None else math.inf

    def expired(self) -> bool:
        return self.remaining() <= 0.0

    def bind(self) -> None:
        """From now on, in this thread / task, the client's socket operations end by this deadline."""
        _RUNNING.set(self if self.seconds is not None else None)


def _bounded(timeout: float | None, error: type[Exception]) -> float | None:
    deadline = _RUNNING.get()
    if deadline is None:
        return timeout
    left = deadline.remaining()
    if left <= 0.0:
        raise error(f"the call's deadline of {deadline.seconds:g} s has passed")
    return left if timeout is None else min(timeout, left)


class _Stream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _bounded(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _bounded(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        return _Stream(self._inner.start_tls(ssl_context, server_hostname, _bounded(timeout, httpcore.ConnectTimeout)))

    def get_extra_info(self, info: str) -> typing.Any:
        return self._inner.get_extra_info(info)


class _Backend(httpcore.NetworkBackend):
    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[typing.Any] | None = None,
    ) -> httpcore.NetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        return _Stream(self._inner.connect_tcp(host, port, bounded, local_address, socket_options))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[typing.Any] | None = None
    ) -> httpcore.NetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        return _Stream(self._inner.connect_unix_socket(path, bounded, socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class _AsyncStream(httpcore.AsyncNetworkStream):
    def __init__(self, inner: httpcore.AsyncNetworkStream) -> None:
        self._inner = inner

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return await self._inner.read(max_bytes, _bounded(timeout, httpcore.ReadTimeout))

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._inner.write(buffer, _bounded(timeout, httpcore.WriteTimeout))

    async def aclose(self) -> None:
        await self._inner.aclose()

    async def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.AsyncNetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        return _AsyncStream(await self._inner.start_tls(ssl_context, server_hostname, bounded))

    def get_extra_info(self, info: str) -> typing.Any:
        return self._inner.get_extra_info(info)


class _AsyncBackend(httpcore.AsyncNetworkBackend):
    def __init__(self, inner: httpcore.AsyncNetworkBackend) -> None:
        self._inner = inner

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[typing.Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        return _AsyncStream(await self._inner.connect_tcp(host, port, bounded, local_address, socket_options))

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[typing.Any] | None = None
    ) -> httpcore.AsyncNetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        return _AsyncStream(await self._inner.connect_unix_socket(path, bounded, socket_options))

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


_HttpClient = typing.TypeVar("_HttpClient", httpx.Client, httpx.AsyncClient)


def bounded_by_deadlines(http: _HttpClient) -> _HttpClient:
    """`http` with its own transports' connections bounded by the running call's deadline.

    Only httpx's default transports (and their proxy mounts) are wrapped; a transport the caller
    passed in is theirs and is left alone (then the deadline bounds the waits only).
    """
    transports: list[object] = [getattr(http, "_transport", None)]
    transports.extend(getattr(http, "_mounts", {}).values())
    for transport in transports:
        pool = (
            getattr(transport, "_pool", None)
            if isinstance(transport, (httpx.HTTPTransport, httpx.AsyncHTTPTransport))
            else None
        )
        backend = getattr(pool, "_network_backend", None)
        if isinstance(backend, httpcore.NetworkBackend) and not isinstance(backend, _Backend):
            pool._network_backend = _Backend(backend)  # type: ignore[union-attr]
        elif isinstance(backend, httpcore.AsyncNetworkBackend) and not isinstance(backend, _AsyncBackend):
            pool._network_backend = _AsyncBackend(backend)  # type: ignore[union-attr]
    return http
