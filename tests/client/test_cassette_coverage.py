"""Every operation in spec/ has a cassette test, and every cassette belongs to an operation."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.load import load_spec
from generator.lower import lower
from generator.paths import DEFAULT_SPEC
from tests.client.cassettes import CASSETTE_DIR

TESTS_DIR = Path(__file__).parent


@pytest.fixture(scope="module")
def operations() -> dict[str, str]:
    _, catalog = lower(load_spec(DEFAULT_SPEC))
    return {info.operation_id: info.tag_module for info in catalog}


def _cassettes() -> list[Path]:
    return sorted(CASSETTE_DIR.rglob("*.yaml"))


def test_every_operation_has_a_cassette_used_by_a_test(operations: dict[str, str]) -> None:
    test_sources = "\n".join(p.read_text() for p in TESTS_DIR.rglob("test_*.py"))
    missing = [f"{tag}/{op}" for op, tag in operations.items() if not (CASSETTE_DIR / tag / f"{op}.yaml").is_file()]
    unused = [f"{tag}/{op}" for op, tag in operations.items() if f'"{tag}/{op}"' not in test_sources]
    assert missing == [], f"operations without a cassette: {missing}"
    assert unused == [], f"cassettes no test replays: {unused}"


def test_every_cassette_matches_an_operation(operations: dict[str, str]) -> None:
    orphans = []
    for path in _cassettes():
        operation = path.name.split(".", 1)[0]
        if operations.get(operation) != path.parent.name:
            orphans.append(path.relative_to(CASSETTE_DIR).as_posix())
    assert orphans == [], f"cassettes that match no operation in spec/: {orphans}"
