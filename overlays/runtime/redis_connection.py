"""Connections to Redis on which a script call can be sent without waiting for its reply.

A call's answer is recorded in Redis (`send_later`) the moment it arrives, so every process sees it
at once; its reply, which only confirms it, is read together with the next reply awaited on that
connection (`call`). A call therefore waits for Redis once, for its reservation, instead of twice.

The connections are redis-py's, configured from the URL (TLS, Unix sockets, passwords, database),
but kept here rather than in redis-py's pool, which refuses a connection with unread replies. A
reply that arrived while its connection was idle is read when the connection is next taken, without
waiting. When a sent call is known not to have been recorded (its reply is an error, or its
connection broke first), `on_unrecorded` gets its record so that the caller can apply it elsewhere.

Imported only when a Redis store is made: it needs the `redis` package.
"""

from __future__ import annotations

import os
import threading
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from redis import ConnectionPool
from redis.asyncio import ConnectionPool as AsyncConnectionPool
from redis.asyncio.connection import AbstractConnection as AsyncConnection
from redis.exceptions import NoScriptError, ResponseError

from .redis_scripts import Script

Record = TypeVar("Record")


@dataclass(frozen=True, slots=True)
class _Sent(Generic[Record]):
    """A script call on the wire whose reply is not read yet."""

    script: Script
    key: str
    args: Sequence[str]
    record: Record | None  # None: the call whose reply the caller awaits


def _evalsha(sent: _Sent[Any]) -> tuple[str | int, ...]:
    return ("EVALSHA", sent.script.sha, 1, sent.key, *sent.args)


def _packed(commands: Sequence[tuple[str | int, ...]]) -> list[bytes]:
    """`commands` in RESP, as redis-py's `pack_commands` writes them, at a fraction of its cost.

    redis-py's packer checks and encodes each argument through several layers; every argument here
    is a text (UTF-8, as redis-py encodes it) or a whole number, and a call sends about a dozen of
    them, twice per call: that packing was most of the store's own CPU time per call. One buffer,
    in a list (what both connection classes' `send_packed_command` take): one write to the socket.
    """
    parts: list[bytes] = []
    for command in commands:
        parts.append(b"*%d\r\n" % len(command))
        for argument in command:
            data = argument.encode() if isinstance(argument, str) else b"%d" % argument
            parts.append(b"$%d\r\n%b\r\n" % (len(data), data))
    return [b"".join(parts)]


def _run_again_commands(scripts: Sequence[Script], not_run: list[_Sent[Any]]) -> list[tuple[str | int, ...]]:
    """Load the scripts Redis lost (SCRIPT FLUSH, a failover) and run again the calls that found them missing.

    A call whose own script was there ran before those: its answer is the more cautious for it.
    """
    return [("SCRIPT", "LOAD", script.source) for script in scripts] + [_evalsha(sent) for sent in not_run]


class _Link(Generic[Record]):
    """One connection and the calls sent on it whose replies are still unread, oldest first."""

    __slots__ = ("connection", "unread", "scripts_sent")

    def __init__(self, connection: Any) -> None:
        self.connection = connection
        self.unread: deque[_Sent[Record]] = deque()
        self.scripts_sent = False

    def commands(self, scripts: Sequence[Script], calls: list[_Sent[Record]]) -> list[tuple[str | int, ...]]:
        """The commands that send `calls`; on a new connection, the scripts are loaded in the same write
        (a call that found its script missing would run late, after the calls sent behind it)."""
        commands = [_evalsha(sent) for sent in calls]
        if not self.scripts_sent:
            self.scripts_sent = True
            self.unread.extend(_Sent(script, "", (), None) for script in scripts)
            commands[:0] = [("SCRIPT", "LOAD", script.source) for script in scripts]
        return commands


class _Replies(Generic[Record]):
    """The sans-IO part of reading replies: what each reply means for its call."""

    def __init__(self, on_unrecorded: Callable[[Record, BaseException], None]) -> None:
        self._on_unrecorded = on_unrecorded

    def unrecorded(self, sent: _Sent[Record], exc: BaseException) -> None:
        if sent.record is not None:
            self._on_unrecorded(sent.record, exc)

    def sort(self, sent: _Sent[Record], reply: Any, not_run: list[_Sent[Record]]) -> None:
        """A recorded call's reply: nothing to do when it ran, run it again when its script was missing."""
        if isinstance(reply, NoScriptError):
            not_run.append(sent)
        elif isinstance(reply, Exception):
            self.unrecorded(sent, reply)

    def after_rerun(
        self, not_run: list[_Sent[Record]], replies: list[Any], current: _Sent[Record] | None, answer: Any
    ) -> Any:
        """`answer`, or the awaited call's new reply when it was among the calls run again."""
        for sent, reply in zip(not_run, replies, strict=True):
            if sent is current:
                answer = reply
            elif isinstance(reply, Exception):
                self.unrecorded(sent, reply)
        return answer


def _result(reply: Any) -> Any:
    if isinstance(reply, Exception):
        raise reply
    return reply


class PipelinedConnections(Generic[Record]):
    """Thread-safe: each operation takes an idle connection (or opens one) and puts it back."""

    def __init__(
        self,
        url: str,
        options: dict[str, Any],
        scripts: Sequence[Script],
        on_unrecorded: Callable[[Record, BaseException], None],
    ):
        self._scripts = tuple(scripts)
        # Only a factory of connections configured from the URL: the connections live in `_idle`.
        self._factory = ConnectionPool.from_url(url, **options)
        self._replies = _Replies(on_unrecorded)
        self._idle: list[_Link[Record]] = []
        self._lock = threading.Lock()
        self._pid = os.getpid()

    def send_later(self, script: Script, key: str, args: Sequence[str], record: Record) -> None:
        """Send a script call and return at once; raises when it could not be sent."""
        link = self._take()
        sent = _Sent(script, key, args, record)
        try:
            link.connection.send_packed_command(_packed(link.commands(self._scripts, [sent])), False)
        except BaseException as exc:
            self._drop(link, exc)
            raise
        link.unread.append(sent)
        self._put_back(link)

    def call(self, script: Script, key: str, args: Sequence[str]) -> Any:
        """Send a script call and return its reply (read after the replies still unread on the connection)."""
        link = self._take()
        try:
            answer = self._exchange(link, _Sent(script, key, args, None))
        except BaseException as exc:
            self._drop(link, exc)
            raise
        self._put_back(link)
        return answer

    def flush(self) -> None:
        """Read every unread reply: when this returns, Redis has run every call sent so far."""
        with self._lock:
            links, self._idle = self._idle, []
        for link in links:
            try:
                self._exchange(link, None)
            except Exception as exc:
                self._drop(link, exc)
            else:
                self._put_back(link)

    def close(self) -> None:
        """Read the unread replies (closing first could discard calls Redis has not read yet), then close."""
        self.flush()
        with self._lock:
            links, self._idle = self._idle, []
        for link in links:
            link.connection.disconnect()

    def _new_link(self) -> _Link[Record]:
        return _Link(self._factory.connection_class(**self._factory.connection_kwargs))

    def _take(self) -> _Link[Record]:
        with self._lock:
            if self._pid != os.getpid():
                # A forked child: the connections are the parent's, whose calls would interleave with ours.
                self._idle, self._pid = [], os.getpid()
            link = self._idle.pop() if self._idle else None
        if link is None:
            return self._new_link()
        try:
            self._read_arrived(link)
        except Exception as exc:
            self._drop(link, exc)
            return self._new_link()
        return link

    def _put_back(self, link: _Link[Record]) -> None:
        with self._lock:
            self._idle.append(link)

    def _drop(self, link: _Link[Record], exc: BaseException) -> None:
        """Close a connection in an unknown state: the calls sent on it may or may not have run."""
        link.connection.disconnect()
        while link.unread:
            self._replies.unrecorded(link.unread.popleft(), exc)

    def _read_arrived(self, link: _Link[Record]) -> None:
        """Read the replies already received, without waiting; raise when the server closed the connection."""
        connection = link.connection  # redis-py's sync connections are untyped
        if not connection.is_connected:
            return
        not_run: list[_Sent[Record]] = []
        try:
            while link.unread and connection.can_read():
                reply = self._reply(connection)
                self._replies.sort(link.unread.popleft(), reply, not_run)
            if not link.unread and connection.can_read():
                raise ConnectionError("unexpected data from Redis")
            if not_run:
                self._replies.after_rerun(not_run, self._run_again(connection, not_run), None, None)
        except BaseException as exc:
            for sent in not_run:
                self._replies.unrecorded(sent, exc)
            raise

    def _exchange(self, link: _Link[Record], current: _Sent[Record] | None) -> Any:
        """Send `current`, read every unread reply, then its reply, which is returned (or raised)."""
        connection = link.connection  # redis-py's sync connections are untyped
        if current is not None:
            connection.send_packed_command(_packed(link.commands(self._scripts, [current])), False)
        not_run: list[_Sent[Record]] = []
        try:
            while link.unread:
                reply = self._reply(connection)
                self._replies.sort(link.unread.popleft(), reply, not_run)
            answer = self._reply(connection) if current is not None else None
            if current is not None and isinstance(answer, NoScriptError):
                not_run.append(current)
            if not_run:
                answer = self._replies.after_rerun(not_run, self._run_again(connection, not_run), current, answer)
        except BaseException as exc:
            for sent in not_run:
                self._replies.unrecorded(sent, exc)
            raise
        return _result(answer)

    def _run_again(self, connection: Any, not_run: list[_Sent[Record]]) -> list[Any]:
        connection.send_packed_command(_packed(_run_again_commands(self._scripts, not_run)), False)
        for _ in self._scripts:
            _result(self._reply(connection))
        return [self._reply(connection) for _ in not_run]

    @staticmethod
    def _reply(connection: Any) -> Any:
        try:
            return connection.read_response()
        except ResponseError as exc:  # a whole error reply was read: the connection is still in step
            return exc


class AsyncPipelinedConnections(Generic[Record]):
    """The asyncio twin of `PipelinedConnections`, for one event loop (its connections belong to it)."""

    def __init__(
        self,
        url: str,
        options: dict[str, Any],
        scripts: Sequence[Script],
        on_unrecorded: Callable[[Record, BaseException], None],
    ):
        self._scripts = tuple(scripts)
        self._factory = AsyncConnectionPool.from_url(url, **options)
        self._replies = _Replies(on_unrecorded)
        self._idle: list[_Link[Record]] = []

    async def send_later(self, script: Script, key: str, args: Sequence[str], record: Record) -> None:
        link = await self._take()
        sent = _Sent(script, key, args, record)
        try:
            commands = link.commands(self._scripts, [sent])
            await link.connection.send_packed_command(_packed(commands), False)
        except BaseException as exc:
            await self._drop(link, exc)
            raise
        link.unread.append(sent)
        self._idle.append(link)

    async def call(self, script: Script, key: str, args: Sequence[str]) -> Any:
        link = await self._take()
        try:
            answer = await self._exchange(link, _Sent(script, key, args, None))
        except BaseException as exc:
            await self._drop(link, exc)
            raise
        self._idle.append(link)
        return answer

    async def aclose(self) -> None:
        links, self._idle = self._idle, []
        for link in links:
            try:
                await self._exchange(link, None)
            except Exception as exc:
                await self._drop(link, exc)
            else:
                await link.connection.disconnect()

    def _new_link(self) -> _Link[Record]:
        return _Link(self._factory.connection_class(**self._factory.connection_kwargs))

    async def _take(self) -> _Link[Record]:
        link = self._idle.pop() if self._idle else None
        if link is None:
            return self._new_link()
        try:
            await self._read_arrived(link)
        except Exception as exc:
            await self._drop(link, exc)
            return self._new_link()
        return link

    async def _drop(self, link: _Link[Record], exc: BaseException) -> None:
        await link.connection.disconnect(nowait=True)
        while link.unread:
            self._replies.unrecorded(link.unread.popleft(), exc)

    async def _read_arrived(self, link: _Link[Record]) -> None:
        connection: AsyncConnection = link.connection
        if not connection.is_connected:
            return
        not_run: list[_Sent[Record]] = []
        try:
            while link.unread and await connection.can_read():
                reply = await self._reply(connection)
                self._replies.sort(link.unread.popleft(), reply, not_run)
            if not link.unread and await connection.can_read():
                raise ConnectionError("unexpected data from Redis")
            if not_run:
                self._replies.after_rerun(not_run, await self._run_again(connection, not_run), None, None)
        except BaseException as exc:
            for sent in not_run:
                self._replies.unrecorded(sent, exc)
            raise

    async def _exchange(self, link: _Link[Record], current: _Sent[Record] | None) -> Any:
        connection: AsyncConnection = link.connection
        if current is not None:
            commands = link.commands(self._scripts, [current])
            await connection.send_packed_command(_packed(commands), False)
        not_run: list[_Sent[Record]] = []
        try:
            while link.unread:
                reply = await self._reply(connection)
                self._replies.sort(link.unread.popleft(), reply, not_run)
            answer = await self._reply(connection) if current is not None else None
            if current is not None and isinstance(answer, NoScriptError):
                not_run.append(current)
            if not_run:
                rerun = await self._run_again(connection, not_run)
                answer = self._replies.after_rerun(not_run, rerun, current, answer)
        except BaseException as exc:
            for sent in not_run:
                self._replies.unrecorded(sent, exc)
            raise
        return _result(answer)

    async def _run_again(self, connection: AsyncConnection, not_run: list[_Sent[Record]]) -> list[Any]:
        commands = _run_again_commands(self._scripts, not_run)
        await connection.send_packed_command(_packed(commands), False)
        for _ in self._scripts:
            _result(await self._reply(connection))
        return [await self._reply(connection) for _ in not_run]

    @staticmethod
    async def _reply(connection: AsyncConnection) -> Any:
        try:
            return await connection.read_response()
        except ResponseError as exc:
            return exc
