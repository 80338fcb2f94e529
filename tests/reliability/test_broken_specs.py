"""Broken specs: each gives a non-zero exit of `python -m generator generate --spec X --out <copy>`,
a message naming the file and the place (JSON pointer, or line for YAML syntax), and leaves the
output folder byte-identical.

The corpus is every file in tests/reliability/broken_specs/ (parts/ holds files they reference),
every file in tests/generator/fixtures/broken/, and inputs made at test time: a directory given as
the spec (the unreadable case: tests may run as root, where chmod 000 does not block reads) and a
file over the loader's size limit (sparse, so it costs no disk).
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator import cli
from generator.load import MAX_SPEC_BYTES
from generator.paths import DEFAULT_OUT, DISTRIBUTION
from release.build import IGNORED

HERE = Path(__file__).parent / "broken_specs"
REUSED = Path(__file__).parent.parent / "generator" / "fixtures" / "broken"

# file -> (where, why): both must appear in the error output, with the file's name.
EXPECTED: dict[str, tuple[str, str]] = {
    # tests/reliability/broken_specs/
    "unknown_version.yaml": ("#/openapi", "unsupported OpenAPI version '4.0.0'"),
    "openapi_2_0.yaml": ("#/openapi", "unsupported OpenAPI version '2.0'"),
    "ref_cycle.yaml": ("#/components/schemas/A", "$ref cycle"),
    "ref_cycle_across_files.yaml": ("cycle_b.yaml#/node", "$ref cycle through inlined nodes"),
    "dangling_ref_in_other_file.yaml": (
        "#/paths/~1v3~1a/get/responses/200/content/application~1json/schema",
        "dangling $ref",
    ),
    "non_pointer_fragment.yaml": (
        "#/paths/~1v3~1a/get/responses/200/content/application~1json/schema",
        "only JSON-pointer fragments",
    ),
    "unsupported_parameter_style.yaml": ("#/paths/~1v3~1a/get/parameters/0", "style 'deepObject'"),
    "wrong_type_in_other_file.yaml": ("#/schemas/Thing/properties/id/type", "'integr' is not valid"),
    "wrong_default_in_path_item_file.yaml": (
        "#/item/get/parameters/0/schema/default",
        "'ten' is not of type 'integer'",
    ),
    "path_parameter_not_in_path.yaml": ("#/paths/~1v3~1a/get/parameters/0", "does not appear in path"),
    "indistinguishable_v2_calls.yaml": ("#/paths/~1apiv2~1rpc.json#second/post", "cannot tell it from first"),
    "root_is_a_list.yaml": ("root_is_a_list.yaml", "must be a mapping"),
    "schema_violation.yaml": ("#/info", "'title' is a required property"),
    "operation_not_a_mapping.yaml": ("#/paths/~1v3~1a/get", "is not of type 'object'"),
    "components_not_a_mapping.yaml": ("#/components/schemas", "is not of type 'object'"),
    "parameters_not_a_list.yaml": ("#/paths/~1v3~1a/get/parameters", "parameters must be a list"),
    "duplicate_yaml_key.yaml": ("line 11, column 3", "duplicate key '/v3/a'"),
    "truncated.json": ("line 1 column 81", "not valid YAML/JSON"),
    "invalid_utf8.yaml": ("invalid_utf8.yaml", "cannot read file"),
    "whitespace_only.yaml": ("whitespace_only.yaml", "file is empty"),
    # tests/generator/fixtures/broken/ (reused)
    "dangling_ref.yaml": ("#/paths/~1v3~1a/get/responses/200/content/application~1json/schema", "dangling $ref"),
    "dangling_file_ref.yaml": ("#/paths/~1v3~1a", "file not found"),
    "duplicate_operation_id.yaml": ("#/paths/~1v3~1b/get/operationId", "duplicate operationId 'same'"),
    "v2_without_discriminators.yaml": ("#/paths/~1rpc.json#one/post", "no discriminator"),
    "empty.yaml": ("empty.yaml", "file is empty"),
    "invalid_yaml.yaml": ("invalid_yaml.yaml", "not valid YAML"),
    "not_openapi.yaml": ("not_openapi.yaml", "not an OpenAPI document"),
    # made at test time
    "a_directory.yaml": ("a_directory.yaml", "cannot read file"),
    "huge.yaml": ("huge.yaml", f"over the {MAX_SPEC_BYTES}-byte limit"),
}
MADE_AT_TEST_TIME = ("a_directory.yaml", "huge.yaml")
# Where the problem sits in a file the spec references, the message names that file instead.
NAMED_FILE = {
    "ref_cycle_across_files.yaml": "broken_specs/parts/cycle_b.yaml",
    "wrong_type_in_other_file.yaml": "broken_specs/parts/wrong_type.yaml",
    "wrong_default_in_path_item_file.yaml": "broken_specs/parts/wrong_default.yaml",
}


def _corpus() -> list[Path]:
    files = [p for folder in (HERE, REUSED) for p in sorted(folder.iterdir()) if p.is_file()]
    return files


def _digest(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "dir"
        for p in sorted(folder.rglob("*"))
    }


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A private copy of generated/ (the folder --out names), for every case to try to overwrite."""
    root = tmp_path_factory.mktemp("out")
    shutil.copytree(DEFAULT_OUT / DISTRIBUTION, root / DISTRIBUTION, ignore=IGNORED)
    return root


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("made")
    (root / "a_directory.yaml").mkdir()
    with open(root / "huge.yaml", "wb") as handle:
        handle.write(b"openapi: 3.1.0\n")
        handle.truncate(MAX_SPEC_BYTES + 1)  # sparse: the size check refuses it before reading
    return {name: root / name for name in MADE_AT_TEST_TIME}


def _spec_path(name: str, made: dict[str, Path]) -> Path:
    if name in made:
        return made[name]
    return HERE / name if (HERE / name).exists() else REUSED / name


def test_corpus_is_complete() -> None:
    names = sorted(p.name for p in _corpus())
    assert names == sorted(set(EXPECTED) - set(MADE_AT_TEST_TIME))
    assert len(EXPECTED) == 29 and len(list(HERE.glob("*.*"))) == 20


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_broken_spec_fails_clearly_and_changes_nothing(
    name: str, out: Path, made: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    spec = _spec_path(name, made)
    before = _digest(out)
    code = cli.main(["generate", "--spec", str(spec), "--out", str(out)])
    stderr = capsys.readouterr().err
    where, why = EXPECTED[name]
    assert code != 0
    assert stderr.startswith("error: "), stderr
    assert "Traceback" not in stderr
    assert NAMED_FILE.get(name, name) in stderr and where in stderr and why in stderr, stderr
    assert _digest(out) == before


@pytest.mark.parametrize("name", ["ref_cycle.yaml", "duplicate_yaml_key.yaml"])
def test_real_command_line_exit_code(name: str, out: Path) -> None:
    """The same through `python -m generator generate` in a subprocess (exit status, stderr)."""
    before = _digest(out)
    result = subprocess.run(
        [sys.executable, "-m", "generator", "generate", "--spec", str(HERE / name), "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1
    assert name in result.stderr and EXPECTED[name][1] in result.stderr and "Traceback" not in result.stderr
    assert _digest(out) == before
