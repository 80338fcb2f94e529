"""`make cassettes`: write every cassette from the transcriptions of SendGrid's documented examples.

    python -m tests.client.transcribe [--out DIR] [--check]

Each module in tests/client/transcriptions/ defines CASSETTES: a list of (name, source,
[interaction, ...]); the cassette is written to DIR/<name>.yaml (default tests/client/cassettes/)
and any YAML there that no transcription writes is removed, so the folder is exactly the
transcriptions' output. The output is byte-stable: the same transcriptions give the same bytes.
`--check` writes nothing and exits 1 naming each file that differs and its first differing line
(tests/client/test_cassette_transcriptions.py runs the same comparison).
"""

from __future__ import annotations

import argparse
import difflib
import importlib
import pkgutil
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path

from tests.client import transcriptions
from tests.client.cassettes import CASSETTE_DIR, cassette_text


def render_all() -> dict[str, str]:
    """Relative path ("<tag module>/<name>.yaml") -> the cassette's text, for every transcription."""
    rendered: dict[str, str] = {}
    origin: dict[str, str] = {}
    for module_info in sorted(pkgutil.iter_modules(transcriptions.__path__), key=lambda info: info.name):
        module = importlib.import_module(f"{transcriptions.__name__}.{module_info.name}")
        for name, source, interactions in module.CASSETTES:
            path = f"{name}.yaml"
            if path in rendered:
                raise ValueError(f"cassette {name} is transcribed twice: in {origin[path]} and {module.__name__}")
            rendered[path] = cassette_text(interactions, source)
            origin[path] = module.__name__
    return rendered


def write_all(directory: Path, rendered: Mapping[str, str] | None = None) -> tuple[int, int]:
    """Write every cassette (`render_all()` unless given) under `directory` and remove the YAML no
    transcription writes: (written, removed)."""
    rendered = render_all() if rendered is None else rendered
    removed = 0
    for stale in sorted(directory.rglob("*.yaml")) if directory.is_dir() else []:
        if stale.relative_to(directory).as_posix() not in rendered:
            stale.unlink()
            removed += 1
    for relative, text in rendered.items():
        path = directory / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.is_file() or path.read_bytes() != text.encode("utf-8"):
            path.write_bytes(text.encode("utf-8"))
    return len(rendered), removed


def first_difference(committed: str, expected: str) -> str:
    """`line N: committed '...', transcription gives '...'` for the first line that differs."""
    ours, theirs = committed.splitlines(), expected.splitlines()
    for opcode, first, _, second, _ in difflib.SequenceMatcher(a=ours, b=theirs, autojunk=False).get_opcodes():
        if opcode != "equal":
            have = ours[first] if first < len(ours) else "(end of file)"
            want = theirs[second] if second < len(theirs) else "(end of file)"
            return f"line {first + 1}: committed {have!r}, transcription gives {want!r}"
    return "line endings or the final newline differ"


def differences(expected_dir: Path, committed_dir: Path) -> list[str]:
    """How `committed_dir` differs from `expected_dir` (a fresh `write_all`): one line per file."""
    expected = {path.relative_to(expected_dir).as_posix(): path for path in expected_dir.rglob("*.yaml")}
    committed = {path.relative_to(committed_dir).as_posix(): path for path in committed_dir.rglob("*.yaml")}
    found = []
    for relative in sorted(expected.keys() | committed.keys()):
        if relative not in committed:
            found.append(f"{relative}: not committed (run make cassettes)")
        elif relative not in expected:
            found.append(f"{relative}: no transcription writes it (add one, or delete the file)")
        elif committed[relative].read_bytes() != expected[relative].read_bytes():
            detail = first_difference(
                committed[relative].read_text(encoding="utf-8"), expected[relative].read_text(encoding="utf-8")
            )
            found.append(f"{relative}: {detail}")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.client.transcribe", description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=CASSETTE_DIR)
    parser.add_argument("--check", action="store_true", help="compare with --out instead of writing; exit 1 on drift")
    args = parser.parse_args(argv)
    if args.check:
        with tempfile.TemporaryDirectory() as scratch:
            write_all(Path(scratch))
            found = differences(Path(scratch), args.out)
        print("\n".join(found) or f"cassettes under {args.out} match their transcriptions")
        return 1 if found else 0
    written, removed = write_all(args.out)
    print(f"wrote {written} cassettes under {args.out}" + (f", removed {removed} stale" if removed else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
