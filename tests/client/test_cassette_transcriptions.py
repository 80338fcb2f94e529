"""The committed cassettes are exactly what `make cassettes` writes from tests/client/transcriptions/."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.client.cassettes import CASSETTE_DIR
from tests.client.transcribe import differences, first_difference, main, render_all, write_all

REPOSITORY = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def rendered() -> dict[str, str]:
    return render_all()


@pytest.fixture
def fresh(tmp_path: Path, rendered: dict[str, str]) -> Path:
    """A folder with what `make cassettes` writes, regenerated for this test."""
    written, removed = write_all(tmp_path / "fresh", rendered)
    assert (written, removed) == (len(rendered), 0)
    return tmp_path / "fresh"


def test_committed_cassettes_match_their_transcriptions(fresh: Path) -> None:
    drift = differences(fresh, CASSETTE_DIR)
    assert drift == [], "cassettes differ from their transcriptions (run make cassettes):\n" + "\n".join(drift)
    assert len(list(CASSETTE_DIR.rglob("*.yaml"))) == len(list(fresh.rglob("*.yaml"))) > 300


def test_transcription_is_byte_stable(fresh: Path, tmp_path: Path) -> None:
    write_all(tmp_path / "again")  # rendered anew, not from the fixture's cache
    assert differences(fresh, tmp_path / "again") == []


def test_drift_names_the_file_and_its_first_differing_line(fresh: Path, tmp_path: Path) -> None:
    committed = tmp_path / "committed"
    shutil.copytree(fresh, committed)
    edited = committed / "api_keys" / "delete_api_key.yaml"
    lines = edited.read_text(encoding="utf-8").splitlines(keepends=True)
    changed = next(number for number, line in enumerate(lines) if "Bearer <API_KEY>" in line)
    lines[changed] = lines[changed].replace("Bearer", "Basic")
    edited.write_text("".join(lines), encoding="utf-8")
    (committed / "api_keys" / "get_api_key.yaml").unlink()
    (committed / "api_keys" / "hand_made.yaml").write_text("interactions: []\nversion: 1\n", encoding="utf-8")
    assert differences(fresh, committed) == [
        f"api_keys/delete_api_key.yaml: line {changed + 1}: committed '      - Basic <API_KEY>', "
        "transcription gives '      - Bearer <API_KEY>'",
        "api_keys/get_api_key.yaml: not committed (run make cassettes)",
        "api_keys/hand_made.yaml: no transcription writes it (add one, or delete the file)",
    ]


def test_first_difference_reports_a_shorter_file_and_the_final_newline() -> None:
    assert first_difference("a\nb\n", "a\nb\nc\n") == "line 3: committed '(end of file)', transcription gives 'c'"
    assert first_difference("a\nb", "a\nb\n") == "line endings or the final newline differ"


def test_writing_removes_yaml_no_transcription_writes(fresh: Path, rendered: dict[str, str]) -> None:
    stale = fresh / "subusers" / "no_such_operation.yaml"
    stale.write_text("version: 1\n", encoding="utf-8")
    assert write_all(fresh, rendered) == (len(rendered), 1)
    assert not stale.exists() and len(list(fresh.rglob("*.yaml"))) == len(rendered)


def test_check_mode_exits_1_naming_the_file_and_writes_nothing(fresh: Path, capsys: pytest.CaptureFixture[str]) -> None:
    victim = fresh / "subusers" / "list_subusers.yaml"
    victim.write_text(victim.read_text(encoding="utf-8") + "# hand edit\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["--check", "--out", str(fresh)]) == 1
    assert capsys.readouterr().out.splitlines() == [
        "subusers/list_subusers.yaml: line "
        f"{victim.read_text(encoding='utf-8').count(chr(10))}: committed '# hand edit', "
        "transcription gives '(end of file)'"
    ]
    assert victim.read_text(encoding="utf-8").endswith("# hand edit\n")


def test_make_cassettes_runs_the_transcription() -> None:
    plan = subprocess.run(
        ["make", "-n", "--no-print-directory", "cassettes"], cwd=REPOSITORY, capture_output=True, text=True, check=True
    )
    assert plan.stdout.splitlines()[-1].endswith("-m tests.client.transcribe")
