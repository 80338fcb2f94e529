# Copied from sandbox/_transport.py by the generator. Do not edit; change the sandbox and run `make generate`.
"""The in-process mode: httpx transports that hand each request to a sandbox, no socket.

Same pipeline, state, rate limits and faults as the HTTP server; what a socket would do is
imitated where a client can see it: a scripted reset raises httpx.ReadError, a stall raises
httpx.ReadTimeout when the request's read timeout is shorter than the stall (after waiting that
timeout on the sandbox's clock) and httpx.RemoteProtocolError otherwise, and a folded Link
header arrives unfolded, as h11 delivers it.
"""

from __future__ import annotations

import asyncio

import httpx

from ._app import Incoming, Outcome, Sandbox


class SandboxTransport(httpx.BaseTransport):
    def __init__(self, sandbox: Sandbox) -> None:
        self._sandbox = sandbox

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return _exchange(self._sandbox, request, request.read())


class AsyncSandboxTransport(httpx.AsyncBaseTransport):
    def __init__(self, sandbox: Sandbox) -> None:
        self._sandbox = sandbox

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        # In a worker thread: scripted delays and stalls wait there, not on the event loop.
        return await asyncio.to_thread(_exchange, self._sandbox, request, body)


def _exchange(sandbox: Sandbox, request: httpx.Request, body: bytes) -> httpx.Response:
    headers = {name.lower(): value for name, value in request.headers.items()}
    target = request.url.raw_path.decode("ascii")
    outcome = sandbox.handle(Incoming(request.method, target, headers, body))
    if outcome.drop == "reset":
        raise httpx.ReadError("connection reset by peer (scripted by the sandbox)", request=request)
    if outcome.drop == "stall":
        read_timeout = (request.extensions.get("timeout") or {}).get("read")
        if read_timeout is not None and read_timeout < outcome.stall_seconds:
            sandbox.wait_stalled(read_timeout)
            raise httpx.ReadTimeout("timed out (a stall scripted by the sandbox)", request=request)
        sandbox.wait_stalled(outcome.stall_seconds)
        raise httpx.RemoteProtocolError("Server disconnected without sending a response.", request=request)
    return _response(outcome, request)


def _response(outcome: Outcome, request: httpx.Request) -> httpx.Response:
    reply = outcome.reply
    headers = [("Server", "sendgrid-sandbox")]
    content = reply.body if reply.body is not None and reply.status != 204 else b""
    if reply.body is not None and reply.status != 204:
        headers.append(("Content-Type", "application/json"))
    if reply.status != 204:
        headers.append(("Content-Length", str(len(content))))
    headers.extend((name, value.replace("\r\n ", " ")) for name, value in (*outcome.headers, *reply.headers))
    if request.method == "HEAD":
        content = b""
    return httpx.Response(reply.status, headers=headers, content=content, request=request)
