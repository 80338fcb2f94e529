"""The loops of the generated page and record iterators (`iter_pages`, `iter_items` and their
asyncio twins), written once here instead of in every list's endpoint module.

Each keeps one page in memory at a time: the answer is dropped as soon as it is decoded, and the
decoded page (or its records) as soon as the caller moves on, so a long walk does not hold the
pages it has passed.
"""

from __future__ import annotations

from collections.abc import AsyncIterable, AsyncIterator, Callable, Iterable, Iterator
from typing import TypeVar

import httpx

P = TypeVar("P")
T = TypeVar("T")


def each_page(responses: Iterable[httpx.Response], build: Callable[[httpx.Response], P]) -> Iterator[P]:
    """`build(response)` (a generated `_build_response`) for every page of a walk."""
    for response in responses:
        page = build(response)
        del response
        yield page
        del page


def each_record(responses: Iterable[httpx.Response], records: Callable[[httpx.Response], Iterable[T]]) -> Iterator[T]:
    """Every record of a walk, page after page: `records(response)` reads one page's records."""
    for response in responses:
        page_records = records(response)
        del response
        yield from page_records
        del page_records


async def aeach_page(
    responses: AsyncIterable[httpx.Response], build: Callable[[httpx.Response], P]
) -> AsyncIterator[P]:
    """The asyncio twin of `each_page`."""
    async for response in responses:
        page = build(response)
        del response
        yield page
        del page


async def aeach_record(
    responses: AsyncIterable[httpx.Response], records: Callable[[httpx.Response], Iterable[T]]
) -> AsyncIterator[T]:
    """The asyncio twin of `each_record`."""
    async for response in responses:
        page_records = records(response)
        del response
        for record in page_records:
            yield record
        del page_records
