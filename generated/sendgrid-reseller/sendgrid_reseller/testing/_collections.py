# Copied from sandbox/_collections.py by the generator. Do not edit; change the sandbox and run `make generate`.
"""A large, cheap, mutable collection: seeded records are computed from their index on demand.

Only changes are stored (deleted indexes, patched fields, created records), so 100,000 seeded
subusers cost nothing until asked for, and page `offset` still finds its records in O(log n).
"""

from __future__ import annotations

import threading
from bisect import bisect_right, insort
from collections.abc import Callable
from itertools import islice
from typing import Any

Record = dict[str, Any]


class LazyCollection:
    """Seeded records `0..size-1` (in index order) followed by created records (in creation order)."""

    def __init__(
        self,
        size: int,
        make: Callable[[int], Record],
        index_of: Callable[[str], int | None],
        key_field: str,
    ) -> None:
        self._size = size
        self._make = make
        self._index_of = index_of
        self._key_field = key_field
        self._lock = threading.Lock()
        self._deleted: list[int] = []  # sorted
        self._deleted_set: set[int] = set()
        self._patches: dict[int, Record] = {}
        self._created: dict[str, Record] = {}
        self._serial = size - 1

    def __len__(self) -> int:
        with self._lock:
            return self._live_seeded() + len(self._created)

    def page(self, offset: int, limit: int) -> tuple[list[Record], int]:
        """Records `offset..offset+limit-1` and the collection's total size, read atomically."""
        with self._lock:
            seeded = self._live_seeded()
            records: list[Record] = []
            if offset < seeded:
                index = self._nth_live(offset)
                while len(records) < limit and index < self._size:
                    if index not in self._deleted_set:
                        records.append(self._seeded(index))
                    index += 1
            if len(records) < limit:
                start = max(0, offset - seeded)
                records.extend(dict(r) for r in islice(self._created.values(), start, start + limit - len(records)))
            return records, seeded + len(self._created)

    def get(self, key: str) -> Record | None:
        with self._lock:
            index = self._live_index(key)
            if index is not None:
                return self._seeded(index)
            created = self._created.get(key)
            return None if created is None else dict(created)

    def add(self, record: Record) -> bool:
        """False when a record with the same key exists."""
        key = str(record[self._key_field])
        with self._lock:
            if self._live_index(key) is not None or key in self._created:
                return False
            self._created[key] = dict(record)
            return True

    def delete(self, key: str) -> bool:
        with self._lock:
            index = self._live_index(key)
            if index is not None:
                insort(self._deleted, index)
                self._deleted_set.add(index)
                self._patches.pop(index, None)
                return True
            return self._created.pop(key, None) is not None

    def update(self, key: str, changes: Record) -> Record | None:
        """Apply `changes` (not the key field) and return the updated record, or None if absent."""
        with self._lock:
            index = self._live_index(key)
            if index is not None:
                self._patches.setdefault(index, {}).update(changes)
                return self._seeded(index)
            created = self._created.get(key)
            if created is None:
                return None
            created.update(changes)
            return dict(created)

    def allocate_serial(self) -> int:
        """A number no seeded or earlier created record has used (for ids of new records)."""
        with self._lock:
            self._serial += 1
            return self._serial

    def _live_seeded(self) -> int:
        return self._size - len(self._deleted)

    def _live_index(self, key: str) -> int | None:
        index = self._index_of(key)
        if index is None or not 0 <= index < self._size or index in self._deleted_set:
            return None
        return index

    def _seeded(self, index: int) -> Record:
        record = self._make(index)
        patch = self._patches.get(index)
        if patch:
            record.update(patch)
        return record

    def _nth_live(self, n: int) -> int:
        # The smallest index i with i - (deleted indexes <= i) == n that is not deleted; the
        # guess only ever moves up and never passes the answer.
        index = n
        while True:
            deleted = bisect_right(self._deleted, index)
            if index - deleted == n and index not in self._deleted_set:
                return index
            index = n + deleted
