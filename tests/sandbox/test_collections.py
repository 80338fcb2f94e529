"""LazyCollection against a plain list: pages stay exact through deletes, creates and patches."""

from __future__ import annotations

import random

from sandbox._collections import LazyCollection, Record


def make(index: int) -> Record:
    return {"key": f"k{index}", "n": index}


def index_of(key: str) -> int | None:
    return int(key[1:]) if key.startswith("k") and key[1:].isdigit() else None


def test_pages_match_a_reference_list_after_random_changes() -> None:
    collection = LazyCollection(300, make, index_of, "key")
    reference = [make(i) for i in range(300)]
    rng = random.Random(7)
    for step in range(200):
        action = rng.random()
        if action < 0.5 and reference:
            victim = rng.choice(reference)
            assert collection.delete(victim["key"])
            reference.remove(victim)
        elif action < 0.75:
            record = {"key": f"new{step}", "n": -step}
            assert collection.add(record)
            reference.append(record)
        elif reference:
            target = rng.choice(reference)
            target["flag"] = step
            assert collection.update(target["key"], {"flag": step}) is not None
        offset, limit = rng.randrange(0, 320), rng.randrange(1, 40)
        page, total = collection.page(offset, limit)
        assert total == len(reference) == len(collection)
        assert page == reference[offset : offset + limit]


def test_duplicates_and_missing_keys() -> None:
    collection = LazyCollection(3, make, index_of, "key")
    assert not collection.add({"key": "k1"})
    assert collection.get("k9") is None and not collection.delete("k9")
    assert collection.update("nope", {"x": 1}) is None
    assert collection.allocate_serial() != collection.allocate_serial()
