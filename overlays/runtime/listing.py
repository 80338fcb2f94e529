"""The loops of the generated page and record iterators (`iter_pages`, `iter_items` and their
asyncio twins), written once here instead of in every list's endpoint module.

Each keeps one page in memory at a time: the answer is dropped as soon as it is decoded, and the
decoded page (or its records) as soon as the caller moves on, so a long walk does not hold the
pages it has passed.
"""

from __future__ import annotations

from collections.abc import AsyncIterable, AsyncIterator, Callable, Iterable, Iterator
from typing import Any, TypeVar

import httpx

from .errors import MalformedResponseError
from .response import _DECODING_FAILURES, decoding_failure_reason, record_list

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


def each_decoded_record(responses: Iterable[httpx.Response], decode: Callable[[Any], T]) -> Iterator[T]:
    """Every record of a walk over list pages answered 200 with a JSON list, each decoded by
    `decode` (a model's `from_dict`) when it is reached.

    `each_record` over `decoded_records` in one generator: a record passes through one generator
    frame instead of two (on a 100,000-record walk the second frame cost about 3% of the client's
    CPU). A page that is not a JSON list fails before any of its records is yielded; a record that
    does not decode raises `MalformedResponseError` when reached.
    """
    for response in responses:
        items = record_list(response)
        for item in items:
            try:
                record = decode(item)
            except _DECODING_FAILURES as exc:
                raise MalformedResponseError(response, decoding_failure_reason(exc)) from exc
            yield record
        # One page in memory at a time: neither the answer nor its records outlive the page.
        del response, items


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


async def aeach_decoded_record(
    responses: AsyncIterable[httpx.Response], decode: Callable[[Any], T]
) -> AsyncIterator[T]:
    """The asyncio twin of `each_decoded_record`."""
    async for response in responses:
        items = record_list(response)
        for item in items:
            try:
                record = decode(item)
            except _DECODING_FAILURES as exc:
                raise MalformedResponseError(response, decoding_failure_reason(exc)) from exc
            yield record
        del response, items
