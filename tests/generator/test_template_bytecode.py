"""Compiled templates kept between runs (generator.opc_runner.TemplateBytecode).

An incremental run renders a few operations; compiling the templates cost more than that. The
cache must be found again although each run copies the templates to a new temporary folder, and
must never hand back the compiled form of another source.
"""

from __future__ import annotations

from pathlib import Path

import jinja2
import pytest

from generator.cache import StageCache
from generator.opc_runner import TemplateBytecode


def _environment(templates: Path, store: Path) -> jinja2.Environment:
    """Reads and writes one folder (the pipeline writes to a scratch folder the cache then keeps)."""
    return jinja2.Environment(loader=jinja2.FileSystemLoader(templates), bytecode_cache=TemplateBytecode(store, store))


def _compiles(environment: jinja2.Environment, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    compiled: list[str] = []
    original = environment.compile

    def compile_and_count(source: str, name: str | None = None, filename: str | None = None) -> object:
        compiled.append(str(name))
        return original(source, name, filename)

    monkeypatch.setattr(environment, "compile", compile_and_count)
    return compiled


def test_a_template_copied_to_a_new_folder_is_not_compiled_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = tmp_path / "bytecode"
    for run in ("first", "second"):
        templates = tmp_path / run / "templates"  # a new copy each run, as openapi-python-client gets
        templates.mkdir(parents=True)
        (templates / "model.py.jinja").write_text("class {{ name }}:\n    pass\n")
        environment = _environment(templates, store)
        compiled = _compiles(environment, monkeypatch)
        assert environment.get_template("model.py.jinja").render(name="Subuser") == "class Subuser:\n    pass"
        assert compiled == (["model.py.jinja"] if run == "first" else [])


def test_a_changed_template_is_compiled_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = tmp_path / "bytecode"
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "t.jinja").write_text("old {{ x }}")
    assert _environment(templates, store).get_template("t.jinja").render(x=1) == "old 1"
    (templates / "t.jinja").write_text("new {{ x }}")
    environment = _environment(templates, store)
    compiled = _compiles(environment, monkeypatch)
    assert environment.get_template("t.jinja").render(x=1) == "new 1"
    assert compiled == ["t.jinja"]
    assert _environment(templates, store).get_template("t.jinja").render(x=2) == "new 2"


def test_an_unreadable_entry_is_compiled_again(tmp_path: Path) -> None:
    store = tmp_path / "bytecode"
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "t.jinja").write_text("{{ x }}!")
    _environment(templates, store).get_template("t.jinja")
    for entry in store.iterdir():
        entry.write_bytes(b"not bytecode")
    assert _environment(templates, store).get_template("t.jinja").render(x=3) == "3!"


def test_the_cache_folder_belongs_to_one_toolchain_and_is_written_at_commit(tmp_path: Path) -> None:
    first = StageCache(tmp_path, "a" * 64)
    old = first.folder("template-bytecode")
    first.put_file("template-bytecode", "entry.bytecode", b"x")
    assert not old.exists()  # nothing written before the run succeeds
    first.commit()
    assert (old / "entry.bytecode").read_bytes() == b"x"
    second = StageCache(tmp_path, "b" * 64)
    new = second.folder("template-bytecode")
    assert new != old and old.exists()  # another toolchain's folder is not read, and stays until commit
    second.commit()
    assert not old.exists()
