# Copied from overlays/runtime/body.py by the generator. Do not edit; change the overlay and run `make generate`.
"""Reading an answer's body with a size bound, so a broken or hostile server cannot fill the memory.

The client asks httpx for a streamed response and reads it here: a `Content-Length` over the limit
is refused before any of the body is read; a length within the limit on an uncompressed body is read
by httpx itself (h11 stops at the declared length); a body without one (chunked) or a compressed
one is abandoned as soon as the decoded bytes pass the limit (so a compressed "bomb" is stopped too).
Closing an unfinished response drops its connection; nothing more is read from it.

Once read, a response lets go of its finished stream: httpx 0.28's bound stream points back at its
response (to set `elapsed` on close), so every response and its body would otherwise wait for the
cyclic garbage collector (encode/httpx#3733); a long page walk then peaks tens of bodies high.
"""

from __future__ import annotations

import httpx

from .errors import ResponseTooLargeError


def _declared_size(response: httpx.Response) -> int | None:
    value = response.headers.get("content-length")
    if value is None:
        return None
    try:
        return int(value)
    except ValueError:
        return None  # h11 refuses a malformed length before we get here; be safe anyway


def _too_large(response: httpx.Response, limit: int, size: int | None) -> ResponseTooLargeError:
    request = response.request
    return ResponseTooLargeError(
        method=request.method, url=request.url, status_code=response.status_code, limit=limit, size=size
    )


def _keep(response: httpx.Response, chunks: list[bytes]) -> None:
    # What httpx's own Response.read() does once the stream is consumed: the body becomes
    # `response.content` for every later reader (json(), text, the error classes).
    response._content = b"".join(chunks)


def _release_stream(response: httpx.Response) -> None:
    # The body is in `response.content` and the stream is closed (`elapsed` already set); httpx
    # never reads a stream again once the content is there. An empty stream, not one over the
    # content: the content may be scrubbed of echoed secrets later, and a second copy would not be.
    response.stream = httpx.ByteStream(b"")


def read_bounded(response: httpx.Response, limit: int) -> None:
    """Read the streamed `response` into `response.content`, or raise `ResponseTooLargeError`."""
    declared = _declared_size(response)
    if declared is not None and declared > limit:
        raise _too_large(response, limit, declared)
    if declared is not None and "content-encoding" not in response.headers:
        # The length is known and nothing decodes it larger: httpx's own read is the fast path.
        response.read()
        _release_stream(response)
        return
    chunks: list[bytes] = []
    total = 0
    for chunk in response.iter_bytes():
        total += len(chunk)
        if total > limit:
            raise _too_large(response, limit, None)
        chunks.append(chunk)
    _keep(response, chunks)
    _release_stream(response)


async def aread_bounded(response: httpx.Response, limit: int) -> None:
    """The asyncio twin of `read_bounded`."""
    declared = _declared_size(response)
    if declared is not None and declared > limit:
        raise _too_large(response, limit, declared)
    if declared is not None and "content-encoding" not in response.headers:
        await response.aread()
        _release_stream(response)
        return
    chunks: list[bytes] = []
    total = 0
    async for chunk in response.aiter_bytes():
        total += len(chunk)
        if total > limit:
            raise _too_large(response, limit, None)
        chunks.append(chunk)
    _keep(response, chunks)
    _release_stream(response)
