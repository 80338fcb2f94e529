"""bench/run.py: a partial run keeps the other modules' rows, stamped with the run that measured them."""

import json
import sys
import types
from collections.abc import Iterator
from pathlib import Path

import pytest

from bench import run

ROW = {"ours": 2.0, "peer": 1.0, "ratio": 2.0, "target": "<= 3x", "met": True, "unit": "s", "notes": ""}


def _metric_module(name: str, metric: str) -> types.ModuleType:
    module = types.ModuleType(f"bench.metrics.{name}")
    module.measure = lambda: [ROW | {"metric": metric}]  # type: ignore[attr-defined]
    return module


@pytest.fixture
def bench_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    (tmp_path / "metrics").mkdir()
    for name in ("alpha", "beta"):
        (tmp_path / "metrics" / f"{name}.py").write_text("")
        monkeypatch.setitem(sys.modules, f"bench.metrics.{name}", _metric_module(name, f"{name} row"))
    monkeypatch.setattr(run, "BENCH", tmp_path)
    monkeypatch.setenv("BENCH_COMMAND", "test bench")
    yield tmp_path


def _rows(folder: Path) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = json.loads((folder / "results.json").read_text())["results"]
    return rows


def test_a_partial_run_keeps_the_other_modules_rows_with_their_own_stamp(
    bench_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run.main([]) == 0
    first = {row["module"]: row for row in _rows(bench_folder)}
    assert set(first) == {"alpha", "beta"}
    first_alpha_stamp = first["alpha"]["measured"]

    monkeypatch.setenv("BENCH_COMMAND", "partial bench")
    monkeypatch.setitem(sys.modules, "bench.metrics.beta", _metric_module("beta", "beta row, again"))
    assert run.main(["--only", "beta"]) == 0

    rows = _rows(bench_folder)
    assert [row["module"] for row in rows] == ["alpha", "beta"]
    assert rows[0]["measured"] == first_alpha_stamp
    assert "test bench" in str(rows[0]["measured"])
    assert rows[1]["metric"] == "beta row, again"
    assert "partial bench" in str(rows[1]["measured"])
    table = (bench_folder / "RESULTS.md").read_text()
    assert "alpha row" in table and "beta row, again" in table


def test_sections_written_by_hand_after_the_table_survive_a_run(bench_folder: Path) -> None:
    (bench_folder / "RESULTS.md").write_text("# Benchmark results\n\nold table\n\n## Foreign documents\n\nkept text\n")
    assert run.main([]) == 0
    text = (bench_folder / "RESULTS.md").read_text()
    assert text.count("## Foreign documents") == 1
    assert text.endswith("## Foreign documents\n\nkept text\n")
    assert "old table" not in text


def test_an_unknown_module_name_is_refused_naming_it(bench_folder: Path) -> None:
    with pytest.raises(SystemExit, match="gamma"):
        run.main(["--only", "beta,gamma"])
    assert not (bench_folder / "results.json").exists()
