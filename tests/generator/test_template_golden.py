"""Our template overrides render the committed golden record byte for byte (tests/generator/template_golden.py)."""

from __future__ import annotations

from pathlib import Path

from tests.generator.template_golden import (
    OUTPUT_OF_TEMPLATE,
    committed,
    first_difference,
    overridden_templates,
    regenerate,
)


def test_the_overrides_render_the_golden_record(tmp_path: Path) -> None:
    difference = first_difference(committed(), regenerate(tmp_path))
    assert difference is None, f"{difference}\nreview the change, then run `make golden` to refresh the record"


def test_every_override_has_output_in_the_golden_record() -> None:
    assert set(OUTPUT_OF_TEMPLATE) == overridden_templates(), "map each override to its files in template_golden.py"
    expected = Path(__file__).parent / "fixtures" / "golden" / "templates" / "expected"
    for template, pattern in OUTPUT_OF_TEMPLATE.items():
        assert sorted(expected.glob(pattern)), f"{template}: nothing in the golden record matches {pattern}"


def test_first_difference_names_the_file_and_line() -> None:
    golden = {"a.py": b"one\ntwo\n", "b.py": b"x\n"}
    assert first_difference(golden, dict(golden)) is None
    assert first_difference(golden, {**golden, "a.py": b"one\nTWO\n"}) == "a.py, line 2: golden 'two', generated 'TWO'"
    assert (
        first_difference(golden, {**golden, "b.py": b"x\ny\n"}) == "b.py, line 2: only the generated file goes on ('y')"
    )
    assert first_difference(golden, {"a.py": golden["a.py"]}) == "b.py: in the golden record but no longer generated"
    assert first_difference(golden, {**golden, "c.py": b""}) == "c.py: generated but not in the golden record"
